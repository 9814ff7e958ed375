export default {
  displayName: 'web',
  preset: '../../jest.angular.preset.js',
  coverageDirectory: '../../coverage/apps/web',
};
