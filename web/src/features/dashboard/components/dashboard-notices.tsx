import { friendlyFirestoreError } from '@/lib/errors';
import { CLAIM_NEEDS_SERVER } from '../hooks/use-visit-actions';

/** Why "Start review" is disabled while the server cannot answer; the cards point here by `id`. */
export function ServerActionsBlocked({ id, reason }: { id: string; reason: string }) {
  return (
    <p className="notice notice--warn" id={id}>
      {reason} {CLAIM_NEEDS_SERVER} Complete and Return to queue are kept on this device and sent when it answers.
    </p>
  );
}

/** A listener stopped: what is on screen may be old, and Refresh listens again. */
export function ListStopped({ error, onRefresh }: { error: { code: string } | null; onRefresh: () => void }) {
  return (
    <div className="notice notice--error" role="alert">
      <p>
        <strong>The list stopped updating.</strong> {error ? friendlyFirestoreError(error) : ''} What you see may be out
        of date.
      </p>
      <button className="button button--small" type="button" onClick={onRefresh}>
        Refresh
      </button>
    </div>
  );
}
