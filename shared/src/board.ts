/**
 * The waiting-room board (clinics/{clinicId}/board/today): what the wall screen shows, and all it
 * may read. Tickets and rooms only: no name, reason or priority, and the waiting tickets go by
 * number, never by the queue's order, which would give priorities away. Written by the board
 * keeper (functions) alone; this module builds it from the clinic's visits as pure arithmetic.
 */
import { z } from 'zod';
import { LANGUAGES, VISIT_STATUSES, type Language, type TimestampLike, type VisitStatus } from './model';

/** How many of the day's last calls the board keeps, newest first. */
export const BOARD_RECENT_CALLS = 6;

/** The longest room name the board carries (the rooms' own limit is the clinic's room list's to set). */
export const BOARD_ROOM_MAX = 100;

/** The board's one document per clinic: the keeper overwrites it whole. */
export const BOARD_ID = 'today';

/** Statuses the board lists: waiting to be called, and called to a room. */
export const BOARD_STATUSES = ['waiting', 'called'] as const satisfies readonly VisitStatus[];

export interface BoardCall<T = TimestampLike> {
  ticket: string;
  room: string;
  at: T;
}

export interface BoardDoc<T = TimestampLike> {
  /** The clinic-local day the board was built on, YYYY-MM-DD. */
  dayKey: string;
  /** The clinic's zone and language: the display may read nothing else of its clinic. */
  timezone: string;
  language: Language;
  /** Tickets waiting to be called, by ticket number (by day first, for a visit left from yesterday). */
  waiting: string[];
  /** Tickets called and not yet seen in, each with its room, the latest call first. */
  called: BoardCall<T>[];
  /** The day's last calls (a recall moves its call to the new time), newest first. */
  recentCalls: BoardCall<T>[];
  /**
   * When the visits it was built from were read: the keeper writes only a board read later than
   * the stored one, so racing or retried events leave the newest reading in place.
   */
  readAt: T;
}

/** What the keeper takes of a visit: its ticket, place and call, never its patient or priority. */
export interface BoardVisit {
  status: VisitStatus;
  ticket: string;
  ticketNumber: number;
  dayKey: string;
  room: string | null;
  calledAtMs: number | null;
}

const isTimestamp = (value: unknown): value is TimestampLike =>
  typeof (value as { toMillis?: unknown } | null)?.toMillis === 'function';

/** A stored visit as the board sees it; null when it has no ticket yet, or is malformed. */
export function boardVisitOf(data: Record<string, unknown>): BoardVisit | null {
  const { status, ticket, ticketNumber, dayKey, room, calledAt } = data;
  if (!(VISIT_STATUSES as readonly unknown[]).includes(status)) return null;
  if (typeof ticket !== 'string' || typeof ticketNumber !== 'number' || typeof dayKey !== 'string') return null;
  return {
    status: status as VisitStatus,
    ticket,
    ticketNumber,
    dayKey,
    room: typeof room === 'string' && room.length > 0 ? room : null,
    calledAtMs: isTimestamp(calledAt) ? calledAt.toMillis() : null,
  };
}

const byTicket = (a: BoardVisit, b: BoardVisit) =>
  a.dayKey === b.dayKey ? a.ticketNumber - b.ticketNumber : a.dayKey < b.dayKey ? -1 : 1;

const call =
  <T>(at: (ms: number) => T) =>
  (visit: BoardVisit & { room: string; calledAtMs: number }): BoardCall<T> => ({
    ticket: visit.ticket,
    room: visit.room,
    at: at(visit.calledAtMs),
  });

const isCall = (visit: BoardVisit): visit is BoardVisit & { room: string; calledAtMs: number } =>
  visit.room !== null && visit.calledAtMs !== null;

/** Latest call first; calls in the same millisecond by ticket, so every reading orders them alike. */
const latestFirst = (a: BoardVisit, b: BoardVisit) => (b.calledAtMs ?? 0) - (a.calledAtMs ?? 0) || byTicket(a, b);

/**
 * The board from the clinic's open visits (`open`) and its visits called since the clinic's
 * midnight (`calledToday`, in any status). `at` turns a time into the stored timestamp.
 */
export function buildBoard<T>(
  source: {
    open: readonly BoardVisit[];
    calledToday: readonly BoardVisit[];
    dayKey: string;
    timezone: string;
    language: Language;
    readAt: T;
  },
  at: (ms: number) => T,
): BoardDoc<T> {
  const waiting = source.open.filter((v) => v.status === 'waiting').sort(byTicket);
  const called = source.open
    .filter((v) => v.status === 'called')
    .filter(isCall)
    .sort(latestFirst);
  const recent = [...source.calledToday].filter(isCall).sort(latestFirst).slice(0, BOARD_RECENT_CALLS);
  return {
    dayKey: source.dayKey,
    timezone: source.timezone,
    language: source.language,
    waiting: waiting.map((v) => v.ticket),
    called: called.map(call(at)),
    recentCalls: recent.map(call(at)),
    readAt: source.readAt,
  };
}

const timestampSchema = z.custom<TimestampLike>(isTimestamp);
const ticketSchema = z.string().regex(/^[A-Z]-\d{3,}$/);
const callSchema = z.strictObject({
  ticket: ticketSchema,
  room: z.string().min(1).max(BOARD_ROOM_MAX),
  at: timestampSchema,
});

/**
 * The stored board, as the display reads it. Strict: a board carrying any field not named here
 * (a name, a reason, a priority) is refused, by the keeper's tests and by the display alike.
 */
export const boardDocSchema = z.strictObject({
  dayKey: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  timezone: z.string().min(1),
  language: z.enum(LANGUAGES),
  waiting: z.array(ticketSchema),
  called: z.array(callSchema),
  recentCalls: z.array(callSchema).max(BOARD_RECENT_CALLS),
  readAt: timestampSchema,
});
