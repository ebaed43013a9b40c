import { NOBODY } from '../actors';
import { accountDoc, SEEDED_ACCOUNT } from '../fixtures';
import { functionWrittenRows, type MatrixTable } from '../matrix';

/**
 * accounts/{uid}, the account registry: only functions and admin tooling touch it. The rules never
 * name it, so deny by default keeps every client out, a member reading or claiming their own included.
 */
export const accountsMatrix: MatrixTable = {
  collection: 'accounts',
  rows: functionWrittenRows({
    collectionPath: 'accounts',
    noun: 'an account registry entry',
    plural: 'the account registry',
    seededPath: SEEDED_ACCOUNT,
    make: accountDoc,
    change: { clinicId: 'clinic-b' },
    getters: NOBODY,
    listers: NOBODY,
  }),
};
