import { defineConfig } from '@playwright/test';

// Runs only through scripts/run-e2e.mjs, which first checks that the Electron binary exists.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  outputDir: '../../test-results/e2e',
  workers: 1,
  forbidOnly: true,
  reporter: [['list']],
});
