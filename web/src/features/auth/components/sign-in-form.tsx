import { useState, type SyntheticEvent } from 'react';
import { signIn } from '@/lib/auth';
import { isTrustedDevice } from '@/lib/trusted-device';
import { AuthCard } from './auth-card';

interface SignInFormProps {
  email: string;
  onEmailChange: (email: string) => void;
  onForgotPassword: () => void;
}

export function SignInForm({ email, onEmailChange, onForgotPassword }: SignInFormProps) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [trusted, setTrusted] = useState(isTrustedDevice);

  async function onSubmit(e: SyntheticEvent) {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await signIn(email, password, trusted);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }

  return (
    <AuthCard
      id="sign-in"
      title="Sign in"
      lead="Front desk, doctors and clinic admins."
      errorId={error ? 'sign-in-error' : undefined}
      onSubmit={onSubmit}
    >
      <label className="field">
        <span>Email</span>
        <input
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => onEmailChange(e.target.value)}
          required
          autoFocus
        />
      </label>
      <div className="field">
        <label htmlFor="sign-in-password">Password</label>
        <input
          id="sign-in-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        <button className="button button--link auth-card__forgot" type="button" onClick={onForgotPassword}>
          Forgot password?
        </button>
      </div>
      <label className="check">
        <input type="checkbox" checked={trusted} onChange={(e) => setTrusted(e.target.checked)} />
        <span>
          This is a trusted clinic computer
          <small className="muted">
            Stay signed in and keep the day&apos;s data here, so work goes on offline. Leave it unticked on a shared
            computer: closing or reloading the page signs you out.
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
    </AuthCard>
  );
}
