/**
 * Desktop notifications for the app controller's notices, worded through the
 * message catalog. Each Notification stays referenced until it is clicked,
 * closed or fails: otherwise its click handler can be garbage-collected before
 * the person clicks (electron#16922).
 */
import { Notification } from 'electron';
import type { Notice } from '../core/service/app-controller';
import { renderText } from '../shared/i18n';

export function createNotifier() {
  const live = new Set<Notification>();
  return {
    notify(notice: Notice): void {
      if (!Notification.isSupported()) return;
      const n = new Notification({
        title: renderText(notice.title),
        body: renderText(notice.body),
        silent: true,
      });
      live.add(n);
      const release = () => live.delete(n);
      n.on('click', () => {
        release();
        notice.onClick?.();
      });
      n.on('close', release);
      n.on('failed', release);
      n.show();
    },
    /** Notifications still referenced (for the leak checks). */
    live: () => live.size,
  };
}
