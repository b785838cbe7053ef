/**
 * Windows are created when asked for and destroyed when closed: while none
 * is on screen there is no renderer process. One window of each kind at most;
 * asking again focuses it.
 */
import { getLocale } from '../shared/i18n';
import { BrowserWindow, screen } from 'electron';
import { prefersDark } from './theme';
import {
  promptContentSize,
  promptPosition,
  windowOptions,
  windowUrl,
  type WindowKind,
} from './window-options';
import { installZoomShortcuts } from './zoom';

export class WindowManager {
  private readonly open = new Map<WindowKind, BrowserWindow>();
  private readonly ids = new Set<number>();

  constructor(
    private readonly preload: string,
    private readonly origin: string,
    private readonly onClosed: (kind: WindowKind) => void = () => {},
  ) {}

  show(kind: WindowKind, routine?: { id: string; trigger: string }): BrowserWindow {
    const url = windowUrl(this.origin, kind, routine?.id, routine?.trigger, getLocale());
    const existing = this.open.get(kind);
    if (existing && !existing.isDestroyed()) {
      if (routine && existing.webContents.getURL() !== url) void existing.loadURL(url);
      if (existing.isMinimized()) existing.restore();
      if (kind === 'prompt') existing.showInactive();
      else {
        existing.show();
        existing.focus();
      }
      return existing;
    }
    const win = new BrowserWindow(windowOptions(kind, this.preload, prefersDark()));
    installZoomShortcuts(win.webContents);
    this.open.set(kind, win);
    const id = win.webContents.id;
    this.ids.add(id);
    win.on('closed', () => {
      if (this.open.get(kind) === win) this.open.delete(kind);
      this.ids.delete(id);
      this.onClosed(kind);
    });
    if (kind === 'prompt') {
      const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
      const { x, y } = promptPosition(display.workArea);
      win.setPosition(x, y);
      this.fitToContent(win);
      // Not stealing focus from the person's work; Tab/click reaches it.
      win.once('ready-to-show', () => win.showInactive());
    } else {
      win.once('ready-to-show', () => win.show());
    }
    void win.loadURL(url);
    return win;
  }

  /**
   * The prompt follows its content's size (zoom, longer text, the routine list
   * opening), within the work area of the display it is on, staying in that
   * display's bottom-right corner.
   */
  private fitToContent(win: BrowserWindow): void {
    win.webContents.on('preferred-size-changed', (_event, preferred) => {
      if (win.isDestroyed()) return;
      const { workArea } = screen.getDisplayMatching(win.getBounds());
      const size = promptContentSize(preferred, workArea, win.webContents.getZoomFactor());
      const [width, height] = win.getContentSize();
      if (width === size.width && height === size.height) return;
      win.setContentSize(size.width, size.height);
      const outer = win.getBounds();
      const { x, y } = promptPosition(workArea, { width: outer.width, height: outer.height });
      win.setPosition(x, y);
    });
  }

  close(kind: WindowKind): void {
    const win = this.open.get(kind);
    if (win && !win.isDestroyed()) win.close();
  }

  /** True when the webContents id belongs to one of our live windows. */
  owns(webContentsId: number): boolean {
    return this.ids.has(webContentsId);
  }

  broadcast(channel: string, payload: unknown): void {
    for (const win of this.open.values()) {
      if (!win.isDestroyed()) win.webContents.send(channel, payload);
    }
  }
}
