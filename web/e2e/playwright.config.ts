import { defineConfig, devices } from '@playwright/test';

/**
 * Browser journeys against the local stack (docs/web.md "Tests"), driving Debian's Chromium
 * (`apt-get install chromium fonts-noto-cjk`; no browser download). The stack is started once by
 * global-setup.ts on a free port with the demo data and the built console.
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 1,
  // One retry in CI: journey (b) failed once in three runs (the appraisal's next step did not update),
  // cause not yet found. A retry re-imports the spec, so it runs with fresh household and identity keys.
  retries: process.env.CI ? 1 : 0,
  timeout: 300_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: process.env.E2E_OUTPUT ?? '../../.e2e/results',
  use: {
    baseURL: process.env.CONSOLE_URL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromium },
  },
  projects: [
    { name: 'phone', use: { ...devices['Desktop Chrome'], viewport: { width: 390, height: 844 }, isMobile: false } },
  ],
});
