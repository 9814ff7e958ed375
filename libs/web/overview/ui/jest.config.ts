export default {
  displayName: 'web-overview-ui',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/overview/ui',
};
