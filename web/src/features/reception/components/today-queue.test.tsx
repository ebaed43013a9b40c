import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURE_NOW, queueRowFixture } from '../queue-row-fixture';
import { TodayQueue, type TodayQueueProps } from './today-queue';

const NOW = FIXTURE_NOW;
const row = queueRowFixture;
const NAMES = new Map([['dr-lee', 'Dr. Amelia Lee']]);

function setup(props: Partial<TodayQueueProps>) {
  const handlers = {
    onCancel: vi.fn(),
    onNoShow: vi.fn(),
    onChange: vi.fn(),
    onEditAgain: vi.fn(),
    onDiscard: vi.fn(),
  };
  render(<TodayQueue open={[]} finished={[]} now={NOW} online names={NAMES} {...handlers} {...props} />);
  return handlers;
}

describe('TodayQueue', () => {
  it('says so when nobody came yet today', () => {
    setup({});
    expect(screen.getByText(/No visits yet today/)).toBeInTheDocument();
  });

  it('shows ticket, patient, priority, status and the live wait of each visit', () => {
    setup({ open: [row({})] });
    const cells = within(screen.getByRole('row', { name: /Maria Garcia/ })).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual([
      'A-001',
      'Maria GarciaCough',
      'Normal',
      'Waiting',
      '12 minarrived 10:48',
      'ChangeCancel',
    ]);
  });

  it('flags a walk-in whose details are missing, and highlights the visit saved last', () => {
    setup({ open: [row({ id: 'w', patientName: 'Walk In', detailsMissing: true }), row({})], highlightId: 'w' });
    const walkIn = screen.getByRole('row', { name: /Walk In/ });
    expect(within(walkIn).getAllByRole('cell')[1]).toHaveTextContent('Walk InDetails missingCough');
    expect(walkIn).toHaveClass('queue-row--new');
    const maria = screen.getByRole('row', { name: /Maria Garcia/ });
    expect(maria).not.toHaveTextContent('Details missing');
    expect(maria).not.toHaveClass('queue-row--new');
  });

  it('shows "…" until the ticket is assigned', () => {
    setup({ open: [row({ ticket: undefined })] });
    expect(screen.getByRole('cell', { name: '…' })).toBeInTheDocument();
  });

  it('marks a visit saved offline as waiting to sync, and offers no cancel for it', () => {
    setup({
      open: [
        row({
          id: 'x',
          ticket: undefined,
          sync: 'pending',
          request: {
            patient: { kind: 'existing', id: 'p', fullName: 'Maria Garcia', detailsMissing: false },
            visit: { reason: 'Cough', priority: 'normal' },
          },
        }),
      ],
      online: false,
    });
    expect(screen.getByText('Waiting to sync')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Cancel/ })).not.toBeInTheDocument();
  });

  it('says "Saving…" for a pending visit while online', () => {
    setup({ open: [row({ sync: 'pending' })], online: true });
    expect(screen.getByText('Saving…')).toBeInTheDocument();
  });

  it('cancels only waiting visits, through the handler', async () => {
    const { onCancel } = setup({
      open: [row({}), row({ id: 'v2', patientName: 'John Smith', status: 'in_review', claimedAtMs: NOW - 60_000 })],
    });
    expect(screen.getAllByRole('button', { name: /Cancel the visit/ })).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel the visit of Maria Garcia' }));
    expect(onCancel).toHaveBeenCalledWith(expect.objectContaining({ id: 'v1' }));
  });

  it('lets a refused visit go back into the form or be discarded', async () => {
    const refused = row({
      id: 'x',
      ticket: undefined,
      sync: 'failed',
      error: 'firestoreError.permissionDenied',
      request: {
        patient: { kind: 'existing', id: 'p', fullName: 'Maria Garcia', detailsMissing: false },
        visit: { reason: 'Cough', priority: 'normal' },
      },
    });
    const { onEditAgain, onDiscard } = setup({ open: [refused] });
    expect(screen.getByText(/^Not saved: Your account is not allowed/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Edit again' }));
    await userEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(onEditAgain).toHaveBeenCalledWith(refused);
    expect(onDiscard).toHaveBeenCalledWith(refused);
  });

  it('lists finished visits under their own heading', () => {
    setup({
      open: [row({})],
      finished: [row({ id: 'd', patientName: 'Tomás Ruiz', status: 'done', claimedAtMs: NOW - 30 * 60_000 })],
    });
    expect(screen.getByRole('columnheader', { name: 'Finished today (1)' })).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Tomás Ruiz/ })).getByText('Done')).toBeInTheDocument();
  });

  it('offers Change on a waiting visit the server has, not on one still on this computer', async () => {
    const handlers = setup({
      open: [row({}), row({ id: 'v2', patientName: 'Ana Ruiz', sync: 'pending' })],
    });
    expect(screen.queryByRole('button', { name: 'Change the visit of Ana Ruiz' })).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Change the visit of Maria Garcia' }));
    expect(handlers.onChange).toHaveBeenCalledWith(expect.objectContaining({ id: 'v1' }));
  });

  it('names the doctor and room of a called visit, and offers the desk a no-show for it', async () => {
    const handlers = setup({
      open: [row({ status: 'called', claimedBy: 'dr-lee', room: 'Room 2', claimedAtMs: NOW - 60_000 })],
    });
    const line = screen.getByRole('row', { name: /Maria Garcia/ });
    expect(line).toHaveTextContent('Called to Room 2 by Dr. Amelia Lee');
    expect(within(line).queryByRole('button', { name: /Cancel/ })).not.toBeInTheDocument();
    await userEvent.click(within(line).getByRole('button', { name: 'Mark Maria Garcia as a no-show' }));
    expect(handlers.onNoShow).toHaveBeenCalledWith(expect.objectContaining({ id: 'v1' }));
  });
});
