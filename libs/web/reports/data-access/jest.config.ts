export default {
  displayName: 'web-reports-data-access',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/reports/data-access',
};
