/** A short tone made with WebAudio: no sound file to download. */
let context: AudioContext | null = null;

/** Call from a click (browsers only allow audio after a user gesture). */
export async function unlockAudio(): Promise<void> {
  context ??= new AudioContext();
  if (context.state === 'suspended') await context.resume();
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
