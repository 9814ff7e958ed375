export default {
  displayName: 'web-friction-feature',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/friction/feature',
};
