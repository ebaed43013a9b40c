import type { PatientDoc, VisitDoc } from './model';
import { patientNameKey, patientSearchKeys } from './search';
import type { PatientInput, VisitInput } from './validation';

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

/**
 * The visit document the desk writes when it opens a visit: waiting, with `ticket: null` for the
 * function (or the sweeper, which queries that null) to fill. `patient` is the record it names;
 * the rules check that the name is copied exactly.
 */
export function newVisitDoc<T>(
  patient: { id: string; fullName: string },
  input: VisitInput,
  createdBy: string,
  createdAt: T,
): VisitDoc<T> {
  return {
    patientId: patient.id,
    patientName: patient.fullName,
    reason: input.reason,
    priority: input.priority,
    status: 'waiting',
    ticket: null,
    createdAt,
    createdBy,
  };
}
