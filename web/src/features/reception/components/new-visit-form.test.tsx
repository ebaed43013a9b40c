import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PatientSummary } from '../visit-draft';
import { NewVisitForm, type NewVisitFormProps, type SearchSlotProps } from './new-visit-form';
import { useI18n } from '@/lib/i18n';

const MARIA: PatientSummary = {
  id: 'p1',
  fullName: 'Maria Garcia',
  dateOfBirth: '1984-03-12',
  phone: '+34 612 345 678',
};

/** Stands in for the Firestore-backed search box: one result, and the "register new" link. */
function FakeSearch({ onSelect, onRegisterNew, error }: SearchSlotProps) {
  const { invalid } = useI18n();
  return (
    <div>
      <button type="button" onClick={() => onSelect(MARIA)}>
        Pick Maria
      </button>
      <button type="button" onClick={() => onRegisterNew('Ana Ruiz')}>
        Register new
      </button>
      {error && <p>{invalid(error)}</p>}
    </div>
  );
}

function setup(overrides: Partial<NewVisitFormProps> = {}) {
  const onSave = vi.fn();
  const findDuplicates = vi.fn<NewVisitFormProps['findDuplicates']>().mockResolvedValue([]);
  render(
    <NewVisitForm
      renderSearch={(slot) => <FakeSearch {...slot} />}
      findDuplicates={findDuplicates}
      onSave={onSave}
      {...overrides}
    />,
  );
  return { onSave, findDuplicates, user: userEvent.setup() };
}

async function fillNewPatient(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Register new' }));
  await user.type(screen.getByLabelText('Phone'), '+34 600 111 222');
  await user.type(screen.getByLabelText('Date of birth'), '1990-05-04');
  await user.type(screen.getByLabelText('Reason for the visit'), 'Sore throat');
}

describe('NewVisitForm', () => {
  it('asks for a patient when none was chosen', async () => {
    const { user, onSave } = setup();
    await user.type(screen.getByLabelText('Reason for the visit'), 'Cough');
    await user.click(screen.getByRole('button', { name: 'Open visit' }));
    expect(screen.getByText('Find the patient, or register a new one.')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('puts each validation message next to its field and keeps what was typed', async () => {
    const { user, onSave } = setup();
    await user.click(screen.getByRole('button', { name: 'Register new' }));
    const name = screen.getByLabelText('Full name');
    await user.clear(name);
    await user.type(name, 'A');
    await user.type(screen.getByLabelText('Phone'), '12');
    await user.click(screen.getByRole('button', { name: 'Register and open visit' }));

    expect(name).toHaveAccessibleDescription('Name needs at least 2 characters.');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveValue('A');
    expect(screen.getByLabelText('Phone')).toHaveAccessibleDescription('Phone needs at least 6 characters.');
    expect(screen.getByLabelText('Phone')).toHaveValue('12');
    expect(screen.getByLabelText('Date of birth')).toHaveAccessibleDescription(
      /Enter a real date of birth, not in the future\./,
    );
    expect(screen.getByLabelText('Reason for the visit')).toHaveAccessibleDescription(
      'Enter the reason for the visit.',
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('clears a field’s message as soon as it is edited', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Register new' }));
    await user.click(screen.getByRole('button', { name: 'Register and open visit' }));
    const reason = screen.getByLabelText('Reason for the visit');
    expect(reason).toHaveAccessibleDescription('Enter the reason for the visit.');
    await user.type(reason, 'F');
    expect(reason).not.toHaveAccessibleDescription();
  });

  it('starts the new patient from what was searched and saves patient and visit together', async () => {
    const { user, onSave, findDuplicates } = setup();
    await fillNewPatient(user);
    expect(screen.getByLabelText('Full name')).toHaveValue('Ana Ruiz');
    await user.click(screen.getByRole('radio', { name: /Urgent/ }));
    await user.click(screen.getByRole('button', { name: 'Register and open visit' }));

    const input = { fullName: 'Ana Ruiz', phone: '+34 600 111 222', dateOfBirth: '1990-05-04' };
    expect(findDuplicates).toHaveBeenCalledWith(input);
    expect(onSave).toHaveBeenCalledWith({
      patient: { kind: 'new', input },
      visit: { reason: 'Sore throat', priority: 'urgent' },
    });
  });

  it('warns about a registered patient with the same name and birth date, and can use them instead', async () => {
    const existing: PatientSummary = { ...MARIA, id: 'p9', fullName: 'Ana Ruiz', dateOfBirth: '1990-05-04' };
    const { user, onSave } = setup({ findDuplicates: vi.fn().mockResolvedValue([existing]) });
    await fillNewPatient(user);
    await user.click(screen.getByRole('button', { name: 'Register and open visit' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Already registered?');
    expect(onSave).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Use existing' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open visit' }));
    expect(onSave).toHaveBeenCalledWith({
      patient: { kind: 'existing', id: 'p9', fullName: 'Ana Ruiz', detailsMissing: false },
      visit: { reason: 'Sore throat', priority: 'normal' },
    });
  });

  it('registers anyway when the receptionist says it is another person', async () => {
    const { user, onSave } = setup({ findDuplicates: vi.fn().mockResolvedValue([{ ...MARIA, fullName: 'Ana Ruiz' }]) });
    await fillNewPatient(user);
    await user.click(screen.getByRole('button', { name: 'Register and open visit' }));
    await user.click(await screen.findByRole('button', { name: 'Register anyway' }));
    expect(onSave).toHaveBeenCalledWith({
      patient: { kind: 'new', input: { fullName: 'Ana Ruiz', phone: '+34 600 111 222', dateOfBirth: '1990-05-04' } },
      visit: { reason: 'Sore throat', priority: 'normal' },
    });
  });

  it('goes ahead without a warning when the duplicate check could not run (offline)', async () => {
    const { user, onSave } = setup({ findDuplicates: vi.fn().mockResolvedValue(null) });
    await fillNewPatient(user);
    await user.click(screen.getByRole('button', { name: 'Register and open visit' }));
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('opens a visit for a chosen patient with the priority picked', async () => {
    const { user, onSave } = setup();
    await user.click(screen.getByRole('button', { name: 'Pick Maria' }));
    expect(screen.getByText('Maria Garcia')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Reason for the visit'), 'Chest pain');
    await user.click(screen.getByRole('radio', { name: /Emergency/ }));
    await user.click(screen.getByRole('button', { name: 'Open visit' }));
    expect(onSave).toHaveBeenCalledWith({
      patient: { kind: 'existing', id: 'p1', fullName: 'Maria Garcia', detailsMissing: false },
      visit: { reason: 'Chest pain', priority: 'emergency' },
    });
  });

  it('moves to the reason once a patient is chosen, keeps Enter for line breaks there, and saves on Ctrl+Enter', async () => {
    const { user, onSave } = setup();
    await user.click(screen.getByRole('button', { name: 'Pick Maria' }));
    const reason = screen.getByLabelText('Reason for the visit');
    expect(reason).toHaveFocus();
    await user.keyboard('Cough{Enter}since Monday');
    expect(onSave).not.toHaveBeenCalled();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ visit: { reason: 'Cough\nsince Monday', priority: 'normal' } }),
    );
  });

  it('saves on Enter from the priority radios, with the priority the arrows chose', async () => {
    const { user, onSave } = setup();
    await user.click(screen.getByRole('button', { name: 'Pick Maria' }));
    await user.keyboard('Fever{Tab}');
    expect(screen.getByRole('radio', { name: /Normal/ })).toHaveFocus();
    await user.keyboard('{ArrowUp}{Enter}');
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ visit: { reason: 'Fever', priority: 'urgent' } }));
  });
});
