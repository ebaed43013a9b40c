/**
 * `tsx scripts/emulators-exec.ts "<command>"`: runs the command inside one
 * `firebase emulators:exec` (Firestore + Auth + Functions). Used by `npm test` and `npm run bench`,
 * always under the machine-wide emulator lock (see lib/harness.ts).
 */
import { FIREBASE_BIN, PROJECT_ID, assertPortsFree } from './lib/emulators';
import { run } from './lib/processes';
import { ROOT } from './lib/root';

const inner = process.argv[2];
if (!inner) {
  console.error('usage: tsx scripts/emulators-exec.ts "<command>"');
  process.exit(2);
}
try {
  await assertPortsFree();
} catch (err) {
  console.error(`\n✖ ${(err as Error).message}\n`);
  process.exit(1);
}
const code = await run(
  FIREBASE_BIN,
  ['emulators:exec', '--only', 'auth,firestore,functions', '--project', PROJECT_ID, inner],
  { cwd: ROOT },
);
process.exit(code);
