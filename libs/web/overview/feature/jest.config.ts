export default {
  displayName: 'web-overview-feature',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/overview/feature',
};
