export default {
  displayName: 'api-ingestion',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  coverageDirectory: '../../../coverage/libs/api/ingestion',
};
