import { useState, type SyntheticEvent } from 'react';
import { ROLES, type Role } from '@clinicflow/shared/model';
import { addStaffInputSchema, fieldErrors, type AddStaffInput } from '@clinicflow/shared/validation';
import { Field } from '@/components/ui/field';
import { ROLE_LABELS } from '@/config/labels';
import { messageOf, Msg, useI18n, type MessageKey } from '@/lib/i18n';

export type AddStaffOutcome =
  { ok: true; displayName: string; email: string } | { ok: false; message: MessageKey; fields: Record<string, string> };

type Delivery = { state: 'sending' } | { state: 'sent' } | { state: 'failed'; message: MessageKey };

interface AddStaffFormProps {
  onAdd: (input: AddStaffInput) => Promise<AddStaffOutcome>;
  /** Asks Firebase to email the member a password-setup link; throws (a MessageError when it can say why). */
  onSendSetupEmail: (email: string) => Promise<void>;
}

/**
 * Add a member: checked with the same zod schema as the callable, then sent to it. Once added,
 * the member gets Firebase's password-setup email; "sent" shows only after Firebase said so.
 */
export function AddStaffForm({ onAdd, onSendSetupEmail }: AddStaffFormProps) {
  const { t, invalid } = useI18n();
  const [values, setValues] = useState({ email: '', displayName: '', role: 'receptionist' as Role });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<{ displayName: string; email: string } | null>(null);
  const [delivery, setDelivery] = useState<Delivery>({ state: 'sending' });

  const set = (field: keyof typeof values, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== field)));
  };

  async function sendSetupEmail(email: string) {
    setDelivery({ state: 'sending' });
    try {
      await onSendSetupEmail(email);
      setDelivery({ state: 'sent' });
    } catch (err) {
      setDelivery({ state: 'failed', message: messageOf(err, 'reset.error.failed') });
    }
  }

  async function onSubmit(e: SyntheticEvent) {
    e.preventDefault();
    setFormError(null);
    const parsed = addStaffInputSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setBusy(true);
    const outcome = await onAdd(parsed.data);
    setBusy(false);
    if (outcome.ok) {
      setAdded({ displayName: outcome.displayName, email: outcome.email });
      setValues({ email: '', displayName: '', role: 'receptionist' });
      await sendSetupEmail(outcome.email);
    } else {
      setAdded(null);
      setErrors(outcome.fields);
      setFormError(outcome.message);
    }
  }

  return (
    <form className="stack" onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('admin.add.title')}>
      <Field label={t('field.fullName')} error={invalid(errors.displayName)}>
        {(control) => (
          <input
            {...control}
            value={values.displayName}
            onChange={(e) => set('displayName', e.target.value)}
            autoComplete="off"
          />
        )}
      </Field>
      <Field label={t('signIn.email')} error={invalid(errors.email)}>
        {(control) => (
          <input
            {...control}
            type="email"
            value={values.email}
            onChange={(e) => set('email', e.target.value)}
            autoComplete="off"
          />
        )}
      </Field>
      <Field label={t('admin.column.role')} error={invalid(errors.role)}>
        {(control) => (
          <select {...control} value={values.role} onChange={(e) => set('role', e.target.value)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(ROLE_LABELS[r])}
              </option>
            ))}
          </select>
        )}
      </Field>
      {formError && (
        <p className="form-error" role="alert">
          {t(formError)}
        </p>
      )}
      <button className="button button--primary button--block" type="submit" disabled={busy}>
        {busy ? t('admin.add.busy') : t('admin.add.title')}
      </button>
      {added && (
        <div className={`created created--${delivery.state}`} role="status">
          <p>
            <Msg id="admin.add.added" values={{ name: added.displayName }} components={{ 0: <strong /> }} />{' '}
            {delivery.state === 'sending' && t('admin.setupEmail.sending', { email: added.email })}
            {delivery.state === 'sent' && (
              <Msg id="admin.setupEmail.sent" values={{ email: added.email }} components={{ 0: <strong /> }} />
            )}
            {delivery.state === 'failed' &&
              `${t('admin.setupEmail.failed', { email: added.email })} ${t(delivery.message)}`}
          </p>
          {delivery.state === 'failed' && (
            <button className="button button--small" type="button" onClick={() => void sendSetupEmail(added.email)}>
              {t('forgot.again')}
            </button>
          )}
        </div>
      )}
    </form>
  );
}
