/**
 * `npm run grant-admin -- --project <id> --clinic <clinicId> --email <email> [--name …]
 * [--timezone …] [--clinic-name …] [--yes]`: production bootstrap. Makes the first admin of a
 * clinic with application-default credentials; that admin adds everyone else from the Admin
 * screen. Creates the clinic doc when missing (its timezone is required then) and the Auth user
 * when there is none, writes claims, staff mirror and account registry through writeStaffRecord
 * like the callables, and prints a password-setup link for the operator. Asks before writing to
 * a real project. Running it again is harmless.
 */
import { createInterface } from 'node:readline/promises';
import { initializeApp } from 'firebase-admin/app';
import { getAuth, type Auth, type UserRecord } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { parseStaffClaims } from '@clinicflow/shared/claims';
import { newClinicDoc } from '@clinicflow/shared/documents';
import type { AccountDoc, ClinicDoc } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { unguessablePassword } from '../functions/src/staff/credentials';
import { writeStaffRecord } from '../functions/src/staff/staff-record';
import {
  USAGE,
  confirmationStep,
  parseGrantAdminArgs,
  targetProblem,
  type GrantAdminOptions,
} from './lib/grant-admin-args';

class Refusal extends Error {}

async function findOrCreateUser(auth: Auth, email: string, displayName: string | undefined): Promise<UserRecord> {
  try {
    return await auth.getUserByEmail(email);
  } catch (err) {
    if ((err as { code?: unknown }).code !== 'auth/user-not-found') throw err;
  }
  console.log(`Creating the user ${email}.`);
  return auth.createUser({ email, ...(displayName ? { displayName } : {}) });
}

async function grantAdmin(options: GrantAdminOptions): Promise<void> {
  const app = initializeApp({ projectId: options.projectId });
  const db = getFirestore(app);
  const auth = getAuth(app);

  const clinicRef = db.doc(paths.clinic(options.clinicId));
  const clinic = await clinicRef.get();
  if (clinic.exists) {
    const stored = clinic.data() as ClinicDoc;
    console.log(`Clinic ${options.clinicId} exists: "${stored.name}", ${stored.timezone}.`);
    if (options.timezone && options.timezone !== stored.timezone) {
      console.log(`  --timezone ${options.timezone} ignored: an existing clinic keeps its timezone.`);
    }
  } else {
    if (!options.timezone) {
      throw new Refusal(
        `Clinic ${options.clinicId} does not exist yet. Pass --timezone (the IANA zone its day starts in, ` +
          'e.g. Europe/Madrid) to create it, and --clinic-name for its name.',
      );
    }
    const doc = newClinicDoc(options.clinicName ?? options.clinicId, options.timezone);
    await clinicRef.create(doc);
    console.log(`Created clinic ${options.clinicId}: "${doc.name}", ${doc.timezone}.`);
  }

  const user = await findOrCreateUser(auth, options.email, options.displayName);
  const account = (await db.doc(paths.account(user.uid)).get()).data() as AccountDoc | undefined;
  const owner = account?.clinicId ?? parseStaffClaims(user.customClaims ?? {})?.clinicId;
  if (owner && owner !== options.clinicId) {
    throw new Refusal(
      `${options.email} is on the staff of clinic ${owner}; grant-admin does not move people ` +
        'between clinics. Deactivate them there first, or use another email.',
    );
  }
  if (!owner) {
    // Not ClinicFlow's account yet (made in the console, or an old public sign-up): whoever set its
    // password or holds a session must not walk in as admin. The link below sets a new password.
    await auth.updateUser(user.uid, { password: unguessablePassword() });
    await auth.revokeRefreshTokens(user.uid);
    console.log(`${options.email} was not a ClinicFlow account yet: its password was reset and its sessions ended.`);
  }
  const email = user.email ?? options.email;
  const displayName = options.displayName ?? user.displayName ?? email.split('@')[0] ?? email;
  await writeStaffRecord(auth, db, options.clinicId, user.uid, { displayName, email, role: 'admin', active: true });
  const link = await auth.generatePasswordResetLink(email);

  console.log(`\n${email} (uid ${user.uid}) is now an admin of ${options.clinicId}.`);
  console.log('Send them this link to choose a password (it works once):');
  console.log(link);
}

const parsed = parseGrantAdminArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`${parsed.errors.map((e) => `✖ ${e}`).join('\n')}\n\n${USAGE}`);
  process.exit(2);
}
const problem = targetProblem(parsed.options.projectId, process.env);
if (problem) {
  console.error(`✖ ${problem}`);
  process.exit(1);
}
const { projectId, yes } = parsed.options;
const confirm = confirmationStep(projectId, yes, process.stdin.isTTY && process.stdout.isTTY);
if (confirm === 'refuse') {
  console.error(
    `✖ This would write to the real project "${projectId}", and there is no terminal to confirm in. Pass --yes.`,
  );
  process.exit(1);
}
if (confirm === 'ask') {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(
    `This writes to the real Firebase project "${projectId}". Type its id to go on: `,
  );
  prompt.close();
  if (answer.trim() !== projectId) {
    console.error('✖ Not confirmed; nothing was written.');
    process.exit(1);
  }
}
try {
  await grantAdmin(parsed.options);
} catch (err) {
  if (!(err instanceof Refusal)) throw err;
  console.error(`✖ ${err.message}`);
  process.exit(1);
}
