import { HttpsError, type FunctionsErrorCode } from 'firebase-functions/v2/https';
import type { z } from 'zod';
import type { Refusal, RefusalDetails } from '@clinicflow/shared/callables';
import { fieldErrors } from '@clinicflow/shared/validation';

/**
 * One refusal: its HTTP code, an English message for logs and developers, and the reason in
 * `details`, which the web says in the screen's language.
 */
function refusal(code: FunctionsErrorCode, reason: Refusal, message: string, fields?: Record<string, string>) {
  const details: RefusalDetails = fields ? { reason, fields } : { reason };
  return new HttpsError(code, message, details);
}

/** Every way a staff callable says no: one specific code and reason each. */
export const refuse = {
  unauthenticated: () => refusal('unauthenticated', 'unauthenticated', 'Sign in to manage staff.'),
  notAdmin: () => refusal('permission-denied', 'notAdmin', 'Only an active admin of this clinic can manage its staff.'),
  invalidInput: (error: z.ZodError) => {
    const fields = fieldErrors(error);
    const summary = Object.entries(fields)
      .map(([field, code]) => `${field}: ${code}`)
      .join(', ');
    return refusal('invalid-argument', 'invalidInput', `Invalid input (${summary}).`, fields);
  },
  notOnStaff: () => refusal('not-found', 'notOnStaff', 'There is no staff member with that id in your clinic.'),
  // One answer for every account this clinic may not take (another clinic's member or former
  // member, an account ClinicFlow never made): the admin learns neither whether nor where it is used.
  cannotAdd: () =>
    refusal(
      'permission-denied',
      'cannotAdd',
      'That email address can’t be added to this clinic. Ask the person for a different address.',
    ),
  alreadyOnStaff: () =>
    refusal(
      'already-exists',
      'alreadyOnStaff',
      'That person is already on your clinic’s staff; change their role instead.',
    ),
  deactivated: () =>
    refusal(
      'failed-precondition',
      'deactivated',
      'That staff member is deactivated; add them again to give them a role.',
    ),
  lastAdmin: () =>
    refusal('failed-precondition', 'lastAdmin', 'That is the clinic’s last admin: make someone else an admin first.'),
};

/** The input as the schema's output, or an invalid-argument refusal with each field's code. */
export function parseInput<T>(schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (!result.success) throw refuse.invalidInput(result.error);
  return result.data;
}
