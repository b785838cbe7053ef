/**
 * Linux idle time. Electron's powerMonitor.getSystemIdleTime() reads 0 on
 * Wayland (electron#27912, #34826), so ask the desktop: GNOME's Mutter
 * (org.gnome.Mutter.IdleMonitor GetIdletime), KDE's screen saver service
 * (org.freedesktop.ScreenSaver GetSessionIdleTime), and only on X11 fall back
 * to powerMonitor (XScreenSaver there works).
 */
import { linuxDesktop, type ProbeContext } from '../context';
import type { BusAccess } from '../dbus';
import { fromParsed, known, unknown, type Reading } from '../types';
import { idleSecondsFromMilliseconds } from './parse';

const SERVICES = [
  {
    source: 'Mutter IdleMonitor',
    target: {
      destination: 'org.gnome.Mutter.IdleMonitor',
      path: '/org/gnome/Mutter/IdleMonitor/Core',
      iface: 'org.gnome.Mutter.IdleMonitor',
      member: 'GetIdletime',
    },
  },
  {
    source: 'org.freedesktop.ScreenSaver',
    target: {
      destination: 'org.freedesktop.ScreenSaver',
      path: '/org/freedesktop/ScreenSaver',
      iface: 'org.freedesktop.ScreenSaver',
      member: 'GetSessionIdleTime',
    },
  },
] as const;

async function ask(bus: BusAccess, service: (typeof SERVICES)[number]) {
  const answer = await bus.call('session', service.target);
  return answer.ok
    ? fromParsed(idleSecondsFromMilliseconds(answer.body[0]), service.source)
    : answer.missing
      ? null
      : unknown('unreadable', answer.problem);
}

export async function readLinuxIdle(ctx: ProbeContext): Promise<Reading<number>> {
  const { session } = linuxDesktop(ctx.env);
  let failure: Reading<number> | null = null;
  for (const service of SERVICES) {
    const reading = await ask(ctx.bus, service);
    if (reading?.known) return reading;
    failure ??= reading;
  }
  if (session !== 'wayland') return known(ctx.electronIdleSeconds(), 'powerMonitor');
  return failure ?? unknown('wayland', 'this Wayland desktop does not tell apps how long you have been away');
}
