export default {
  displayName: 'web-pyramid-feature',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/pyramid/feature',
};
