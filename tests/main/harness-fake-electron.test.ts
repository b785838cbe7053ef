/**
 * The desktop harness's stand-in for Electron must be as strict as Electron
 * where the app could go wrong, or the desktop specs would pass for an app
 * that crashes for real.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeElectron } from '../desktop/harness/fake-electron/create.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unslouch-fake-electron-'));
  dirs.push(dir);
  return dir;
}

/** A PNG header is all nativeImage reads: signature, IHDR with width and height. */
function writePng(file: string, width: number, height: number): void {
  const header = Buffer.alloc(24);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'latin1');
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  fs.writeFileSync(file, header);
}

function setup(options: { lockHeld?: boolean } = {}) {
  const dir = tempDir();
  const userData = path.join(dir, 'userData');
  fs.mkdirSync(userData);
  const preload = path.join(dir, 'preload.cjs');
  fs.writeFileSync(preload, '');
  const icon = path.join(dir, 'tray.png');
  writePng(icon, 32, 32);
  const notified: { name: string; data: Record<string, unknown> }[] = [];
  const exits: number[] = [];
  const { electron, ctx } = createFakeElectron({
    appPath: dir,
    paths: { userData, temp: dir, home: dir },
    appName: 'unslouch',
    appVersion: '0.1.0',
    lockHeld: options.lockHeld ?? false,
    notify: (name, data) => notified.push({ name, data }),
    exit: (code) => exits.push(code),
  });
  return { electron, ctx, dir, userData, preload, icon, notified, exits };
}

const nextTick = () => new Promise((resolve) => setImmediate(resolve));

describe('fake Electron: strict where Electron is', () => {
  it('refuses Tray, BrowserWindow, Notification, session, protocol.handle and screen before ready', () => {
    const { electron, ctx, icon, preload } = setup();
    expect(() => new electron.Tray(icon)).toThrow('Cannot create Tray before app is ready');
    expect(() => new electron.BrowserWindow({ webPreferences: { preload } })).toThrow(
      'Cannot create BrowserWindow before app is ready',
    );
    expect(() => new electron.Notification({ title: 'x' })).toThrow(
      'Cannot create Notification before app is ready',
    );
    expect(() => electron.session.defaultSession).toThrow('Session can only be received when app is ready');
    expect(() => electron.protocol.handle('app', () => new Response(''))).toThrow(
      'Session can only be received when app is ready',
    );
    expect(() => electron.screen.getPrimaryDisplay()).toThrow(
      "The 'screen' module can't be used before the app 'ready' event",
    );
    expect(() => electron.globalShortcut.register('A', () => {})).toThrow(
      'globalShortcut cannot be used before the app is ready',
    );

    ctx.becomeReady();
    expect(() => new electron.Tray(icon)).not.toThrow();
    expect(() => electron.protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: {} }])).toThrow(
      'protocol.registerSchemesAsPrivileged should be called before app is ready',
    );
    expect(electron.screen.getPrimaryDisplay().size).toEqual({ width: 1920, height: 1080 });
  });

  it('resolves whenReady and emits ready once the harness says so', async () => {
    const { electron, ctx } = setup();
    let resolved = false;
    void electron.app.whenReady().then(() => (resolved = true));
    await nextTick();
    expect([resolved, electron.app.isReady()]).toEqual([false, false]);
    ctx.becomeReady();
    await nextTick();
    expect([resolved, electron.app.isReady()]).toEqual([true, true]);
  });

  it('requires an existing, absolute preload path', () => {
    const { electron, ctx, dir, preload } = setup();
    ctx.becomeReady();
    expect(
      () => new electron.BrowserWindow({ webPreferences: { preload: path.join(dir, 'missing.cjs') } }),
    ).toThrow(/preload does not exist/);
    expect(() => new electron.BrowserWindow({ webPreferences: { preload: 'preload.cjs' } })).toThrow(
      /absolute path/,
    );
    const win = new electron.BrowserWindow({ show: false, webPreferences: { preload } });
    expect(win.isVisible()).toBe(false);
  });

  it('gives an empty image for a missing or non-image file, a sized one for a PNG', () => {
    const { electron, dir, icon } = setup();
    expect(electron.nativeImage.createFromPath(path.join(dir, 'nope.png')).isEmpty()).toBe(true);
    const text = path.join(dir, 'text.png');
    fs.writeFileSync(text, 'not an image');
    expect(electron.nativeImage.createFromPath(text).isEmpty()).toBe(true);
    const image = electron.nativeImage.createFromPath(icon);
    expect(image.isEmpty()).toBe(false);
    expect(image.getSize()).toEqual({ width: 32, height: 32 });
  });

  it('throws "Object has been destroyed" on a destroyed window, and getPath/setPath like Electron', () => {
    const { electron, ctx, dir } = setup();
    ctx.becomeReady();
    electron.app.on('window-all-closed', () => {});
    const win = new electron.BrowserWindow({ show: false });
    win.destroy();
    expect(win.isDestroyed()).toBe(true);
    expect(() => win.show()).toThrow('Object has been destroyed');
    expect(() => electron.app.getPath('nonsense')).toThrow("Failed to get 'nonsense' path");
    expect(() => electron.app.setPath('userData', 'relative')).toThrow('Path must be absolute');
    expect(() => electron.app.setPath('userData', path.join(dir, 'absent'))).toThrow('Failed to set path');
  });
});

describe('fake Electron: menus and tray', () => {
  it('clicks items by label path, through submenus, and refuses what a person could not click', async () => {
    const { electron, ctx, icon } = setup();
    ctx.becomeReady();
    const clicked: string[] = [];
    const tray = new electron.Tray(icon);
    tray.setToolTip('Unslouch');
    tray.setContextMenu(
      electron.Menu.buildFromTemplate([
        { label: 'Open', click: () => clicked.push('open') },
        { type: 'separator' },
        {
          label: 'Start routine',
          submenu: [
            { label: 'Upper back', click: () => clicked.push('upper') },
            { label: 'Lower back', enabled: false, click: () => clicked.push('lower') },
          ],
        },
        {
          label: 'Sound',
          type: 'checkbox',
          checked: false,
          click: (item: { checked: boolean }) => clicked.push(`sound ${item.checked}`),
        },
        { label: 'Hidden', visible: false, click: () => clicked.push('hidden') },
      ]),
    );
    await ctx.run('tray.clickMenu', { trayId: tray.id, labels: ['Open'] });
    await ctx.run('tray.clickMenu', { trayId: tray.id, labels: ['Start routine', 'Upper back'] });
    await ctx.run('tray.clickMenu', { trayId: tray.id, labels: ['Sound'] });
    expect(clicked).toEqual(['open', 'upper', 'sound true']);
    await expect(
      ctx.run('tray.clickMenu', { trayId: tray.id, labels: ['Start routine', 'Lower back'] }),
    ).rejects.toThrow(/disabled/);
    await expect(ctx.run('tray.clickMenu', { trayId: tray.id, labels: ['Hidden'] })).rejects.toThrow(
      /hidden/,
    );
    await expect(ctx.run('tray.clickMenu', { trayId: tray.id, labels: ['Start routine'] })).rejects.toThrow(
      /submenu/,
    );
    await expect(ctx.run('tray.clickMenu', { trayId: tray.id, labels: ['Nope'] })).rejects.toThrow(
      'menu: no item "Nope" (there are: "Open", "Start routine", "Sound")',
    );
    const [snapshot] = ctx.state().trays as {
      tooltip: string;
      menu: { label: string; checked: boolean }[];
    }[];
    expect(snapshot!.tooltip).toBe('Unslouch');
    expect(snapshot!.menu.find((i) => i.label === 'Sound')!.checked).toBe(true);
  });

  it('rejects a template item with neither label, role nor type, as Electron does', () => {
    const { electron } = setup();
    expect(() => electron.Menu.buildFromTemplate([{ click: () => {} }])).toThrow(
      'Invalid template for MenuItem: must have at least one of label, role or type',
    );
  });
});

describe('fake Electron: app lifecycle', () => {
  it('quits when the last window closes and nobody listens to window-all-closed', async () => {
    const { electron, ctx, exits } = setup();
    ctx.becomeReady();
    const win = new electron.BrowserWindow({ show: false });
    const closed: string[] = [];
    win.on('closed', () => closed.push('closed'));
    win.close();
    await nextTick();
    await nextTick();
    expect(closed).toEqual(['closed']);
    await nextTick();
    expect(exits).toEqual([0]);
  });

  it('keeps running when the app listens to window-all-closed; a prevented close keeps the window', async () => {
    const { electron, ctx, exits } = setup();
    ctx.becomeReady();
    electron.app.on('window-all-closed', () => {});
    const stubborn = new electron.BrowserWindow({ show: false });
    stubborn.on('close', (event: { preventDefault(): void }) => event.preventDefault());
    stubborn.close();
    await nextTick();
    expect(stubborn.isDestroyed()).toBe(false);
    stubborn.destroy();
    await nextTick();
    expect(exits).toEqual([]);
  });

  it('hands argv and additionalData to the running instance when the lock is taken', () => {
    const { electron, notified } = setup({ lockHeld: true });
    expect(electron.app.requestSingleInstanceLock({ commands: [{ kind: 'settings' }] })).toBe(false);
    const request = notified.find((n) => n.name === 'app.secondInstanceRequest')!;
    expect(request.data.argv).toEqual(process.argv);
    expect(v8.deserialize(Buffer.from(request.data.additionalData as string, 'base64'))).toEqual({
      commands: [{ kind: 'settings' }],
    });
  });

  it('answers an invoke with the handler result, or Electron’s error when there is no handler', async () => {
    const { electron, ctx } = setup();
    ctx.becomeReady();
    electron.app.on('window-all-closed', () => {});
    const win = new electron.BrowserWindow({ show: false });
    const seen: { frame: string; id: number }[] = [];
    electron.ipcMain.handle(
      'echo',
      (event: { senderFrame: { url: string }; sender: { id: number } }, x: unknown) => {
        seen.push({ frame: event.senderFrame.url, id: event.sender.id });
        return { got: x, missing: undefined };
      },
    );
    const args = v8.serialize([{ when: new Date(0) }]).toString('base64');
    const reply = (await ctx.run('ipc.invoke', {
      webContentsId: win.webContents.id,
      frameUrl: 'app://unslouch/index.html',
      channel: 'echo',
      args,
    })) as { ok: boolean; value: string };
    expect(reply.ok).toBe(true);
    expect(v8.deserialize(Buffer.from(reply.value, 'base64'))).toEqual({
      got: { when: new Date(0) },
      missing: undefined,
    });
    expect(seen).toEqual([{ frame: 'app://unslouch/index.html', id: win.webContents.id }]);
    expect(
      await ctx.run('ipc.invoke', {
        webContentsId: win.webContents.id,
        frameUrl: null,
        channel: 'nope',
        args,
      }),
    ).toEqual({ ok: false, error: "Error: No handler registered for 'nope'" });
    expect(() => electron.ipcMain.handle('echo', () => 1)).toThrow(
      "Attempted to register a second handler for 'echo'",
    );
  });

  it('reports an uncaught error like Electron: stderr, an error box, and the app goes on', () => {
    const { ctx } = setup();
    const write = process.stderr.write;
    const written: string[] = [];
    process.stderr.write = ((chunk: string) => (written.push(chunk), true)) as typeof process.stderr.write;
    try {
      ctx.reportUncaught(new Error('boom'));
    } finally {
      process.stderr.write = write;
    }
    expect(written.join('')).toContain('A JavaScript error occurred in the main process');
    expect(ctx.errors.map((e) => e.message)).toEqual(['boom']);
    expect((ctx.state().dialogs as { kind: string; title: string }[]).map((d) => [d.kind, d.title])).toEqual([
      ['errorBox', 'A JavaScript error occurred in the main process'],
    ]);
  });
});
