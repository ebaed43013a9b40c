import { ticketLabel } from '@/config/labels';
import { useI18n } from '@/lib/i18n';
import type { QueueRow } from '../queue-rows';
import type { WaitEstimate } from '../wait-estimate';
import { PlaceAndWait, PrintTicket } from './print-ticket';

export interface SavedVisit {
  visitId: string;
  patientName: string;
}

export interface TicketConfirmationProps {
  saved: SavedVisit;
  /** The visit as the queue shows it now (from the server, or from this desk's outbox). */
  row: QueueRow | undefined;
  estimate: WaitEstimate | null;
  connected: boolean;
  clinicName: string;
  onDismiss: () => void;
}

/**
 * What the receptionist hands over after saving: the ticket as soon as the function assigned it,
 * the place in line and an estimated wait (its method said), and Print. Each state says only what
 * the server confirmed: saving, kept on this computer, saved awaiting the ticket, or refused.
 */
export function TicketConfirmation({
  saved,
  row,
  estimate,
  connected,
  clinicName,
  onDismiss,
}: TicketConfirmationProps) {
  const { t } = useI18n();
  const name = saved.patientName;
  const ticket = row?.sync === 'synced' && row.ticket ? row.ticket : null;

  let body;
  if (row?.sync === 'failed') {
    body = (
      <p className="ticket-confirmation__line">
        {t('ticket.refused', { name, reason: t(row.error ?? 'firestoreError.unknown') })}
      </p>
    );
  } else if (!ticket) {
    const waitingFor = row?.sync === 'synced' ? 'ticket.coming' : connected ? 'ticket.saving' : 'ticket.whenOnline';
    body = <p className="ticket-confirmation__line">{t(waitingFor, { name })}</p>;
  } else {
    body = (
      <>
        <p className="ticket-confirmation__ticket">
          <span className="ticket-confirmation__label">{t('ticket.label')}</span>
          <strong className="ticket-confirmation__number">{ticketLabel(ticket)}</strong>
        </p>
        <p className="ticket-confirmation__line">
          {name}
          {estimate && (
            <>
              {' · '}
              <PlaceAndWait estimate={estimate} />
            </>
          )}
        </p>
        {estimate && estimate.ahead > 0 && (
          <p className="ticket-confirmation__method">
            {t(estimate.todaysPace ? 'ticket.method.today' : 'ticket.method.usual', {
              ahead: estimate.ahead,
              perPatient: estimate.minutesPerPatient,
              doctors: estimate.doctors,
            })}
          </p>
        )}
        <button className="button button--small" type="button" onClick={() => window.print()}>
          {t('ticket.print')}
        </button>
        <PrintTicket
          clinicName={clinicName}
          ticket={ticket}
          arrivedAtMs={row?.createdAtMs ?? null}
          estimate={estimate}
        />
      </>
    );
  }

  return (
    <div
      className={`ticket-confirmation${row?.sync === 'failed' ? ' ticket-confirmation--failed' : ''}`}
      role="status"
      aria-live="polite"
      data-visit-id={saved.visitId}
    >
      <div className="ticket-confirmation__body">{body}</div>
      <button
        className="button button--small button--quiet ticket-confirmation__close"
        type="button"
        onClick={onDismiss}
        aria-label={t('ticket.dismiss')}
      >
        {t('ticket.close')}
      </button>
    </div>
  );
}
