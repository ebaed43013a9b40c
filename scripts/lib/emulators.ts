/**
 * The emulators for `npm start`, `npm test` and `npm run bench` (through lib/harness.ts): checks
 * Java, prepares a runnable Firestore emulator jar when the machine has the Cloud CLI's copy
 * (offline machines cannot download one), and builds the one `firebase emulators:*` command, with
 * this repo's pinned firebase-tools and the emulators and ports firebase.json sets (lib/addresses.ts).
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createConnection } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { EMULATORS, EMULATOR_SUITE, WEB_SERVERS, emulatorAddress, hostPort, origin, type Address } from './addresses';
import { exited, spawnGroup, stopGroup, waitForHttp } from './processes';
import { ROOT } from './root';

/** The emulators' project: a `demo-` id, so nothing can reach a real one. The web's emulator modes use it too. */
export const PROJECT_ID = 'demo-clinicflow';
export const FIREBASE_BIN = join(ROOT, 'node_modules', '.bin', 'firebase');

/** `firebase emulators:<command>` on this project, starting `only` (by default all firebase.json sets up). */
export function emulatorsCommand(
  command: 'exec' | 'start',
  { only = EMULATOR_SUITE, args = [] }: { only?: readonly string[]; args?: string[] } = {},
): string[] {
  return [`emulators:${command}`, '--only', only.join(','), '--project', PROJECT_ID, ...args];
}

export class PrerequisiteError extends Error {}

const FIRESTORE_MAIN_CLASS = 'com.google.cloud.datastore.emulator.firestore.CloudFirestore';

function checkJava(): void {
  const res = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    throw new PrerequisiteError(
      'Java 17 or newer is required by the Firebase emulators, and `java` was not found.\n' +
        '  Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless\n' +
        '  macOS:         brew install openjdk@17',
    );
  }
  const match = /version "(\d+)/.exec(res.stderr);
  const major = match ? Number(match[1]) : 0;
  if (major < 17) {
    throw new PrerequisiteError(`Java 17 or newer is required; found Java ${major || 'unknown'}.`);
  }
}

function cloudCliFirestoreJar(): string | undefined {
  const roots = new Set<string>(['/usr/lib/google-cloud-sdk', '/usr/share/google-cloud-sdk']);
  const gcloud = spawnSync('gcloud', ['info', '--format=value(installation.sdk_root)'], { encoding: 'utf8' });
  if (!gcloud.error && gcloud.status === 0 && gcloud.stdout.trim()) roots.add(gcloud.stdout.trim());
  for (const root of roots) {
    const jar = join(root, 'platform', 'cloud-firestore-emulator', 'cloud-firestore-emulator.jar');
    if (existsSync(jar)) return jar;
  }
  return undefined;
}

/** The Cloud CLI jar lacks a Main-Class; firebase-tools runs `java -jar`, so add one to a cached copy. */
function runnableCopy(sourceJar: string): string {
  const cacheDir = join(ROOT, 'node_modules', '.cache', 'clinicflow');
  const { size, mtimeMs } = statSync(sourceJar);
  const target = join(cacheDir, `firestore-emulator-${size}-${Math.round(mtimeMs)}.jar`);
  if (existsSync(target)) return target;
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${target}.tmp`;
  copyFileSync(sourceJar, tmp);
  const manifest = join(cacheDir, 'manifest.txt');
  writeFileSync(manifest, `Main-Class: ${FIRESTORE_MAIN_CLASS}\n`);
  const res = spawnSync('jar', ['--update', '--file', tmp, '--manifest', manifest], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    throw new PrerequisiteError(
      `Could not add a Main-Class to the Firestore emulator jar (the JDK's \`jar\` tool failed).\n` +
        `  Install a full JDK: sudo apt-get install -y openjdk-17-jdk-headless\n${res.stderr}`,
    );
  }
  renameSync(tmp, target);
  return target;
}

function firebaseToolsHasOwnJar(): boolean {
  const dir = join(homedir(), '.cache', 'firebase', 'emulators');
  return existsSync(dir) && readdirSync(dir).some((f) => /^cloud-firestore-emulator-.*\.jar$/.test(f));
}

async function canReachGoogleStorage(): Promise<boolean> {
  try {
    const res = await fetch('https://storage.googleapis.com/', { method: 'HEAD', signal: AbortSignal.timeout(4000) });
    return res.status < 500;
  } catch {
    return false;
  }
}

/** Environment for firebase-tools: FIRESTORE_EMULATOR_BINARY_PATH when we supply the jar. */
export async function prepareEmulators(): Promise<NodeJS.ProcessEnv> {
  checkJava();
  if (!existsSync(FIREBASE_BIN)) {
    throw new PrerequisiteError('firebase-tools is not installed in this checkout. Run `npm ci` first.');
  }
  const env: NodeJS.ProcessEnv = { ...process.env };
  const preset = env.FIRESTORE_EMULATOR_BINARY_PATH;
  if (preset && existsSync(preset)) return env;

  const cliJar = cloudCliFirestoreJar();
  if (cliJar) {
    env.FIRESTORE_EMULATOR_BINARY_PATH = runnableCopy(cliJar);
    return env;
  }
  if (firebaseToolsHasOwnJar() || (await canReachGoogleStorage())) return env;
  throw new PrerequisiteError(
    'No Firestore emulator is available and this machine cannot download one.\n' +
      '  Install the Google Cloud CLI emulator package, then run again:\n' +
      '    sudo apt-get install -y google-cloud-cli-firestore-emulator\n' +
      '  (or connect to the internet once so firebase-tools can download its own jar).',
  );
}

function inUse({ host, port }: Address): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** What the emulators listen on: those `only` names, the hub and logging. */
export function emulatorsListeningOn(only: readonly string[] = EMULATOR_SUITE): Record<string, Address> {
  return Object.fromEntries([...only, 'hub', 'logging'].map((name) => [name, emulatorAddress(name)]));
}

// The browser tests and the bench serve the built app with vite preview inside the emulator run.
const RUN_ADDRESSES: Record<string, Address> = { ...emulatorsListeningOn(), 'vite preview': WEB_SERVERS.preview };

/** Waits briefly (a previous run's java may still be exiting), then names the busy port. */
export async function assertPortsFree(graceMs = 20_000, addresses = RUN_ADDRESSES): Promise<void> {
  const deadline = Date.now() + graceMs;
  for (const [name, address] of Object.entries(addresses)) {
    const { port } = address;
    while (await inUse(address)) {
      if (Date.now() > deadline) {
        throw new PrerequisiteError(
          `Port ${port} (${name}) is already in use. Is another \`npm start\` or \`npm test\` running?\n` +
            `  Find it with: lsof -i :${port}   (or: ss -ltnp 'sport = :${port}')`,
        );
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** Points the admin SDK of this process at the emulators, as `emulators:exec` does for its command. */
export function useEmulatorsInThisProcess(): void {
  process.env.FIRESTORE_EMULATOR_HOST = hostPort(EMULATORS.firestore);
  process.env.FIREBASE_AUTH_EMULATOR_HOST = hostPort(EMULATORS.auth);
}

/** Fails loudly: every emulator-backed test calls this instead of silently skipping. */
export function emulatorEnv(): { firestoreHost: string; authHost: string } {
  const firestoreHost = process.env.FIRESTORE_EMULATOR_HOST;
  const authHost = process.env.FIREBASE_AUTH_EMULATOR_HOST;
  if (!firestoreHost || !authHost) {
    throw new Error(
      'These tests need the Firebase emulators (FIRESTORE_EMULATOR_HOST and FIREBASE_AUTH_EMULATOR_HOST are unset).\n' +
        'Run them with `npm test`, which starts the emulators around the suites.',
    );
  }
  return { firestoreHost, authHost };
}

export interface RunningEmulators {
  /** Every emulator answers and the open sessions of the last run are valid again; rejects if they exit first. */
  ready: Promise<void>;
  /** Resolves with the exit code when firebase-tools exits (by itself or after stop()). */
  exited: Promise<number>;
  /** Stops them as Ctrl-C does: firebase-tools exports the data, then exits. */
  stop(): Promise<void>;
}

/**
 * `firebase emulators:start` with data kept in `dataDir` (imported on start, exported on exit).
 * Returns at once, so the caller can hook Ctrl-C before waiting for `ready`. `npm start` runs
 * the whole suite this way; the restart test runs Auth and Firestore.
 */
export function startEmulatorsWithData(
  env: NodeJS.ProcessEnv,
  { dataDir, only = EMULATOR_SUITE }: { dataDir: string; only?: readonly string[] },
): RunningEmulators {
  const child = spawnGroup(
    FIREBASE_BIN,
    emulatorsCommand('start', { only, args: ['--import', dataDir, '--export-on-exit'] }),
    { cwd: ROOT, env },
  );
  const exitCode = exited(child);
  const started = (async () => {
    // The hub answers first, before the emulators it lists: wait for each of them too.
    for (const name of ['hub', ...only]) await waitForHttp(`${origin(emulatorAddress(name))}/`, 120_000);
    if (only.includes('auth')) await restoreAuthSessions(dataDir);
  })();
  const died = exitCode.then((code) => {
    throw new Error(`The emulators exited while starting (code ${code}).`);
  });
  return { ready: Promise.race([started, died]), exited: exitCode, stop: () => stopGroup(child) };
}

interface ExportedAccount {
  localId: string;
  validSince?: string;
}

const authEmulatorApi = (path: string) =>
  `${origin(EMULATORS.auth)}/identitytoolkit.googleapis.com/v1/projects/${PROJECT_ID}/${path}`;
// The Auth emulator's administrator credential: what the admin SDK sends it.
const OWNER = { Authorization: 'Bearer owner', 'Content-Type': 'application/json' };

/**
 * Why every open page was signed out by a restart: the Auth emulator imports accounts through
 * accounts:batchCreate, which stamps each one validSince = the moment of the import. Every ID
 * token issued before the restart is then older than its account's validSince and reads as
 * revoked (TOKEN_EXPIRED from accounts:lookup, which the SDK calls as a page loads), so the next
 * reload lands on the sign-in screen. The export holds each account's real validSince — still
 * moved by a real revocation, such as deactivateStaff's — and the emulator's privileged
 * accounts:update sets it back. Only the emulator is touched: production keeps its sessions.
 * Returns how many accounts were restored.
 */
export async function restoreAuthSessions(dataDir: string): Promise<number> {
  const file = join(dataDir, 'auth_export', 'accounts.json');
  if (!existsSync(file)) return 0;
  const { users = [] } = JSON.parse(readFileSync(file, 'utf8')) as { users?: ExportedAccount[] };
  const accounts = users.filter((u): u is Required<ExportedAccount> => typeof u.validSince === 'string');
  if (accounts.length === 0) return 0;
  // The hub answers before the Auth emulator has imported (the import would overwrite us): wait for the accounts.
  const deadline = Date.now() + 60_000;
  for (;;) {
    const imported = await fetch(authEmulatorApi('accounts:query'), { method: 'POST', headers: OWNER, body: '{}' })
      .then(async (res) => Number(((await res.json()) as { recordsCount?: string }).recordsCount ?? 0))
      .catch(() => 0);
    if (imported >= users.length) break;
    if (Date.now() > deadline) throw new Error('The Auth emulator did not import its accounts within 60 s.');
    await new Promise((r) => setTimeout(r, 200));
  }
  await Promise.all(
    accounts.map(async ({ localId, validSince }) => {
      const res = await fetch(authEmulatorApi('accounts:update'), {
        method: 'POST',
        headers: OWNER,
        body: JSON.stringify({ localId, validSince }),
      });
      if (!res.ok) throw new Error(`Restoring the session of ${localId} failed: ${res.status} ${await res.text()}`);
    }),
  );
  return accounts.length;
}
