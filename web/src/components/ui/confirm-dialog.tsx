import { useCallback, useId, useState, type ReactNode } from 'react';
import { useI18n } from '@/lib/i18n';
import { Modal } from './modal';

export interface ConfirmRequest {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
}

/**
 * A modal question (components/ui/modal). `confirm()` resolves
 * true or false; render `dialog` somewhere in the component.
 */
export function useConfirm(): [dialog: ReactNode, confirm: (request: ConfirmRequest) => Promise<boolean>] {
  const [pending, setPending] = useState<{ request: ConfirmRequest; resolve: (ok: boolean) => void } | null>(null);
  const confirm = useCallback(
    (request: ConfirmRequest) => new Promise<boolean>((resolve) => setPending({ request, resolve })),
    [],
  );
  const answer = (ok: boolean) => {
    pending?.resolve(ok);
    setPending(null);
  };
  const dialog = pending ? <ConfirmDialog {...pending.request} onAnswer={answer} /> : null;
  return [dialog, confirm];
}

function ConfirmDialog({
  title,
  body,
  confirmLabel,
  cancelLabel,
  danger = false,
  onAnswer,
}: ConfirmRequest & { onAnswer: (ok: boolean) => void }) {
  const { t } = useI18n();
  const titleId = useId();
  const bodyId = useId();
  return (
    <Modal className="dialog" labelledBy={titleId} describedBy={bodyId} onClose={() => onAnswer(false)}>
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId} className="dialog__body">
        {body}
      </div>
      <div className="dialog__actions">
        <button className="button" type="button" onClick={() => onAnswer(false)} autoFocus>
          {cancelLabel ?? t('dialog.goBack')}
        </button>
        <button
          className={`button ${danger ? 'button--danger-solid' : 'button--primary'}`}
          type="button"
          onClick={() => onAnswer(true)}
        >
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
