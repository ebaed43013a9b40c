import { lingui } from '@lingui/vite-plugin';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { EMULATORS, FIREBASE_JSON, WEB_SERVERS, origin } from '../scripts/lib/addresses.ts';
import { previewHeaders } from '../scripts/lib/hosting-headers.ts';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/** Where the app finds each emulator in its emulator modes: from firebase.json, handed over at build time. */
const firebaseEmulators = {
  auth: origin(EMULATORS.auth),
  firestore: EMULATORS.firestore,
  functions: EMULATORS.functions,
};

/** A production build without a site key has no App Check, and the deployed callables refuse it: say so. */
function warnWithoutAppCheck(mode: string): Plugin {
  return {
    name: 'warn-without-app-check',
    apply: 'build',
    configResolved(config) {
      const env = loadEnv(mode, config.envDir || config.root);
      if (mode === 'production' && !env.VITE_RECAPTCHA_ENTERPRISE_SITE_KEY) {
        config.logger.warn(
          'VITE_RECAPTCHA_ENTERPRISE_SITE_KEY is not set: this build has no App Check, and the deployed ' +
            'callables (staff admin) refuse requests without it. See README, "Deploy".',
        );
      }
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    // Compiles each message catalog when it is imported (src/locales/*.json?lingui); a catalog
    // that lacks a message, or one that does not compile, fails the build.
    lingui({
      configPath: fileURLToPath(new URL('./lingui.config.ts', import.meta.url)),
      failOnMissing: true,
      failOnCompileError: true,
    }),
    warnWithoutAppCheck(mode),
  ],
  define: { __FIREBASE_EMULATORS__: JSON.stringify(firebaseEmulators) },
  resolve: {
    alias: {
      '@': src(''),
      // Firestore's realtime-pipeline regex support, unused here and ~46 kB gzip: see the stub.
      re2js: src('lib/re2js-stub.ts'),
    },
  },
  server: WEB_SERVERS.dev,
  // The built app is served under production's security headers (the CSP also lets it reach the emulators).
  preview: { ...WEB_SERVERS.preview, headers: previewHeaders(FIREBASE_JSON) },
  // Source maps only for the emulator build the tests run: a deployed build publishes none.
  build: { sourcemap: mode === 'emulator', target: 'es2022' },
}));
