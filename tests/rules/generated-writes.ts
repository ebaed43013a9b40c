/**
 * Bad input at scale: fast-check builds patient registrations and new visits, valid ones from
 * whatever the shared zod schemas accept, invalid ones by corrupting a valid document one to
 * three ways (wrong types, missing or extra keys, sizes past LIMITS, a bad search key or patientId
 * character, forged author, time, ticket, status or clinic). Every invalid write must be refused and every valid one accepted.
 */
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { collection, doc, setDoc, Timestamp, writeBatch, type DocumentData, type Firestore } from 'firebase/firestore';
import { LIMITS, PRIORITIES, VISIT_STATUSES } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { patientNameKey } from '@clinicflow/shared/search';
import {
  patientIdSchema,
  walkInPatientSchema,
  searchKeysSchema,
  visitInputSchema,
  type PatientInput,
  type VisitInput,
} from '@clinicflow/shared/validation';
import { CLINIC_A, CLINIC_B, RECEPTIONIST_A } from './actors';
import { newPatient, newVisit, PATIENT_A, REMOVE, withChanges, type Changes } from './fixtures';
import { caseCounts, clientPool, expectOutcome } from './harness';

/** Documents per fast-check run, written side by side, one per pooled client. */
const CHUNK = 10;
/** fast-check runs per property: each run writes CHUNK documents (valid visits also write their patient). */
const NUM_RUNS = { invalidPatients: 60, invalidVisits: 60, validPatients: 25, validVisits: 25 } as const;
/**
 * No shrinking: a run is a chunk of documents written at once, and the failure already names the
 * document and its corruptions; fast-check prints the seed to replay the run.
 */
const RUN_OPTIONS = { endOnFailure: true } as const;

const AUTHOR = RECEPTIONIST_A;
const PATIENT_KEYS = ['fullName', 'phone', 'dateOfBirth', 'searchKeys', 'nameKey', 'createdAt', 'createdBy'] as const;
const VISIT_KEYS = [
  'patientId',
  'patientName',
  'reason',
  'priority',
  'status',
  'ticket',
  'createdAt',
  'createdBy',
] as const;

// ── Valid input: anything the forms' zod schemas accept ──────────────────────────────────────

const LETTERS = Array.from('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ');
/** One code point each: accents, dotted and dotless i, Greek, Cyrillic, Han, Arabic. */
const WORLD_LETTERS = Array.from('áéíóúñÑÁÉÜçøßİıΣσωЖя李王نا');
const nameText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...LETTERS, ...WORLD_LETTERS, ' ', ' ', '-', "'", '.'), maxLength: 110 }),
  fc.string({ unit: 'binary', maxLength: 110 }),
);
const asciiName = fc
  .string({ unit: fc.constantFrom(...LETTERS, ' ', '-', "'"), minLength: LIMITS.nameMin, maxLength: LIMITS.nameMax })
  .filter((s) => s.trim().length >= LIMITS.nameMin);

const patientInput: fc.Arbitrary<PatientInput> = fc
  .record({
    fullName: nameText,
    // Left out (null) now and then: an emergency walk-in's record.
    phone: fc.option(
      fc
        .tuple(
          fc.boolean(),
          fc.string({ unit: fc.constantFrom(...Array.from('0123456789 ()-')), minLength: 6, maxLength: 22 }),
        )
        .map(([plus, rest]) => `${plus ? '+' : ''}${rest}`),
      { freq: 5 },
    ),
    dateOfBirth: fc.option(
      fc
        .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date(Date.now() - 86_400_000), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      { freq: 5 },
    ),
  })
  .filter((raw) => walkInPatientSchema.safeParse(raw).success)
  .map((raw) => walkInPatientSchema.parse(raw));

const visitInput: fc.Arbitrary<VisitInput> = fc
  .record({
    reason: fc.oneof(fc.string({ maxLength: 520 }), fc.string({ unit: 'binary', maxLength: 520 })),
    priority: fc.constantFrom(...PRIORITIES),
  })
  .filter((raw) => visitInputSchema.safeParse(raw).success)
  .map((raw) => visitInputSchema.parse(raw));

// ── Corruptions: each one alone makes a document invalid, and none undoes another ───────────

interface Corruption {
  what: string;
  changes?: Changes;
  /** Written into another clinic than the author's. */
  clinicId?: string;
}

const fieldName = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_]{0,15}$/);
const timestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => Timestamp.fromDate(d));
const nonString = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fieldName, fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  timestamp,
);
const nonList = fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean(), fc.constant(null), timestamp);
const nonTimestamp = fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const anyValue = fc.oneof(fc.string({ maxLength: 20 }), nonString);
const otherUid = fc.string({ minLength: 1, maxLength: 30 }).filter((uid) => uid !== AUTHOR.uid);
const ascii = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...LETTERS), minLength: min, maxLength: max });
const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...Array.from('0123456789')), minLength: Math.max(min, 0), maxLength: max });

function set(field: string, value: fc.Arbitrary<unknown>, what: string): fc.Arbitrary<Corruption> {
  return value.map((v) => ({ what: `${field}: ${what}`, changes: { [field]: v } }));
}

function sharedCorruptions(keys: readonly string[], stringKeys: readonly string[]): fc.Arbitrary<Corruption>[] {
  return [
    fc.constantFrom(...keys).map((k) => ({ what: `${k}: missing`, changes: { [k]: REMOVE } })),
    fc
      .tuple(
        fc.oneof(
          fc.constantFrom(
            'ticket',
            'ticketNumber',
            'dayKey',
            'clinicId',
            'role',
            'claimedBy',
            'claimedAt',
            'completedAt',
          ),
          fieldName,
        ),
        anyValue,
      )
      .filter(([k]) => !keys.includes(k))
      .map(([k, v]) => ({ what: `extra key ${k}`, changes: { [k]: v } })),
    fc
      .tuple(fc.constantFrom(...stringKeys), nonString)
      .map(([k, v]) => ({ what: `${k}: not a string`, changes: { [k]: v } })),
    set('createdAt', nonTimestamp, 'not a timestamp'),
    set('createdAt', timestamp, 'a client-chosen time, not request.time'),
    set('createdBy', otherUid, 'someone else'),
    fc.constant({ what: "written into another clinic's collection", clinicId: CLINIC_B }),
  ];
}

const patientCorruption: fc.Arbitrary<Corruption> = fc.oneof(
  ...sharedCorruptions(PATIENT_KEYS, ['fullName', 'nameKey', 'createdBy']),
  // Null is a walk-in's "not given"; anything else that is not a string is refused.
  fc
    .tuple(
      fc.constantFrom('phone', 'dateOfBirth'),
      nonString.filter((v) => v !== null),
    )
    .map(([k, v]) => ({ what: `${k}: neither a string nor null`, changes: { [k]: v } })),
  set('searchKeys', nonList, 'not a list'),
  set(
    'searchKeys',
    fc.array(ascii(1, 5), { minLength: LIMITS.searchKeysMax + 1, maxLength: LIMITS.searchKeysMax + 40 }),
    'too many',
  ),
  set(
    'searchKeys',
    fc
      .tuple(
        fc.array(ascii(1, LIMITS.searchKeyMax), { maxLength: 20 }),
        fc.oneof(
          fc.string({ minLength: LIMITS.searchKeyMax + 1, maxLength: LIMITS.searchKeyMax + 40 }),
          fc.constant(''),
          fc.tuple(ascii(1, 10), ascii(1, 10)).map(([a, b]) => `${a} ${b}`),
          fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), timestamp),
        ),
        fc.array(ascii(1, LIMITS.searchKeyMax), { maxLength: 20 }),
      )
      .map(([before, bad, after]) => [...before, bad, ...after])
      .filter((keys) => !searchKeysSchema.safeParse(keys).success),
    'a key that is empty, oversized, has a space or is not a string',
  ),
  set('fullName', ascii(LIMITS.nameMax + 1, LIMITS.nameMax + 60), 'too long'),
  set('fullName', ascii(0, LIMITS.nameMin - 1), 'too short'),
  set('nameKey', ascii(LIMITS.nameKeyMax + 1, LIMITS.nameKeyMax + 40), 'too long'),
  set('phone', digits(LIMITS.phoneMax + 1, LIMITS.phoneMax + 20), 'too long'),
  set('phone', digits(0, LIMITS.phoneMin - 1), 'too short'),
  set(
    'phone',
    fc.tuple(digits(3, 8), fc.constantFrom(...LETTERS, '#', '*', '.', '/'), digits(3, 8)).map((p) => p.join('')),
    'a character a phone number does not have',
  ),
  set(
    'dateOfBirth',
    fc
      .oneof(
        fc.string({ maxLength: 12 }),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        fc.constantFrom('1984-13-09', '1984-00-10', '1984-02-32', '84-03-09'),
      )
      .filter((s) => !/^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/.test(s)),
    'not a YYYY-MM-DD date',
  ),
  fc
    .tuple(asciiName, fc.string({ minLength: LIMITS.nameMin, maxLength: 40 }))
    .filter(([name, key]) => key !== patientNameKey(name))
    .map(([name, key]) => ({ what: 'nameKey: not the normalized name', changes: { fullName: name, nameKey: key } })),
);

const visitCorruption: fc.Arbitrary<Corruption> = fc.oneof(
  set(
    'patientDetailsMissing',
    anyValue.filter((v) => v !== true),
    'anything but true (absent means the details are complete)',
  ),
  ...sharedCorruptions(VISIT_KEYS, ['patientId', 'patientName', 'reason', 'priority', 'status', 'createdBy']),
  set(
    'status',
    fc.oneof(fc.constantFrom(...VISIT_STATUSES), fc.string()).filter((s) => s !== 'waiting'),
    'not waiting',
  ),
  set(
    'priority',
    fc.string().filter((s) => !(PRIORITIES as readonly string[]).includes(s)),
    'not a priority',
  ),
  fc
    .integer({ min: 1, max: 9999 })
    .map((n) => ({ what: 'a ticket forged by the client', changes: { ticket: `A-${n}` } })),
  set('reason', fc.string({ minLength: LIMITS.reasonMax + 1, maxLength: LIMITS.reasonMax + 80 }), 'too long'),
  set('reason', fc.constant(''), 'empty'),
  set('patientName', ascii(LIMITS.nameMax + 1, LIMITS.nameMax + 40), 'too long'),
  set(
    'patientName',
    asciiName.filter((n) => n !== PATIENT_A.fullName),
    "not the patient's name",
  ),
  set('patientId', ascii(LIMITS.idMax + 1, LIMITS.idMax + 40), 'too long'),
  set(
    'patientId',
    fc
      .tuple(ascii(0, 10), fc.string({ minLength: 1, maxLength: 3 }), ascii(0, 10))
      .map((parts) => parts.join(''))
      .filter((id) => !patientIdSchema.safeParse(id).success),
    'a character outside [A-Za-z0-9_-]',
  ),
  set(
    'patientId',
    ascii(1, 20).map((id) => `ghost-${id}`),
    'no such patient',
  ),
);

interface GeneratedWrite {
  clinicId: string;
  data: DocumentData;
  corruptions: string[];
}

function corrupted(
  base: fc.Arbitrary<DocumentData>,
  corruption: fc.Arbitrary<Corruption>,
): fc.Arbitrary<GeneratedWrite> {
  return fc.tuple(base, fc.array(corruption, { minLength: 1, maxLength: 3 })).map(([data, corruptions]) => ({
    clinicId: corruptions.find((c) => c.clinicId)?.clinicId ?? CLINIC_A,
    data: corruptions.reduce((d, c) => withChanges(d, c.changes ?? {}), data),
    corruptions: corruptions.map((c) => c.what),
  }));
}

const invalidPatient = corrupted(
  patientInput.map((input) => newPatient(input, AUTHOR.uid)),
  patientCorruption,
);
const invalidVisit = corrupted(
  visitInput.map((input) => newVisit(PATIENT_A, AUTHOR.uid, input)),
  visitCorruption,
);

// ── Running chunks side by side ──────────────────────────────────────────────────────────────

const chunkOf = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: CHUNK, maxLength: CHUNK });

/** Runs one write per pooled client; a wrong outcome names the document that caused it. */
async function runChunk<T>(
  pool: Firestore[],
  items: T[],
  allowed: boolean,
  write: (db: Firestore, item: T) => Promise<unknown>,
) {
  await Promise.all(
    items.map(async (item, i) => {
      const db = pool[i % pool.length];
      if (!db) throw new Error('empty client pool');
      try {
        await expectOutcome(allowed, write(db, item));
      } catch (error) {
        throw new Error(`${(error as Error).message}\n  for ${JSON.stringify(item)}`);
      }
    }),
  );
}

const writeOne = (collectionPath: (clinicId: string) => string) => (db: Firestore, w: GeneratedWrite) =>
  setDoc(doc(collection(db, collectionPath(w.clinicId))), w.data);

/** A visit opened together with its new patient, as the reception desk does for a first visit. */
function openWithNewPatient(db: Firestore, [patientIn, visitIn]: [PatientInput, VisitInput]): Promise<void> {
  const batch = writeBatch(db);
  const patientRef = doc(collection(db, paths.patients(CLINIC_A)));
  batch.set(patientRef, newPatient(patientIn, AUTHOR.uid));
  const patient = { clinicId: CLINIC_A, id: patientRef.id, fullName: patientIn.fullName };
  batch.set(doc(collection(db, paths.visits(CLINIC_A))), newVisit(patient, AUTHOR.uid, visitIn));
  return batch.commit();
}

const validPatient: fc.Arbitrary<GeneratedWrite> = patientInput.map((input) => ({
  clinicId: CLINIC_A,
  data: newPatient(input, AUTHOR.uid),
  corruptions: [],
}));

export function describeGeneratedWrites(): void {
  describe('generated writes (fast-check)', () => {
    let pool: Firestore[] = [];
    beforeAll(() => {
      pool = clientPool(AUTHOR, CHUNK);
    });

    /** `numRuns` runs of CHUNK items each; every item writes `docsPerItem` documents. */
    function property<T>(
      what: string,
      items: fc.Arbitrary<T>,
      spec: { numRuns: number; allowed: boolean; docsPerItem: number },
      write: (db: Firestore, item: T) => Promise<unknown>,
    ): void {
      it(`${spec.allowed ? 'accepts' : 'refuses'} ${spec.numRuns * CHUNK} ${what}`, async () => {
        await fc.assert(
          fc.asyncProperty(chunkOf(items), async (chunk) => {
            await runChunk(pool, chunk, spec.allowed, write);
            caseCounts[spec.allowed ? 'generatedAccepted' : 'generatedRefused'] += chunk.length * spec.docsPerItem;
          }),
          { ...RUN_OPTIONS, numRuns: spec.numRuns },
        );
      });
    }

    const refused = { allowed: false, docsPerItem: 1 };
    property(
      'generated invalid patient registrations',
      invalidPatient,
      { ...refused, numRuns: NUM_RUNS.invalidPatients },
      writeOne(paths.patients),
    );
    property(
      'generated invalid new visits',
      invalidVisit,
      { ...refused, numRuns: NUM_RUNS.invalidVisits },
      writeOne(paths.visits),
    );
    property(
      'generated valid patient registrations',
      validPatient,
      { allowed: true, docsPerItem: 1, numRuns: NUM_RUNS.validPatients },
      writeOne(paths.patients),
    );
    property(
      'generated valid visits, each opened with its new patient in one batch',
      fc.tuple(patientInput, visitInput),
      { allowed: true, docsPerItem: 2, numRuns: NUM_RUNS.validVisits },
      openWithNewPatient,
    );
  });
}
