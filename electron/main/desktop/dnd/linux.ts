/**
 * Linux do-not-disturb: GNOME's `show-banners` setting, XFCE's xfconf
 * property, and for KDE and the rest the notification server's `Inhibited`
 * property (org.freedesktop.Notifications, spec 1.2+).
 */
import { linuxDesktop, type ProbeContext } from '../context';
import { getProperty } from '../dbus';
import { runProblem } from '../run';
import { fromParsed, unknown, type Reading } from '../types';
import { gnomeDndFromShowBanners, gsettingsMissingSchema, parseInhibited, parseXfconfDnd } from './parse';

export async function readLinuxDnd(ctx: ProbeContext): Promise<Reading<boolean>> {
  const { desktop } = linuxDesktop(ctx.env);
  if (desktop === 'gnome') {
    const r = await ctx.run('gsettings', ['get', 'org.gnome.desktop.notifications', 'show-banners']);
    if (r.ok) return fromParsed(gnomeDndFromShowBanners(r.stdout), 'gsettings show-banners');
    if (!gsettingsMissingSchema(r.stderr)) return unknown('unreadable', runProblem('gsettings', r));
  }
  if (desktop === 'xfce') {
    const r = await ctx.run('xfconf-query', ['-c', 'xfce4-notifyd', '-p', '/do-not-disturb']);
    if (r.ok || r.kind === 'failed')
      return fromParsed(
        parseXfconfDnd(r.stdout, r.stderr, r.ok ? 0 : Number(r.code) || 1),
        'xfconf xfce4-notifyd /do-not-disturb',
      );
    return unknown('unreadable', runProblem('xfconf-query', r));
  }
  const answer = await getProperty(
    ctx.bus,
    'session',
    {
      destination: 'org.freedesktop.Notifications',
      path: '/org/freedesktop/Notifications',
      iface: 'org.freedesktop.Notifications',
    },
    'Inhibited',
  );
  if (answer.ok) return fromParsed(parseInhibited(answer.body[0]), 'org.freedesktop.Notifications Inhibited');
  // A notification server without the property cannot be asked (GNOME Shell, Mako, dunst…).
  if (answer.missing) return unknown('unsupported', answer.problem);
  return unknown('unreadable', answer.problem);
}
