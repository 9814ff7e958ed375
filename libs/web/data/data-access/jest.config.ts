export default {
  displayName: 'web-data-data-access',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/data/data-access',
};
