/**
 * App Check: in a production build with a reCAPTCHA Enterprise site key, every Firestore and
 * Functions request carries a token proving it comes from this app, and the callables refuse
 * requests without one. Never on the emulators, and never the debug provider: nothing here sets
 * one. Started by the Firestore and Functions modules before their first request, so the sign-in
 * route downloads none of it.
 */
import { app, useEmulators } from './firebase';

const siteKey = import.meta.env.VITE_RECAPTCHA_ENTERPRISE_SITE_KEY;

let started: Promise<void> | null = null;

export function startAppCheck(): Promise<void> {
  started ??=
    useEmulators || !siteKey ? Promise.resolve() : import('./app-check-provider').then((m) => m.protect(app, siteKey));
  return started;
}
