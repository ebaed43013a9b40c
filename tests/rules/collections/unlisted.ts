import { NOBODY } from '../actors';
import { SEEDED_UNLISTED, UNLISTED_COLLECTION } from '../fixtures';
import { functionWrittenRows, type MatrixTable } from '../matrix';

/** A collection the rules never name: deny by default, whoever asks. */
export const unlistedMatrix: MatrixTable = {
  collection: 'unlisted',
  rows: functionWrittenRows({
    collectionPath: UNLISTED_COLLECTION,
    noun: 'a document in a collection the rules do not name',
    plural: 'a collection the rules do not name',
    seededPath: SEEDED_UNLISTED,
    make: () => ({ note: 'anything' }),
    change: { note: 'changed' },
    getters: NOBODY,
    listers: NOBODY,
  }),
};
