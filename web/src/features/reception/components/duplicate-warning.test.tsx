import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PatientSummary } from '../visit-draft';
import { DuplicateWarning } from './duplicate-warning';

const ana = (id: string, phone: string): PatientSummary => ({
  id,
  fullName: 'Ana Ruiz',
  dateOfBirth: '1990-05-04',
  phone,
});

describe('DuplicateWarning', () => {
  it('lists each patient on file with their phone, and uses the one picked', async () => {
    const onUse = vi.fn();
    const patients = [ana('p1', '+34 600 111 222'), ana('p2', '+34 699 000 111')];
    render(<DuplicateWarning patients={patients} onUse={onUse} onRegisterAnyway={vi.fn()} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('2 patients with this name and date of birth are already on file.');
    const second = within(alert).getAllByRole('listitem')[1];
    if (!second) throw new Error('no second patient listed');
    expect(second).toHaveTextContent('+34 699 000 111');
    await userEvent.click(within(second).getByRole('button', { name: 'Use existing' }));
    expect(onUse).toHaveBeenCalledWith(patients[1]);
  });

  it('speaks of one patient in the singular, and registers anyway on request', async () => {
    const onRegisterAnyway = vi.fn();
    render(
      <DuplicateWarning
        patients={[ana('p1', '+34 600 111 222')]}
        onUse={vi.fn()}
        onRegisterAnyway={onRegisterAnyway}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'A patient with this name and date of birth is already on file.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Register anyway' }));
    expect(onRegisterAnyway).toHaveBeenCalledOnce();
  });
});
