import {
  onIdTokenChanged,
  sendPasswordResetEmail,
  signInWithEmailAndPassword,
  signOut as fbSignOut,
  type User,
} from 'firebase/auth';
import type { StaffClaims } from '@clinicflow/shared/model';
import { parseStaffClaims } from '@clinicflow/shared/claims';
import { errorCode } from '@/lib/errors';
import { MessageError, type MessageKey } from '@/lib/i18n';
import { auth, keepSessionOnThisDevice } from '@/lib/firebase';
import { runTeardown } from '@/lib/teardown';
import { forgetMember, lastMember, rememberMember, setTrustedDevice } from '@/lib/trusted-device';

export type Session =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'signedIn'; uid: string; email: string; displayName: string; claims: StaffClaims | null };

/**
 * The member's claims from their ID token. Offline with a token that expired (a trusted tablet
 * opened in the morning), the token cannot be refreshed until the network is back: the claims
 * this device last saw for the same account stand in (lib/trusted-device), so the screen opens on
 * its cached data; the server still judges every request by the real token once it is reachable.
 */
async function claimsOf(user: User): Promise<StaffClaims | null> {
  try {
    const claims = parseStaffClaims((await user.getIdTokenResult()).claims);
    if (claims) rememberMember({ uid: user.uid, ...claims });
    return claims;
  } catch (err) {
    const remembered = errorCode(err) === 'auth/network-request-failed' ? lastMember(user.uid) : null;
    if (!remembered) throw err;
    return { role: remembered.role, clinicId: remembered.clinicId };
  }
}

/** Claims that are missing or malformed count as no role at all: such a user sees nothing. */
async function toSession(user: User | null): Promise<Session> {
  if (!user) return { status: 'signedOut' };
  return {
    status: 'signedIn',
    uid: user.uid,
    email: user.email ?? '',
    displayName: user.displayName ?? user.email ?? '',
    claims: await claimsOf(user),
  };
}

/**
 * onIdTokenChanged, not onAuthStateChanged: a forced token refresh after a role change re-renders.
 * A session that cannot be read offline (no claims remembered here) is read again once the
 * browser is back online; until then the app shows it is loading.
 */
export function watchSession(onChange: (session: Session) => void): () => void {
  let retry: (() => void) | null = null;
  const stopRetry = () => {
    if (retry) window.removeEventListener('online', retry);
    retry = null;
  };
  const read = (user: User | null) => {
    stopRetry();
    toSession(user).then(onChange, () => {
      retry = () => read(user);
      window.addEventListener('online', retry, { once: true });
    });
  };
  const unsubscribe = onIdTokenChanged(auth, read);
  return () => {
    stopRetry();
    unsubscribe();
  };
}

/** After an admin changes this user's claims: fetch a fresh token, which fires watchSession. */
export async function refreshClaims(): Promise<void> {
  await auth.currentUser?.getIdToken(true);
}

const WRONG_CREDENTIALS: MessageKey = 'signIn.error.wrongCredentials';
const NO_CONNECTION: MessageKey = 'signIn.error.network';
// Unknown email and wrong password read the same, so the form does not reveal who has an account.
const SIGN_IN_MESSAGES: Record<string, MessageKey> = {
  'auth/invalid-credential': WRONG_CREDENTIALS,
  'auth/user-not-found': WRONG_CREDENTIALS,
  'auth/wrong-password': WRONG_CREDENTIALS,
  'auth/invalid-email': 'email.invalid',
  'auth/user-disabled': 'signIn.error.userDisabled',
  'auth/too-many-requests': 'signIn.error.tooManyRequests',
  'auth/network-request-failed': NO_CONNECTION,
};

/**
 * Signs in, keeping the session (and Firestore's cache) on this computer only when it is marked
 * trusted; the choice is remembered for the next sign-in here.
 */
export async function signIn(email: string, password: string, trusted: boolean): Promise<void> {
  setTrustedDevice(trusted);
  try {
    await keepSessionOnThisDevice(trusted);
    await signInWithEmailAndPassword(auth, email.trim(), password);
  } catch (err) {
    throw new MessageError(SIGN_IN_MESSAGES[errorCode(err)] ?? 'signIn.error.failed', { cause: err });
  }
}

const RESET_MESSAGES: Record<string, MessageKey> = {
  'auth/invalid-email': 'email.invalid',
  'auth/missing-email': 'email.missing',
  'auth/too-many-requests': 'reset.error.tooManyRequests',
  'auth/network-request-failed': NO_CONNECTION,
  'auth/unauthorized-continue-uri': 'reset.error.unauthorizedDomain',
};

/**
 * Firebase's own password-reset email to `email`, whose link lets the account's owner choose a
 * password and brings them back here: the only way a password link ever travels. 'no-account'
 * when the server says there is none (the emulator does; production, with email-enumeration
 * protection, answers 'sent' either way). Other failures throw a MessageError.
 */
export async function sendPasswordEmail(email: string): Promise<'sent' | 'no-account'> {
  try {
    await sendPasswordResetEmail(auth, email.trim(), { url: `${window.location.origin}/` });
    return 'sent';
  } catch (err) {
    const code = errorCode(err);
    if (code === 'auth/user-not-found') return 'no-account';
    throw new MessageError(RESET_MESSAGES[code] ?? 'reset.error.failed', { cause: err });
  }
}

/**
 * Firestore goes first (terminated, its cache wiped) while the token is still valid; then a fresh
 * page, so no listener and no patient data survive in memory for the next person at this computer.
 */
export async function signOut(): Promise<void> {
  await runTeardown();
  await fbSignOut(auth);
  // Before the fresh page, so its sign-in screen does not start in the last clinic's settings.
  forgetMember();
  window.location.replace('/');
}

/** Signed out elsewhere (another tab, a revoked session): clean up the same way. */
export async function afterSignedOutElsewhere(): Promise<void> {
  await runTeardown();
  forgetMember();
  window.location.replace('/');
}
