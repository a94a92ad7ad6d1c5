/** End-to-end tests: the real app over HTTP against real PostgreSQL and Redis. */
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

module.exports = {
  rootDir: '.',
  testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/test/setup-test-app.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 240000,
  // Two files at a time: each has its own database, queue prefix and ports, and the machine's
  // two cores are busier than with one (about 16 minutes for the suite, against 27 in band).
  maxWorkers: 2,
  // A worker is replaced once a file leaves it holding more than this, so no process grows
  // through ninety files of Nest applications and browsers.
  workerIdleMemoryLimit: '1500MB',
};
