import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ListStopped, ServerActionsBlocked } from './dashboard-notices';

describe('ServerActionsBlocked', () => {
  it('says why the review cannot start and what is still kept, under the id the cards point to', () => {
    render(<ServerActionsBlocked id="why" reason="The server is not answering." />);
    const notice = screen.getByText(/The server is not answering\./);
    expect(notice).toHaveAttribute('id', 'why');
    expect(notice).toHaveTextContent('Starting a review needs the server');
    expect(notice).toHaveTextContent('Complete and Return to queue are kept on this device');
  });
});

describe('ListStopped', () => {
  it('alerts that the list may be out of date, with the reason, and Refresh listens again', async () => {
    const onRefresh = vi.fn();
    render(<ListStopped error={{ code: 'permission-denied' }} onRefresh={onRefresh} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The list stopped updating.');
    expect(alert).toHaveTextContent('What you see may be out of date.');
    expect(alert.textContent).not.toContain('permission-denied');
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(onRefresh).toHaveBeenCalledOnce();
  });
});
