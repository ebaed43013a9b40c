import { useState, type SyntheticEvent } from 'react';
import { ROLES, type Role } from '@clinicflow/shared/model';
import { addStaffInputSchema, fieldErrors, type AddStaffInput } from '@clinicflow/shared/validation';
import { Field } from '@/components/ui/field';
import { ROLE_LABELS } from '@/config/labels';

export type AddStaffOutcome =
  { ok: true; displayName: string; email: string } | { ok: false; message: string; fields: Record<string, string> };

type Delivery = { state: 'sending' } | { state: 'sent' } | { state: 'failed'; message: string };

interface AddStaffFormProps {
  onAdd: (input: AddStaffInput) => Promise<AddStaffOutcome>;
  /** Asks Firebase to email the member a password-setup link; throws with a message for people. */
  onSendSetupEmail: (email: string) => Promise<void>;
}

/**
 * Add a member: checked with the same zod schema as the callable, then sent to it. Once added,
 * the member gets Firebase's password-setup email; "sent" shows only after Firebase said so.
 */
export function AddStaffForm({ onAdd, onSendSetupEmail }: AddStaffFormProps) {
  const [values, setValues] = useState({ email: '', displayName: '', role: 'receptionist' as Role });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
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
      setDelivery({ state: 'failed', message: (err as Error).message });
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
    <form className="stack" onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Add staff member">
      <Field label="Full name" error={errors.displayName}>
        {(control) => (
          <input
            {...control}
            value={values.displayName}
            onChange={(e) => set('displayName', e.target.value)}
            autoComplete="off"
          />
        )}
      </Field>
      <Field label="Email" error={errors.email}>
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
      <Field label="Role" error={errors.role}>
        {(control) => (
          <select {...control} value={values.role} onChange={(e) => set('role', e.target.value)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <button className="button button--primary button--block" type="submit" disabled={busy}>
        {busy ? 'Adding…' : 'Add staff member'}
      </button>
      {added && (
        <div className={`created created--${delivery.state}`} role="status">
          <p>
            <strong>{added.displayName}</strong> was added.{' '}
            {delivery.state === 'sending' && <>Sending a password-setup email to {added.email}…</>}
            {delivery.state === 'sent' && (
              <>
                Password-setup email sent to <strong>{added.email}</strong>. They choose their own password from it.
              </>
            )}
            {delivery.state === 'failed' && (
              <>
                The password-setup email to {added.email} could not be sent. {delivery.message}
              </>
            )}
          </p>
          {delivery.state === 'failed' && (
            <button className="button button--small" type="button" onClick={() => void sendSetupEmail(added.email)}>
              Send the email again
            </button>
          )}
        </div>
      )}
    </form>
  );
}
