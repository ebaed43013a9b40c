import { describe, expect, it } from 'vitest';
import { boardDocSchema, boardVisitOf, buildBoard, BOARD_RECENT_CALLS, type BoardVisit } from './board';

const at = (ms: number) => ({ toMillis: () => ms });
const visit = (n: number, changes: Partial<BoardVisit> = {}): BoardVisit => ({
  status: 'waiting',
  ticket: `A-${String(n).padStart(3, '0')}`,
  ticketNumber: n,
  dayKey: '2026-11-27',
  room: null,
  calledAtMs: null,
  ...changes,
});
const build = (open: BoardVisit[], calledToday: BoardVisit[] = []) =>
  buildBoard({ open, calledToday, dayKey: '2026-11-27', timezone: 'Europe/Madrid', language: 'es', readAt: at(0) }, at);

describe('buildBoard', () => {
  it('lists waiting tickets by number, a leftover from yesterday first', () => {
    const board = build([visit(3), visit(1), visit(9, { dayKey: '2026-11-26' }), visit(2)]);
    expect(board.waiting).toEqual(['A-009', 'A-001', 'A-002', 'A-003']);
  });

  it('lists the called tickets with their room, the latest call first', () => {
    const board = build([
      visit(1, { status: 'called', room: 'Room 1', calledAtMs: 100 }),
      visit(2, { status: 'called', room: 'Room 2', calledAtMs: 300 }),
      visit(3),
    ]);
    expect(board.called.map((c) => [c.ticket, c.room, c.at.toMillis()])).toEqual([
      ['A-002', 'Room 2', 300],
      ['A-001', 'Room 1', 100],
    ]);
    expect(board.waiting).toEqual(['A-003']);
  });

  it('orders calls made in the same millisecond by ticket, whatever order the visits came in', () => {
    const same = [3, 1, 2].map((n) => visit(n, { status: 'called', room: 'Room', calledAtMs: 50 }));
    expect(build(same, same).called.map((c) => c.ticket)).toEqual(['A-001', 'A-002', 'A-003']);
    expect(build([...same].reverse(), [...same].reverse()).recentCalls.map((c) => c.ticket)).toEqual([
      'A-001',
      'A-002',
      'A-003',
    ]);
  });

  it(`keeps the ${BOARD_RECENT_CALLS} latest calls of the day, whatever the visits' status now`, () => {
    const calls = Array.from({ length: 9 }, (_, i) =>
      visit(i + 1, { status: 'done', room: `Room ${i}`, calledAtMs: (i + 1) * 10 }),
    );
    const board = build([], calls);
    expect(board.recentCalls.map((c) => c.ticket)).toEqual(['A-009', 'A-008', 'A-007', 'A-006', 'A-005', 'A-004']);
  });

  it('builds a board the shared schema accepts, and the schema refuses any extra field', () => {
    const board = build([visit(1, { status: 'called', room: 'Room 1', calledAtMs: 5 })], []);
    expect(boardDocSchema.safeParse(board).success).toBe(true);
    expect(boardDocSchema.safeParse({ ...board, patientName: 'Ana' }).success).toBe(false);
    const withPriority = { ...board, called: [{ ...board.called[0], priority: 'emergency' }] };
    expect(boardDocSchema.safeParse(withPriority).success).toBe(false);
  });
});

describe('boardVisitOf', () => {
  it('takes the ticket, status, room and call time of a stored visit, nothing of its patient', () => {
    const stored = {
      patientName: 'Ana Gomez',
      reason: 'Cough',
      priority: 'urgent',
      status: 'called',
      ticket: 'A-004',
      ticketNumber: 4,
      dayKey: '2026-11-27',
      room: 'Room 2',
      calledAt: at(42),
    };
    expect(boardVisitOf(stored)).toEqual({
      status: 'called',
      ticket: 'A-004',
      ticketNumber: 4,
      dayKey: '2026-11-27',
      room: 'Room 2',
      calledAtMs: 42,
    });
  });

  it('skips a visit without its ticket yet', () => {
    expect(boardVisitOf({ status: 'waiting', ticket: null, dayKey: '2026-11-27' })).toBeNull();
  });
});
