import { createContext, use, useEffect, useState, type ReactNode } from 'react';
import { afterSignedOutElsewhere, watchSession, type Session } from './auth';

const SessionContext = createContext<Session>({ status: 'loading' });

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ status: 'loading' });
  useEffect(() => {
    let wasSignedIn = false;
    return watchSession((next) => {
      if (wasSignedIn && next.status === 'signedOut') void afterSignedOutElsewhere();
      wasSignedIn = next.status === 'signedIn';
      setSession(next);
    });
  }, []);
  return <SessionContext value={session}>{children}</SessionContext>;
}

export function useSession(): Session {
  return use(SessionContext);
}

/** For screens behind a role guard, where a signed-in session with claims is certain. */
export function useStaffSession() {
  const session = useSession();
  if (session.status !== 'signedIn' || !session.claims) throw new Error('useStaffSession outside a staff route');
  return { ...session, claims: session.claims };
}
