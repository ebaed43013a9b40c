import type { AccountDoc, StaffDoc } from '@clinicflow/shared/model';

export type Admission = 'admit' | 'already-on-staff' | 'refused';

/**
 * Whether clinic `clinicId` may add an existing account to its staff. Only an account it owns
 * (its former member, or one it is creating right now), or one owned by none that was its member
 * before. Everything else — another clinic's member or former member, an account ClinicFlow never
 * made — is refused, and the caller tells every refusal apart from nothing.
 */
export function admission(
  clinicId: string,
  account: Pick<AccountDoc, 'clinicId'> | undefined,
  record: Pick<StaffDoc, 'active'> | undefined,
): Admission {
  if (account?.clinicId === clinicId) return record?.active ? 'already-on-staff' : 'admit';
  if (account?.clinicId === null && record && !record.active) return 'admit';
  return 'refused';
}
