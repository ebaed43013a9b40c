import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { VisitDoc } from '@clinicflow/shared/model';
import type { Live } from '@/lib/live-query';
import { NOW, liveVisit as visit, ts } from '@/test/visits';
import { VisitCard } from './visit-card';

function setup(v: Live<VisitDoc>, uid = 'dr-lee', claimBlockedBy: string | null = null) {
  const onAction = vi.fn();
  render(
    <>
      <p id="why">The server is not answering.</p>
      <VisitCard
        visit={v}
        uid={uid}
        now={NOW}
        isNew={false}
        busy={false}
        claimBlockedBy={claimBlockedBy}
        onAction={onAction}
      />
    </>,
  );
  return onAction;
}

describe('VisitCard', () => {
  it('shows ticket, priority, patient, reason, arrival and an overdue timer', () => {
    setup(visit());
    const card = screen.getByRole('article', { name: 'A-008, Pablo Moreno' });
    expect(card).toHaveTextContent('Emergency');
    expect(card).toHaveTextContent('Chest tightness');
    expect(card).toHaveTextContent(/Arrived 10:49/);
    expect(screen.getByText('11 min').parentElement).toHaveAttribute('data-level', 'red');
  });

  it('offers "Start review" on a waiting visit', async () => {
    const onAction = setup(visit());
    await userEvent.click(screen.getByRole('button', { name: 'Start review' }));
    expect(onAction).toHaveBeenCalledWith(expect.objectContaining({ id: 'v1' }), 'claim');
  });

  it('gives the holder complete and return to queue', async () => {
    const onAction = setup(visit({ status: 'in_review', claimedBy: 'dr-lee', claimedAt: ts(NOW - 3 * 60_000) }));
    expect(screen.getByText(/In review by/)).toHaveTextContent('In review by you for 3 min');
    await userEvent.click(screen.getByRole('button', { name: 'Return to queue' }));
    expect(onAction).toHaveBeenCalledWith(expect.anything(), 'return');
    expect(screen.getByRole('button', { name: 'Complete' })).toBeEnabled();
  });

  it('shows another doctor’s review without any button', () => {
    setup(visit({ status: 'in_review', claimedBy: 'dr-okafor', claimedAt: ts(NOW - 60_000) }));
    expect(screen.getByText(/In review by/)).toHaveTextContent('In review by another doctor');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('disables "Start review" while the server cannot answer, and says why', () => {
    setup(visit(), 'dr-lee', 'why');
    const start = screen.getByRole('button', { name: 'Start review' });
    expect(start).toBeDisabled();
    expect(start).toHaveAccessibleDescription('The server is not answering.');
  });

  it('keeps complete and return available while the server cannot answer: they are queued', () => {
    setup(visit({ status: 'in_review', claimedBy: 'dr-lee', claimedAt: ts(NOW - 60_000) }), 'dr-lee', 'why');
    expect(screen.getByRole('button', { name: 'Complete' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Return to queue' })).toBeEnabled();
  });
});
