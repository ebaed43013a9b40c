/**
 * JavaScript per route, the one measure of it: `npm run bundle-report -w web` prints it, and
 * `npm run bench` (its browser part) records it against the budgets. It builds the production
 * bundle into a scratch folder and sums the gzip size of what each route loads: the entry and
 * everything it imports, then the lazy role chunks on top. Read from Vite's manifest rather than
 * from a browser's downloads, so a service worker precaching every chunk cannot blur it. The
 * opt-in chunks are listed apart: the persistent cache (trusted devices only) and App Check
 * (production builds with a reCAPTCHA Enterprise site key only).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

export interface RouteJavaScript {
  mode: string;
  /** kB (1000 bytes) of gzip per route. */
  routes: Record<string, number>;
  /** What an opt-in chunk adds to the routes, in kB of gzip; absent from a build that has none. */
  optional: { label: string; kb: number }[];
}

const webRoot = fileURLToPath(new URL('..', import.meta.url));

export async function measureRouteJavaScript(mode = 'production'): Promise<RouteJavaScript> {
  const outDir = mkdtempSync(join(tmpdir(), 'clinicflow-bundle-'));
  try {
    await build({ root: webRoot, mode, logLevel: 'error', build: { outDir, manifest: true, emptyOutDir: true } });
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;
    const gzip = (file: string) => gzipSync(readFileSync(join(outDir, file))).length;

    /** A chunk and everything it imports statically, as manifest keys. */
    const closure = (key: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(key)) return seen;
      seen.add(key);
      for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
      return seen;
    };
    const kb = (keys: Iterable<string>) => {
      let bytes = 0;
      for (const key of keys) bytes += gzip(manifest[key]?.file ?? '');
      return Math.round(bytes / 100) / 10;
    };
    const keyOf = (suffix: string) => Object.keys(manifest).find((k) => k.endsWith(suffix));
    const requiredKey = (suffix: string) => {
      const key = keyOf(suffix);
      if (!key) throw new Error(`no chunk for ${suffix} in the manifest`);
      return key;
    };

    // The app's entry and early-start's (a page entry of its own, vite.config.ts): every page loads both.
    const entries = Object.keys(manifest).filter((k) => manifest[k]?.isEntry);
    if (entries.length === 0) throw new Error('the manifest has no entry chunk');
    const signIn = new Set(entries.flatMap((entry) => [...closure(entry)]));
    // Every signed-in screen also loads the staff services (toaster, role-change watch).
    const staff = closure(requiredKey('staff-services.tsx'));
    const routes = new Map<string, Set<string>>([['sign-in', signIn]]);
    for (const [route, page] of [
      ['reception', 'reception-page.tsx'],
      ['dashboard', 'dashboard-page.tsx'],
      ['admin', 'admin-page.tsx'],
      ['report', 'report-page.tsx'],
    ] as const) {
      routes.set(route, new Set([...signIn, ...staff, ...closure(requiredKey(page))]));
    }
    // The waiting-room display runs without the staff services: it reads its board alone.
    routes.set('display', new Set([...signIn, ...closure(requiredKey('display-page.tsx'))]));

    // Each route also loads the catalog of the language on screen (one, by dynamic import): count
    // the larger, so a route's figure holds in either language.
    const catalogs = Object.keys(manifest).filter((k) => /locales\/\w+\.json/.test(k));
    if (catalogs.length === 0) throw new Error('no message catalog chunk in the manifest');
    const largestCatalog = catalogs.reduce((a, b) => (kb([b]) > kb([a]) ? b : a));
    for (const keys of routes.values()) keys.add(largestCatalog);

    const optional: RouteJavaScript['optional'] = [];
    for (const [file, label] of [
      ['firestore-persistent-cache.ts', "trusted device's persistent-cache chunk"],
      ['app-check-provider.ts', 'App Check chunk (production with a site key; reCAPTCHA itself comes from Google)'],
    ] as const) {
      const key = keyOf(file);
      if (!key) continue;
      const extra = [...closure(key)].filter((k) => ![...routes.values()].some((keys) => keys.has(k)));
      optional.push({ label, kb: kb(extra) });
    }
    for (const key of catalogs)
      optional.push({ label: `message catalog ${key} (the larger one is counted in each route)`, kb: kb([key]) });
    return { mode, routes: Object.fromEntries([...routes].map(([route, keys]) => [route, kb(keys)])), optional };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

// `npm run bundle-report -w web [-- <mode>]`
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = await measureRouteJavaScript(process.argv[2]);
  console.log(`JavaScript per route, gzip (vite build --mode ${report.mode}):`);
  for (const [route, kb] of Object.entries(report.routes)) {
    console.log(`  ${route.padEnd(10)} ${kb.toFixed(1).padStart(6)} kB`);
  }
  for (const { label, kb } of report.optional) console.log(`  + ${label}: ${kb.toFixed(1)} kB`);
}
