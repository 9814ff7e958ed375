export default {
  displayName: 'web-settings-feature',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/settings/feature',
};
