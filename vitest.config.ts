import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/src/**/*.test.ts', 'schema/src/**/*.test.ts', 'drizzle/src/**/*.test.ts'],
    // Each test file gets its own database and server; two cores run two files at a time.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
