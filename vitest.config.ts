import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql ships both ESM and CJS; Pothos loads the CJS build, so the tests must too or
    // the schema's types come from "another module or realm".
    alias: { graphql: createRequire(import.meta.url).resolve('graphql') },
  },
  test: {
    // graphql-armor imports graphql as ESM; run it through the alias above so its validation
    // rules see the same graphql as the rest of the server.
    server: { deps: { inline: [/@escape\.tech/] } },
    include: ['test/src/**/*.test.ts', 'schema/src/**/*.test.ts', 'drizzle/src/**/*.test.ts'],
    // Each test file gets its own database and server; two cores run two files at a time.
    pool: 'forks',
    // Finds or installs the browser for test/src/web once per run (see that file).
    globalSetup: ['test/src/web/provision.ts'],
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // CI asks for a JSON report too, to print one summary line for both databases.
    reporters: process.env.VITEST_JSON ? ['default', 'json'] : ['default'],
    ...(process.env.VITEST_JSON && { outputFile: { json: process.env.VITEST_JSON } }),
  },
});
