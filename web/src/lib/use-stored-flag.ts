import { useCallback, useState } from 'react';

/** A yes/no preference remembered on this device (sound, desktop alerts). */
export function useStoredFlag(key: string): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => {
    try {
      return localStorage.getItem(key) === 'yes';
    } catch {
      return false;
    }
  });
  const set = useCallback(
    (next: boolean) => {
      setValue(next);
      try {
        if (next) localStorage.setItem(key, 'yes');
        else localStorage.removeItem(key);
      } catch {
        // Storage blocked: the choice lasts for this page only.
      }
    },
    [key],
  );
  return [value, set];
}
