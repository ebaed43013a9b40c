import { lingui } from '@lingui/vite-plugin';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { EMULATORS, FIREBASE_JSON, WEB_SERVERS, origin } from '../scripts/lib/addresses.ts';
import { headersForPath, previewHeaderRules } from '../scripts/lib/hosting-headers.ts';
import { pwaOptions } from './pwa.config.ts';

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

/**
 * `vite preview` answers each path with the headers Firebase Hosting would send (firebase.json,
 * rule by rule), so the browser tests run the built app under production's security and caching
 * headers; the policy also lets it reach the local emulators.
 */
function hostingHeadersInPreview(): Plugin {
  return {
    name: 'hosting-headers-in-preview',
    configurePreviewServer(server) {
      const rules = previewHeaderRules(FIREBASE_JSON);
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://preview').pathname;
        for (const [key, value] of Object.entries(headersForPath(rules, path))) res.setHeader(key, value);
        next();
      });
    },
  };
}

const EARLY_START_SOURCE = 'app/early-start.ts';
const EARLY_START = src(EARLY_START_SOURCE);

/**
 * early-start.ts as a page entry of its own, in <head> and async: it runs as soon as its few
 * kilobytes are here, so a trusted device's screen starts downloading alongside the app's entry
 * instead of after it has been fetched and run (BENCHMARKS.md, start-up). Vite would fold a second
 * script in index.html into the one entry, so the built page gets the tag here, from the bundle.
 */
function earlyStartEntry(): Plugin {
  return {
    name: 'early-start-entry',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        // The dev server serves the source module as it is.
        if (!bundle) {
          const attrs = { type: 'module', async: true, src: `/src/${EARLY_START_SOURCE}` };
          return [{ tag: 'script', attrs, injectTo: 'head-prepend' }];
        }
        const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId === EARLY_START);
        if (chunk?.type !== 'chunk') throw new Error(`early-start-entry: no chunk for ${EARLY_START} in the bundle`);
        // Its imports too, or they would be found only once it has arrived: a round trip later.
        const preloads = chunk.imports.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head-prepend' as const,
        }));
        const script = { type: 'module', async: true, crossorigin: true, src: `/${chunk.fileName}` };
        return [{ tag: 'script', attrs: script, injectTo: 'head-prepend' }, ...preloads];
      },
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
    earlyStartEntry(),
    VitePWA(pwaOptions),
    hostingHeadersInPreview(),
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
  preview: WEB_SERVERS.preview,
  // Source maps only for the emulator build the tests run: a deployed build publishes none.
  build: {
    sourcemap: mode === 'emulator',
    target: 'es2022',
    rolldownOptions: {
      input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), early: EARLY_START },
    },
  },
}));
