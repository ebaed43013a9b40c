/**
 * The waiting-room board keeper against the emulators: the board follows the visits, shows
 * tickets and rooms only, keeps waiting tickets in number order whatever their priority, and
 * converges on the visits' final state under racing writes and replayed rebuilds. The calls are
 * made with the admin SDK (status 'called', room, calledAt), as the calling core will write them.
 */
import { describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import { confirmPasswordReset, sendPasswordResetEmail } from 'firebase/auth';
import { collection, doc, getDoc, getDocs } from 'firebase/firestore';
import {
  BOARD_ID,
  BOARD_RECENT_CALLS,
  boardDocSchema,
  boardVisitOf,
  buildBoard,
  type BoardDoc,
} from '@clinicflow/shared/board';
import { clinicDayOf, startOfClinicDay } from '@clinicflow/shared/clinic-time';
import { newVisitDoc, ticketUpdate } from '@clinicflow/shared/documents';
import type { Priority } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { dayKey } from '@clinicflow/shared/tickets';
import { keepBoard } from '../../functions/src/board/keep-board';
import { eventually } from '../helpers/clients';
import { passwordResetEmail } from '../helpers/oob-codes';
import {
  PATIENT_ID,
  TEST_PATIENT,
  adminAuth,
  adminDb,
  createClinic,
  createStaff,
  registerVisit,
  signedInClients,
  staffApi,
  staffMirror,
  ticketedVisits,
} from './helpers';

const signIn = signedInClients();
const TIMEZONE = 'Europe/Madrid';
const REASON = 'Chest pain since this morning';

const boardPath = (clinicId: string) => `${paths.board(clinicId)}/${BOARD_ID}`;

async function readBoard(clinicId: string): Promise<BoardDoc<Timestamp> | undefined> {
  return (await adminDb().doc(boardPath(clinicId)).get()).data() as BoardDoc<Timestamp> | undefined;
}

/** Waits until the stored board satisfies `ok`; returns it. */
function boardWhen(clinicId: string, what: string, ok: (board: BoardDoc<Timestamp>) => boolean, timeoutMs = 20_000) {
  return eventually(
    `${clinicId}'s board: ${what}`,
    async () => {
      const board = await readBoard(clinicId);
      return board && ok(board) ? board : undefined;
    },
    timeoutMs,
  );
}

/** A visit made straight in the database with its ticket already on, as the ticket function leaves it. */
async function ticketedVisit(clinicId: string, n: number, priority: Priority = 'normal'): Promise<string> {
  const id = `visit-${n}`;
  const now = new Date();
  await adminDb()
    .doc(`${paths.visits(clinicId)}/${id}`)
    .set({
      ...newVisitDoc(TEST_PATIENT, { reason: REASON, priority }, 'desk', Timestamp.fromDate(now)),
      ...ticketUpdate(n, dayKey(now, TIMEZONE)),
    });
  return id;
}

/** The visit called to `room` now (what the calling core writes), with the admin SDK. */
function call(clinicId: string, visitId: string, room: string) {
  return adminDb()
    .doc(`${paths.visits(clinicId)}/${visitId}`)
    .update({ status: 'called', room, calledAt: Timestamp.now() });
}

/** What the board must show for the clinic's visits as they are now, from the same pure builder. */
async function expectedBoard(clinicId: string) {
  const visits = (await adminDb().collection(paths.visits(clinicId)).get()).docs.map((d) => boardVisitOf(d.data()));
  const present = visits.filter((v) => v !== null);
  const midnight = startOfClinicDay(new Date(), { timezone: TIMEZONE }).getTime();
  const board = buildBoard(
    {
      open: present.filter((v) => v.status === 'waiting' || v.status === 'called'),
      calledToday: present.filter((v) => v.calledAtMs !== null && v.calledAtMs >= midnight),
      dayKey: clinicDayOf(new Date(), { timezone: TIMEZONE }),
      timezone: TIMEZONE,
      language: 'en',
      readAt: 0,
    },
    (ms) => ms,
  );
  return shown(board, (ms) => ms);
}

/** What a board shows, times as milliseconds, without its reading time. */
function shown<T>(board: BoardDoc<T>, millis: (t: T) => number) {
  const calls = (list: BoardDoc<T>['called']) =>
    list.map((c) => ({ ticket: c.ticket, room: c.room, at: millis(c.at) }));
  return { waiting: board.waiting, called: calls(board.called), recentCalls: calls(board.recentCalls) };
}
const shownStored = (board: BoardDoc<Timestamp>) => shown(board, (t) => t.toMillis());

describe('the waiting-room display account', () => {
  it('is added by the admin like any member, sets its password from the email, and reads the board alone', async () => {
    const clinicId = 'board-account';
    await createClinic(clinicId, TIMEZONE);
    const admin = await signIn((await createStaff(clinicId, 'admin', 'boss')).email);
    const email = 'tv@board-account.test';
    const added = await staffApi(admin.app).addStaff({ email, displayName: 'Waiting room TV', role: 'display' });
    const { uid } = added.data;
    expect((await adminAuth().getUser(uid)).customClaims).toEqual({ role: 'display', clinicId });
    expect(await staffMirror(clinicId, uid)).toMatchObject({ role: 'display', active: true });

    // The password-setup email, as for every member, sent from the admin's browser.
    await sendPasswordResetEmail(admin.auth, email);
    const { oobCode } = await passwordResetEmail(email);
    await confirmPasswordReset(admin.auth, oobCode, 'a-good-tv-password');
    const tv = await signIn(email, 'a-good-tv-password');

    await ticketedVisit(clinicId, 1);
    await boardWhen(clinicId, 'built', (b) => b.waiting.length === 1);
    expect((await getDoc(doc(tv.db, boardPath(clinicId)))).get('waiting')).toEqual(['A-001']);
    expect((await getDoc(doc(tv.db, `${paths.staff(clinicId)}/${uid}`))).get('role')).toBe('display');
    const refused = [
      paths.clinic(clinicId),
      `${paths.visits(clinicId)}/visit-1`,
      `${paths.patients(clinicId)}/${PATIENT_ID}`,
    ];
    for (const path of refused) {
      await expect(getDoc(doc(tv.db, path)), path).rejects.toMatchObject({ code: 'permission-denied' });
    }
    await expect(getDocs(collection(tv.db, paths.visits(clinicId)))).rejects.toMatchObject({
      code: 'permission-denied',
    });
  });
});

describe('the waiting-room board', () => {
  it('shows ticket → room for a call, to the display, with no name, reason or priority', async () => {
    const clinicId = 'board-call';
    await createClinic(clinicId, TIMEZONE);
    const desk = await signIn((await createStaff(clinicId, 'receptionist', 'desk')).email);
    const display = await signIn((await createStaff(clinicId, 'display', 'wall')).email);
    const first = await registerVisit(desk, clinicId, 'emergency');
    const second = await registerVisit(desk, clinicId, 'normal');
    const [called, waiting] = await ticketedVisits(clinicId, [first, second]);

    await call(clinicId, first, 'Room 3');
    const board = await boardWhen(clinicId, 'the call shown', (b) => b.called.length === 1);
    expect(board.called.map((c) => [c.ticket, c.room])).toEqual([[called?.ticket, 'Room 3']]);
    expect(board.recentCalls.map((c) => [c.ticket, c.room])).toEqual([[called?.ticket, 'Room 3']]);
    expect(board.waiting).toEqual([waiting?.ticket]);
    expect(board).toMatchObject({
      timezone: TIMEZONE,
      language: 'en',
      dayKey: clinicDayOf(new Date(), { timezone: TIMEZONE }),
    });

    // The display reads it through the rules, and what it gets holds nothing about the patient.
    const seen = (await getDoc(doc(display.db, boardPath(clinicId)))).data();
    expect(boardDocSchema.safeParse(seen).success).toBe(true);
    const text = JSON.stringify(seen);
    for (const secret of [TEST_PATIENT.fullName, REASON, 'emergency', 'normal', 'priority', 'patient', first]) {
      expect(text).not.toContain(secret);
    }
  });

  it('lists waiting tickets by number, not by priority, and drops a called ticket once it is seen in', async () => {
    const clinicId = 'board-order';
    await createClinic(clinicId, TIMEZONE);
    await ticketedVisit(clinicId, 1, 'normal');
    await ticketedVisit(clinicId, 2, 'emergency');
    await ticketedVisit(clinicId, 3, 'urgent');
    await ticketedVisit(clinicId, 4, 'emergency');
    await boardWhen(clinicId, 'four waiting', (b) => b.waiting.length === 4);
    expect((await readBoard(clinicId))?.waiting).toEqual(['A-001', 'A-002', 'A-003', 'A-004']);

    await call(clinicId, 'visit-2', 'Room 1');
    await boardWhen(clinicId, 'A-002 called', (b) => b.called.some((c) => c.ticket === 'A-002'));
    await adminDb()
      .doc(`${paths.visits(clinicId)}/visit-2`)
      .update({ status: 'in_review' });
    const board = await boardWhen(clinicId, 'A-002 in review', (b) => b.called.length === 0);
    expect(board.waiting).toEqual(['A-001', 'A-003', 'A-004']);
    // Still among the last calls: the room it went to stays on the screen a while.
    expect(board.recentCalls.map((c) => c.ticket)).toEqual(['A-002']);
  });

  it('keeps the last calls, newest first, a recall moving its ticket to the top', async () => {
    const clinicId = 'board-recent';
    await createClinic(clinicId, TIMEZONE);
    const count = BOARD_RECENT_CALLS + 2;
    for (let n = 1; n <= count; n++) await ticketedVisit(clinicId, n);
    for (let n = 1; n <= count; n++) await call(clinicId, `visit-${n}`, `Room ${n}`);
    await call(clinicId, 'visit-3', 'Room 3');
    const board = await boardWhen(clinicId, 'A-003 recalled', (b) => b.recentCalls[0]?.ticket === 'A-003');
    expect(board.recentCalls.map((c) => c.ticket)).toEqual(['A-003', 'A-008', 'A-007', 'A-006', 'A-005', 'A-004']);
    expect(board.called).toHaveLength(count);
  });

  it('converges on the visits as they end up under racing writes and replayed rebuilds', async () => {
    const clinicId = 'board-race';
    await createClinic(clinicId, TIMEZONE);
    const VISITS = 24;
    const ids = await Promise.all(Array.from({ length: VISITS }, (_, i) => ticketedVisit(clinicId, i + 1)));
    const visit = (id: string) => adminDb().doc(`${paths.visits(clinicId)}/${id}`);
    // Each visit gets a burst of changes at once from many writers: called, recalled to another
    // room, seen in, returned, done. Every write fires its own trigger; the rebuilds race.
    const moves = ids.flatMap((id, i) => [
      () => call(clinicId, id, `Room ${(i % 4) + 1}`),
      () => (i % 3 === 0 ? visit(id).update({ status: 'in_review' }) : call(clinicId, id, `Room ${(i % 5) + 1}`)),
      () => (i % 4 === 0 ? visit(id).update({ status: 'done' }) : Promise.resolve()),
    ]);
    // Rebuilds run by hand alongside, as a retried event would: they must not leave a stale board.
    const replays = Array.from({ length: 12 }, () => () => keepBoard(adminDb(), clinicId));
    const all = [...moves, ...replays].sort(() => Math.random() - 0.5);
    await Promise.all(all.map((run) => run()));

    const expected = await expectedBoard(clinicId);
    const converged = await boardWhen(
      clinicId,
      'the final state',
      (b) => JSON.stringify(shownStored(b)) === JSON.stringify(expected),
      30_000,
    ).catch(() => readBoard(clinicId)); // Not there in time: the assertion below shows how it differs.
    expect(converged && shownStored(converged)).toEqual(expected);
    // And it stays there: a rebuild replayed now changes nothing it shows.
    await keepBoard(adminDb(), clinicId);
    expect(shownStored((await readBoard(clinicId)) as BoardDoc<Timestamp>)).toEqual(expected);
  });

  it('never replaces a board with an older reading of the visits (a late or retried rebuild)', async () => {
    const clinicId = 'board-stale';
    await createClinic(clinicId, TIMEZONE);
    await ticketedVisit(clinicId, 1);
    const built = await boardWhen(clinicId, 'built', (b) => b.waiting.length === 1);
    // A board read a minute from now, as a rebuild still in flight would leave it.
    const later = { ...built, waiting: ['A-999'], readAt: Timestamp.fromMillis(Date.now() + 60_000) };
    await adminDb().doc(boardPath(clinicId)).set(later);
    expect(await keepBoard(adminDb(), clinicId)).toBe('stale');
    expect((await readBoard(clinicId))?.waiting).toEqual(['A-999']);
  });

  it('follows the clinic: its language on the board for the display', async () => {
    const clinicId = 'board-language';
    await createClinic(clinicId, TIMEZONE);
    await ticketedVisit(clinicId, 1);
    await boardWhen(clinicId, 'built', (b) => b.waiting.length === 1);
    await adminDb().doc(paths.clinic(clinicId)).update({ language: 'es' });
    await boardWhen(clinicId, 'in Spanish', (b) => b.language === 'es');
  });
});
