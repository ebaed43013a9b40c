import type { Firestore, Query } from 'firebase-admin/firestore';
import type { QuerySpec } from '@clinicflow/shared/queries';

/** A shared QuerySpec as an admin-SDK query: the functions' queries are described where the rules suite checks their indexes. */
export function adminQuery(db: Firestore, spec: QuerySpec): Query {
  let query: Query =
    spec.scope === 'collectionGroup' ? db.collectionGroup(spec.collectionGroup) : db.collection(spec.collection);
  for (const f of spec.where) query = query.where(f.field, f.op, f.value);
  for (const o of spec.orderBy) query = query.orderBy(o.field, o.direction);
  return spec.limit === undefined ? query : query.limit(spec.limit);
}
