import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Vite would pick graphql's ESM build for our files while type-graphql (run by Node) loads the
    // CommonJS one: two copies, and `instanceof GraphQLScalarType` fails across them. Use Node's choice.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  // Vite's oxc transform ignores tsconfig decorator settings for test files; say it here.
  oxc: {
    decorator: { legacy: true, emitDecoratorMetadata: true },
    typescript: { removeClassFieldsWithoutInitializer: true },
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    // A worker keeps the modules it loaded for its next file: each file starts its own server and
    // database, and importing the whole API again per file was a third of the suite's time.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ['reflect-metadata'],
    // Migrates once for the run; each test file's database starts as a copy.
    globalSetup: ['test/global-setup.ts'],
  },
});
