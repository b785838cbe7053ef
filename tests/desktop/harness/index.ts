/**
 * Desktop harness for specs: `import { test, expect } from './harness'`, then
 * `const app = await launchApp({ args: ['--settings'] })`. Every app launched
 * in a test is killed, its Chromium context closed and its temp dirs removed
 * when the test ends; on failure its stdout/stderr are attached to the report.
 */
import fs from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { DesktopApp, InstanceRegistry, type LaunchOptions, type Launcher } from './desktop-app';

export { expect };
export { DesktopApp, TrayHandle, WindowHandle, type ClockStop, type LaunchOptions } from './desktop-app';
export type {
  CallRecord,
  ClockStep,
  NotificationInfo,
  Counts,
  DialogRecord,
  HarnessState,
  MenuItemInfo,
  TrayInfo,
  WindowInfo,
} from './wire';

export const test = base.extend<{ launchApp: (options?: LaunchOptions) => Promise<DesktopApp> }>({
  launchApp: async ({ browser }, use, testInfo) => {
    const launcher: Launcher = { browser, registry: new InstanceRegistry(), tempDirs: [] };
    const apps: DesktopApp[] = [];
    await use(async (options) => {
      const app = await DesktopApp.launch(launcher, options);
      apps.push(app);
      return app;
    });
    const failed = testInfo.status !== testInfo.expectedStatus;
    for (const [i, app] of apps.entries()) {
      await app.close();
      if (failed) {
        const log = [
          `args: ${JSON.stringify(app.args)}`,
          `exit: ${JSON.stringify(app.proc.exit)}`,
          `--- stdout\n${app.stdout}`,
          `--- stderr\n${app.stderr}`,
          `--- harness problems\n${app.harnessProblems.join('\n')}`,
        ].join('\n');
        await testInfo.attach(`app-${i + 1}.log`, { body: log, contentType: 'text/plain' });
      }
    }
    for (const dir of launcher.tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  },
});
