import type { PatientDoc } from './model';
import { patientNameKey, patientSearchKeys } from './search';
import type { PatientInput } from './validation';

/**
 * The patient document a client writes, derived fields included. The web writes exactly this and
 * the rules tests write exactly this, so the rules are proven against what the desk sends.
 * `createdAt` is the SDK's serverTimestamp(): the rules require request.time.
 */
export function newPatientDoc<T>(input: PatientInput, createdBy: string, createdAt: T): PatientDoc<T> {
  return {
    fullName: input.fullName,
    phone: input.phone,
    dateOfBirth: input.dateOfBirth,
    searchKeys: patientSearchKeys(input.fullName, input.phone),
    nameKey: patientNameKey(input.fullName),
    createdAt,
    createdBy,
  };
}
