/**
 * Named single cases, for what the matrix cannot say with one row per operation: one field
 * wrong at a time, each case on its own seeded documents, the outcome stated as data.
 */
import { beforeAll, describe, it } from 'vitest';
import type { DocumentData, Firestore } from 'firebase/firestore';
import type { Actor } from './actors';
import { caseCounts, clientFor, expectOutcome, seed } from './harness';

export interface NamedCase {
  /** The whole test name, a sentence. */
  name: string;
  actor: Actor;
  allowed: boolean;
  seed?: Record<string, DocumentData>;
  attempt: (db: Firestore) => Promise<unknown>;
}

export function describeCases(title: string, cases: readonly NamedCase[], counter: keyof typeof caseCounts): void {
  describe(title, () => {
    beforeAll(async () => {
      await seed(Object.assign({}, ...cases.map((c) => c.seed ?? {})) as Record<string, DocumentData>);
    });

    for (const c of cases) {
      it(c.name, async () => {
        caseCounts[counter]++;
        await expectOutcome(c.allowed, c.attempt(clientFor(c.actor)));
      });
    }
  });
}
