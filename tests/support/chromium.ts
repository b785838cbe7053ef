/**
 * Finds a Chromium for Playwright: an explicit env var, Debian's
 * /usr/bin/chromium, then Playwright's own downloaded browsers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export function findChromium(): string {
  const candidates = [
    process.env.UNSLOUCH_CHROMIUM,
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter((p): p is string => Boolean(p));
  for (const candidate of candidates) if (fs.existsSync(candidate)) return candidate;
  try {
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own installed.
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
      'elsewhere: `npx playwright install chromium`) or point UNSLOUCH_CHROMIUM at a Chromium binary.',
  );
}

/** Flags that keep Chromium quiet on a closed network and runnable as root. */
export function chromiumArgs(): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--disable-dev-shm-usage',
  ];
}

export function freshUserDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'unslouch-chromium-'));
}
