import { LIMITS, ROLES, type Role, type StaffClaims } from './model';

/**
 * Reads `{ role, clinicId }` from a token's claims; anything else is no role at all. Free of
 * zod on purpose: the sign-in route runs it, and every kilobyte there counts.
 */
export function parseStaffClaims(claims: Record<string, unknown>): StaffClaims | null {
  const { role, clinicId } = claims;
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) return null;
  if (typeof clinicId !== 'string' || clinicId.length === 0 || clinicId.length > LIMITS.idMax) return null;
  return { role: role as Role, clinicId };
}
