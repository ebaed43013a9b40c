/**
 * `npm run reindex-patients -- --project <id> [--yes]`: after a release that changes how patients
 * are searched or compared, rewrites every stored patient's search keys and name key the way the
 * new code builds them (scripts/lib/reindex-patients.ts). Uses application-default credentials, or
 * the emulators when FIRESTORE_EMULATOR_HOST is set; `npm start` runs the same for its demo data.
 * Safe to run again and while the clinics work.
 */
import { createInterface } from 'node:readline/promises';
import { initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { reindexPatients } from './lib/reindex-patients';

const USAGE = 'Usage: npm run reindex-patients -- --project <project-id> [--yes]';

async function main(argv: string[]): Promise<void> {
  const projectIndex = argv.indexOf('--project');
  const projectId = projectIndex >= 0 ? argv[projectIndex + 1] : undefined;
  if (!projectId || projectId.startsWith('--')) throw new Error(USAGE);
  const emulated = Boolean(process.env.FIRESTORE_EMULATOR_HOST);
  if (!emulated && !argv.includes('--yes')) {
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    const answer = await prompt.question(
      `Rewrite the search keys of every patient in the project ${projectId}? [y/N] `,
    );
    prompt.close();
    if (answer.trim().toLowerCase() !== 'y') throw new Error('Nothing written.');
  }
  const db = getFirestore(initializeApp({ projectId }));
  const { scanned, updated, skipped } = await reindexPatients(db);
  console.log(`${scanned} patients read, ${updated} updated, ${skipped} left as edited during the run.`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(`✖ ${(err as Error).message}`);
  process.exit(1);
});
