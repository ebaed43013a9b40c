import { useState, type SyntheticEvent } from 'react';
import { sendPasswordEmail } from '@/lib/auth';
import { messageOf, Msg, useI18n, type MessageKey } from '@/lib/i18n';
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
  const { t } = useI18n();
  const [fieldError, setFieldError] = useState<MessageKey | null>(null);
  const [error, setError] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function onSubmit(e: SyntheticEvent) {
    e.preventDefault();
    setError(null);
    setSentTo(null);
    const address = email.trim();
    if (!LOOKS_LIKE_EMAIL.test(address)) {
      setFieldError(address ? 'email.invalid' : 'forgot.emailRequired');
      return;
    }
    setBusy(true);
    try {
      await sendPasswordEmail(address);
      setSentTo(address);
    } catch (err) {
      setError(messageOf(err, 'reset.error.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthCard
      id="forgot"
      title={t('forgot.title')}
      lead={t('forgot.lead')}
      errorId={error ? 'forgot-error' : undefined}
      onSubmit={onSubmit}
    >
      <div className="field">
        <label htmlFor="forgot-email">{t('signIn.email')}</label>
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
            {t(fieldError)}
          </p>
        )}
      </div>
      {error && (
        <p id="forgot-error" className="form-error" role="alert">
          {t(error)}
        </p>
      )}
      {sentTo && (
        <p className="auth-card__sent" role="status">
          <Msg id="forgot.sent" values={{ email: sentTo }} components={{ 0: <strong /> }} />
        </p>
      )}
      <button className="button button--primary button--block" type="submit" disabled={busy}>
        {busy ? t('forgot.sending') : sentTo ? t('forgot.again') : t('forgot.submit')}
      </button>
      <button className="button button--ghost button--block" type="button" onClick={onBack}>
        {t('forgot.back')}
      </button>
    </AuthCard>
  );
}
