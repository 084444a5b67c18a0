import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS and ESM builds; Apollo's packages require the CJS one, so tests must
    // load that one too (as Node itself does), or schema objects cross two graphql instances.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['tests/**/*.test.ts', 'adapters/**/*.test.ts', 'sandbox/**/*.test.ts', 'subgraphs/**/*.test.ts', 'gateway/**/*.test.ts'],
    // Every request is logged at info; the suites' own processes keep their lines, the in-process parts stay quiet.
    env: { LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file starts its own loopback servers; two cores is the budget.
    maxWorkers: 2,
  },
});
