import { HttpsError } from 'firebase-functions/v2/https';
import type { z } from 'zod';
import type { InvalidArgumentDetails } from '@clinicflow/shared/callables';
import { fieldErrors } from '@clinicflow/shared/validation';

/** Every way a staff callable says no: one specific code and message each. */
export const refuse = {
  unauthenticated: () => new HttpsError('unauthenticated', 'Sign in to manage staff.'),
  notAdmin: () => new HttpsError('permission-denied', 'Only an active admin of this clinic can manage its staff.'),
  invalidInput: (error: z.ZodError) => {
    const details: InvalidArgumentDetails = fieldErrors(error);
    return new HttpsError('invalid-argument', Object.values(details).join(' '), details);
  },
  notOnStaff: () => new HttpsError('not-found', 'There is no staff member with that id in your clinic.'),
  // One answer for every account this clinic may not take (another clinic's member or former
  // member, an account ClinicFlow never made): the admin learns neither whether nor where it is used.
  cannotAdd: () =>
    new HttpsError(
      'permission-denied',
      'That email address can’t be added to this clinic. Ask the person for a different address.',
    ),
  alreadyOnStaff: () =>
    new HttpsError('already-exists', 'That person is already on your clinic’s staff; change their role instead.'),
  deactivated: () =>
    new HttpsError('failed-precondition', 'That staff member is deactivated; add them again to give them a role.'),
  lastAdmin: () =>
    new HttpsError('failed-precondition', 'That is the clinic’s last admin: make someone else an admin first.'),
};

/** The input as the schema's output, or an invalid-argument refusal with each field's message. */
export function parseInput<T>(schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (!result.success) throw refuse.invalidInput(result.error);
  return result.data;
}
