/**
 * The security headers Firebase Hosting sends (firebase.json), read back for `vite preview`, so the
 * browser tests run the built app under the same Content Security Policy as production: a script,
 * style or connection the policy does not allow fails there first.
 */
import { EMULATED, emulatorAddress, origin, readFirebaseJson, type FirebaseJson } from './addresses.ts';

export function readHosting(firebaseJsonPath: string): FirebaseJson['hosting'] {
  return readFirebaseJson(firebaseJsonPath).hosting;
}

/** Where the browser reaches the Auth, Firestore and Functions emulators, from firebase.json. */
export function emulatorOrigins(firebaseJsonPath: string): string[] {
  const config = readFirebaseJson(firebaseJsonPath);
  return EMULATED.map((name) => origin(emulatorAddress(name, config)));
}

/** The headers Hosting gives every response (source "**"). */
export function hostingHeaders(firebaseJsonPath: string): Record<string, string> {
  const all = readHosting(firebaseJsonPath).headers?.find((h) => h.source === '**');
  if (!all) throw new Error(`${firebaseJsonPath} has no hosting headers for "**"`);
  return Object.fromEntries(all.headers.map((h) => [h.key, h.value]));
}

/** A policy's directives by name: "connect-src" → ["'self'", "https://…"]. */
export function cspDirectives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts): parts is [string, ...string[]] => parts[0] !== undefined && parts[0] !== '')
      .map(([name, ...values]) => [name, values]),
  );
}

/** `headers` with the local emulators added to its policy's connect-src (when it sets a policy): what `vite preview` sends. */
function withEmulatorOrigins(headers: Record<string, string>, origins: string[]): Record<string, string> {
  const policy = headers['Content-Security-Policy'];
  if (!policy) return headers;
  const directives = cspDirectives(policy);
  directives.set('connect-src', [...(directives.get('connect-src') ?? []), ...origins]);
  const connected = [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ');
  return { ...headers, 'Content-Security-Policy': connected };
}

/**
 * A Hosting `source` glob as a regular expression over the URL path: `**` any run of characters,
 * `*` any within one path segment. (Hosting's globs also take `?`, braces and extglobs; this
 * project's firebase.json uses none, and an unknown one fails here rather than match wrongly.)
 */
export function globToRegExp(glob: string): RegExp {
  if (/[?{}()[\]!@+]/.test(glob)) throw new Error(`glob ${glob}: only * and ** are supported here`);
  const body = glob
    .replace(/^\/?/, '/')
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((literal) => literal.replace(/[.\\^$|]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*')
    // `/**/` also matches no folder at all.
    .replaceAll('/.*/', '/(?:.*/)?');
  return new RegExp(`^${body}$`);
}

export interface HeaderRule {
  source: RegExp;
  headers: Record<string, string>;
}

/**
 * Every header rule of firebase.json, in order, as `vite preview` applies them: with the local
 * emulators added to any Content-Security-Policy's connect-src.
 */
export function previewHeaderRules(
  firebaseJsonPath: string,
  origins = emulatorOrigins(firebaseJsonPath),
): HeaderRule[] {
  return (readHosting(firebaseJsonPath).headers ?? []).map((rule) => ({
    source: globToRegExp(rule.source),
    headers: withEmulatorOrigins(Object.fromEntries(rule.headers.map((h) => [h.key, h.value])), origins),
  }));
}

/** The headers for a URL path: every rule whose source matches, a later rule's value winning (as Hosting does). */
export function headersForPath(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) if (rule.source.test(path)) Object.assign(headers, rule.headers);
  return headers;
}
