/**
 * The cost of one desktop-signals sample (taken at every engine wake-up, at
 * most once a minute in work time): wall time, processes started, D-Bus
 * calls — with every signal on, against a baseline with every busy signal off
 * (idle and lock only), in the same run. Two desktops: this machine as it is,
 * and a GNOME Wayland session stood in on a private D-Bus bus.
 *   npx tsx scripts/bench-desktop-signals.ts
 */
import { createDesktopSignals, type DesktopSample } from '../electron/main/desktop';
import type { BusySettingsShape } from '../electron/shared/desktop-signals';
import { startFakeDesktop } from '../tests/support/fake-desktop-bus';

const RUNS = 15;
const on = (all: boolean): BusySettingsShape => ({
  enabled: true,
  signals: { dnd: all, fullscreen: all, call: all, screenShare: all, apps: all },
  apps: ['zoom', 'teams', 'obs'],
  graceSeconds: 60,
});

async function measure(env: NodeJS.ProcessEnv, all: boolean) {
  const signals = createDesktopSignals({
    platform: process.platform,
    env,
    settings: () => on(all),
    ownWindows: () => ({ pids: [process.pid], windowIds: [] }),
  });
  await signals.sample(); // connections opened once, as in the app
  const samples: DesktopSample[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await signals.sample());
  signals.close();
  const ms = samples.map((s) => s.cost.ms).sort((a, b) => a - b);
  return {
    median: ms[Math.floor(ms.length / 2)]!,
    spawned: samples[0]!.cost.spawned,
    busCalls: samples[0]!.cost.busCalls,
    reasons: samples[0]!.reasons,
  };
}

async function report(name: string, env: NodeJS.ProcessEnv) {
  const base = await measure(env, false);
  const full = await measure(env, true);
  console.log(
    `signals: one sample, all signals on (${name}): ${full.median} ms median of ${RUNS}, ${full.spawned} processes started, ${full.busCalls} D-Bus calls`,
  );
  console.log(
    `signals: baseline, busy signals off (${name}): ${base.median} ms, ${base.spawned} processes, ${base.busCalls} D-Bus calls; all on costs ${(full.median / Math.max(base.median, 0.1)).toFixed(1)}× the baseline`,
  );
}

const isolated = { ...process.env };
for (const k of ['DBUS_SESSION_BUS_ADDRESS', 'XDG_SESSION_TYPE', 'XDG_CURRENT_DESKTOP', 'WAYLAND_DISPLAY'])
  delete isolated[k];
await report(`this machine, ${process.platform}`, process.env);
try {
  const desktop = await startFakeDesktop();
  await report('GNOME Wayland stand-in on a private D-Bus bus', { ...isolated, ...desktop.env('GNOME') });
  await desktop.stop();
} catch (error) {
  console.log(`signals: GNOME stand-in not measured (${(error as Error).message})`);
}
console.log(
  'signals: samples are taken only at the engine’s own wake-ups (≤ 60 per work hour, none outside work time): at most that many samples per hour',
);
