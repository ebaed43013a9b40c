/**
 * Brings every stored patient's derived fields (searchKeys, nameKey) up to the way the current
 * code builds them (patientIndexFields), for patients written before a change to search or to the
 * duplicate check. Idempotent: a patient whose fields already match is not written, so a second
 * run writes nothing. A patient edited while the run is going keeps its edit: each write is
 * conditional on the document being unchanged since it was read (the edit came from a client
 * that already writes the new fields).
 */
import { FieldPath, GrpcStatus, type Firestore, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { patientIndexFields } from '@clinicflow/shared/documents';
import type { PatientDoc } from '@clinicflow/shared/model';

export interface ReindexResult {
  scanned: number;
  updated: number;
  /** Changed by someone else between read and write: left as they are. */
  skipped: number;
}

const PAGE_SIZE = 300;
/** The write's precondition failed: the patient was updated after it was read. */
const EDITED_SINCE_READ = GrpcStatus.FAILED_PRECONDITION;

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

export async function reindexPatients(db: Firestore): Promise<ReindexResult> {
  const result: ReindexResult = { scanned: 0, updated: 0, skipped: 0 };
  const failures: Error[] = [];
  const writer = db.bulkWriter();
  writer.onWriteError((error) => error.code !== EDITED_SINCE_READ && error.failedAttempts < 5);
  let after: QueryDocumentSnapshot | undefined;
  for (;;) {
    let page = db.collectionGroup('patients').orderBy(FieldPath.documentId()).limit(PAGE_SIZE);
    if (after) page = page.startAfter(after);
    const { docs } = await page.get();
    for (const snapshot of docs) {
      result.scanned++;
      const patient = snapshot.data() as PatientDoc;
      const fields = patientIndexFields(patient);
      if (sameList(patient.searchKeys, fields.searchKeys) && patient.nameKey === fields.nameKey) continue;
      writer.update(snapshot.ref, fields, { lastUpdateTime: snapshot.updateTime }).then(
        () => result.updated++,
        (error: unknown) => {
          if ((error as { code?: unknown }).code === EDITED_SINCE_READ) result.skipped++;
          else failures.push(error as Error);
        },
      );
    }
    if (docs.length < PAGE_SIZE) break;
    after = docs.at(-1);
  }
  await writer.close();
  if (failures.length > 0) throw new Error(`${failures.length} patients could not be updated: ${failures[0]?.message}`);
  return result;
}
