import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against a running suite (the launcher's suite test passes its URL and a demo login):
 *   SIMADMIN_E2E_BASE_URL, SIMADMIN_E2E_EMAIL, SIMADMIN_E2E_PASSWORD, optionally SIMADMIN_E2E_SMTP_URL.
 * They use Debian's Chromium; Playwright never downloads a browser here.
 */
const baseURL = process.env.SIMADMIN_E2E_BASE_URL ?? 'http://localhost:8080';

const chromium = {
  executablePath: process.env.SIMADMIN_E2E_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // One suite, one data set, sign-in limits per address: the journeys run one after the other.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromium,
    // No transitions: colours are measured (axe) and screenshots taken the moment a theme is switched.
    reducedMotion: 'reduce',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    // bench/ui.sh only: a figure, never a pass/fail of the journeys.
    ...(process.env.SIMADMIN_UI_BENCH ? [{ name: 'bench', testDir: 'bench', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 900 }, channel: undefined } }] : []),
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 900 }, channel: undefined }, testIgnore: /mobile\.spec\.ts/ },
    { name: 'mobile-375', use: { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }, testMatch: /mobile\.spec\.ts/ },
  ],
});
