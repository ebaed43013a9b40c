import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { previewHeaders } from '../scripts/lib/hosting-headers.ts';
import { pwaOptions } from './pwa.config.ts';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));
const firebaseJson = fileURLToPath(new URL('../firebase.json', import.meta.url));

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
  plugins: [react(), warnWithoutAppCheck(mode), VitePWA(pwaOptions)],
  resolve: {
    alias: {
      '@': src(''),
      // Firestore's realtime-pipeline regex support, unused here and ~46 kB gzip: see the stub.
      re2js: src('lib/re2js-stub.ts'),
    },
  },
  server: { port: 5173, host: '127.0.0.1' },
  // The built app is served under production's security headers (the CSP also lets it reach the emulators).
  preview: { port: 4173, host: '127.0.0.1', headers: previewHeaders(firebaseJson) },
  // Source maps only for the emulator build the tests run: a deployed build publishes none.
  build: { sourcemap: mode === 'emulator', target: 'es2022' },
}));
