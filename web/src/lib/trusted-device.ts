/**
 * "This is a trusted clinic computer": only then does Firestore keep its cache (patient names
 * included) in IndexedDB across reloads. Remembered per device; no SDK imported here.
 */
import { DAY_END_PATTERN } from '@clinicflow/shared/clinic-time';
import { LIMITS, type Language, type Role } from '@clinicflow/shared/model';
import { parseStaffClaims } from '@clinicflow/shared/claims';
import { isLanguage } from './language';

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

/**
 * What a trusted device remembers of the member who last used it, so its next start need not wait
 * on the server to know where it is going: the role and clinic (from the token's claims) and the
 * clinic's name and the settings every screen is drawn in (time zone, day end, language: from the clinic
 * document). No personal data. Used to fetch the role's screen while Auth is still checking the
 * session, to open the screens' lists without waiting for the clinic document, and, offline with
 * an ID token that expired overnight, as the claims until the token can be refreshed (the server
 * still decides every read and write by the real token). Never kept on an untrusted device; the
 * sign-in route forgets it.
 */
export interface LastMember {
  uid: string;
  role: Role;
  clinicId: string;
  clinic?: RememberedClinic;
}

/** The clinic document's settings that shape every screen, as this device last read them. */
export interface RememberedClinic {
  name?: string;
  timezone: string;
  dayEndsAt?: string;
  language?: Language;
}

const MEMBER_KEY = 'clinicflow.lastMember';

function parseClinic(value: unknown): RememberedClinic | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { name, timezone, dayEndsAt, language } = value as Record<string, unknown>;
  if (typeof timezone !== 'string') return undefined;
  return {
    ...(typeof name === 'string' && name.length <= LIMITS.clinicNameMax ? { name } : {}),
    timezone,
    ...(typeof dayEndsAt === 'string' && DAY_END_PATTERN.test(dayEndsAt) ? { dayEndsAt } : {}),
    ...(isLanguage(language) ? { language } : {}),
  };
}

export function lastMember(uid?: string): LastMember | null {
  try {
    const raw = localStorage.getItem(MEMBER_KEY);
    const parsed: unknown = raw === null ? null : JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { uid: savedUid, clinic: savedClinic, ...claims } = parsed as Record<string, unknown>;
    const staff = parseStaffClaims(claims);
    if (typeof savedUid !== 'string' || !staff || (uid !== undefined && savedUid !== uid)) return null;
    const clinic = parseClinic(savedClinic);
    return { uid: savedUid, ...staff, ...(clinic ? { clinic } : {}) };
  } catch {
    return null;
  }
}

function store(member: LastMember): void {
  if (!isTrustedDevice()) return;
  try {
    localStorage.setItem(MEMBER_KEY, JSON.stringify(member));
  } catch {
    // Storage blocked: the next start simply waits on the server.
  }
}

/** The member signed in here now, on a trusted device; their clinic's settings are kept if it is the same clinic. */
export function rememberMember({ uid, role, clinicId }: Omit<LastMember, 'clinic'>): void {
  const before = lastMember(uid);
  if (before?.role === role && before.clinicId === clinicId) return;
  const clinic = before?.clinicId === clinicId ? before.clinic : undefined;
  store({ uid, role, clinicId, ...(clinic ? { clinic } : {}) });
}

/** The clinic document's settings, kept when it is the remembered member's clinic. */
export function rememberClinic(clinicId: string, settings: RememberedClinic): void {
  const member = lastMember();
  const clinic = parseClinic(settings);
  if (member?.clinicId !== clinicId || !clinic) return;
  if (JSON.stringify(member.clinic) !== JSON.stringify(clinic)) store({ ...member, clinic });
}

/** The settings this device remembers for `clinicId`'s screens, or null. */
export function rememberedClinic(clinicId: string): RememberedClinic | null {
  const member = lastMember();
  return member?.clinicId === clinicId ? (member.clinic ?? null) : null;
}

export function forgetMember(): void {
  try {
    localStorage.removeItem(MEMBER_KEY);
  } catch {
    // Storage blocked: nothing was kept.
  }
}
