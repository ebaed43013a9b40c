import { useState } from 'react';
import type { DutyDoc, WithId } from '@clinicflow/shared/model';
import { DoctorsOnDuty } from '@/components/visits/doctors-on-duty';
import type { OwnDuty } from '@/features/duty/api/duty';
import { useI18n } from '@/lib/i18n';

export const DUTY_NEEDED_ID = 'duty-needed';

export interface DutyPanelProps {
  own: DutyDoc | null;
  rooms: readonly string[];
  colleagues: readonly WithId<DutyDoc>[];
  saving: boolean;
  onDuty: (duty: OwnDuty) => void;
  /** "Call next": null when nobody is waiting. */
  onCallNext: (() => void) | null;
  callingNext: boolean;
  /** Id of the notice saying why calls cannot reach the server now; null when they can. */
  serverBlockedBy: string | null;
}

/**
 * The doctor's shift (room, on duty, paused, off) beside "Call next", and the colleagues on duty
 * or paused with their rooms. A call needs the doctor on duty in a room: until then the panel
 * says so, and every call button points at that sentence.
 */
export function DutyPanel({
  own,
  rooms,
  colleagues,
  saving,
  onDuty,
  onCallNext,
  callingNext,
  serverBlockedBy,
}: DutyPanelProps) {
  const { t } = useI18n();
  const state = own?.state ?? 'off';
  const [picked, setPicked] = useState<string | null>(null);
  const room = picked ?? own?.room ?? rooms[0] ?? null;
  const onShift = state === 'on_duty';
  const callBlockedBy = onShift ? serverBlockedBy : DUTY_NEEDED_ID;

  return (
    <section className="duty-panel" aria-labelledby="duty-title">
      <div className="duty-panel__own">
        <h2 id="duty-title" className="visually-hidden">
          {t('duty.title')}
        </h2>
        <span className={`duty-panel__state duty-panel__state--${state}`} aria-live="polite">
          {state === 'off' ? t('duty.off') : t('duty.inRoom', { state, room: own?.room ?? '' })}
        </span>
        {rooms.length === 0 ? (
          <span className="muted">{t('duty.noRooms')}</span>
        ) : (
          <>
            <label className="visually-hidden" htmlFor="duty-room">
              {t('duty.room')}
            </label>
            <select
              id="duty-room"
              className="select--compact"
              value={room ?? ''}
              disabled={saving}
              onChange={(e) => {
                setPicked(e.target.value);
                if (state !== 'off') onDuty({ state, room: e.target.value });
              }}
            >
              {rooms.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
            {state !== 'on_duty' && room && (
              <button
                className="button"
                type="button"
                disabled={saving}
                onClick={() => onDuty({ state: 'on_duty', room })}
              >
                {state === 'off' ? t('duty.start') : t('duty.resume')}
              </button>
            )}
            {state === 'on_duty' && room && (
              <button
                className="button"
                type="button"
                disabled={saving}
                onClick={() => onDuty({ state: 'paused', room })}
              >
                {t('duty.pause')}
              </button>
            )}
          </>
        )}
        {state !== 'off' && (
          <button
            className="button button--quiet"
            type="button"
            disabled={saving}
            onClick={() => onDuty({ state: 'off' })}
          >
            {t('duty.end')}
          </button>
        )}
        {!onShift && (
          <p id={DUTY_NEEDED_ID} className="hint">
            {t('duty.needed')}
          </p>
        )}
      </div>
      <button
        className="button button--primary duty-panel__call-next"
        type="button"
        disabled={!onCallNext || callingNext || callBlockedBy !== null}
        aria-describedby={callBlockedBy ?? undefined}
        onClick={() => onCallNext?.()}
      >
        {callingNext ? t('call.calling') : t('call.next')}
      </button>
      <div className="duty-panel__colleagues">
        <DoctorsOnDuty doctors={colleagues} empty={t('duty.nobodyElse')} />
      </div>
    </section>
  );
}

/** The transfer's choice: a colleague on duty, by name and room. */
export function onDutyColleagues(colleagues: readonly WithId<DutyDoc>[]) {
  return colleagues
    .filter((c): c is WithId<DutyDoc> & { room: string } => c.state === 'on_duty' && c.room !== null)
    .map((c) => ({ uid: c.id, name: c.displayName, room: c.room }));
}
