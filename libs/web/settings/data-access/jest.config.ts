export default {
  displayName: 'web-settings-data-access',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/settings/data-access',
};
