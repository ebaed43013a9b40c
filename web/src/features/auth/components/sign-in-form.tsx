import { useState, type SyntheticEvent } from 'react';
import { signIn } from '@/lib/auth';
import { messageOf, useI18n, type MessageKey } from '@/lib/i18n';
import { isTrustedDevice } from '@/lib/trusted-device';
import { AuthCard } from './auth-card';

interface SignInFormProps {
  email: string;
  onEmailChange: (email: string) => void;
  onForgotPassword: () => void;
}

export function SignInForm({ email, onEmailChange, onForgotPassword }: SignInFormProps) {
  const [password, setPassword] = useState('');
  const { t } = useI18n();
  const [error, setError] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);
  const [trusted, setTrusted] = useState(isTrustedDevice);

  async function onSubmit(e: SyntheticEvent) {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await signIn(email, password, trusted);
    } catch (err) {
      setError(messageOf(err, 'signIn.error.failed'));
      setBusy(false);
    }
  }

  return (
    <AuthCard
      id="sign-in"
      title={t('signIn.title')}
      lead={t('signIn.lead')}
      errorId={error ? 'sign-in-error' : undefined}
      onSubmit={onSubmit}
    >
      <label className="field">
        <span>{t('signIn.email')}</span>
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
        <label htmlFor="sign-in-password">{t('signIn.password')}</label>
        <input
          id="sign-in-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        <button className="button button--link auth-card__forgot" type="button" onClick={onForgotPassword}>
          {t('signIn.forgot')}
        </button>
      </div>
      <label className="check">
        <input type="checkbox" checked={trusted} onChange={(e) => setTrusted(e.target.checked)} />
        <span>
          {t('signIn.trusted')}
          <small className="muted">{t('signIn.trustedHint')}</small>
        </span>
      </label>
      {error && (
        <p id="sign-in-error" className="form-error" role="alert">
          {t(error)}
        </p>
      )}
      <button className="button button--primary button--block" type="submit" disabled={busy}>
        {busy ? t('signIn.busy') : t('signIn.submit')}
      </button>
    </AuthCard>
  );
}
