export default {
  displayName: 'web-overview-data-access',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/overview/data-access',
};
