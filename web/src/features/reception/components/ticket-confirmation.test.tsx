import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { queueRowFixture as row } from '../queue-row-fixture';
import type { WaitEstimate } from '../wait-estimate';
import { TicketConfirmation, type TicketConfirmationProps } from './ticket-confirmation';

const saved = { visitId: 'v1', patientName: 'Lucía Fernández' };
const third: WaitEstimate = { place: 3, ahead: 2, minutesPerPatient: 8, todaysPace: true, doctors: 2, minutes: 10 };

function setup(props: Partial<TicketConfirmationProps>) {
  const onDismiss = vi.fn();
  render(
    <TicketConfirmation
      saved={saved}
      row={undefined}
      estimate={null}
      connected
      clinicName="Sunrise Clinic"
      onDismiss={onDismiss}
      {...props}
    />,
  );
  return { onDismiss, panel: screen.getByRole('status') };
}

describe('TicketConfirmation', () => {
  it('says saving, not saved, until the server has the visit', () => {
    const { panel } = setup({ row: row({ sync: 'pending', ticket: undefined }) });
    expect(panel).toHaveTextContent('Saving the visit for Lucía Fernández…');
    expect(screen.queryByRole('button', { name: 'Print ticket' })).toBeNull();
  });

  it('offline, promises the ticket when back online', () => {
    const { panel } = setup({ row: row({ sync: 'pending', ticket: undefined }), connected: false });
    expect(panel).toHaveTextContent('Visit for Lucía Fernández kept on this computer. Ticket when back online.');
  });

  it('saved by the server but not numbered yet: the ticket is on its way', () => {
    const { panel } = setup({ row: row({ ticket: null }) });
    expect(panel).toHaveTextContent('Visit for Lucía Fernández saved. Ticket on its way…');
  });

  it('shows the ticket, the place in line, the estimate and its method, and prints', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { panel } = setup({ row: row({ ticket: 'A-012' }), estimate: third });
    expect(panel).toHaveTextContent('Your ticketA-012');
    expect(panel).toHaveTextContent('Lucía Fernández · 3rd in line · about 10 min');
    expect(panel).toHaveTextContent(
      'Estimate: 2 ahead × 8 min per patient (today’s median) ÷ 2 doctors seeing patients.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Print ticket' }));
    expect(print).toHaveBeenCalledOnce();
    // The paper ticket: clinic, number, place and wait; never the patient's name.
    const paper = document.querySelector('.print-ticket');
    expect(paper).toHaveTextContent('Sunrise Clinic');
    expect(paper).toHaveTextContent('A-012');
    expect(paper).toHaveTextContent('3rd in line · about 10 min');
    expect(paper?.textContent).not.toContain('Lucía');
    print.mockRestore();
  });

  it('says next in line with no wait for the first ticket', () => {
    const { panel } = setup({
      row: row({ ticket: 'A-001' }),
      estimate: { ...third, place: 1, ahead: 0, minutes: 0 },
    });
    expect(panel).toHaveTextContent('Lucía Fernández · Next in line');
    expect(panel).not.toHaveTextContent('Estimate');
  });

  it('says a refused visit was not saved, and closes', async () => {
    const { panel, onDismiss } = setup({ row: row({ sync: 'failed', error: 'firestoreError.permissionDenied' }) });
    expect(panel).toHaveTextContent(/^The visit for Lucía Fernández was not saved: /);
    await userEvent.click(screen.getByRole('button', { name: 'Close the ticket' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
