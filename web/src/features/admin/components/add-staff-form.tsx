import { useState, type SyntheticEvent } from 'react';
import { ROLES, type Role } from '@clinicflow/shared/model';
import { addStaffInputSchema, fieldErrors, type AddStaffInput } from '@clinicflow/shared/validation';
import { ROLE_LABELS } from '@/app/role-routes';
import { Field } from '@/components/ui/field';

export type AddStaffOutcome =
  | { ok: true; displayName: string; passwordSetupLink: string }
  | { ok: false; message: string; fields: Record<string, string> };

/** Add a member: checked with the same zod schema as the callable, then sent to it. */
export function AddStaffForm({ onAdd }: { onAdd: (input: AddStaffInput) => Promise<AddStaffOutcome> }) {
  const [values, setValues] = useState({ email: '', displayName: '', role: 'receptionist' as Role });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ displayName: string; link: string } | null>(null);
  const [copied, setCopied] = useState(false);

  const set = (field: keyof typeof values, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== field)));
  };

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
      setCreated({ displayName: outcome.displayName, link: outcome.passwordSetupLink });
      setCopied(false);
      setValues({ email: '', displayName: '', role: 'receptionist' });
    } else {
      setErrors(outcome.fields);
      setFormError(outcome.message);
    }
  }

  async function copy(link: string) {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
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
      {created && (
        <div className="created" role="status">
          <p>
            <strong>{created.displayName}</strong> was added. Send them this link to choose a password:
          </p>
          <div className="copy-box">
            <input aria-label="Password setup link" value={created.link} readOnly onFocus={(e) => e.target.select()} />
            <button className="button button--small" type="button" onClick={() => void copy(created.link)}>
              {copied ? 'Copied' : 'Copy link'}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
