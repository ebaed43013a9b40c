/**
 * Which language a screen speaks: the choice made on this device wins, then the clinic's default
 * (once signed in), then the browser's language, then English. Shared screens (the waiting-room
 * display, later) follow the clinic alone: pass `shared`. No SDK imported here.
 */
import { LANGUAGES, type Language } from '@clinicflow/shared/model';

const KEY = 'clinicflow.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function deviceLanguage(): Language | null {
  try {
    const stored = localStorage.getItem(KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function setDeviceLanguage(language: Language): void {
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Storage blocked (private mode): the choice lasts until the page closes.
  }
}

/** The first of the browser's languages ClinicFlow speaks ("es-MX" → es), or null. */
export function browserLanguage(preferred: readonly string[]): Language | null {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return null;
}

export function resolveLanguage(sources: {
  device: Language | null;
  clinic: Language | null | undefined;
  browser: Language | null;
  shared?: boolean;
}): Language {
  if (sources.shared) return sources.clinic ?? 'en';
  return sources.device ?? sources.clinic ?? sources.browser ?? 'en';
}
