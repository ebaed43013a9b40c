import type { Firestore } from 'firebase-admin/firestore';
import { HttpsError, onCall, type CallableRequest } from 'firebase-functions/v2/https';
import type { z } from 'zod';
import { parseStaffClaims } from '@clinicflow/shared/claims';
import { paths } from '@clinicflow/shared/paths';
import { APP_CHECK_ENFORCED } from '../config';
import { db } from '../db';
import { logs } from '../logs';
import { parseInput, refuse } from './refusals';

export interface AdminCaller {
  uid: string;
  clinicId: string;
}

/**
 * The caller must be an admin by their token's claims and still be one by the staff mirror:
 * a demoted or deactivated admin's ID token keeps its old claims until it expires.
 */
async function requireClinicAdmin(firestore: Firestore, request: CallableRequest): Promise<AdminCaller> {
  if (!request.auth) throw refuse.unauthenticated();
  const claims = parseStaffClaims(request.auth.token);
  if (claims?.role !== 'admin') throw refuse.notAdmin();
  const mirror = await firestore.doc(`${paths.staff(claims.clinicId)}/${request.auth.uid}`).get();
  if (mirror.get('active') !== true || mirror.get('role') !== 'admin') throw refuse.notAdmin();
  return { uid: request.auth.uid, clinicId: claims.clinicId };
}

/**
 * A staff-management callable: App Check in production, the caller checked before the input (a
 * stranger learns nothing about the schema), the input parsed with its zod schema, and every
 * refusal logged by its code.
 */
export function staffCallable<I, O>(
  action: string,
  schema: z.ZodType<I>,
  handler: (caller: AdminCaller, input: I) => Promise<O>,
) {
  return onCall({ enforceAppCheck: APP_CHECK_ENFORCED }, async (request): Promise<O> => {
    try {
      const caller = await requireClinicAdmin(db(), request);
      return await handler(caller, parseInput(schema, request.data));
    } catch (err) {
      if (err instanceof HttpsError) logs.staffRefused(action, err.code, request.auth?.uid);
      throw err;
    }
  });
}
