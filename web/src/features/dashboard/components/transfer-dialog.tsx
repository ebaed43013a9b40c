import { useId, useState } from 'react';
import { Modal } from '@/components/ui/modal';
import { useI18n } from '@/lib/i18n';

export interface Colleague {
  uid: string;
  name: string;
  room: string;
}

/** Hand a patient to a colleague on duty: pick one by name and room. */
export function TransferDialog({
  ticket,
  colleagues,
  onTransfer,
  onClose,
}: {
  ticket: string;
  colleagues: readonly Colleague[];
  onTransfer: (colleague: Colleague) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const titleId = useId();
  const [picked, setPicked] = useState<string | null>(colleagues[0]?.uid ?? null);
  const colleague = colleagues.find((c) => c.uid === picked) ?? null;
  return (
    <Modal className="dialog transfer-dialog" labelledBy={titleId} onClose={onClose}>
      <h2 id={titleId}>{t('transfer.title', { ticket })}</h2>
      {colleagues.length === 0 ? (
        <p className="dialog__body">{t('transfer.nobody')}</p>
      ) : (
        <fieldset className="dialog__body">
          <legend className="visually-hidden">{t('transfer.pick')}</legend>
          <ul>
            {colleagues.map((c) => (
              <li key={c.uid}>
                <label className="choice">
                  <input
                    type="radio"
                    name="colleague"
                    value={c.uid}
                    checked={picked === c.uid}
                    onChange={() => setPicked(c.uid)}
                  />{' '}
                  {t('transfer.option', { name: c.name, room: c.room })}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <div className="dialog__actions">
        <button className="button" type="button" onClick={onClose} autoFocus>
          {t('dialog.goBack')}
        </button>
        <button
          className="button button--primary"
          type="button"
          disabled={!colleague}
          onClick={() => colleague && onTransfer(colleague)}
        >
          {t('transfer.confirm')}
        </button>
      </div>
    </Modal>
  );
}
