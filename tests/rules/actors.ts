/**
 * Everyone the rules meet: signed out, signed in without claims, broken claims, each role of
 * clinic A and of clinic B, and members of clinic A whose token still carries claims their staff
 * record no longer backs (deactivated, demoted, no record), and the waiting-room displays. Every table in the suite runs
 * against all of them.
 */
import type { Role } from '@clinicflow/shared/model';

export const CLINIC_A = 'clinic-a';
export const CLINIC_B = 'clinic-b';

export interface Actor {
  key: string;
  /** Reads as the subject of a test name: "a receptionist of clinic A can …". */
  label: string;
  /** Signed-out actors get a placeholder, used only where a payload names its author. */
  uid: string;
  /** null: not signed in. */
  claims: Record<string, unknown> | null;
  /** The role and clinic the rules should recognise: claims well formed and backed by the record. */
  staff: { role: Role; clinicId: string } | null;
  /** The staff record seeded for this uid (clinics/{clinicId}/staff/{uid}), if any. */
  record: { clinicId: string; role: Role; active: boolean } | null;
}

function member(role: Role, clinicId: string, uid: string, label: string): Actor {
  return {
    key: uid,
    label,
    uid,
    claims: { role, clinicId },
    staff: { role, clinicId },
    record: { clinicId, role, active: true },
  };
}

/** A token that still says `claimed` in clinic A (ID tokens live up to an hour) over `record`. */
function staleToken(uid: string, label: string, claimed: Role, record: Actor['record']): Actor {
  return { key: uid, label, uid, claims: { role: claimed, clinicId: CLINIC_A }, staff: null, record };
}

export const ANONYMOUS: Actor = {
  key: 'anonymous',
  label: 'a signed-out visitor',
  uid: 'signed-out',
  claims: null,
  staff: null,
  record: null,
};
export const NO_CLAIMS: Actor = {
  key: 'no-claims',
  label: 'a signed-in user without claims',
  uid: 'no-claims',
  claims: {},
  staff: null,
  // A former member: deactivation cleared the claims and kept the record, inactive.
  record: { clinicId: CLINIC_A, role: 'receptionist', active: false },
};
export const UNKNOWN_ROLE_A: Actor = {
  key: 'unknown-role-a',
  label: 'a user of clinic A with an unknown role',
  uid: 'unknown-role-a',
  claims: { role: 'janitor', clinicId: CLINIC_A },
  staff: null,
  record: { clinicId: CLINIC_A, role: 'receptionist', active: true },
};
export const ROLE_WITHOUT_CLINIC: Actor = {
  key: 'role-without-clinic',
  label: 'a receptionist claim without a clinic',
  uid: 'role-without-clinic',
  claims: { role: 'receptionist' },
  staff: null,
  record: null,
};
export const ADMIN_A = member('admin', CLINIC_A, 'admin-a', 'the admin of clinic A');
export const RECEPTIONIST_A = member('receptionist', CLINIC_A, 'receptionist-a', 'a receptionist of clinic A');
export const DOCTOR_A = member('checkerDoctor', CLINIC_A, 'doctor-a', 'a checker doctor of clinic A');
export const DISPLAY_A = member('display', CLINIC_A, 'display-a', 'the waiting-room display of clinic A');
export const ADMIN_B = member('admin', CLINIC_B, 'admin-b', 'the admin of clinic B');
export const RECEPTIONIST_B = member('receptionist', CLINIC_B, 'receptionist-b', 'a receptionist of clinic B');
export const DOCTOR_B = member('checkerDoctor', CLINIC_B, 'doctor-b', 'a checker doctor of clinic B');
export const DISPLAY_B = member('display', CLINIC_B, 'display-b', 'the waiting-room display of clinic B');

export const DEACTIVATED_A = staleToken(
  'deactivated-a',
  'a deactivated receptionist of clinic A with a still-valid token',
  'receptionist',
  { clinicId: CLINIC_A, role: 'receptionist', active: false },
);
export const DEMOTED_DOCTOR_A = staleToken(
  'demoted-doctor-a',
  'a checker doctor of clinic A demoted to receptionist, token not refreshed',
  'checkerDoctor',
  { clinicId: CLINIC_A, role: 'receptionist', active: true },
);
export const DEMOTED_ADMIN_A = staleToken(
  'demoted-admin-a',
  'an admin of clinic A demoted to checker doctor, token not refreshed',
  'admin',
  { clinicId: CLINIC_A, role: 'checkerDoctor', active: true },
);
export const DEACTIVATED_DISPLAY_A = staleToken(
  'deactivated-display-a',
  'a deactivated waiting-room display of clinic A with a still-valid token',
  'display',
  { clinicId: CLINIC_A, role: 'display', active: false },
);
export const UNRECORDED_A = staleToken(
  'unrecorded-a',
  'a receptionist token of clinic A with no staff record',
  'receptionist',
  null,
);

/** A second doctor of clinic A: the one who does not hold the claim in the transition table. */
export const OTHER_DOCTOR_A = member('checkerDoctor', CLINIC_A, 'other-doctor-a', 'another checker doctor of clinic A');

/** Doctors of clinic A for the duty cases: one whose shift is paused, one who never started one. */
export const PAUSED_DOCTOR_A = member(
  'checkerDoctor',
  CLINIC_A,
  'paused-doctor-a',
  'a paused checker doctor of clinic A',
);
export const OFF_DOCTOR_A = member('checkerDoctor', CLINIC_A, 'off-doctor-a', 'a checker doctor of clinic A off duty');

export const ACTORS: readonly Actor[] = [
  ANONYMOUS,
  NO_CLAIMS,
  UNKNOWN_ROLE_A,
  ROLE_WITHOUT_CLINIC,
  ADMIN_A,
  RECEPTIONIST_A,
  DOCTOR_A,
  DISPLAY_A,
  ADMIN_B,
  RECEPTIONIST_B,
  DOCTOR_B,
  DISPLAY_B,
  DEACTIVATED_A,
  DEMOTED_DOCTOR_A,
  DEMOTED_ADMIN_A,
  DEACTIVATED_DISPLAY_A,
  UNRECORDED_A,
];

/** Clinic A's staff with a known role: who may read the clinic at all. */
export const STAFF_A: readonly Actor[] = [ADMIN_A, RECEPTIONIST_A, DOCTOR_A];
export const QUEUE_READERS_A: readonly Actor[] = [RECEPTIONIST_A, DOCTOR_A];
export const NOBODY: readonly Actor[] = [];
/** Tokens of clinic A with a known role whose record no longer backs them: they read their own record only. */
export const STALE_TOKENS_A: readonly Actor[] = [
  DEACTIVATED_A,
  DEMOTED_DOCTOR_A,
  DEMOTED_ADMIN_A,
  DEACTIVATED_DISPLAY_A,
  UNRECORDED_A,
];
/** Who reads clinic A's waiting-room board: its display and its staff, each backed by their record. */
export const BOARD_READERS_A: readonly Actor[] = [...STAFF_A, DISPLAY_A];
