/**
 * A soft chime at step changes, made with Web Audio (no sound files): a sine
 * tone with a slow attack and release, quiet enough not to startle. Silently
 * does nothing where Web Audio is missing or not allowed.
 */
type AudioContextCtor = typeof AudioContext;

let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (context) return context;
  const Ctor: AudioContextCtor | undefined =
    window.AudioContext ??
    (window as unknown as { webkitAudioContext?: AudioContextCtor }).webkitAudioContext;
  if (!Ctor) return null;
  try {
    context = new Ctor();
  } catch {
    return null;
  }
  return context;
}

function tone(ctx: AudioContext, frequency: number, at: number, length: number, volume: number): void {
  const osc = ctx.createOscillator();
  const gain = ctx.createGain();
  osc.type = 'sine';
  osc.frequency.value = frequency;
  gain.gain.setValueAtTime(0, at);
  gain.gain.linearRampToValueAtTime(volume, at + 0.04);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + length);
  osc.connect(gain).connect(ctx.destination);
  osc.start(at);
  osc.stop(at + length + 0.05);
}

/** `break`: the soft two-note chime with the break prompt (see usePromptChime). */
export type Chime = 'step' | 'rest' | 'done' | 'break';

/** Plays a chime; `level` (0–1) scales its loudness. */
export function playChime(kind: Chime, level = 1): void {
  const ctx = audio();
  if (!ctx) return;
  try {
    if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
    const now = ctx.currentTime + 0.01;
    if (kind === 'break') {
      tone(ctx, 587.33, now, 0.6, 0.09 * level);
      tone(ctx, 880, now + 0.22, 0.9, 0.07 * level);
    } else if (kind === 'step') tone(ctx, 660, now, 0.45, 0.08 * level);
    else if (kind === 'rest') tone(ctx, 520, now, 0.35, 0.05 * level);
    else {
      tone(ctx, 523.25, now, 0.5, 0.07 * level);
      tone(ctx, 783.99, now + 0.18, 0.7, 0.07 * level);
    }
  } catch {
    // Audio is a nicety: never let it break the player.
  }
}

/** Closes the audio context (when the player goes away). */
export function closeAudio(): void {
  void context?.close().catch(() => undefined);
  context = null;
}
