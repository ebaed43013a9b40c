/** Starts the emulators once around run-suites.ts (`firebase emulators:exec`). Called by `npm test`. */
import { FIREBASE_BIN, PROJECT_ID, assertPortsFree } from './lib/emulators';
import { run } from './lib/processes';
import { ROOT } from './lib/root';

try {
  await assertPortsFree();
} catch (err) {
  console.error(`\n✖ ${(err as Error).message}\n`);
  process.exit(1);
}
const code = await run(
  FIREBASE_BIN,
  ['emulators:exec', '--only', 'auth,firestore,functions', '--project', PROJECT_ID, 'npx tsx scripts/run-suites.ts'],
  { cwd: ROOT },
);
process.exit(code);
