import type { ReactNode } from 'react';
import type { BoardCall } from '@clinicflow/shared/board';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { callKey } from '../new-calls';

/** As many calls and waiting tickets as the 1920×1080 screen shows in its large type. */
export const CALLS_SHOWN = 5;
export const WAITING_SHOWN = 24;
/** A room name longer than this ("Consulta 12") is set smaller, so it fits its row whole. */
const LONG_ROOM = 11;

/** One of the board's two panels: its title, and `empty`'s words while it has nothing to show. */
function Panel(props: { kind: string; title: MessageKey; empty: MessageKey | null; children: ReactNode }) {
  const { t } = useI18n();
  const titleId = `board-${props.kind}-title`;
  return (
    <section className={`board-panel board-${props.kind}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="board-panel__title">
        {t(props.title)}
      </h2>
      {props.empty ? <p className="board-empty">{t(props.empty)}</p> : props.children}
    </section>
  );
}

/** The tickets called to a room, latest first; a new call highlighted. */
export function CallsPanel({ calls, highlighted }: { calls: readonly BoardCall[]; highlighted: ReadonlySet<string> }) {
  const { t } = useI18n();
  return (
    <Panel kind="calls" title="display.calling" empty={calls.length === 0 ? 'display.noneCalled' : null}>
      <div className="board-calls__head" aria-hidden="true">
        <span>{t('display.ticket')}</span>
        <span>{t('display.room')}</span>
      </div>
      <ol className="board-calls__list">
        {calls.slice(0, CALLS_SHOWN).map((call) => (
          <li
            key={callKey(call)}
            className={highlighted.has(callKey(call)) ? 'board-call board-call--new' : 'board-call'}
            aria-label={t('display.call', { ticket: call.ticket, room: call.room })}
            data-testid="board-call"
          >
            <span className="board-call__ticket">{call.ticket}</span>
            <span className="board-call__arrow" aria-hidden="true">
              →
            </span>
            <span
              className={call.room.length > LONG_ROOM ? 'board-call__room board-call__room--long' : 'board-call__room'}
            >
              {call.room}
            </span>
          </li>
        ))}
      </ol>
    </Panel>
  );
}

/** The tickets waiting, by number: never in the queue's order, which would give priorities away. */
export function WaitingPanel({ tickets }: { tickets: readonly string[] }) {
  const { t } = useI18n();
  const hidden = tickets.length - WAITING_SHOWN;
  return (
    <Panel kind="waiting" title="display.waiting" empty={tickets.length === 0 ? 'display.waitingEmpty' : null}>
      <ul className="board-waiting__list" data-testid="board-waiting">
        {tickets.slice(0, WAITING_SHOWN).map((ticket) => (
          <li key={ticket} className="board-ticket">
            {ticket}
          </li>
        ))}
      </ul>
      {hidden > 0 && <p className="board-more">{t('display.waitingMore', { count: hidden })}</p>}
    </Panel>
  );
}

/** The day's last calls with their time, newest first. */
export function RecentCalls({ calls }: { calls: readonly BoardCall[] }) {
  const { t, clock } = useI18n();
  return (
    <section className="board-recent" aria-labelledby="board-recent-title">
      <h2 id="board-recent-title" className="board-recent__title">
        {t('display.recent')}
      </h2>
      {calls.length === 0 ? (
        <p className="board-recent__empty">{t('display.noCalls')}</p>
      ) : (
        <ol className="board-recent__list">
          {calls.map((call) => (
            <li key={callKey(call)} className="board-recent__item">
              <span className="board-recent__ticket">{call.ticket}</span>
              <span aria-hidden="true">→</span>
              <span>{call.room}</span>
              <time className="board-recent__time" dateTime={new Date(call.at.toMillis()).toISOString()}>
                {clock(new Date(call.at.toMillis()))}
              </time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
