import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The native <dialog>, opened modal on mount (focus trap and Escape for free). Escape asks the
 * owner to close instead of closing by itself, so React state stays the one truth of what is open.
 */
export function Modal({
  className,
  labelledBy,
  describedBy,
  onClose,
  children,
}: {
  className: string;
  labelledBy: string;
  describedBy?: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
