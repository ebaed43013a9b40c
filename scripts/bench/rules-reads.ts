/**
 * What the staff-record check in firestore.rules costs: for each request the app makes, how many
 * times the rules read the member's staff record (the `get()` in isCurrentMember). Firebase bills
 * each document a rules evaluation reads as a document read; the emulator cannot bill, but its
 * rules coverage report counts every value each expression produced, so reloading the rules
 * (which empties the report) before a request and reading the `get()`'s count after it gives
 * the number of evaluations that read the record. Runs on its own project, with the app's own
 * queries and documents, as the rules tests do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initializeTestEnvironment, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  collection,
  doc,
  getDoc,
  getDocs,
  onSnapshot,
  runTransaction,
  serverTimestamp,
  setLogLevel,
  Timestamp,
  updateDoc,
  writeBatch,
  type DocumentReference,
  type Firestore,
  type Query,
} from 'firebase/firestore';
import { startOfClinicDay } from '@clinicflow/shared/clinic-time';
import {
  newClinicDoc,
  newNotificationDoc,
  newPatientDoc,
  newStaffDoc,
  newVisitDoc,
} from '@clinicflow/shared/documents';
import { toQuery } from '@clinicflow/shared/firestore-query';
import type { Role } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { queries } from '@clinicflow/shared/queries';
import { patientNameKey, patientSearch } from '@clinicflow/shared/search';
import { transitionUpdate } from '@clinicflow/shared/transitions';
import type { CompletePatientInput } from '@clinicflow/shared/validation';
import { emulatorEnv } from '../lib/emulators';
import { ROOT } from '../lib/root';

const PROJECT_ID = 'demo-clinicflow-reads';
const CLINIC = 'reads';
const TIMEZONE = 'Europe/Madrid';
const RULES = readFileSync(join(ROOT, 'firestore.rules'), 'utf8');
/** Changes delivered to each listener, to average the per-change figure over. */
const CHANGES = 10;
const PATIENT: CompletePatientInput = {
  fullName: 'Maria Garcia Lopez',
  phone: '+34 600 123 456',
  dateOfBirth: '1984-03-09',
};
const PATIENT_ID = 'patient-1';
const VISIT = { reason: 'Benchmark visit', priority: 'normal' } as const;

export interface RulesReadsRow {
  actor: Role;
  request: string;
  /** Evaluations of the rules that read the member's staff record, for this request. */
  staffReads: number;
}
export interface ListenerReadsRow {
  actor: Role;
  listener: string;
  initial: number;
  perDeliveredChange: number;
}
export interface RulesReadsResult {
  requests: RulesReadsRow[];
  listeners: ListenerReadsRow[];
}

interface CoverageNode {
  sourcePosition: { line: number; column: number };
  values?: { value: Record<string, unknown>; count?: number }[];
  children?: CoverageNode[];
}

/** Where the staff record's get() is in firestore.rules, as the coverage report names it. */
function staffGetPosition(): { line: number; column: number } {
  const lines = RULES.split('\n');
  const index = lines.findIndex((l) => l.includes('get(/databases/$(database)/documents/clinics/$(clinicId)/staff/'));
  if (index < 0) throw new Error('firestore.rules no longer reads the staff record with get(): update this benchmark');
  return { line: index + 1, column: (lines[index] ?? '').indexOf('get(') + 1 };
}

const rulesUrl = (what: 'securityRules' | 'ruleCoverage') =>
  `http://${emulatorEnv().firestoreHost}/emulator/v1/projects/${PROJECT_ID}:${what}`;

/** Loading the rules again empties the coverage report. */
async function resetCoverage(): Promise<void> {
  const res = await fetch(rulesUrl('securityRules'), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rules: { files: [{ name: 'firestore.rules', content: RULES }] } }),
  });
  if (!res.ok) throw new Error(`reloading the rules failed: ${res.status} ${await res.text()}`);
}

/** How many times the get() returned a document (or null): the record reads since the reset. */
async function staffReadsSinceReset(): Promise<number> {
  const { line, column } = staffGetPosition();
  const report = (await (await fetch(rulesUrl('ruleCoverage'))).json()) as { report: CoverageNode[] };
  const flat = (nodes: CoverageNode[]): CoverageNode[] => nodes.flatMap((n) => [n, ...flat(n.children ?? [])]);
  const node = flat(report.report).find((n) => n.sourcePosition.line === line && n.sourcePosition.column === column);
  // Each evaluation also logs an `undefined` placeholder for the expression; the reads are the rest.
  return (node?.values ?? [])
    .filter(({ value }) => 'mapValue' in value || 'nullValue' in value)
    .reduce((sum, { count }) => sum + (count ?? 0), 0);
}

async function measure(request: () => Promise<unknown>): Promise<number> {
  await resetCoverage();
  await request();
  return staffReadsSinceReset();
}

/** Each role's member is named after the role: uid `receptionist`, and so on. */
const staff = (role: Role) =>
  newStaffDoc({ displayName: `Bench ${role}`, email: `${role}@reads.bench`, role, active: true }, Timestamp.now());

/** A waiting visit as the desk opened it, seeded past the rules. */
const waitingVisit = () =>
  newVisitDoc({ id: PATIENT_ID, fullName: PATIENT.fullName }, VISIT, 'receptionist', Timestamp.now());

const notification = (visitId: string) =>
  newNotificationDoc({ visitId, ticket: 'A-001', priority: VISIT.priority }, Timestamp.now(), Timestamp.now());

async function seed(env: RulesTestEnvironment, docs: Record<string, object>): Promise<void> {
  await env.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore() as unknown as Firestore;
    const batch = writeBatch(db);
    for (const [path, data] of Object.entries(docs)) batch.set(doc(db, path), data);
    await batch.commit();
  });
}

/**
 * A listener that reports how many changes each server snapshot delivered. Metadata changes are
 * included: a client that read the same documents before gets its first snapshot from the cache,
 * and the server's confirmation of it changes only the metadata.
 */
type Listen = (onChanges: (count: number) => void) => () => void;
const fail = (err: Error) => {
  throw err;
};
const METADATA = { includeMetadataChanges: true } as const;
const listenTo =
  (q: Query): Listen =>
  (onChanges) =>
    onSnapshot(q, METADATA, (snap) => snap.metadata.fromCache || onChanges(snap.docChanges().length), fail);
const listenToDoc =
  (ref: DocumentReference): Listen =>
  (onChanges) =>
    onSnapshot(ref, METADATA, (snap) => snap.metadata.fromCache || onChanges(1), fail);

/** Never hold the machine's emulator lock forever: a listener that stalls fails the benchmark. */
async function within<T>(promise: Promise<T>, what: string, ms = 10_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Starts a listener, then has `CHANGES` documents written past the rules into its results. */
async function measureListener(
  env: RulesTestEnvironment,
  listen: Listen,
  changed: (i: number) => Record<string, object>,
): Promise<{ initial: number; perDeliveredChange: number }> {
  await resetCoverage();
  let delivered = 0;
  let ready = () => {};
  const current = new Promise<void>((r) => (ready = r));
  const stop = listen((count) => {
    if (delivered === 0) ready();
    delivered += Math.max(count, 1);
  });
  await within(current, 'the listener to be current');
  const initial = await staffReadsSinceReset();
  await resetCoverage();
  const before = delivered;
  for (let i = 0; i < CHANGES; i++) {
    const target = before + i + 1;
    await seed(env, changed(i));
    await within(
      (async () => {
        while (delivered < target) await new Promise((r) => setTimeout(r, 5));
      })(),
      `change ${i + 1} to reach the listener`,
    );
  }
  const reads = await staffReadsSinceReset();
  stop();
  return { initial, perDeliveredChange: reads / CHANGES };
}

export async function rulesReads(): Promise<RulesReadsResult> {
  setLogLevel('silent');
  const [host, port] = emulatorEnv().firestoreHost.split(':');
  const env = await initializeTestEnvironment({
    projectId: PROJECT_ID,
    firestore: { rules: RULES, host: host ?? '127.0.0.1', port: Number(port) },
  });
  try {
    await env.clearFirestore();
    await seed(env, {
      [paths.clinic(CLINIC)]: newClinicDoc('Reads clinic', TIMEZONE),
      [`${paths.staff(CLINIC)}/receptionist`]: staff('receptionist'),
      [`${paths.staff(CLINIC)}/checkerDoctor`]: staff('checkerDoctor'),
      [`${paths.staff(CLINIC)}/admin`]: staff('admin'),
      [`${paths.patients(CLINIC)}/${PATIENT_ID}`]: newPatientDoc(PATIENT, 'receptionist', Timestamp.now()),
      [`${paths.visits(CLINIC)}/to-cancel`]: waitingVisit(),
      [`${paths.visits(CLINIC)}/to-claim`]: waitingVisit(),
    });
    const as = (role: Role) =>
      env.authenticatedContext(role, { role, clinicId: CLINIC }).firestore() as unknown as Firestore;
    const desk = as('receptionist');
    const doctor = as('checkerDoctor');
    const admin = as('admin');
    const since = startOfClinicDay(new Date(), { timezone: TIMEZONE });

    const requests: [Role, string, () => Promise<unknown>][] = [
      ['receptionist', 'get the clinic document', () => getDoc(doc(desk, paths.clinic(CLINIC)))],
      ['receptionist', 'get their own staff record', () => getDoc(doc(desk, `${paths.staff(CLINIC)}/receptionist`))],
      [
        'receptionist',
        'patientSearch query',
        () => getDocs(toQuery(desk, queries.patientSearch(CLINIC, patientSearch('maria')?.key ?? ''))),
      ],
      [
        'receptionist',
        'duplicatePatients query',
        () =>
          getDocs(
            toQuery(desk, queries.duplicatePatients(CLINIC, patientNameKey(PATIENT.fullName), PATIENT.dateOfBirth)),
          ),
      ],
      ['receptionist', 'todayQueue query', () => getDocs(toQuery(desk, queries.todayQueue(CLINIC, since)))],
      [
        'receptionist',
        'register a patient and open the visit (one batch of 2 writes)',
        () => {
          const batch = writeBatch(desk);
          const patient = doc(collection(desk, paths.patients(CLINIC)));
          batch.set(patient, newPatientDoc(PATIENT, 'receptionist', serverTimestamp()));
          batch.set(
            doc(collection(desk, paths.visits(CLINIC))),
            newVisitDoc({ id: patient.id, fullName: PATIENT.fullName }, VISIT, 'receptionist', serverTimestamp()),
          );
          return batch.commit();
        },
      ],
      [
        'receptionist',
        'cancel a waiting visit',
        () =>
          updateDoc(
            doc(desk, `${paths.visits(CLINIC)}/to-cancel`),
            transitionUpdate('cancel', 'receptionist', serverTimestamp()),
          ),
      ],
      ['checkerDoctor', 'get a patient', () => getDoc(doc(doctor, `${paths.patients(CLINIC)}/${PATIENT_ID}`))],
      ['checkerDoctor', 'openVisits query', () => getDocs(toQuery(doctor, queries.openVisits(CLINIC)))],
      [
        'checkerDoctor',
        'claim a visit (transaction: read, then update)',
        () =>
          runTransaction(doctor, async (tx) => {
            const ref = doc(doctor, `${paths.visits(CLINIC)}/to-claim`);
            await tx.get(ref);
            tx.update(ref, transitionUpdate('claim', 'checkerDoctor', serverTimestamp()));
          }),
      ],
      ['admin', 'staffList query', () => getDocs(toQuery(admin, queries.staffList(CLINIC)))],
    ];
    const rows: RulesReadsRow[] = [];
    for (const [actor, request, run] of requests) rows.push({ actor, request, staffReads: await measure(run) });

    const newVisit = (i: number) => ({ [`${paths.visits(CLINIC)}/arrival-${i}`]: waitingVisit() });
    const listeners: ListenerReadsRow[] = [
      {
        actor: 'checkerDoctor',
        listener: 'openVisits (dashboard list)',
        ...(await measureListener(env, listenTo(toQuery(doctor, queries.openVisits(CLINIC))), (i) =>
          newVisit(100 + i),
        )),
      },
      {
        actor: 'checkerDoctor',
        listener: 'notificationsSince (dashboard arrivals)',
        ...(await measureListener(env, listenTo(toQuery(doctor, queries.notificationsSince(CLINIC, since))), (i) => ({
          [`${paths.notifications(CLINIC)}/arrival-${i}`]: notification(`arrival-${i}`),
        }))),
      },
      {
        actor: 'receptionist',
        listener: "todayQueue (front desk's queue)",
        ...(await measureListener(env, listenTo(toQuery(desk, queries.todayQueue(CLINIC, since))), (i) =>
          newVisit(200 + i),
        )),
      },
      {
        actor: 'receptionist',
        listener: 'own staff record (claims watcher)',
        ...(await measureListener(env, listenToDoc(doc(desk, `${paths.staff(CLINIC)}/receptionist`)), () => ({
          [`${paths.staff(CLINIC)}/receptionist`]: staff('receptionist'),
        }))),
      },
    ];
    return { requests: rows, listeners };
  } finally {
    await env.cleanup();
  }
}
