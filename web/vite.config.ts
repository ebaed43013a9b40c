import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { headersForPath, previewHeaderRules } from '../scripts/lib/hosting-headers.ts';
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

/**
 * `vite preview` answers each path with the headers Firebase Hosting would send (firebase.json,
 * rule by rule), so the browser tests run the built app under production's security and caching
 * headers; the policy also lets it reach the local emulators.
 */
function hostingHeadersInPreview(): Plugin {
  return {
    name: 'hosting-headers-in-preview',
    configurePreviewServer(server) {
      const rules = previewHeaderRules(firebaseJson);
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://preview').pathname;
        for (const [key, value] of Object.entries(headersForPath(rules, path))) res.setHeader(key, value);
        next();
      });
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), warnWithoutAppCheck(mode), VitePWA(pwaOptions), hostingHeadersInPreview()],
  resolve: {
    alias: {
      '@': src(''),
      // Firestore's realtime-pipeline regex support, unused here and ~46 kB gzip: see the stub.
      re2js: src('lib/re2js-stub.ts'),
    },
  },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  // Source maps only for the emulator build the tests run: a deployed build publishes none.
  build: { sourcemap: mode === 'emulator', target: 'es2022' },
}));
