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

/** `count` beeps; an emergency gets more than a normal arrival. */
export function beep(count = 1): void {
  if (!context || context.state !== 'running') return;
  const start = context.currentTime;
  for (let i = 0; i < count; i++) {
    const at = start + i * 0.25;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.18);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.2);
  }
}
