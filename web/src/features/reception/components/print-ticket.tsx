import { createPortal } from 'react-dom';
import { ticketLabel } from '@/config/labels';
import { useI18n } from '@/lib/i18n';
import type { WaitEstimate } from '../wait-estimate';
import './print-ticket.css';

export interface PrintTicketProps {
  clinicName: string;
  ticket: string;
  arrivedAtMs: number | null;
  estimate: WaitEstimate | null;
}

/** "3rd in line · about 15 min", or "Next in line". */
export function PlaceAndWait({ estimate }: { estimate: WaitEstimate }) {
  const { t } = useI18n();
  return (
    <>
      {t('ticket.place', { place: estimate.place })}
      {estimate.ahead > 0 && <> · {t('ticket.wait', { minutes: estimate.minutes })}</>}
    </>
  );
}

/**
 * The paper ticket, drawn only by the printer (print-ticket.css): the clinic, the number, the
 * time, the place in line and the estimate. No name and nothing clinical: a ticket gets left on
 * a chair. It sits directly in <body> so print CSS can hide everything else.
 */
export function PrintTicket({ clinicName, ticket, arrivedAtMs, estimate }: PrintTicketProps) {
  const { t, clock, calendarDate, todayKey } = useI18n();
  const at = arrivedAtMs === null ? null : new Date(arrivedAtMs);
  return createPortal(
    <div className="print-ticket" aria-hidden="true">
      <p className="print-ticket__clinic">{clinicName}</p>
      <p className="print-ticket__label">{t('ticket.label')}</p>
      <p className="print-ticket__number">{ticketLabel(ticket)}</p>
      {at && (
        <p className="print-ticket__time">
          {calendarDate(todayKey())} · {clock(at)}
        </p>
      )}
      {estimate && (
        <>
          <p className="print-ticket__place">
            <PlaceAndWait estimate={estimate} />
          </p>
          {estimate.ahead > 0 && <p className="print-ticket__note">{t('ticket.printNote')}</p>}
        </>
      )}
      <p className="print-ticket__footer">{t('ticket.printFooter')}</p>
    </div>,
    document.body,
  );
}
