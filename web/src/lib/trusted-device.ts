/**
 * "This is a trusted clinic computer": only then does Firestore keep its cache (patient names
 * included) in IndexedDB across reloads. Remembered per device; no SDK imported here.
 */
const KEY = 'clinicflow.trustedDevice';

export function isTrustedDevice(): boolean {
  try {
    return localStorage.getItem(KEY) === 'yes';
  } catch {
    return false;
  }
}

export function setTrustedDevice(trusted: boolean): void {
  try {
    if (trusted) localStorage.setItem(KEY, 'yes');
    else localStorage.removeItem(KEY);
  } catch {
    // Storage blocked (private mode): the device simply stays untrusted.
  }
}
