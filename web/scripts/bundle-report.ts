/**
 * `npm run bundle-report -w web`: builds the production bundle and prints the gzip size of the
 * JavaScript each route downloads (the entry and everything it imports, then the lazy role
 * chunks on top). The opt-in chunks are listed separately: the persistent cache (trusted devices
 * only) and App Check (production builds with a reCAPTCHA Enterprise site key only).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const webRoot = fileURLToPath(new URL('..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'clinicflow-bundle-'));
const mode = process.argv[2] ?? 'production';

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
    return (bytes / 1000).toFixed(1);
  };
  const keyOf = (suffix: string) => {
    const key = Object.keys(manifest).find((k) => k.endsWith(suffix));
    if (!key) throw new Error(`no chunk for ${suffix} in the manifest`);
    return key;
  };

  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entry) throw new Error('the manifest has no entry chunk');
  const signIn = closure(entry);
  // Every signed-in screen also loads the staff services (toaster, role-change watch).
  const staff = closure(keyOf('staff-services.tsx'));
  const routes: [string, Set<string>][] = [['sign-in', signIn]];
  for (const [route, page] of [
    ['reception', 'reception-page.tsx'],
    ['dashboard', 'dashboard-page.tsx'],
    ['admin', 'admin-page.tsx'],
  ] as const) {
    routes.push([route, new Set([...signIn, ...staff, ...closure(keyOf(page))])]);
  }

  console.log(`JavaScript per route, gzip (vite build --mode ${mode}):`);
  for (const [route, keys] of routes) console.log(`  ${route.padEnd(10)} ${kb(keys).padStart(6)} kB`);
  const optional = [
    ['firestore-persistent-cache.ts', "trusted device's persistent-cache chunk"],
    ['app-check-provider.ts', 'App Check chunk (production with a site key; reCAPTCHA itself comes from Google)'],
  ] as const;
  for (const [file, label] of optional) {
    const key = Object.keys(manifest).find((k) => k.endsWith(file));
    if (!key) continue;
    const extra = [...closure(key)].filter((k) => !routes.some(([, keys]) => keys.has(k)));
    console.log(`  + ${label}: ${kb(extra)} kB`);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
