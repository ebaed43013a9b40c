import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { VisitDoc } from '@clinicflow/shared/model';
import type { Live } from '@/lib/live-query';
import { NOW, liveVisit as visit, ts } from '@/test/visits';
import { VisitCard } from './visit-card';

const NAMES = new Map([['dr-okafor', 'Dr. Tunde Okafor']]);

function setup(
  v: Live<VisitDoc>,
  uid = 'dr-lee',
  claimBlockedBy: string | null = null,
  callBlockedBy: string | null = null,
) {
  const onAction = vi.fn();
  render(
    <>
      <p id="why">The server is not answering.</p>
      <p id="duty">Start your shift in a room to call patients.</p>
      <VisitCard
        visit={v}
        uid={uid}
        now={NOW}
        isNew={false}
        busy={false}
        names={NAMES}
        claimBlockedBy={claimBlockedBy}
        callBlockedBy={callBlockedBy}
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

  it('offers "Call in" and "Start review" on a waiting visit', async () => {
    const onAction = setup(visit());
    await userEvent.click(screen.getByRole('button', { name: 'Call in' }));
    expect(onAction).toHaveBeenCalledWith(expect.objectContaining({ id: 'v1' }), 'call');
    await userEvent.click(screen.getByRole('button', { name: 'Start review' }));
    expect(onAction).toHaveBeenCalledWith(expect.objectContaining({ id: 'v1' }), 'claim');
  });

  it('disables "Call in" until the doctor is on duty, and says why', () => {
    setup(visit(), 'dr-lee', null, 'duty');
    const call = screen.getByRole('button', { name: 'Call in' });
    expect(call).toBeDisabled();
    expect(call).toHaveAccessibleDescription('Start your shift in a room to call patients.');
    expect(screen.getByRole('button', { name: 'Start review' })).toBeEnabled();
  });

  it('gives the holder complete, kept apart from transfer and return to queue', async () => {
    const onAction = setup(visit({ status: 'in_review', claimedBy: 'dr-lee', claimedAt: ts(NOW - 3 * 60_000) }));
    expect(screen.getByText(/In review with/).parentElement).toHaveTextContent('In review with you · for 3 min');
    await userEvent.click(screen.getByRole('button', { name: 'Return to queue' }));
    expect(onAction).toHaveBeenCalledWith(expect.anything(), 'return');
    const complete = screen.getByRole('button', { name: 'Complete' });
    expect(complete).toBeEnabled();
    expect(complete.parentElement).not.toBe(screen.getByRole('button', { name: 'Return to queue' }).parentElement);
  });

  it('gives the doctor who called a patient start, call again, no-show, transfer and return', () => {
    setup(visit({ status: 'called', claimedBy: 'dr-lee', room: 'Room 1', calledAt: ts(NOW - 60_000) }));
    expect(screen.getByText(/Called to/).parentElement).toHaveTextContent('Called to Room 1 by you · for 1 min');
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Start review',
      'No-show',
      'Call again',
      'Transfer',
      'Return to queue',
    ]);
  });

  it('names the other doctor and their room, without any button', () => {
    setup(visit({ status: 'called', claimedBy: 'dr-okafor', room: 'Room 2', calledAt: ts(NOW - 60_000) }));
    expect(screen.getByText(/Called to/)).toHaveTextContent('Called to Room 2 by Dr. Tunde Okafor');
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
