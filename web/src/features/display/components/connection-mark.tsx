import type { Connection } from '@/lib/connection';
import { useI18n } from '@/lib/i18n';

/**
 * The display's connection state, small in a corner: the people in the waiting room need the
 * tickets, not this; the staff glancing at the screen need to know whether to trust it. Green
 * only when the server said the board is current (lib/connection).
 */
export function ConnectionMark({ connection }: { connection: Connection }) {
  const { t } = useI18n();
  return (
    <div className="board-connection" role="status" data-tone={connection.tone} data-testid="board-connection">
      <span className={`board-connection__dot board-connection__dot--${connection.tone}`} aria-hidden="true" />
      {t(connection.label)}
    </div>
  );
}
