/**
 * Every query the app makes (shared/src/queries.ts), built with the same toQuery the web uses
 * and run as every actor: rules are not filters, so a query only passes when the rules allow
 * every document it could return. Each query that needs a composite index must have one in
 * firestore.indexes.json, and every index there must serve a query.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionGroup, getDocs } from 'firebase/firestore';
import { toQuery } from '@clinicflow/shared/firestore-query';
import {
  queries,
  QUERY_ROLES,
  serverQueries,
  type QueryName,
  type QuerySpec,
  type ServerQueryName,
} from '@clinicflow/shared/queries';
import { patientNameKey, patientSearch } from '@clinicflow/shared/search';
import { ROOT } from '../../scripts/lib/root';
import { startOfClinicDay } from '@clinicflow/shared/clinic-time';
import { ACTORS, CLINIC_A, QUEUE_READERS_A, type Actor } from './actors';
import { clinicDoc, PATIENT_A } from './fixtures';
import { caseCounts, clientFor, expectOutcome, outcomeWord } from './harness';
import { listReaders } from './matrix';
import { matrixFor } from './matrices';

/** As the screens compute it: the clinic's midnight for the desk, page-open time for the dashboard. */
const CLINIC_DAY_START = startOfClinicDay(new Date(), clinicDoc('Clinic A'));
const PAGE_OPENED = new Date();

/** Each query as the app builds it for clinic A; a query added to queries.ts must be added here. */
const SPECS: Record<QueryName, QuerySpec> = {
  todayQueue: queries.todayQueue(CLINIC_A, CLINIC_DAY_START),
  openVisits: queries.openVisits(CLINIC_A),
  notificationsSince: queries.notificationsSince(CLINIC_A, PAGE_OPENED),
  patientSearch: queries.patientSearch(CLINIC_A, patientSearch('ana')?.key ?? ''),
  duplicatePatients: queries.duplicatePatients(
    CLINIC_A,
    patientNameKey(PATIENT_A.fullName),
    PATIENT_A.input.dateOfBirth,
  ),
  dutyList: queries.dutyList(CLINIC_A),
  staffList: queries.staffList(CLINIC_A),
  staffChanges: queries.staffChanges(CLINIC_A),
};
const QUERY_NAMES = Object.keys(SPECS) as QueryName[];

/** The functions' own queries (admin SDK, every clinic); a query added to serverQueries must be added here. */
const SERVER_SPECS: Record<ServerQueryName, QuerySpec> = {
  unticketedVisits: serverQueries.unticketedVisits(PAGE_OPENED),
  patientVisits: serverQueries.patientVisits(CLINIC_A, PATIENT_A.id),
  openVisitsBefore: serverQueries.openVisitsBefore(CLINIC_A, CLINIC_DAY_START),
  dayVisits: serverQueries.dayVisits(CLINIC_A, '2026-11-26'),
};
/**
 * Server queries a client may run too, and who: the day close's openVisitsBefore asks for a subset
 * of the dashboard's open visits, which the rules already let the clinic's queue readers list.
 * Every other actor is refused, and every other server query is refused to all.
 */
const SERVER_SPEC_READERS: Partial<Record<ServerQueryName, readonly Actor[]>> = {
  openVisitsBefore: QUEUE_READERS_A,
};
const ALL_SPECS: QuerySpec[] = [...Object.values(SPECS), ...Object.values(SERVER_SPECS)];

interface IndexField {
  fieldPath: string;
  order?: 'ASCENDING' | 'DESCENDING';
  arrayConfig?: 'CONTAINS';
}
interface IndexEntry {
  collectionGroup: string;
  queryScope: 'COLLECTION' | 'COLLECTION_GROUP';
  fields: IndexField[];
}
const INDEXES = (JSON.parse(readFileSync(join(ROOT, 'firestore.indexes.json'), 'utf8')) as { indexes: IndexEntry[] })
  .indexes;

/** Firestore serves one field from its single-field indexes; more fields, or array-contains with an order, need a composite. */
function needsCompositeIndex(spec: QuerySpec): boolean {
  const fields = new Set([...spec.where.map((f) => f.field), ...spec.orderBy.map((o) => o.field)]);
  const arrayContains = spec.where.some((f) => f.op === 'array-contains');
  return fields.size > 1 || (arrayContains && spec.orderBy.length > 0);
}

/**
 * The composite index a query uses: its equality and array-contains fields first (in any
 * order), then its orderBy fields in order and direction (a range field is ordered first).
 */
function indexServes(index: IndexEntry, spec: QuerySpec): boolean {
  const scope = spec.scope === 'collectionGroup' ? 'COLLECTION_GROUP' : 'COLLECTION';
  if (index.collectionGroup !== spec.collectionGroup || index.queryScope !== scope) return false;
  const prefix = spec.where.filter((f) => f.op === '==' || f.op === 'in' || f.op === 'array-contains');
  const range = spec.where.find((f) => f.op === '>=' || f.op === '>' || f.op === '<=');
  const ordered = [...spec.orderBy];
  if (range && ordered[0]?.field !== range.field) ordered.unshift({ field: range.field, direction: 'asc' });
  if (index.fields.length !== prefix.length + ordered.length) return false;
  const head = index.fields.slice(0, prefix.length);
  const prefixMatches = prefix.every((f) =>
    head.some(
      (i) =>
        i.fieldPath === f.field && (f.op === 'array-contains' ? i.arrayConfig === 'CONTAINS' : i.order !== undefined),
    ),
  );
  const tail = index.fields.slice(prefix.length);
  const orderMatches = ordered.every((o, n) => {
    const i = tail[n];
    return i?.fieldPath === o.field && i.order === (o.direction === 'asc' ? 'ASCENDING' : 'DESCENDING');
  });
  return prefixMatches && orderMatches;
}

export function describeQueries(): void {
  describe('queries: each one run as every actor', () => {
    for (const name of QUERY_NAMES) {
      const spec = SPECS[name];
      const readers = listReaders(matrixFor(spec.collectionGroup));

      it(`the roles that run ${name} (${QUERY_ROLES[name].join(', ')}) may list ${spec.collectionGroup}`, () => {
        const users = ACTORS.filter((a) => a.staff?.clinicId === CLINIC_A && QUERY_ROLES[name].includes(a.staff.role));
        expect(users.length).toBe(QUERY_ROLES[name].length);
        for (const user of users) expect(readers, user.label).toContain(user);
      });

      for (const actor of ACTORS) {
        const allowed = readers.includes(actor);
        it(`${actor.label} ${outcomeWord(allowed)} run ${name}`, async () => {
          caseCounts.queries++;
          await expectOutcome(allowed, getDocs(toQuery(clientFor(actor), spec)));
        });
      }
    }

    for (const actor of ACTORS) {
      it(`${actor.label} cannot query visits across every clinic (collection group)`, async () => {
        caseCounts.queries++;
        await expectOutcome(false, getDocs(collectionGroup(clientFor(actor), 'visits')));
      });
    }

    for (const [name, spec] of Object.entries(SERVER_SPECS)) {
      for (const actor of ACTORS) {
        const allowed = SERVER_SPEC_READERS[name as ServerQueryName]?.includes(actor) ?? false;
        it(`${actor.label} ${outcomeWord(allowed)} run the functions' ${name}`, async () => {
          caseCounts.queries++;
          await expectOutcome(allowed, getDocs(toQuery(clientFor(actor), spec)));
        });
      }
    }
  });

  describe('composite indexes', () => {
    for (const [name, spec] of [...Object.entries(SPECS), ...Object.entries(SERVER_SPECS)]) {
      if (!needsCompositeIndex(spec)) continue;
      it(`firestore.indexes.json has the composite index ${name} needs`, () => {
        expect(INDEXES.some((index) => indexServes(index, spec))).toBe(true);
      });
    }

    it('every composite index in firestore.indexes.json serves a query the app makes', () => {
      const unused = INDEXES.filter((index) => !ALL_SPECS.some((spec) => indexServes(index, spec)));
      expect(unused).toEqual([]);
    });
  });
}
