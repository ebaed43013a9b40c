import { useId } from 'react';
import { PRIORITIES, type Priority } from '@clinicflow/shared/model';
import { PRIORITY_LABELS } from '@/config/labels';

const PRIORITY_HINTS: Record<Priority, string> = {
  emergency: 'Seen first',
  urgent: 'Soon',
  normal: 'In turn',
};

/** One radio per priority, with what it means for the patient; the message sits under the group. */
export function PriorityPicker({
  value,
  error,
  onChange,
}: {
  value: Priority | '';
  error: string | undefined;
  onChange: (priority: Priority) => void;
}) {
  const ids = useId();
  return (
    <div
      className="priority-picker"
      role="radiogroup"
      aria-labelledby={`${ids}-priority-label`}
      aria-describedby={error ? `${ids}-priority-error` : undefined}
    >
      <span id={`${ids}-priority-label`} className="priority-picker__label">
        Priority
      </span>
      <div className="priority-picker__options">
        {PRIORITIES.map((p) => (
          <label key={p} className={`priority-option priority-option--${p}`}>
            <input type="radio" name={`${ids}-priority`} value={p} checked={value === p} onChange={() => onChange(p)} />
            <span className="priority-option__name">{PRIORITY_LABELS[p]}</span>
            <span className="priority-option__hint">{PRIORITY_HINTS[p]}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${ids}-priority-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
