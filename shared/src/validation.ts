import { z } from 'zod';
import { LIMITS, PRIORITIES, ROLES } from './model';

/**
 * What people type, checked before it is written. The same schemas run in the web forms (for
 * messages next to fields), in the callables (for HttpsError details) and in the tests.
 */

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const PHONE_RE = /^\+?[0-9 ()-]+$/;

function isRealPastDate(value: string): boolean {
  if (!DATE_RE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return false;
  // Date() rolls 2023-02-30 over to March; a real date survives the round trip.
  if (date.toISOString().slice(0, 10) !== value) return false;
  return date.getTime() <= Date.now() && date.getUTCFullYear() >= 1900;
}

export const fullNameSchema = z
  .string({ error: 'Enter the full name.' })
  .trim()
  .min(LIMITS.nameMin, `Name needs at least ${LIMITS.nameMin} characters.`)
  .max(LIMITS.nameMax, `Name can have at most ${LIMITS.nameMax} characters.`)
  // Search keys and the duplicate check are made of a name's letters (in any script).
  .regex(/\p{L}/u, 'Name needs at least one letter.');

export const phoneSchema = z
  .string({ error: 'Enter a phone number.' })
  .trim()
  .min(LIMITS.phoneMin, `Phone needs at least ${LIMITS.phoneMin} characters.`)
  .max(LIMITS.phoneMax, `Phone can have at most ${LIMITS.phoneMax} characters.`)
  .regex(PHONE_RE, 'Phone may contain digits, spaces, +, ( ) and - only.');

export const dateOfBirthSchema = z
  .string({ error: 'Enter the date of birth.' })
  .refine(isRealPastDate, 'Enter a real date of birth (YYYY-MM-DD), not in the future.');

export const patientInputSchema = z.object({
  fullName: fullNameSchema,
  phone: phoneSchema,
  dateOfBirth: dateOfBirthSchema,
});
export type PatientInput = z.infer<typeof patientInputSchema>;

export const visitInputSchema = z.object({
  reason: z
    .string({ error: 'Enter the reason for the visit.' })
    .trim()
    .min(LIMITS.reasonMin, 'Enter the reason for the visit.')
    .max(LIMITS.reasonMax, `Reason can have at most ${LIMITS.reasonMax} characters.`),
  priority: z.enum(PRIORITIES, { error: 'Choose emergency, urgent or normal.' }),
});
export type VisitInput = z.infer<typeof visitInputSchema>;

/**
 * The stored `searchKeys` (built by patientSearchKeys, never typed): firestore.rules checks the
 * same bounds, splitting on the space no key contains. Key length is in UTF-16 units here and in
 * characters in the rules, so whatever this accepts the rules accept too.
 */
export const searchKeysSchema = z
  .array(
    z
      .string()
      .min(1, 'A search key cannot be empty.')
      .max(LIMITS.searchKeyMax, `A search key can have at most ${LIMITS.searchKeyMax} characters.`)
      .regex(/^[^ ]+$/, 'A search key cannot contain a space.'),
  )
  .min(LIMITS.searchKeysMin, 'A patient needs at least one search key.')
  .max(LIMITS.searchKeysMax, `A patient can have at most ${LIMITS.searchKeysMax} search keys.`);

/** A visit's patientId: a Firestore auto-id, or a readable id from the seed or admin tooling. */
export const patientIdSchema = z
  .string({ error: 'patientId is required.' })
  .min(1, 'patientId is required.')
  .max(LIMITS.idMax, 'patientId is too long.')
  .regex(/^[A-Za-z0-9_-]+$/, 'patientId may contain letters, digits, _ and - only.');

export const clinicNameSchema = z
  .string({ error: 'Enter the clinic name.' })
  .trim()
  .min(LIMITS.nameMin, `Clinic name needs at least ${LIMITS.nameMin} characters.`)
  .max(LIMITS.clinicNameMax, `Clinic name can have at most ${LIMITS.clinicNameMax} characters.`);

export const roleSchema = z.enum(ROLES, { error: 'Role must be admin, receptionist or checkerDoctor.' });

const uidSchema = z
  .string({ error: 'uid is required.' })
  .min(1, 'uid is required.')
  .max(LIMITS.idMax, 'uid is too long.');

export const addStaffInputSchema = z.object({
  email: z.email({ error: 'Enter a valid email address.' }).max(LIMITS.emailMax, 'Email is too long.'),
  displayName: fullNameSchema,
  role: roleSchema,
});
export type AddStaffInput = z.infer<typeof addStaffInputSchema>;

export const changeRoleInputSchema = z.object({ uid: uidSchema, role: roleSchema });
export type ChangeRoleInput = z.infer<typeof changeRoleInputSchema>;

export const deactivateStaffInputSchema = z.object({ uid: uidSchema });
export type DeactivateStaffInput = z.infer<typeof deactivateStaffInputSchema>;

/** Field → first message, for forms that show a message beside each field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    out[key] ??= issue.message;
  }
  return out;
}
