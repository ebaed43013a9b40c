/**
 * The reindex that brings patients written before the search change up to date: in a project of
 * its own, so the collection-group scan sees exactly the patients written here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { newPatientDoc, patientIndexFields } from '@clinicflow/shared/documents';
import type { PatientDoc } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { patientSearch } from '@clinicflow/shared/search';
import { reindexPatients } from '../../scripts/lib/reindex-patients';
import { clearEmulators } from '../../scripts/lib/seed';
import { adminDb } from './helpers';

const PROJECT = 'demo-clinicflow-reindex';
const db = adminDb(PROJECT);

const PATIENTS = [
  { fullName: 'Lucía Fernández', phone: '+34 622 480 915', dateOfBirth: '1979-06-21' },
  { fullName: 'Pedro Álvarez-Gómez', phone: '0034 655 987 654', dateOfBirth: '1952-01-30' },
  { fullName: 'İpek Yılmaz', phone: '+90 532 123 45 67', dateOfBirth: '1991-02-14' },
];

/** A patient as the desk wrote them before folding: keys lower-cased only, phone keys with the country code. */
function writtenBeforeFolding(input: (typeof PATIENTS)[number]): PatientDoc<Date> {
  const doc = newPatientDoc(input, 'desk', new Date());
  const words = input.fullName.toLowerCase().split(/\s+/);
  const digits = input.phone.replace(/\D/g, '');
  return {
    ...doc,
    searchKeys: [...words.flatMap((w) => Array.from(w, (_, i) => w.slice(0, i + 1))), digits.slice(0, 3), digits],
    nameKey: words.join(' '),
  };
}

const stored = async (clinicId: string) =>
  (await db.collection(paths.patients(clinicId)).get()).docs.map((d) => d.data() as PatientDoc);

describe('reindexPatients', () => {
  beforeAll(async () => {
    await clearEmulators(PROJECT);
    for (const [clinic, patients] of [
      ['madrid', PATIENTS.slice(0, 2)],
      ['istanbul', PATIENTS.slice(2)],
    ] as const) {
      for (const [i, patient] of patients.entries()) {
        await db.doc(`${paths.patients(clinic)}/p${i}`).set(writtenBeforeFolding(patient));
      }
    }
  });

  it('rewrites every clinic patient written before folding, and "lucia" then finds Lucía', async () => {
    const before = await stored('madrid');
    expect(before.some((p) => p.searchKeys.includes('lucia'))).toBe(false);

    expect(await reindexPatients(db)).toEqual({ scanned: 3, updated: 3, skipped: 0 });

    for (const clinic of ['madrid', 'istanbul']) {
      for (const patient of await stored(clinic)) {
        expect({ searchKeys: patient.searchKeys, nameKey: patient.nameKey }).toEqual(patientIndexFields(patient));
      }
    }
    const madrid = await db
      .collection(paths.patients('madrid'))
      .where('searchKeys', 'array-contains', patientSearch('lucia')?.key)
      .get();
    expect(madrid.docs.map((d) => (d.data() as PatientDoc).fullName)).toEqual(['Lucía Fernández']);
    const byPhone = await db
      .collection(paths.patients('madrid'))
      .where('searchKeys', 'array-contains', patientSearch('655 987')?.key)
      .get();
    expect(byPhone.docs.map((d) => (d.data() as PatientDoc).fullName)).toEqual(['Pedro Álvarez-Gómez']);
  });

  it('writes nothing the second time, and leaves the rest of each patient as it was', async () => {
    const before = await stored('madrid');
    expect(await reindexPatients(db)).toEqual({ scanned: 3, updated: 0, skipped: 0 });
    expect(await stored('madrid')).toEqual(before);
    expect(before.map((p) => p.fullName).sort()).toEqual(['Lucía Fernández', 'Pedro Álvarez-Gómez']);
  });
});
