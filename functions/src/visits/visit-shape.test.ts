import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { newVisitDoc } from '@clinicflow/shared/documents';
import { parseArrivingVisit } from './visit-shape';

const visit = newVisitDoc(
  { id: 'p1', fullName: 'Maria Garcia' },
  { reason: 'Fever', priority: 'urgent' },
  'desk',
  Timestamp.now(),
);

describe('parseArrivingVisit', () => {
  it('accepts a visit as the reception screen writes it', () => {
    expect(parseArrivingVisit(visit)).toMatchObject({ ok: true, value: { priority: 'urgent', status: 'waiting' } });
  });

  it('ignores a malformed dayKey rather than refusing the visit', () => {
    expect(parseArrivingVisit({ ...visit, dayKey: 'Tuesday' })).toMatchObject({
      ok: true,
      value: { dayKey: undefined },
    });
  });

  it('refuses a missing document, naming it', () => {
    expect(parseArrivingVisit(undefined)).toEqual({ ok: false, problem: 'invalid or missing: (document)' });
  });

  it('refuses a bad priority, a missing status or a client-side date, naming each field once', () => {
    expect(parseArrivingVisit({ ...visit, status: undefined, priority: 'asap', createdAt: new Date() })).toEqual({
      ok: false,
      problem: 'invalid or missing: status, createdAt, priority',
    });
  });
});
