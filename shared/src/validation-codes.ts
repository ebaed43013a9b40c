/**
 * Every message the shared zod schemas (validation.ts) can give, as a code: the web says each in
 * the screen's language (catalog key `validation.<code>`), the admin scripts in English. Its own
 * module, without zod, so the sign-in route can know the codes without loading zod.
 */
export const VALIDATION_CODES = [
  'name.required',
  'name.tooShort',
  'name.tooLong',
  'name.noLetter',
  'phone.required',
  'phone.tooShort',
  'phone.tooLong',
  'phone.format',
  'dateOfBirth.required',
  'dateOfBirth.invalid',
  'reason.required',
  'reason.tooLong',
  'priority.invalid',
  'searchKey.empty',
  'searchKey.tooLong',
  'searchKey.space',
  'searchKeys.tooFew',
  'searchKeys.tooMany',
  'patientId.required',
  'patientId.tooLong',
  'patientId.format',
  'clinicName.required',
  'clinicName.tooShort',
  'clinicName.tooLong',
  'role.invalid',
  'uid.required',
  'uid.tooLong',
  'email.invalid',
  'email.tooLong',
  'language.invalid',
  'dayEnd.invalid',
  'day.invalid',
  'withNames.invalid',
  'room.required',
  'room.tooLong',
  'room.bar',
  'rooms.tooMany',
  'rooms.duplicate',
  // The new-visit form's own: no patient found or registered yet.
  'patient.required',
] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];
