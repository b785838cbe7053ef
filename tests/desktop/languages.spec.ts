/**
 * The main process speaks the system's language: on a German desktop the
 * tray's menu and tooltip, a heads-up notice, the corrupt-settings dialog and
 * the windows are German; a language chosen in Settings reaches the tray at
 * once, without a restart.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './harness';
import { messages as de } from '../../electron/shared/i18n/locales/de';
import { messages as fr } from '../../electron/shared/i18n/locales/fr';

const ZONE = 'Europe/Berlin';
/** Monday 23 March 2026, local time in Berlin. */
const mon = (hhmm: string) => `2026-03-23T${hhmm}:00+01:00`;

test('on a German desktop the tray, a heads-up and the windows speak German; choosing French in Settings reaches the tray at once', async ({
  launchApp,
}) => {
  const app = await launchApp({ locale: 'de-DE', clock: mon('09:00'), timezone: ZONE });
  const tray = await app.tray();
  expect(tray.menuLabels).toContain(de['tray.open']);
  expect(tray.menuLabels).toContain(de['tray.quit']);
  expect(tray.tooltip.startsWith('Unslouch')).toBe(true);
  expect(tray.tooltip).not.toMatch(/Next break/);

  // The heads-up before the 09:30 break, in German.
  await app.setClock('2026-03-23T09:29:45+01:00');
  await expect
    .poll(async () => (await app.notifications()).map((n) => n.title))
    .toContain(de['notice.headsUp.title']);

  await tray.clickMenu(de['tray.open']!);
  const win = await app.waitForWindow('#/settings');
  expect(win.url).toContain('?lang=de-DE#');
  await expect(win.page.getByRole('heading', { level: 1 })).toHaveText(de['settings.heading']!);
  await expect(win.page.locator('html')).toHaveAttribute('lang', 'de-DE');

  // French, chosen in the window: the tray follows without a restart, and so does the window.
  await win.page.getByLabel(de['settings.language']!, { exact: true }).selectOption('fr');
  await expect.poll(async () => (await app.tray()).menuLabels).toContain(fr['tray.open']);
  await expect(win.page.getByRole('heading', { level: 1 })).toHaveText(fr['settings.heading']!);
  expect(app.running).toBe(true);
  expect(win.consoleErrors).toEqual([]);
});

test('on a German desktop, the corrupt-settings dialog is German', async ({ launchApp }) => {
  const app = await launchApp({ locale: 'de-DE', userDataFiles: { 'settings.json': '{"settings": {' } });
  await app.tray();
  const dialogs = await app.dialogs();
  expect(dialogs).toHaveLength(1);
  expect(dialogs[0]!.message).toBe(de['store.settingsRecovered.body']);
  expect(dialogs[0]!.detail).toMatch(
    /^Die Datei ist kein gültiges JSON \(der Fehler liegt etwa bei Zeichen 15\)\./,
  );
});

test('on a German desktop, a settings file that fails the schema is told in German, naming the field', async ({
  launchApp,
}) => {
  const invalid = JSON.stringify({ settings: { breaks: { everyMinutes: 'often' } } });
  const app = await launchApp({ locale: 'de-DE', userDataFiles: { 'settings.json': invalid } });
  await app.tray();
  const dialogs = await app.dialogs();
  expect(dialogs).toHaveLength(1);
  expect(dialogs[0]!.detail).toContain(`${de['settings.everyMinutes']}: „often“ muss eine Zahl sein.`);
});

test('start at login on a German desktop: the Linux autostart entry is German, and is rewritten in French when French is chosen', async ({
  launchApp,
}) => {
  const configHome = fs.mkdtempSync(path.join(os.tmpdir(), 'unslouch-xdg-config-'));
  const entry = path.join(configHome, 'autostart', 'unslouch.desktop');
  try {
    const app = await launchApp({
      locale: 'de-DE',
      env: { XDG_CONFIG_HOME: configHome },
      userDataFiles: {
        'settings.json': JSON.stringify({
          settings: { version: 1, app: { welcomeSeen: true, startAtLogin: true } },
        }),
      },
    });
    const tray = await app.tray();
    await expect.poll(() => fs.existsSync(entry)).toBe(true);
    expect(fs.readFileSync(entry, 'utf8')).toContain(`Comment[de_DE]=${de['autostart.comment']}`);

    await tray.clickMenu(de['tray.open']!);
    const win = await app.waitForWindow('#/settings');
    await win.page.getByLabel(de['settings.language']!, { exact: true }).selectOption('fr');
    await expect
      .poll(() => fs.readFileSync(entry, 'utf8'))
      .toMatch(new RegExp(`^Comment\\[fr(_[A-Z]{2})?\\]=${escapeRegExp(fr['autostart.comment']!)}$`, 'm'));
    expect(fs.readFileSync(entry, 'utf8')).not.toContain('Comment[de_DE]');
    expect(app.running).toBe(true);
  } finally {
    fs.rmSync(configHome, { recursive: true, force: true });
  }
});

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
