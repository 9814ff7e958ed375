export default {
  displayName: 'web-segments-feature',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/segments/feature',
};
