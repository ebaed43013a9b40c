import type { Priority, VisitStatus } from '@clinicflow/shared/model';

/** A new visit announced to the doctors: ticket, priority and time only, never who or why. */
export interface Arrival {
  visitId: string;
  ticket: string;
  priority: Priority;
  arrivedAtMs: number;
}

export interface ArrivalsState {
  /** Newest first, each visit once. */
  banners: Arrival[];
  /** Every visit the open-visits list has shown, and those of them waiting now. */
  listed: ReadonlySet<string>;
  waiting: ReadonlySet<string>;
}

export const NO_ARRIVALS: ArrivalsState = { banners: [], listed: new Set(), waiting: new Set() };

export type ArrivalsAction =
  | { type: 'arrived'; arrivals: Arrival[] }
  | { type: 'listed'; visits: readonly { id: string; status: VisitStatus }[] }
  | { type: 'dismiss'; visitId: string }
  | { type: 'dismissAll' };

/**
 * A banner stays while its visit waits: once someone takes it, or the desk cancels it, there is
 * nothing left to announce. A visit the list has not shown yet (its notification came first)
 * keeps its banner until the list catches up.
 */
export function isNews({ listed, waiting }: Pick<ArrivalsState, 'listed' | 'waiting'>, visitId: string): boolean {
  return waiting.has(visitId) || !listed.has(visitId);
}

/** The banner stack: newest on top, each visit once, until dismissed or no longer waiting. */
export function arrivalsReducer(state: ArrivalsState, action: ArrivalsAction): ArrivalsState {
  switch (action.type) {
    case 'arrived': {
      const shown = new Set(state.banners.map((b) => b.visitId));
      const fresh = action.arrivals.filter((a) => !shown.has(a.visitId) && isNews(state, a.visitId));
      if (fresh.length === 0) return state;
      return { ...state, banners: [...fresh.sort((a, b) => b.arrivedAtMs - a.arrivedAtMs), ...state.banners] };
    }
    case 'listed': {
      const listed = new Set(state.listed);
      for (const v of action.visits) listed.add(v.id);
      const waiting = new Set(action.visits.filter((v) => v.status === 'waiting').map((v) => v.id));
      const banners = state.banners.filter((b) => isNews({ listed, waiting }, b.visitId));
      return { banners: banners.length === state.banners.length ? state.banners : banners, listed, waiting };
    }
    case 'dismiss':
      return { ...state, banners: state.banners.filter((b) => b.visitId !== action.visitId) };
    case 'dismissAll':
      return { ...state, banners: [] };
  }
}

/** Banners shown before the rest fold into "+N more": two keep the tablet's list in view. */
export const BANNERS_SHOWN = 2;

export function foldBanners(banners: Arrival[], expanded: boolean): { shown: Arrival[]; folded: number } {
  if (expanded || banners.length <= BANNERS_SHOWN) return { shown: banners, folded: 0 };
  return { shown: banners.slice(0, BANNERS_SHOWN), folded: banners.length - BANNERS_SHOWN };
}
