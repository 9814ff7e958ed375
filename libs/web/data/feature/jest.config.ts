export default {
  displayName: 'web-data-feature',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/data/feature',
};
