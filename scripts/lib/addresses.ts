/**
 * Every local address, written once: the emulators' in firebase.json (read here, the only reader
 * of its "emulators" block), the web servers' below. The harness, vite.config.ts (which hands the
 * emulator hosts to the web app at build time), the Playwright configs, the tests and the
 * benchmarks all take their hosts and ports from this module.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './root.ts';

export const FIREBASE_JSON = join(ROOT, 'firebase.json');

export interface Address {
  host: string;
  port: number;
}

export interface FirebaseJson {
  hosting: { headers?: { source: string; headers: { key: string; value: string }[] }[]; ignore?: string[] };
  emulators: Record<string, unknown>;
}

export const readFirebaseJson = (path = FIREBASE_JSON) => JSON.parse(readFileSync(path, 'utf8')) as FirebaseJson;

const isAddress = (value: unknown): value is Address =>
  typeof (value as Partial<Address> | undefined)?.host === 'string' &&
  typeof (value as Partial<Address> | undefined)?.port === 'number';

/** An emulator's host and port as firebase.json sets them; a missing one is an error, not a default. */
export function emulatorAddress(name: string, config = readFirebaseJson()): Address {
  const entry = config.emulators[name];
  if (!isAddress(entry)) throw new Error(`firebase.json sets no host and port for the ${name} emulator`);
  return { host: entry.host, port: entry.port };
}

/** firebase-tools runs these on every run, whatever `--only` names. */
const ALWAYS_RUN = ['hub', 'logging'];

/** What every run starts (`--only`): each emulator firebase.json gives an address, bar the hub and logging. */
export function emulatorSuite(config = readFirebaseJson()): string[] {
  return Object.entries(config.emulators)
    .filter(([name, entry]) => isAddress(entry) && !ALWAYS_RUN.includes(name))
    .map(([name]) => name);
}

/** The emulators the app's own code talks to, by name. */
export const EMULATED = ['auth', 'firestore', 'functions'] as const;

const config = readFirebaseJson();
export const EMULATOR_SUITE = emulatorSuite(config);
export const EMULATORS = {
  auth: emulatorAddress('auth', config),
  firestore: emulatorAddress('firestore', config),
  functions: emulatorAddress('functions', config),
  hub: emulatorAddress('hub', config),
} as const;

/** "127.0.0.1:8080": the form of FIRESTORE_EMULATOR_HOST and its kin. */
export const hostPort = ({ host, port }: Address) => `${host}:${port}`;
export const origin = (address: Address) => `http://${hostPort(address)}`;

/** Vite's dev server (`npm start`) and its preview of the built app (browser tests, bench). */
export const WEB_SERVERS = {
  dev: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
} as const satisfies Record<string, Address>;
