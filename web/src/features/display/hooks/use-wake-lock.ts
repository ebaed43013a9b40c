import { useEffect } from 'react';

/**
 * Keeps the TV's screen from dimming while the board is shown, where the browser offers the
 * Screen Wake Lock API; asks again when the page is shown after being hidden (the browser drops
 * the lock then).
 */
export function useWakeLock(): void {
  useEffect(() => {
    if (!('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let active = true;
    const request = () => {
      if (document.visibilityState !== 'visible') return;
      navigator.wakeLock.request('screen').then(
        (sentinel) => {
          if (active) lock = sentinel;
          else void sentinel.release();
        },
        () => undefined, // Refused (no permission, battery saver): the screen may dim; nothing else changes.
      );
    };
    request();
    document.addEventListener('visibilitychange', request);
    return () => {
      active = false;
      document.removeEventListener('visibilitychange', request);
      void lock?.release();
    };
  }, []);
}
