/**
 * The access matrix: each collection file states its policy as rows (an operation, what is
 * attempted, and who is allowed); this runs every row as every actor, each on its own seeded
 * document, so no cell depends on another.
 */
import { beforeAll, describe, it } from 'vitest';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  setDoc,
  updateDoc,
  type DocumentData,
  type Firestore,
} from 'firebase/firestore';
import { ACTORS, type Actor } from './actors';
import { caseCounts, clientFor, expectOutcome, outcomeWord, seed } from './harness';

export const OPERATIONS = ['get', 'list', 'create', 'update', 'delete'] as const;
export type Operation = (typeof OPERATIONS)[number];

export interface Cell {
  actor: Actor;
  db: Firestore;
  /** Unique to this row and actor: the document a write creates, or the one seeded for it. */
  docId: string;
}

export interface MatrixRow {
  op: Operation;
  /** Completes "<actor> can/cannot …", e.g. "cancel a waiting visit". */
  what: string;
  allowed: readonly Actor[];
  /** Documents this cell's attempt needs in place, by path. */
  seed?: (docId: string, actor: Actor) => Record<string, DocumentData>;
  attempt: (cell: Cell) => Promise<unknown>;
}

export interface MatrixTable {
  collection: string;
  rows: readonly MatrixRow[];
}

export function describeMatrix(table: MatrixTable): void {
  const missing = OPERATIONS.filter((op) => !table.rows.some((row) => row.op === op));
  if (missing.length > 0) throw new Error(`The ${table.collection} matrix has no row for: ${missing.join(', ')}`);
  const cells = table.rows.flatMap((row, index) =>
    ACTORS.map((actor) => ({ row, actor, docId: `${table.collection}-${row.op}-${index}-${actor.key}` })),
  );

  describe(`${table.collection}: every actor × every operation`, () => {
    beforeAll(async () => {
      const docs: Record<string, DocumentData> = {};
      for (const { row, actor, docId } of cells) Object.assign(docs, row.seed?.(docId, actor));
      await seed(docs);
    });

    for (const { row, actor, docId } of cells) {
      const allowed = row.allowed.includes(actor);
      it(`${actor.label} ${outcomeWord(allowed)} ${row.what}`, async () => {
        caseCounts.matrix++;
        await expectOutcome(allowed, row.attempt({ actor, db: clientFor(actor), docId }));
      });
    }
  });
}

/** Who the table lets list a collection: the queries over it must agree. */
export function listReaders(table: MatrixTable): readonly Actor[] {
  const rows = table.rows.filter((row) => row.op === 'list');
  if (rows.length !== 1) throw new Error(`The ${table.collection} matrix needs exactly one list row`);
  return rows[0]?.allowed ?? [];
}

/**
 * The rows of a collection that only functions write: readers get the seeded document and list
 * the collection; nobody creates, changes or deletes a document (each cell its own).
 */
export function functionWrittenRows(spec: {
  collectionPath: string;
  noun: string;
  plural: string;
  seededPath: string;
  make: (docId: string) => DocumentData;
  change: DocumentData;
  getters: readonly Actor[];
  listers: readonly Actor[];
}): MatrixRow[] {
  const cellDoc = (db: Firestore, docId: string) => doc(db, `${spec.collectionPath}/${docId}`);
  const seedCell = (docId: string) => ({ [`${spec.collectionPath}/${docId}`]: spec.make(docId) });
  return [
    {
      op: 'get',
      what: `read ${spec.noun}`,
      allowed: spec.getters,
      attempt: ({ db }) => getDoc(doc(db, spec.seededPath)),
    },
    {
      op: 'list',
      what: `list ${spec.plural}`,
      allowed: spec.listers,
      attempt: ({ db }) => getDocs(collection(db, spec.collectionPath)),
    },
    {
      op: 'create',
      what: `write ${spec.noun}`,
      allowed: [],
      attempt: ({ db, docId }) => setDoc(cellDoc(db, docId), spec.make(docId)),
    },
    {
      op: 'update',
      what: `change ${spec.noun}`,
      allowed: [],
      seed: seedCell,
      attempt: ({ db, docId }) => updateDoc(cellDoc(db, docId), spec.change),
    },
    {
      op: 'delete',
      what: `delete ${spec.noun}`,
      allowed: [],
      seed: seedCell,
      attempt: ({ db, docId }) => deleteDoc(cellDoc(db, docId)),
    },
  ];
}
