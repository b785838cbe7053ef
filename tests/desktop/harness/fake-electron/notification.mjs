/**
 * `Notification`: records what the app shows; the harness can click, close or
 * answer one as the person would.
 */
import { EventEmitter } from 'node:events';
import { ElectronEvent, describe, instrument } from './context.mjs';

export function install(ctx) {
  /**
   * Electron's native notification does not keep its JS object alive: once the
   * app drops its last reference, the object (and its 'click' listeners) can be
   * garbage-collected while the notification is still on screen (electron#16922).
   * So the stand-in holds notifications weakly, and keeps only their snapshot.
   */
  const all = new Map();
  const snapshots = new Map();

  class Notification extends EventEmitter {
    static isSupported() {
      return ctx.config.notificationsSupported ?? true;
    }
    constructor(options = {}) {
      ctx.requireReady('Cannot create Notification before app is ready');
      super();
      this.id = ctx.nextId('notification');
      this.title = options.title ?? '';
      this.subtitle = options.subtitle ?? '';
      this.body = options.body ?? '';
      this.silent = Boolean(options.silent);
      this.icon = options.icon;
      this.urgency = options.urgency ?? 'normal';
      this.timeoutType = options.timeoutType ?? 'default';
      this.actions = options.actions ?? [];
      this.closeButtonText = options.closeButtonText ?? '';
      this.hasReply = Boolean(options.hasReply);
      this._state = 'created';
      all.set(this.id, new WeakRef(this));
      snapshots.set(this.id, this.__snapshot());
      ctx.record('Notification', 'constructor', [options], this.id);
    }
    show() {
      this._state = 'shown';
      // By the app process's clock (the simulated one, when the harness installed it).
      this._shownAt = new Date().toISOString();
      snapshots.set(this.id, this.__snapshot());
      ctx.notify('notification.shown', this.__snapshot());
      setImmediate(() => this.emit('show', new ElectronEvent()));
    }
    close() {
      if (this._state === 'closed') return;
      this._state = 'closed';
      snapshots.set(this.id, this.__snapshot());
      this.emit('close', new ElectronEvent());
    }
    __describe() {
      return { Notification: this.id };
    }
    __snapshot() {
      return {
        id: this.id,
        state: this._state,
        title: this.title,
        subtitle: this.subtitle,
        body: this.body,
        silent: this.silent,
        shownAt: this._shownAt ?? null,
        urgency: this.urgency,
        actions: describe(this.actions),
        icon: describe(this.icon ?? null),
      };
    }
  }
  instrument(ctx, Notification, 'Notification', ['show', 'close'], { guardDestroyed: false });

  const get = (id) => {
    if (!snapshots.has(id)) throw new Error(`fake electron: no notification ${id}`);
    const n = all.get(id).deref();
    if (!n)
      throw new Error(
        `notification ${id} was garbage-collected with its click handler: the app dropped its last reference (electron#16922)`,
      );
    if (n._state !== 'shown') throw new Error(`notification ${id} is not on screen (${n._state})`);
    return n;
  };
  ctx.command('notification.click', ({ id }) => (get(id).emit('click', new ElectronEvent()), null));
  ctx.command(
    'notification.action',
    ({ id, index }) => (get(id).emit('action', new ElectronEvent(), index), null),
  );
  ctx.command(
    'notification.reply',
    ({ id, reply }) => (get(id).emit('reply', new ElectronEvent(), reply), null),
  );
  ctx.command('notification.dismiss', ({ id }) => (get(id).close(), null));

  ctx.snapshot('notifications', () =>
    [...snapshots.keys()].map(
      (id) => all.get(id).deref()?.__snapshot() ?? { ...snapshots.get(id), collected: true },
    ),
  );
  return { Notification };
}
