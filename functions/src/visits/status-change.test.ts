import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { newVisitDoc, ticketUpdate } from '@clinicflow/shared/documents';
import { dayCloseUpdate, transitionUpdate } from '@clinicflow/shared/transitions';
import { auditEntryId, readStatusChange } from './status-change';

const createdAt = Timestamp.fromMillis(1_780_000_000_000);
const opened = newVisitDoc(
  { id: 'p1', fullName: 'Maria Garcia' },
  { reason: 'Fever', priority: 'urgent' },
  'desk',
  createdAt,
);
const waiting = { ...opened, ...ticketUpdate(1, '2026-05-28') };

describe('readStatusChange', () => {
  it('treats an update that keeps the status, such as the ticket, as no change at all', () => {
    expect(readStatusChange(opened, waiting)).toEqual({ kind: 'unchanged' });
  });

  it('reads a recall, which keeps the status but is stamped anew, as a change with no wait', () => {
    const calledAt = Timestamp.fromMillis(createdAt.toMillis() + 60_000);
    const called = { ...waiting, ...transitionUpdate({ action: 'call', room: 'Room 1' }, 'dr-1', calledAt) };
    const recalledAt = Timestamp.fromMillis(calledAt.toMillis() + 30_000);
    const recalled = { ...called, ...transitionUpdate('recall', 'dr-1', recalledAt) };
    expect(readStatusChange(called, recalled)).toMatchObject({
      kind: 'changed',
      change: { from: 'called', to: 'called', waitMs: null, by: 'dr-1', at: recalledAt },
    });
    expect(readStatusChange(called, { ...called, statusChangedAt: Timestamp.fromMillis(calledAt.toMillis()) })).toEqual(
      { kind: 'unchanged' },
    );
  });

  it('counts the wait from arrival to the call', () => {
    const calledAt = Timestamp.fromMillis(createdAt.toMillis() + 120_000);
    const called = { ...waiting, ...transitionUpdate({ action: 'call', room: 'Room 1' }, 'dr-1', calledAt) };
    expect(readStatusChange(waiting, called)).toMatchObject({
      change: { from: 'waiting', to: 'called', waitMs: 120_000 },
    });
  });

  it('reads a claim with its author, time and the wait since arrival', () => {
    const claimedAt = Timestamp.fromMillis(createdAt.toMillis() + 300_000);
    const after = { ...waiting, ...transitionUpdate('claim', 'dr-1', claimedAt) };
    expect(readStatusChange(waiting, after)).toEqual({
      kind: 'changed',
      change: {
        from: 'waiting',
        to: 'in_review',
        waitMs: 300_000,
        seen: null,
        by: 'dr-1',
        at: claimedAt,
        createdAt,
        dayKey: '2026-05-28',
      },
    });
  });

  it('counts no wait for changes other than a claim, nor for a claim without its time', () => {
    const done = readStatusChange({ ...waiting, status: 'in_review' }, { ...waiting, status: 'done' });
    const unstamped = readStatusChange(waiting, { ...waiting, status: 'in_review' });
    for (const reading of [done, unstamped]) {
      expect(reading.kind === 'changed' && reading.change.waitMs).toBeNull();
    }
  });

  it('reads a completion as the claiming doctor’s patient seen, with their time, untimed when the day close ended it', () => {
    const claimedAt = Timestamp.fromMillis(createdAt.toMillis() + 300_000);
    const inReview = { ...waiting, ...transitionUpdate('claim', 'dr-1', claimedAt) };
    const completedAt = Timestamp.fromMillis(claimedAt.toMillis() + 420_000);
    const completed = readStatusChange(inReview, { ...inReview, ...transitionUpdate('complete', 'dr-1', completedAt) });
    expect(completed.kind === 'changed' && completed.change.seen).toEqual({ doctor: 'dr-1', withPatientMs: 420_000 });
    const closed = readStatusChange(inReview, { ...inReview, ...dayCloseUpdate('in_review', completedAt) });
    expect(closed.kind === 'changed' && closed.change.seen).toEqual({ doctor: 'dr-1', withPatientMs: null });
  });

  it('records a change whose stamps are missing or malformed as by "unknown" at an unknown time', () => {
    const reading = readStatusChange(waiting, {
      ...waiting,
      status: 'cancelled',
      statusChangedBy: 42,
      statusChangedAt: 'now',
    });
    expect(reading).toMatchObject({ kind: 'changed', change: { by: 'unknown', at: null } });
  });

  it('keeps the day of the visit before the change when the ticket had not landed on the new state', () => {
    const reading = readStatusChange(waiting, { ...waiting, dayKey: undefined, status: 'cancelled' });
    expect(reading.kind === 'changed' && reading.change.dayKey).toBe('2026-05-28');
  });

  it('names the bad fields, and never their values, when a side does not parse', () => {
    const reading = readStatusChange(waiting, { ...waiting, status: 'teleported', createdAt: 'yesterday' });
    expect(reading).toEqual({ kind: 'invalid', problem: 'after: invalid or missing: status, createdAt' });
    expect(JSON.stringify(reading)).not.toMatch(/Maria|Fever|teleported|yesterday/);
  });
});

describe('auditEntryId', () => {
  it('is the same for the same event, differs between events and is a valid document id', () => {
    expect(auditEntryId('event-1')).toBe(auditEntryId('event-1'));
    expect(auditEntryId('event-1')).not.toBe(auditEntryId('event-2'));
    expect(auditEntryId('projects/p/events/1')).toMatch(/^[0-9a-f]{40}$/);
  });
});
