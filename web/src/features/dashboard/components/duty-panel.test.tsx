import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DutyDoc } from '@clinicflow/shared/model';
import { NOW, ts } from '@/test/visits';
import { DutyPanel, type DutyPanelProps } from './duty-panel';

const shift = (state: DutyDoc['state'], room: string | null, displayName = 'Dr. Daniel Lee'): DutyDoc => ({
  state,
  room,
  displayName,
  since: ts(NOW),
});

function setup(props: Partial<DutyPanelProps>) {
  const handlers = { onDuty: vi.fn(), onCallNext: vi.fn() };
  render(
    <DutyPanel
      own={null}
      rooms={['Room 1', 'Room 2']}
      colleagues={[
        { id: 'dr-okafor', ...shift('on_duty', 'Room 2', 'Dr. Ngozi Okafor') },
        { id: 'dr-hart', ...shift('off', null, 'Dr. Helen Hart') },
      ]}
      saving={false}
      callingNext={false}
      serverBlockedBy={null}
      {...handlers}
      {...props}
    />,
  );
  return handlers;
}

describe('DutyPanel', () => {
  it('off duty: starts a shift in the chosen room, and Call next says it needs one', async () => {
    const { onDuty } = setup({});
    const next = screen.getByRole('button', { name: 'Call next' });
    expect(next).toBeDisabled();
    expect(next).toHaveAccessibleDescription('Start your shift in a room to call patients.');
    await userEvent.selectOptions(screen.getByLabelText('Room'), 'Room 2');
    await userEvent.click(screen.getByRole('button', { name: 'Start shift' }));
    expect(onDuty).toHaveBeenCalledWith({ state: 'on_duty', room: 'Room 2' });
  });

  it('on duty: Call next calls, Pause and End shift change the shift', async () => {
    const { onDuty, onCallNext } = setup({ own: shift('on_duty', 'Room 1') });
    expect(screen.getByText('On duty in Room 1')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Call next' }));
    expect(onCallNext).toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(onDuty).toHaveBeenCalledWith({ state: 'paused', room: 'Room 1' });
    await userEvent.click(screen.getByRole('button', { name: 'End shift' }));
    expect(onDuty).toHaveBeenCalledWith({ state: 'off' });
  });

  it('lists the colleagues on duty with their rooms, not those off', () => {
    setup({ own: shift('paused', 'Room 1') });
    expect(screen.getByRole('list', { name: 'Doctors on duty' })).toHaveTextContent(
      'Dr. Ngozi Okafor · Room 2 · on duty',
    );
    expect(screen.queryByText(/Helen Hart/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resume' })).toBeEnabled();
  });

  it('says so when the clinic has no rooms yet, and Call next is off while nobody waits', () => {
    setup({ rooms: [], own: shift('on_duty', 'Room 1'), onCallNext: null });
    expect(screen.getByText(/The clinic has no rooms yet/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'End shift' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Call next' })).toBeDisabled();
  });
});
