import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useReducer } from 'react';
import { describe, expect, it } from 'vitest';
import { NO_ARRIVALS, arrivalsReducer, type Arrival } from '../arrivals';
import { ArrivalBanners } from './arrival-banners';

const at = (hh: number, mm: number) => new Date(2026, 0, 15, hh, mm).getTime();
const INITIAL: Arrival[] = [
  { visitId: 'v2', ticket: 'A-008', priority: 'emergency', arrivedAtMs: at(10, 45) },
  { visitId: 'v1', ticket: 'A-007', priority: 'normal', arrivedAtMs: at(10, 41) },
];
const FIVE: Arrival[] = [5, 4, 3, 2, 1].map((n) => ({
  visitId: `v${n}`,
  ticket: `A-00${n}`,
  priority: 'normal',
  arrivedAtMs: at(10, n),
}));

function Stack({ initial }: { initial: Arrival[] }) {
  const [state, dispatch] = useReducer(arrivalsReducer, { ...NO_ARRIVALS, banners: initial });
  return (
    <ArrivalBanners
      banners={state.banners}
      onDismiss={(visitId) => dispatch({ type: 'dismiss', visitId })}
      onDismissAll={() => dispatch({ type: 'dismissAll' })}
    />
  );
}

describe('ArrivalBanners', () => {
  it('shows ticket, priority and arrival time for each new visit, in a live region', () => {
    render(<Stack initial={INITIAL} />);
    const banners = screen.getAllByTestId('arrival-banner');
    expect(banners).toHaveLength(2);
    expect(banners[0]).toHaveTextContent('A-008');
    expect(banners[0]).toHaveTextContent('Emergency');
    expect(banners[0]).toHaveTextContent(/arrived 10:45/);
    expect(banners[0]?.parentElement).toHaveAttribute('aria-live', 'polite');
  });

  it('dismisses a single banner and keeps the others', async () => {
    render(<Stack initial={INITIAL} />);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss A-008' }));
    const left = screen.getAllByTestId('arrival-banner');
    expect(left).toHaveLength(1);
    expect(within(left[0] as HTMLElement).getByText('A-007')).toBeInTheDocument();
  });

  it('offers "dismiss all" only when several banners are stacked, and clears them all', async () => {
    render(<Stack initial={INITIAL} />);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss all (2)' }));
    expect(screen.queryAllByTestId('arrival-banner')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: /Dismiss all/ })).not.toBeInTheDocument();
  });

  it('has no "dismiss all" for a single banner', () => {
    render(<Stack initial={INITIAL.slice(0, 1)} />);
    expect(screen.queryByRole('button', { name: /Dismiss all/ })).not.toBeInTheDocument();
  });

  it('shows the two newest of five and folds three into "+3 more", which unfolds and folds again', async () => {
    render(<Stack initial={FIVE} />);
    expect(screen.getAllByTestId('arrival-banner').map((b) => within(b).getByText(/^A-/).textContent)).toEqual([
      'A-005',
      'A-004',
    ]);
    const more = screen.getByRole('button', { name: '+3 more' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(more);
    expect(screen.getAllByTestId('arrival-banner')).toHaveLength(5);
    await userEvent.click(screen.getByRole('button', { name: 'Show fewer' }));
    expect(screen.getAllByTestId('arrival-banner')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Dismiss all (5)' })).toBeInTheDocument();
  });
});
