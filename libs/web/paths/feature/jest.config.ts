export default {
  displayName: 'web-paths-feature',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/paths/feature',
};
