export default {
  displayName: 'api-journeys',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  coverageDirectory: '../../../coverage/libs/api/journeys',
};
