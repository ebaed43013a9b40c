import {
  collection,
  collectionGroup,
  limit,
  orderBy,
  query,
  where,
  type Firestore,
  type Query,
} from 'firebase/firestore';
import type { QuerySpec } from './queries';

/** Turns a QuerySpec into a web-SDK query: the web app and the rules tests build them the same way. */
export function toQuery(db: Firestore, spec: QuerySpec): Query {
  return query(
    spec.scope === 'collectionGroup' ? collectionGroup(db, spec.collectionGroup) : collection(db, spec.collection),
    ...spec.where.map((f) => where(f.field, f.op, f.value)),
    ...spec.orderBy.map((o) => orderBy(o.field, o.direction)),
    ...(spec.limit === undefined ? [] : [limit(spec.limit)]),
  );
}
