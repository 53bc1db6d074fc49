// Test tiers: pure rules, services on a real PostgreSQL (a fresh database per test file, cloned
// from a migrated template), and routes through app.inject. E2E lives in e2e/ (Playwright).
// isolate: false — a worker evaluates the server's modules once for all its files (each file still
// makes its own database and app); see ARCHITECTURE.md, "Test files share their worker's modules".
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'demo/**/*.test.ts', 'scripts/**/*.test.ts'],
    globalSetup: ['server/testing/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    isolate: false,
    maxWorkers: process.env.CI ? 2 : 3,
    reporters: ['default'],
  },
});
