/**
 * Nothing lost, nothing stuck: the built app on a read-only and on a full data
 * folder (real tmpfs mounts), with a broken history.json, a "version": 0
 * settings file, stale temporary files, and bad second-instance data. Every
 * case ends with the app running, the person told in plain words, and
 * nothing saved gone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type DesktopApp } from './harness';
import { historyRecords, runBreak } from './harness/break-cycles';
import { mountTmpfs, type Mount } from './harness/mounts';

const ZONE = 'Europe/Berlin';
const MONDAY = '2026-03-23T08:55:00+01:00';
const V0 = JSON.stringify({ settings: { version: 0, breaks: { everyMinutes: 45 } } });

let mount: Mount | null = null;
test.afterEach(() => {
  mount?.unmount();
  mount = null;
});

const titles = async (app: DesktopApp) => (await app.notifications()).map((n) => n.title);
const plain = (text: string) => expect(text).not.toMatch(/E[A-Z]{3,}|Error:|at \//);

test('a read-only data folder: the app starts on in-memory settings, says so, and keeps prompting', async ({
  launchApp,
}) => {
  mount = mountTmpfs(256);
  fs.writeFileSync(path.join(mount.dir, 'settings.json'), V0); // needs a migration write
  mount.readOnly();
  const app = await launchApp({ clock: MONDAY, timezone: ZONE, userDataPath: mount.dir });
  await app.tray();
  expect(await app.statusLine()).toBe('Outside work hours — next at 09:00');
  const [told] = await app.notifications();
  expect(told!.title).toBe('Unslouch could not save your settings');
  expect(told!.body).toMatch(/read-only/);
  plain(told!.body);

  // Breaks go on: two prompts in a row although no record can be written.
  await runBreak(app, 'skip');
  await runBreak(app, 'skip');
  expect((await titles(app)).filter((t) => t === 'Unslouch could not save your history')).toHaveLength(1);
  expect(await app.errors()).toEqual([]);
  expect(fs.readFileSync(path.join(mount.dir, 'settings.json'), 'utf8')).toBe(V0);
  await (await app.tray()).clickMenu('Open Unslouch');
  const win = await app.waitForWindow('#/settings');
  await expect(win.page.getByLabel('Break every (minutes)')).toHaveValue('45');
});

test('a full disk: breaks keep coming, the person is told once, and the queued records are saved when space is free', async ({
  launchApp,
}) => {
  mount = mountTmpfs(64);
  const app = await launchApp({ clock: MONDAY, timezone: ZONE, userDataPath: mount.dir });
  await app.tray();
  const filler = mount.fill();

  const first = await runBreak(app, 'skip');
  const second = await runBreak(app, 'skip');
  const told = (await app.notifications()).filter((n) => n.title === 'Unslouch could not save your history');
  expect(told).toHaveLength(1);
  expect(told[0]!.body).toMatch(/the disk is full/);
  plain(told[0]!.body);
  expect(await app.statusLine()).toMatch(/^Next break at/);
  // The history window shows the breaks that are not on disk yet.
  expect(historyRecords(app)).toEqual([]);

  fs.rmSync(filler);
  const third = await runBreak(app, 'skip');
  const onDisk = historyRecords(app).map((r) => r.endedAt);
  expect(onDisk).toHaveLength(3);
  // In order, each after its own prompt.
  const times = onDisk.map((at) => Date.parse(at as string));
  [first, second, third].forEach((b, i) => expect(times[i]).toBeGreaterThanOrEqual(Date.parse(b.promptAt)));
  expect([...times].sort((x, y) => x - y)).toEqual(times);
  // No half line was left by the writes that failed part-way.
  const text = fs.readFileSync(path.join(mount.dir, 'history.jsonl'), 'utf8');
  for (const line of text.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
  expect(await app.errors()).toEqual([]);
});

test('a truncated or empty history.json is set aside as history.corrupt-<time>.json and the app starts', async ({
  launchApp,
}) => {
  for (const broken of ['{"records":[{"id":"a","endedAt":"2026-', '']) {
    const app = await launchApp({ userDataFiles: { 'history.json': broken } });
    await app.tray();
    const aside = fs.readdirSync(app.userDataPath).filter((f) => /^history\.corrupt-.+\.json$/.test(f));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(app.userDataPath, aside[0]!), 'utf8')).toBe(broken);
    const [told] = await app.notifications();
    expect(told!.body).toContain(aside[0]!);
    expect(await app.dialogs()).toEqual([]);
    expect(await app.errors()).toEqual([]);
    await app.quit();
  }
});

test('"version": 0 settings are migrated at start; stale temporary files beside the stores are removed', async ({
  launchApp,
}) => {
  const app = await launchApp({
    userDataFiles: {
      'settings.json': V0,
      'settings.json.tmp-4242-1': '{"settings":{"bre',
      'history.jsonl.tmp-4242-2': '',
      'unrelated.tmp-1': 'kept',
    },
  });
  await app.tray();
  expect(await app.dialogs()).toEqual([]);
  expect(fs.readdirSync(app.userDataPath).sort()).toEqual(['settings.json', 'unrelated.tmp-1']);
  expect(
    JSON.parse(fs.readFileSync(path.join(app.userDataPath, 'settings.json'), 'utf8')).settings,
  ).toMatchObject({ version: 2, breaks: { everyMinutes: 45 } });
});

test('bad second-instance data is refused with a message, and never opens Settings or stops breaks', async ({
  launchApp,
}) => {
  const app = await launchApp({ clock: MONDAY, timezone: ZONE });
  await app.tray();
  await app.secondInstance([], { commands: [{ kind: 'pause', minutes: 'abc' }] });
  await app.secondInstance([], { commands: [{ kind: 'pause', minutes: 1e12 }] });
  await app.secondInstance(['--pause', 'soon']);
  await expect.poll(async () => (await app.notifications()).length).toBe(3);
  const told = await app.notifications();
  expect(told.map((n) => n.title)).toEqual(Array(3).fill('Unslouch did not understand the command'));
  expect(told[0]!.body).toMatch(/commands\[0\]\.minutes: ‘abc’ must be a number of minutes\./);
  expect(told[2]!.body).toMatch(/--pause: "soon"/);
  expect(await app.windows()).toEqual([]);
  expect(await app.statusLine()).toBe('Outside work hours — next at 09:00');
  expect(await app.errors()).toEqual([]);
  // A valid one still works.
  await app.secondInstance([], { commands: [{ kind: 'settings' }] });
  await app.waitForWindow('#/settings');
});
