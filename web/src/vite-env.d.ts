/// <reference types="vite/client" />

/** The emulators' addresses as firebase.json sets them, defined by vite.config.ts. */
declare const __FIREBASE_EMULATORS__: {
  auth: string;
  firestore: { host: string; port: number };
  functions: { host: string; port: number };
};

interface ImportMetaEnv {
  readonly VITE_USE_EMULATORS?: string;
  readonly VITE_FIREBASE_API_KEY?: string;
  readonly VITE_FIREBASE_AUTH_DOMAIN?: string;
  readonly VITE_FIREBASE_PROJECT_ID?: string;
  readonly VITE_FIREBASE_APP_ID?: string;
  readonly VITE_FUNCTIONS_REGION?: string;
  /** reCAPTCHA Enterprise site key for App Check; without it (and on the emulators) App Check stays off. */
  readonly VITE_RECAPTCHA_ENTERPRISE_SITE_KEY?: string;
}
