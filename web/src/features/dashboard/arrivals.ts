import type { Priority } from '@clinicflow/shared/model';

/** A new visit announced to the doctors: ticket, priority and time only, never who or why. */
export interface Arrival {
  visitId: string;
  ticket: string;
  priority: Priority;
  arrivedAtMs: number;
}

export type ArrivalsAction =
  { type: 'arrived'; arrivals: Arrival[] } | { type: 'dismiss'; visitId: string } | { type: 'dismissAll' };

/** The banner stack: newest on top, each visit once, until dismissed. */
export function arrivalsReducer(banners: Arrival[], action: ArrivalsAction): Arrival[] {
  switch (action.type) {
    case 'arrived': {
      const shown = new Set(banners.map((b) => b.visitId));
      const fresh = action.arrivals.filter((a) => !shown.has(a.visitId));
      if (fresh.length === 0) return banners;
      return [...fresh.sort((a, b) => b.arrivedAtMs - a.arrivedAtMs), ...banners];
    }
    case 'dismiss':
      return banners.filter((b) => b.visitId !== action.visitId);
    case 'dismissAll':
      return [];
  }
}
