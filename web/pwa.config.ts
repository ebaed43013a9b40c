import type { VitePWAOptions } from 'vite-plugin-pwa';

/**
 * The installable app: its manifest, and a Workbox service worker (generateSW) that precaches the
 * built app — the shell and every route's chunks — so a tablet starts from its own disk, online
 * or not. Workbox because it is what that job wants done right and kept up: revisioned precache,
 * stale caches cleaned up, index.html for every navigation, an update that waits to be let in.
 *
 * It caches nothing at run time: Firestore, Auth, Functions and App Check (other origins, and the
 * emulators' hosts in tests) are never routed through a cache. Registration and the "new version"
 * prompt live in src/lib/service-worker.ts; the worker only takes over when the person says so.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  strategies: 'generateSW',
  registerType: 'prompt',
  // src/lib/service-worker.ts registers it, a few seconds after the page has loaded.
  injectRegister: false,
  // The glob below already takes every icon (the plugin would list them twice).
  includeManifestIcons: false,
  manifest: {
    id: '/',
    name: 'ClinicFlow',
    short_name: 'ClinicFlow',
    description: 'The clinic’s live patient queue: front desk and doctors.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    theme_color: '#0f766e',
    background_color: '#f3f5f7',
    lang: 'en',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // Everything the build emits that a screen can ask for (the plugin adds the manifest); never source maps.
    globPatterns: ['**/*.{js,css,html,svg,png}'],
    globIgnores: ['**/*.map'],
    navigateFallback: 'index.html',
    // Firebase Hosting's reserved URLs (/__/auth/…, /__/firebase/…) are the server's, not the app's.
    navigateFallbackDenylist: [/^\/__\//],
    runtimeCaching: [],
    cleanupOutdatedCaches: true,
    // The first worker takes the open page at once (nothing older to replace); an update waits
    // for "Reload" (skipWaiting on request only).
    clientsClaim: true,
    skipWaiting: false,
  },
};
