import { onIdTokenChanged, signInWithEmailAndPassword, signOut as fbSignOut, type User } from 'firebase/auth';
import type { StaffClaims } from '@clinicflow/shared/model';
import { parseStaffClaims } from '@clinicflow/shared/claims';
import { auth } from '@/lib/firebase';
import { runTeardown } from '@/lib/teardown';

export type Session =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'signedIn'; uid: string; email: string; displayName: string; claims: StaffClaims | null };

/** Claims that are missing or malformed count as no role at all: such a user sees nothing. */
async function toSession(user: User | null): Promise<Session> {
  if (!user) return { status: 'signedOut' };
  const token = await user.getIdTokenResult();
  return {
    status: 'signedIn',
    uid: user.uid,
    email: user.email ?? '',
    displayName: user.displayName ?? user.email ?? 'Signed-in user',
    claims: parseStaffClaims(token.claims),
  };
}

/** onIdTokenChanged, not onAuthStateChanged: a forced token refresh after a role change re-renders. */
export function watchSession(onChange: (session: Session) => void): () => void {
  return onIdTokenChanged(auth, (user) => {
    void toSession(user).then(onChange);
  });
}

/** After an admin changes this user's claims: fetch a fresh token, which fires watchSession. */
export async function refreshClaims(): Promise<void> {
  await auth.currentUser?.getIdToken(true);
}

const WRONG_CREDENTIALS = 'Email or password is wrong.';
// Unknown email and wrong password read the same, so the form does not reveal who has an account.
const SIGN_IN_MESSAGES: Record<string, string> = {
  'auth/invalid-credential': WRONG_CREDENTIALS,
  'auth/user-not-found': WRONG_CREDENTIALS,
  'auth/wrong-password': WRONG_CREDENTIALS,
  'auth/invalid-email': 'Enter a valid email address.',
  'auth/user-disabled': 'This account has been deactivated. Ask your clinic admin.',
  'auth/too-many-requests': 'Too many attempts. Wait a minute and try again.',
  'auth/network-request-failed': 'No connection to the sign-in service. Check the network and try again.',
};

export async function signIn(email: string, password: string): Promise<void> {
  try {
    await signInWithEmailAndPassword(auth, email.trim(), password);
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    throw new Error(SIGN_IN_MESSAGES[code] ?? 'Sign-in failed. Try again.', { cause: err });
  }
}

/**
 * Firestore goes first (terminated, its cache wiped) while the token is still valid; then a fresh
 * page, so no listener and no patient data survive in memory for the next person at this computer.
 */
export async function signOut(): Promise<void> {
  await runTeardown();
  await fbSignOut(auth);
  window.location.replace('/');
}

/** Signed out elsewhere (another tab, a revoked session): clean up the same way. */
export async function afterSignedOutElsewhere(): Promise<void> {
  await runTeardown();
  window.location.replace('/');
}
