import { z } from 'zod';
import { DAY_END_PATTERN } from './clinic-time';
import { LANGUAGES, LIMITS, PRIORITIES, ROLES } from './model';
import { nameWords } from './search';
import type { ValidationCode } from './validation-codes';

/**
 * What people type, checked before it is written. The same schemas run in the web forms (for
 * messages next to fields), in the callables (for HttpsError details) and in the tests. Their
 * messages are codes, not sentences: the web says each in the screen's language (catalog key
 * `validation.<code>`, with LIMITS as its values), and the admin scripts in English.
 */

/** A schema's message, checked to be a known code. */
const code = (c: ValidationCode) => c;

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
  .string({ error: code('name.required') })
  .trim()
  .min(LIMITS.nameMin, code('name.tooShort'))
  .max(LIMITS.nameMax, code('name.tooLong'))
  // Search keys and the duplicate check are made of a name's letters (in any script), as folded:
  // a modifier apostrophe (ʼ) is a letter to Unicode but folds away, leaving nothing to find.
  .refine((name) => nameWords(name).some((word) => /\p{L}/u.test(word)), code('name.noLetter'));

export const phoneSchema = z
  .string({ error: code('phone.required') })
  .trim()
  .min(LIMITS.phoneMin, code('phone.tooShort'))
  .max(LIMITS.phoneMax, code('phone.tooLong'))
  .regex(PHONE_RE, code('phone.format'));

export const dateOfBirthSchema = z
  .string({ error: code('dateOfBirth.required') })
  .refine(isRealPastDate, code('dateOfBirth.invalid'));

/** A registration or correction with every detail: what the desk asks of everyone but an emergency. */
export const patientInputSchema = z.object({
  fullName: fullNameSchema,
  phone: phoneSchema,
  dateOfBirth: dateOfBirthSchema,
});

export type CompletePatientInput = z.infer<typeof patientInputSchema>;

/** Left empty is not given (null), rather than a field in error. */
const notGivenIfEmpty = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? null : value), schema.nullable());

/**
 * An emergency walk-in: the name is enough, and what is given is still checked. The record stays
 * incomplete (phone or date of birth null) until the desk adds the details.
 */
export const walkInPatientSchema = z.object({
  fullName: fullNameSchema,
  phone: notGivenIfEmpty(phoneSchema),
  dateOfBirth: notGivenIfEmpty(dateOfBirthSchema),
});

/** A patient's details as stored: complete, or a walk-in's with phone or date of birth still null. */
export type PatientInput = z.infer<typeof walkInPatientSchema>;

export const visitInputSchema = z.object({
  reason: z
    .string({ error: code('reason.required') })
    .trim()
    .min(LIMITS.reasonMin, code('reason.required'))
    .max(LIMITS.reasonMax, code('reason.tooLong')),
  priority: z.enum(PRIORITIES, { error: code('priority.invalid') }),
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
      .min(1, code('searchKey.empty'))
      .max(LIMITS.searchKeyMax, code('searchKey.tooLong'))
      .regex(/^[^ ]+$/, code('searchKey.space')),
  )
  .min(LIMITS.searchKeysMin, code('searchKeys.tooFew'))
  .max(LIMITS.searchKeysMax, code('searchKeys.tooMany'));

/** A visit's patientId: a Firestore auto-id, or a readable id from the seed or admin tooling. */
export const patientIdSchema = z
  .string({ error: code('patientId.required') })
  .min(1, code('patientId.required'))
  .max(LIMITS.idMax, code('patientId.tooLong'))
  .regex(/^[A-Za-z0-9_-]+$/, code('patientId.format'));

export const clinicNameSchema = z
  .string({ error: code('clinicName.required') })
  .trim()
  .min(LIMITS.nameMin, code('clinicName.tooShort'))
  .max(LIMITS.clinicNameMax, code('clinicName.tooLong'));

export const roleSchema = z.enum(ROLES, { error: code('role.invalid') });

/** A clinic's default language, the one setting its admin changes on the clinic document. */
export const languageSchema = z.enum(LANGUAGES, { error: code('language.invalid') });

/** When the clinic day ends, the other clinic setting its admin changes: "HH:MM" from 00:00 to 11:59. */
export const dayEndsAtSchema = z
  .string({ error: code('dayEnd.invalid') })
  .regex(DAY_END_PATTERN, code('dayEnd.invalid'));

/**
 * A room name as the admin types it. The rules check a room list by joining it with "|", so a
 * name may not hold one.
 */
export const roomNameSchema = z
  .string({ error: code('room.required') })
  .trim()
  .min(1, code('room.required'))
  .max(LIMITS.roomNameMax, code('room.tooLong'))
  .regex(/^[^|]+$/, code('room.bar'));

/** The clinic's rooms: distinct names, at most LIMITS.roomsMax. */
export const roomsSchema = z
  .array(roomNameSchema)
  .max(LIMITS.roomsMax, code('rooms.tooMany'))
  .refine((rooms) => new Set(rooms).size === rooms.length, code('rooms.duplicate'));

const uidSchema = z
  .string({ error: code('uid.required') })
  .min(1, code('uid.required'))
  .max(LIMITS.idMax, code('uid.tooLong'));

export const addStaffInputSchema = z.object({
  email: z.email({ error: code('email.invalid') }).max(LIMITS.emailMax, code('email.tooLong')),
  displayName: fullNameSchema,
  role: roleSchema,
});
export type AddStaffInput = z.infer<typeof addStaffInputSchema>;

export const changeRoleInputSchema = z.object({ uid: uidSchema, role: roleSchema });
export type ChangeRoleInput = z.infer<typeof changeRoleInputSchema>;

export const deactivateStaffInputSchema = z.object({ uid: uidSchema });
export type DeactivateStaffInput = z.infer<typeof deactivateStaffInputSchema>;

/** The day export's input: a clinic day, and whether the patients' names go in. */
export const exportDayInputSchema = z.object({
  dayKey: z.string({ error: code('day.invalid') }).regex(/^\d{4}-\d{2}-\d{2}$/, code('day.invalid')),
  withNames: z.boolean({ error: code('withNames.invalid') }),
});
export type ExportDayInput = z.infer<typeof exportDayInputSchema>;

/** Field → first message (a ValidationCode, or zod's own for a shape no form sends), for a message beside each field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    out[key] ??= issue.message;
  }
  return out;
}
