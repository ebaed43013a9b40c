import { useEffect } from 'react';
import toast, { Toaster, useToasterStore } from 'react-hot-toast';
import type { Role } from '@clinicflow/shared/model';

/** More would stack over the screen; older ones make room (each says something newer replaced it). */
const VISIBLE_TOASTS = 3;

/**
 * The toasts, in a lane of each role's screen that holds no action (styles.css, .toast-lane--*),
 * against its right edge: just left of the cards' buttons on the dashboard, over the free middle
 * of the cards, never on a button; at the desk over the queue, left of its Cancel column. At
 * most three at a time.
 */
export function RoleToaster({ role }: { role: Role }) {
  const { toasts } = useToasterStore();
  useEffect(() => {
    for (const t of toasts.filter((t) => t.visible).slice(VISIBLE_TOASTS)) toast.dismiss(t.id);
  }, [toasts]);
  return (
    <Toaster
      position="bottom-right"
      containerClassName={`toast-lane toast-lane--${role}`}
      containerStyle={{
        top: 'auto',
        left: 'var(--toast-lane-left)',
        right: 'var(--toast-lane-right)',
        bottom: 'var(--toast-lane-bottom)',
      }}
      toastOptions={{ duration: 6000, style: { maxWidth: 'min(350px, 100%)' } }}
    />
  );
}
