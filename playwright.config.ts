// The Chromium e2e tier: every e2e/*.spec.ts against the real app (server + built web client) on
// its own port, data folder and (with DATABASE_URL) its own fresh database. Debian's chromium only.
import { defineConfig, devices } from '@playwright/test';

// One id per run, shared by the runner, its workers and the web server through the environment.
process.env.GZ_E2E_RUN ??= `${Date.now().toString(36)}_${process.pid}`;
const port = Number(process.env.E2E_PORT ?? 3999);
process.env.E2E_PORT = String(port);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  // one folder per port, so runs side by side (each on its own E2E_PORT) do not wipe each other's
  outputDir: `test-results/port-${port}`,
  workers: 1,
  // one retry on CI: a shared 2-core machine can stall a click; a test failing twice fails the run
  retries: process.env.CI ? 1 : 0,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // the app turns antd's animations off for users who ask for less motion: no click lands on a
    // dropdown or modal that is still moving
    reducedMotion: 'reduce',
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    // a failed test's trace keeps the page as it was at each step (DOM snapshots) but not the
    // screencast, whose frames Chromium would encode all through every test of the run. On CI, where a
    // failing test runs again, only the retry records one: no passing test pays for its snapshots
    trace: { mode: process.env.CI ? 'on-first-retry' : 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: 'node --import tsx e2e/serve.ts',
    url: `${baseURL}/api/health`,
    // a shared two-core machine under load has taken over five minutes to load the demo
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
  },
});
