/**
 * `npm start`: the whole app on the emulators. Builds the functions (and rebuilds on change),
 * starts Firestore + Auth + Functions with data kept in .emulator-data/ (open pages stay signed
 * in across a restart), seeds the demo clinics on first run, runs the ticket sweeper the
 * emulator does not schedule, starts Vite, and prints where to go and who to sign in as.
 * Ctrl-C stops it all.
 */
import { context } from 'esbuild';
import { join } from 'node:path';
import { EMULATORS, WEB_SERVERS, origin } from './lib/addresses';
import { DEMO_PASSWORD, DEMO_USERS } from './lib/demo-data';
import {
  PrerequisiteError,
  assertPortsFree,
  prepareEmulators,
  startEmulatorsWithData,
  useEmulatorsInThisProcess,
} from './lib/emulators';
import { spawnGroup, stopGroup, waitForHttp } from './lib/processes';
import { ROOT } from './lib/root';
import { functionsBuildOptions } from '../functions/build-options';

const DATA_DIR = join(ROOT, '.emulator-data');
const WEB_URL = origin(WEB_SERVERS.dev);

async function main(): Promise<void> {
  let env: NodeJS.ProcessEnv;
  try {
    env = await prepareEmulators();
    await assertPortsFree();
  } catch (err) {
    if (err instanceof PrerequisiteError) {
      console.error(`\n✖ ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }

  // The functions emulator reloads lib/ when it changes, so editing a function needs no restart.
  const functionsBuild = await context(functionsBuildOptions(join(ROOT, 'functions')));
  await functionsBuild.rebuild();
  await functionsBuild.watch();

  const emulators = startEmulatorsWithData(env, { dataDir: DATA_DIR });
  let web: ReturnType<typeof spawnGroup> | undefined = undefined;
  let stopSweeping = () => {};
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping… (saving emulator data to .emulator-data/)');
    stopSweeping();
    await functionsBuild.dispose();
    if (web) await stopGroup(web, 5_000);
    await emulators.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  void emulators.exited.then((code) => {
    if (!stopping) {
      console.error(`\n✖ The emulators exited (code ${code}).`);
      void stop(1);
    }
  });

  try {
    // Open pages keep their sessions across the restart: see restoreAuthSessions.
    await emulators.ready;
  } catch (err) {
    console.error(`\n✖ ${(err as Error).message}`);
    await stop(1);
  }
  await waitForFunctionsLoaded();

  useEmulatorsInThisProcess();
  const { adminDb, isSeeded, seedDemo } = await import('./lib/seed');
  if (!(await isSeeded())) {
    console.log('Seeding the demo clinics…');
    await seedDemo();
  }
  // Demo data kept from an older checkout is found the way today's code searches.
  const { reindexPatients } = await import('./lib/reindex-patients');
  const { updated } = await reindexPatients(adminDb());
  if (updated > 0) console.log(`Search keys of ${updated} demo patient(s) brought up to date.`);
  // Visits written while the functions were loading had no trigger to give them a ticket.
  const { keepSweepingTickets } = await import('./lib/ticket-sweep');
  stopSweeping = keepSweepingTickets();

  web = spawnGroup('npm', ['run', 'dev', '-w', 'web', '--', '--strictPort'], { cwd: ROOT, env });
  await waitForHttp(WEB_URL, 60_000);
  printBanner();
}

/** The hub lists the functions emulator before it has loaded our triggers; wait for those too. */
async function waitForFunctionsLoaded(): Promise<void> {
  const url = `${origin(EMULATORS.functions)}/backends`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      const body = (await res.json()) as { backends?: { functionTriggers?: unknown[] }[] };
      if (body.backends?.some((b) => (b.functionTriggers?.length ?? 0) > 0)) return;
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error('The functions emulator did not load the functions within 120 s.');
}

function printBanner(): void {
  const rows = DEMO_USERS.map((u) => {
    const who = u.staff ? `${u.staff.role} @ ${u.staff.clinicId}` : 'no role (sees nothing)';
    return `  ${u.email.padEnd(26)} ${who}`;
  });
  console.log(
    [
      '',
      '──────────────────────────────────────────────────────────────',
      `  ClinicFlow is running:  ${WEB_URL}`,
      '',
      `  Demo accounts (password for all: ${DEMO_PASSWORD})`,
      ...rows,
      '',
      '  Data survives restarts in .emulator-data/ (delete it to reseed).',
      '  Ctrl-C stops everything.',
      '──────────────────────────────────────────────────────────────',
      '',
    ].join('\n'),
  );
}

await main();
