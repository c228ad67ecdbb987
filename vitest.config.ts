import { defineConfig } from 'vitest/config';

// Three test kinds, told apart by their file suffix (see docs/architecture.md):
//   *.test.ts      unit tests beside the code — pure logic, no I/O
//   *.int.test.ts  integration tests through the HTTP app on a real database
//                  (PGlite by default, PostgreSQL when DATABASE_URL is set)
//   test/e2e/*     user journeys in Debian's Chromium with an axe scan
export default defineConfig({
  test: {
    // PGlite is a whole PostgreSQL in WebAssembly per test file; the machines have two cores.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'test/e2e/**', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'int',
          include: ['src/**/*.int.test.ts', 'test/**/*.int.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          // Some tests run the real `kring` CLI or a server as child processes, each
          // booting PostgreSQL; on a busy two-core machine that takes a while.
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
