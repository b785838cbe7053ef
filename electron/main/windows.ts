/**
 * Windows are created when asked for and destroyed when closed: while none
 * is on screen there is no renderer process. One window of each kind at most;
 * asking again focuses it.
 */
import { BrowserWindow } from 'electron';
import { windowOptions, windowUrl, type WindowKind } from './window-options';

export class WindowManager {
  private readonly open = new Map<WindowKind, BrowserWindow>();

  constructor(
    private readonly preload: string,
    private readonly origin: string,
  ) {}

  show(kind: WindowKind): BrowserWindow {
    const existing = this.open.get(kind);
    if (existing && !existing.isDestroyed()) {
      if (existing.isMinimized()) existing.restore();
      existing.show();
      existing.focus();
      return existing;
    }
    const win = new BrowserWindow(windowOptions(kind, this.preload));
    this.open.set(kind, win);
    const id = win.webContents.id;
    win.on('closed', () => {
      if (this.open.get(kind) === win) this.open.delete(kind);
      this.ids.delete(id);
    });
    this.ids.add(id);
    win.once('ready-to-show', () => win.show());
    void win.loadURL(windowUrl(this.origin, kind));
    return win;
  }

  private readonly ids = new Set<number>();

  /** True when the webContents id belongs to one of our live windows. */
  owns(webContentsId: number): boolean {
    return this.ids.has(webContentsId);
  }

  broadcast(channel: string, payload: unknown): void {
    for (const win of this.open.values()) {
      if (!win.isDestroyed()) win.webContents.send(channel, payload);
    }
  }

  count(): number {
    return this.open.size;
  }
}
