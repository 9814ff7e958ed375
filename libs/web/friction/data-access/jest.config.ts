export default {
  displayName: 'web-friction-data-access',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/friction/data-access',
};
