import { useEffect, useState } from 'react';
import { useClinicLanguage } from '@/lib/i18n';
import { forgetLeftoverClinicData } from '@/lib/leftover-data';
import { ForgotPasswordForm } from './forgot-password-form';
import { SignInForm } from './sign-in-form';
import '../auth.css';

/**
 * The signed-out screen: sign in, or ask for a password-reset email. Nobody is signed in here,
 * so whatever clinic data a session left on this computer is deleted on arrival.
 */
export function SignInPage() {
  const [mode, setMode] = useState<'sign-in' | 'forgot'>('sign-in');
  const [email, setEmail] = useState('');

  useEffect(() => {
    void forgetLeftoverClinicData();
  }, []);
  // Nobody's clinic: the device's or the browser's language (a trusted device starts in its last clinic's).
  useClinicLanguage(null);

  return (
    <main className="auth-screen">
      {mode === 'sign-in' ? (
        <SignInForm email={email} onEmailChange={setEmail} onForgotPassword={() => setMode('forgot')} />
      ) : (
        <ForgotPasswordForm email={email} onEmailChange={setEmail} onBack={() => setMode('sign-in')} />
      )}
    </main>
  );
}
