import { defineConfig } from 'vitest/config';

// Tests that touch a database end in `.db.test.ts` and run twice: on a fresh SQLite file
// and on a fresh PostgreSQL database. End-to-end tests with the real platform SDKs end
// in `.e2e.test.ts`. Everything else is pure and runs once.
export default defineConfig({
  test: {
    // Most of the suite waits on fsync and PostgreSQL, not the CPU: three files at a time on a
    // two-core machine finish in about half the time of vitest's default (cores − 1 = one).
    maxWorkers: 3,
    // A worker keeps its loaded modules from one test file to the next: the project's modules
    // have no side effects on import and keep no state between calls, and transforming each
    // file's whole module graph again took most of the suite's time (import 516 s → 149 s for the
    // unit tests, 94 s for the SQLite ones). Each file still makes its own database. The
    // end-to-end tests stay isolated: the platform SDKs keep process-wide state.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/**/*.db.test.ts', 'test/**/*.e2e.test.ts'] } },
      { extends: true, test: { name: 'sqlite', include: ['test/**/*.db.test.ts'], env: { TEST_DB: 'sqlite' } } },
      { extends: true, test: { name: 'postgres', include: ['test/**/*.db.test.ts'], env: { TEST_DB: 'postgres' } } },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/**/*.e2e.test.ts'], env: { TEST_DB: 'sqlite' }, testTimeout: 60_000, isolate: true },
      },
    ],
  },
});
