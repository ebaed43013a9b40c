import { useEffect } from 'react';
import toast, { Toaster, useToasterStore } from 'react-hot-toast';
import type { Role } from '@clinicflow/shared/model';

/** More would stack over the screen; older ones make room (each says something newer replaced it). */
const VISIBLE_TOASTS = 3;

/**
 * The toasts, in a lane of each role's screen that holds no action (styles.css, .toast-lane--*):
 * over the cards' names but never their buttons on the dashboard, over the queue's names but
 * never its Cancel at the desk. At most three at a time.
 */
export function RoleToaster({ role }: { role: Role }) {
  const { toasts } = useToasterStore();
  useEffect(() => {
    for (const t of toasts.filter((t) => t.visible).slice(VISIBLE_TOASTS)) toast.dismiss(t.id);
  }, [toasts]);
  return (
    <Toaster
      position="bottom-left"
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
