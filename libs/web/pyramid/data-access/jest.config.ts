export default {
  displayName: 'web-pyramid-data-access',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/pyramid/data-access',
};
