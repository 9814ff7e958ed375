export default {
  displayName: 'shared-journey-rules',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  coverageDirectory: '../../../coverage/libs/shared/journey-rules',
};
