export default {
  displayName: 'api-analytics',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  coverageDirectory: '../../../coverage/libs/api/analytics',
};
