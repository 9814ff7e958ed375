export default {
  displayName: 'web-paths-data-access',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/paths/data-access',
};
