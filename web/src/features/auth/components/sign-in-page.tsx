import { useState, type SyntheticEvent } from 'react';
import { isTrustedDevice, setTrustedDevice } from '@/lib/trusted-device';
import { signIn } from '../api/session';

export function SignInPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [trusted, setTrusted] = useState(isTrustedDevice);

  async function onSubmit(e: SyntheticEvent) {
    e.preventDefault();
    setError(null);
    setBusy(true);
    setTrustedDevice(trusted);
    try {
      await signIn(email, password);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }

  return (
    <main className="auth-screen">
      <form
        className="card auth-card"
        onSubmit={(e) => void onSubmit(e)}
        noValidate
        aria-describedby={error ? 'sign-in-error' : undefined}
      >
        <div className="brand brand--large">
          <span className="brand__mark" aria-hidden="true">
            +
          </span>
          ClinicFlow
        </div>
        <h1>Sign in</h1>
        <p className="muted">Front desk, doctors and clinic admins.</p>
        <label className="field">
          <span>Email</span>
          <input
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
            autoFocus
          />
        </label>
        <label className="field">
          <span>Password</span>
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        <label className="check">
          <input type="checkbox" checked={trusted} onChange={(e) => setTrusted(e.target.checked)} />
          <span>
            This is a trusted clinic computer
            <small className="muted">
              Keeps the day&apos;s data on this computer so work goes on offline. Wiped when you sign out.
            </small>
          </span>
        </label>
        {error && (
          <p id="sign-in-error" className="form-error" role="alert">
            {error}
          </p>
        )}
        <button className="button button--primary button--block" type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
