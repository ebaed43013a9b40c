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

/** Hosting's headers with the local emulators added to connect-src: what `vite preview` sends. */
export function previewHeaders(firebaseJsonPath: string, origins = emulatorOrigins(firebaseJsonPath)) {
  const headers = hostingHeaders(firebaseJsonPath);
  const policy = headers['Content-Security-Policy'];
  if (!policy) throw new Error(`${firebaseJsonPath} sets no Content-Security-Policy`);
  const directives = cspDirectives(policy);
  directives.set('connect-src', [...(directives.get('connect-src') ?? []), ...origins]);
  headers['Content-Security-Policy'] = [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ');
  return headers;
}
