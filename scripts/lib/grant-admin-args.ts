/**
 * grant-admin's command line, checked before anything touches a project: pure, so the unit
 * suite covers every refusal.
 */
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { LIMITS } from '@clinicflow/shared/model';
import { isValidTimeZone } from '@clinicflow/shared/tickets';
import { addStaffInputSchema, clinicNameSchema, fullNameSchema } from '@clinicflow/shared/validation';
import { englishValidationMessage } from './english';

export const USAGE = `Usage: npm run grant-admin -- --project <id> --clinic <clinicId> --email <email>
         [--name "Display Name"] [--timezone Europe/Madrid] [--clinic-name "Clinic name"] [--yes]

Makes <email> an admin of <clinicId> in Firebase project <id>, with application-default
credentials (gcloud auth application-default login). Creates the clinic when it is missing
(then --timezone is required) and the user when there is none, and prints a password-setup link
for you, the operator. Before writing to a real (non-demo-) project it asks you to type the
project id; --yes skips that question, and without a terminal (CI) it is required.`;

export interface GrantAdminOptions {
  projectId: string;
  clinicId: string;
  email: string;
  displayName: string | undefined;
  timezone: string | undefined;
  clinicName: string | undefined;
  /** Confirmed on the command line: write to a real project without asking. */
  yes: boolean;
}

export type Parsed = { ok: true; options: GrantAdminOptions } | { ok: false; errors: string[] };

const PROJECT_ID_RE = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
const CLINIC_ID_RE = new RegExp(`^[A-Za-z0-9_-]{1,${LIMITS.idMax}}$`);

export function parseGrantAdminArgs(argv: string[]): Parsed {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        project: { type: 'string' },
        clinic: { type: 'string' },
        email: { type: 'string' },
        name: { type: 'string' },
        timezone: { type: 'string' },
        'clinic-name': { type: 'string' },
        yes: { type: 'boolean' },
      },
    }));
  } catch (err) {
    return { ok: false, errors: [(err as Error).message] };
  }
  const errors: string[] = [];
  /** The value as the schema outputs it (trimmed), or undefined with the flag's message noted. */
  const checked = (flag: string, schema: z.ZodType<string>, value: string | undefined): string | undefined => {
    if (value === undefined) return undefined;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    errors.push(`--${flag}: ${englishValidationMessage(result.error.issues[0]?.message ?? '')}`);
    return undefined;
  };

  const text = (flag: string) => (typeof values[flag] === 'string' ? values[flag] : undefined);
  const [projectId, clinicId, timezone] = [text('project'), text('clinic'), text('timezone')];
  if (!projectId) errors.push('--project is required.');
  else if (!PROJECT_ID_RE.test(projectId)) errors.push(`--project: "${projectId}" is not a Firebase project id.`);
  if (!clinicId) errors.push('--clinic is required.');
  else if (!CLINIC_ID_RE.test(clinicId)) {
    errors.push(`--clinic: use letters, digits, - and _ only (at most ${LIMITS.idMax}).`);
  }
  if (!text('email')) errors.push('--email is required.');
  const email = checked('email', addStaffInputSchema.shape.email, text('email'));
  const displayName = checked('name', fullNameSchema, text('name'));
  const clinicName = checked('clinic-name', clinicNameSchema, text('clinic-name'));
  if (timezone !== undefined && !isValidTimeZone(timezone)) {
    errors.push(`--timezone: "${timezone}" is not an IANA time zone (e.g. Europe/Madrid, America/New_York).`);
  }

  if (errors.length > 0 || !projectId || !clinicId || !email) return { ok: false, errors };
  const yes = values.yes === true;
  return { ok: true, options: { projectId, clinicId, email, displayName, timezone, clinicName, yes } };
}

/**
 * Which backend a run writes to must match the project's kind: demo- ids exist only on the
 * emulators, and a real id must never quietly land on an emulator because a shell still has
 * the emulator variables set.
 */
export function targetProblem(projectId: string, env: NodeJS.ProcessEnv): string | null {
  const emulated = ['FIRESTORE_EMULATOR_HOST', 'FIREBASE_AUTH_EMULATOR_HOST'].filter((name) => env[name]);
  if (projectId.startsWith('demo-') && emulated.length < 2) {
    return (
      `"${projectId}" is a demo project, which exists only on the emulators, but ` +
      'FIRESTORE_EMULATOR_HOST and FIREBASE_AUTH_EMULATOR_HOST are not both set. ' +
      'Pass your real project id, or run against the emulators.'
    );
  }
  if (!projectId.startsWith('demo-') && emulated.length > 0) {
    return (
      `${emulated.join(' and ')} set, so this would write to the emulators, not to project ` +
      `"${projectId}". Unset the emulator variables to grant an admin in production.`
    );
  }
  return null;
}

/**
 * Writing to a real project needs the operator's yes: --yes, or the project id typed at the
 * prompt. Without a terminal to ask in (CI, a pipe) and without --yes, the run is refused.
 */
export function confirmationStep(projectId: string, yes: boolean, interactive: boolean): 'none' | 'ask' | 'refuse' {
  if (projectId.startsWith('demo-') || yes) return 'none';
  return interactive ? 'ask' : 'refuse';
}
