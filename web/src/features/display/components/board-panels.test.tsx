import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BoardCall } from '@clinicflow/shared/board';
import { callKey } from '../new-calls';
import { CallsPanel, RecentCalls, WAITING_SHOWN, WaitingPanel } from './board-panels';

const call = (ticket: string, room: string, ms: number): BoardCall => ({ ticket, room, at: { toMillis: () => ms } });

describe('CallsPanel', () => {
  it('shows each call as ticket → room, says it whole to screen readers, and highlights the new one', () => {
    const fresh = call('A-012', 'Room 3', 2_000);
    render(<CallsPanel calls={[fresh, call('A-010', 'Room 1', 1_000)]} highlighted={new Set([callKey(fresh)])} />);
    const rows = screen.getAllByTestId('board-call');
    expect(rows.map((row) => row.textContent)).toEqual(['A-012→Room 3', 'A-010→Room 1']);
    expect(rows[0]).toHaveAccessibleName('Ticket A-012, please go to Room 3');
    expect(rows[0]).toHaveClass('board-call--new');
    expect(rows[1]).not.toHaveClass('board-call--new');
  });

  it('asks people to wait while nobody is called', () => {
    render(<CallsPanel calls={[]} highlighted={new Set()} />);
    expect(screen.getByText('Please wait for your ticket to appear here')).toBeInTheDocument();
  });
});

describe('WaitingPanel', () => {
  it('lists the tickets in the order the board gives, and counts those beyond the screen', () => {
    const tickets = Array.from({ length: WAITING_SHOWN + 3 }, (_, i) => `A-${String(i + 1).padStart(3, '0')}`);
    render(<WaitingPanel tickets={tickets} />);
    const list = within(screen.getByTestId('board-waiting')).getAllByRole('listitem');
    expect(list).toHaveLength(WAITING_SHOWN);
    expect(list[0]).toHaveTextContent('A-001');
    expect(screen.getByText('+3 more')).toBeInTheDocument();
  });
});

describe('RecentCalls', () => {
  it('shows the last calls with their room', () => {
    render(<RecentCalls calls={[call('A-004', 'Room 2', Date.UTC(2026, 10, 27, 9, 5))]} />);
    expect(screen.getByRole('region', { name: 'Last calls' })).toHaveTextContent(/A-004→Room 2\d{2}:\d{2}/);
  });
});
