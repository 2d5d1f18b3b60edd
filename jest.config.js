/**
 * Tests run against a real PostgreSQL: test/support/global-setup.ts starts an embedded cluster (or uses
 * DATABASE_URL) and builds a migrated template database; each test file clones its own database from it.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 30_000,
  maxWorkers: 2,
  // A fresh worker for every test file. Jest loads every module again for each file, so a worker that ran
  // other files keeps their AsyncLocalStorage instances (MikroORM's, ours) enabled, and every promise pays
  // for each of them: promise-heavy code ran 5-10x slower late in a worker than alone, enough for timeouts.
  workerIdleMemoryLimit: '1MB',
};
