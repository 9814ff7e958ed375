export default {
  displayName: 'web-reports-feature',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/reports/feature',
};
