/**
 * "This is a trusted clinic computer": only then does Firestore keep its cache (patient names
 * included) in IndexedDB across reloads. Remembered per device; no SDK imported here.
 */
import type { Role } from '@clinicflow/shared/model';
import { parseStaffClaims } from '@clinicflow/shared/claims';

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
 * clinic's time zone (from the clinic document). No personal data. Used to fetch the role's screen
 * while Auth is still checking the session, to open the desk's queue without waiting for the clinic
 * document, and, offline with an ID token that expired overnight, as the claims until the token
 * can be refreshed (the server still decides every read and write by the real token).
 * Never kept on an untrusted device; the sign-in route forgets it.
 */
export interface LastMember {
  uid: string;
  role: Role;
  clinicId: string;
  timezone?: string;
}

const MEMBER_KEY = 'clinicflow.lastMember';

export function lastMember(uid?: string): LastMember | null {
  try {
    const raw = localStorage.getItem(MEMBER_KEY);
    const parsed: unknown = raw === null ? null : JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { uid: savedUid, timezone, ...claims } = parsed as Record<string, unknown>;
    const staff = parseStaffClaims(claims);
    if (typeof savedUid !== 'string' || !staff || (uid !== undefined && savedUid !== uid)) return null;
    return { uid: savedUid, ...staff, ...(typeof timezone === 'string' ? { timezone } : {}) };
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

/** The member signed in here now, on a trusted device; their clinic's time zone is kept if it is the same clinic. */
export function rememberMember({ uid, role, clinicId }: Omit<LastMember, 'timezone'>): void {
  const before = lastMember(uid);
  if (before?.role === role && before.clinicId === clinicId) return;
  const timezone = before?.clinicId === clinicId ? before.timezone : undefined;
  store({ uid, role, clinicId, ...(timezone ? { timezone } : {}) });
}

/** The clinic document's time zone, kept when it is the remembered member's clinic. */
export function rememberTimezone(clinicId: string, timezone: string): void {
  const member = lastMember();
  if (member?.clinicId === clinicId && member.timezone !== timezone) store({ ...member, timezone });
}

export function forgetMember(): void {
  try {
    localStorage.removeItem(MEMBER_KEY);
  } catch {
    // Storage blocked: nothing was kept.
  }
}
