/** Firestore paths, so no module spells a collection name twice. */
export const paths = {
  account: (uid: string) => `accounts/${uid}`,
  clinics: 'clinics',
  clinic: (clinicId: string) => `clinics/${clinicId}`,
  staff: (clinicId: string) => `clinics/${clinicId}/staff`,
  duty: (clinicId: string) => `clinics/${clinicId}/duty`,
  patients: (clinicId: string) => `clinics/${clinicId}/patients`,
  visits: (clinicId: string) => `clinics/${clinicId}/visits`,
  notifications: (clinicId: string) => `clinics/${clinicId}/notifications`,
  audit: (clinicId: string) => `clinics/${clinicId}/audit`,
  corrections: (clinicId: string) => `clinics/${clinicId}/corrections`,
  days: (clinicId: string) => `clinics/${clinicId}/days`,
  staffAudit: (clinicId: string) => `clinics/${clinicId}/staffAudit`,
  /** The waiting-room board: one document, `board/today` (BOARD_ID in board.ts). */
  board: (clinicId: string) => `clinics/${clinicId}/board`,
} as const;
