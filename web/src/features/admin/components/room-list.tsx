import { useState, type SyntheticEvent } from 'react';
import toast from 'react-hot-toast';
import { roomsSchema } from '@clinicflow/shared/validation';
import { Field } from '@/components/ui/field';
import { setClinicRooms } from '@/features/clinic/api/clinic';
import { friendlyFirestoreError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n';

/**
 * The clinic's consulting rooms: doctors start their shift in one and call patients to it. Each
 * change is saved to the clinic document at once (the rules check the list as roomsSchema does)
 * and shows as saved only when the server took it.
 */
export function RoomList({ clinicId, rooms }: { clinicId: string; rooms: readonly string[] }) {
  const { t, invalid } = useI18n();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function save(next: string[], done: string) {
    const parsed = roomsSchema.safeParse(next);
    if (!parsed.success) {
      setError(invalid(parsed.error.issues[0]?.message));
      return false;
    }
    setBusy(true);
    try {
      await setClinicRooms(clinicId, parsed.data);
      toast.success(done);
      return true;
    } catch (err) {
      toast.error(t('admin.rooms.failed', { reason: t(friendlyFirestoreError(err)) }));
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function onAdd(e: SyntheticEvent) {
    e.preventDefault();
    setError(undefined);
    const room = name.trim();
    if (await save([...rooms, room], t('admin.rooms.added', { room }))) setName('');
  }

  return (
    <div className="stack">
      {rooms.length === 0 ? (
        <p className="muted">{t('admin.rooms.none')}</p>
      ) : (
        <ul className="room-list">
          {rooms.map((room) => (
            <li key={room} className="room-list__item">
              <span>{room}</span>
              <button
                className="button button--small button--quiet"
                type="button"
                disabled={busy}
                aria-label={t('admin.rooms.removeOf', { room })}
                onClick={() =>
                  void save(
                    rooms.filter((r) => r !== room),
                    t('admin.rooms.removed', { room }),
                  )
                }
              >
                {t('admin.rooms.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="room-list__add" onSubmit={(e) => void onAdd(e)} noValidate aria-label={t('admin.rooms.add')}>
        <Field label={t('admin.rooms.name')} error={error}>
          {(control) => (
            <input
              {...control}
              value={name}
              maxLength={60}
              onChange={(e) => {
                setName(e.target.value);
                setError(undefined);
              }}
            />
          )}
        </Field>
        <button className="button" type="submit" disabled={busy}>
          {t('admin.rooms.add')}
        </button>
      </form>
    </div>
  );
}
