import { useState, type SyntheticEvent } from 'react';
import { sendPasswordEmail } from '@/lib/auth';
import { AuthCard } from './auth-card';

// A light check before asking the server (which checks again): the sign-in route carries no zod.
const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface ForgotPasswordFormProps {
  email: string;
  onEmailChange: (email: string) => void;
  onBack: () => void;
}

/**
 * "Forgot password?": Firebase emails a reset link. The answer reads the same whether or not the
 * address has an account, so this form tells nobody who works where.
 */
export function ForgotPasswordForm({ email, onEmailChange, onBack }: ForgotPasswordFormProps) {
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function onSubmit(e: SyntheticEvent) {
    e.preventDefault();
    setError(null);
    setSentTo(null);
    const address = email.trim();
    if (!LOOKS_LIKE_EMAIL.test(address)) {
      setFieldError(address ? 'Enter a valid email address.' : 'Enter the email address you sign in with.');
      return;
    }
    setBusy(true);
    try {
      await sendPasswordEmail(address);
      setSentTo(address);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthCard
      id="forgot"
      title="Reset your password"
      lead="We’ll email you a link to choose a new password. It works once."
      errorId={error ? 'forgot-error' : undefined}
      onSubmit={onSubmit}
    >
      <div className="field">
        <label htmlFor="forgot-email">Email</label>
        <input
          id="forgot-email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => {
            onEmailChange(e.target.value);
            setFieldError(null);
          }}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? 'forgot-email-error' : undefined}
          required
          autoFocus
        />
        {fieldError && (
          <p id="forgot-email-error" className="field__error">
            {fieldError}
          </p>
        )}
      </div>
      {error && (
        <p id="forgot-error" className="form-error" role="alert">
          {error}
        </p>
      )}
      {sentTo && (
        <p className="auth-card__sent" role="status">
          If <strong>{sentTo}</strong> has a ClinicFlow account, a password-reset email is on its way. Check the spam
          folder if it has not arrived in a few minutes.
        </p>
      )}
      <button className="button button--primary button--block" type="submit" disabled={busy}>
        {busy ? 'Sending…' : sentTo ? 'Send the email again' : 'Email me a reset link'}
      </button>
      <button className="button button--ghost button--block" type="button" onClick={onBack}>
        Back to sign in
      </button>
    </AuthCard>
  );
}
