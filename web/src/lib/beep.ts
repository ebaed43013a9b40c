/**
 * A short tone made with WebAudio: no sound file to download. Browsers keep a page's audio
 * suspended until someone taps or types on it; the context is made as soon as sound is wanted,
 * so the first gesture anywhere on the page can start it.
 */
let context: AudioContext | null = null;

export type AudioState = 'unsupported' | 'suspended' | 'running';

function audio(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null;
  context ??= new AudioContext();
  return context;
}

export function audioState(): AudioState {
  const ctx = audio();
  if (!ctx) return 'unsupported';
  return ctx.state === 'running' ? 'running' : 'suspended';
}

/** Calls `onChange` when the browser starts or suspends the page's audio. */
export function watchAudio(onChange: () => void): () => void {
  const ctx = audio();
  ctx?.addEventListener('statechange', onChange);
  return () => ctx?.removeEventListener('statechange', onChange);
}

/** Call from a tap or key press: only a gesture on the page lets the browser start audio. */
export async function unlockAudio(): Promise<void> {
  const ctx = audio();
  if (ctx?.state === 'suspended') await ctx.resume();
}

/** One note at `at` (the context's clock): a quick rise to `peak`, then a fade over `length` s. */
function note(
  ctx: AudioContext,
  at: number,
  sound: { frequency: number; type: OscillatorType; peak: number; length: number },
) {
  const oscillator = ctx.createOscillator();
  const gain = ctx.createGain();
  oscillator.type = sound.type;
  oscillator.frequency.value = sound.frequency;
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(sound.peak, at + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + sound.length - 0.02);
  oscillator.connect(gain).connect(ctx.destination);
  oscillator.start(at);
  oscillator.stop(at + sound.length);
}

/**
 * The waiting room's call: two soft notes, rising (a doorbell, not an alarm), loud enough across
 * a room. Silent until the browser lets the page's audio run.
 */
export function chime(): void {
  if (!context || context.state !== 'running') return;
  const start = context.currentTime;
  note(context, start, { frequency: 659.25, type: 'triangle', peak: 0.4, length: 1.2 });
  note(context, start + 0.45, { frequency: 987.77, type: 'triangle', peak: 0.4, length: 1.2 });
}

/** `count` beeps; an emergency gets more than a normal arrival. */
export function beep(count = 1): void {
  if (!context || context.state !== 'running') return;
  const start = context.currentTime;
  for (let i = 0; i < count; i++) {
    note(context, start + i * 0.25, { frequency: 880, type: 'sine', peak: 0.25, length: 0.2 });
  }
}
