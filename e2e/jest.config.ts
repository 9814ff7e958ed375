/** Browser and process tests against the real built app (dist/), each with its own data folder. */
export default {
  displayName: 'e2e',
  preset: '../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  testTimeout: 90_000,
};
