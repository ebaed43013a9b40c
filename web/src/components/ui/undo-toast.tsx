import toast from 'react-hot-toast';
import { LIMITS } from '@clinicflow/shared/model';

/**
 * A toast with an Undo button, for as long as the rules allow the undo (LIMITS.undoWindowMs,
 * counted from the server's stamp, so a little less is left here). Pressing it closes the toast.
 */
export function undoToast({
  id,
  message,
  undoLabel,
  onUndo,
}: {
  id: string;
  message: string;
  undoLabel: string;
  onUndo: () => void;
}) {
  toast(
    (shown) => (
      <span className="undo-toast">
        <span>{message}</span>
        <button
          className="button button--small"
          type="button"
          onClick={() => {
            toast.dismiss(shown.id);
            onUndo();
          }}
        >
          {undoLabel}
        </button>
      </span>
    ),
    { id, duration: LIMITS.undoWindowMs },
  );
}
