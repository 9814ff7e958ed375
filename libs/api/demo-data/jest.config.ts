export default {
  displayName: 'api-demo-data',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  coverageDirectory: '../../../coverage/libs/api/demo-data',
};
