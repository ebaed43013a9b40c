import { median } from '@clinicflow/shared/median';
import type { QueueRow } from './queue-rows';

/**
 * A ticket's place in the queue and a rough wait, for the patient's ticket. The method, said on
 * the screen and in the README: patients ahead (in the doctors' order) × minutes a doctor spends
 * per patient today ÷ doctors seeing patients now, rounded up to 5 minutes. Today's pace is the
 * median of today's finished consultations once there are a few; before that, a usual 10 minutes.
 * Emergencies that arrive later go first, so it is an estimate and the ticket says so.
 */
export const USUAL_MINUTES_PER_PATIENT = 10;
/** Finished consultations needed before today's median replaces the usual pace. */
export const PACE_SAMPLES = 3;
/** A doctor who took a patient within this window counts as seeing patients now. */
export const ACTIVE_DOCTOR_WINDOW_MS = 60 * 60_000;

export interface WaitEstimate {
  /** 1 = next to be called. */
  place: number;
  ahead: number;
  minutesPerPatient: number;
  /** Whether minutesPerPatient is today's median (else the usual pace). */
  todaysPace: boolean;
  doctors: number;
  /** Rounded up to 5; 0 when nobody is ahead. */
  minutes: number;
}

/** The estimate for visit `visitId`, or null when it is not waiting (seen, cancelled, unknown). */
export function estimateWait(
  visitId: string,
  rows: { open: readonly QueueRow[]; finished: readonly QueueRow[] },
  nowMs: number,
): WaitEstimate | null {
  const waiting = rows.open.filter((r) => r.status === 'waiting');
  const index = waiting.findIndex((r) => r.id === visitId);
  if (index < 0) return null;

  const all = [...rows.open, ...rows.finished];
  const consultations = all
    .filter((r) => r.status === 'done' && r.claimedAtMs !== null && r.completedAtMs !== null)
    .map((r) => ((r.completedAtMs as number) - (r.claimedAtMs as number)) / 60_000)
    .filter((minutes) => minutes >= 0)
    .sort((a, b) => a - b);
  const todaysPace = consultations.length >= PACE_SAMPLES;
  const minutesPerPatient = todaysPace ? Math.max(1, Math.round(median(consultations))) : USUAL_MINUTES_PER_PATIENT;

  const activeSince = nowMs - ACTIVE_DOCTOR_WINDOW_MS;
  const doctors = new Set(
    all.filter((r) => r.claimedBy && r.claimedAtMs !== null && r.claimedAtMs >= activeSince).map((r) => r.claimedBy),
  ).size;
  const seeing = Math.max(1, doctors);

  const ahead = index;
  const minutes = Math.ceil((ahead * minutesPerPatient) / seeing / 5) * 5;
  return { place: index + 1, ahead, minutesPerPatient, todaysPace, doctors: seeing, minutes };
}
