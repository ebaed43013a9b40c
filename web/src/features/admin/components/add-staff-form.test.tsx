import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AddStaffForm, type AddStaffOutcome } from './add-staff-form';

function setup(outcome: AddStaffOutcome) {
  const onAdd = vi.fn().mockResolvedValue(outcome);
  render(<AddStaffForm onAdd={onAdd} />);
  return { onAdd, user: userEvent.setup() };
}

describe('AddStaffForm', () => {
  it('checks the input with the shared schema before calling the server', async () => {
    const { onAdd, user } = setup({ ok: true, displayName: 'x', passwordSetupLink: 'x' });
    await user.type(screen.getByLabelText('Full name'), 'J');
    await user.type(screen.getByLabelText('Email'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Add staff member' }));
    expect(screen.getByLabelText('Full name')).toHaveAccessibleDescription('Name needs at least 2 characters.');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter a valid email address.');
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('shows the password-setup link to copy once the member is added', async () => {
    const link = 'http://127.0.0.1:9099/emulator/action?mode=resetPassword&oobCode=abc';
    const { onAdd, user } = setup({ ok: true, displayName: 'Jo Nurse', passwordSetupLink: link });
    await user.type(screen.getByLabelText('Full name'), 'Jo Nurse');
    await user.type(screen.getByLabelText('Email'), 'jo@sunrise.demo');
    await user.selectOptions(screen.getByLabelText('Role'), 'checkerDoctor');
    await user.click(screen.getByRole('button', { name: 'Add staff member' }));
    expect(onAdd).toHaveBeenCalledWith({ displayName: 'Jo Nurse', email: 'jo@sunrise.demo', role: 'checkerDoctor' });
    expect(await screen.findByLabelText('Password setup link')).toHaveValue(link);
    expect(screen.getByLabelText('Full name')).toHaveValue('');
  });

  it('shows the server’s own message and keeps the input when the callable refuses', async () => {
    const { user } = setup({
      ok: false,
      message: 'Someone with this email is already on the staff.',
      fields: { email: 'Already in use.' },
    });
    await user.type(screen.getByLabelText('Full name'), 'Jo Nurse');
    await user.type(screen.getByLabelText('Email'), 'jo@sunrise.demo');
    await user.click(screen.getByRole('button', { name: 'Add staff member' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone with this email is already on the staff.');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Already in use.');
    expect(screen.getByLabelText('Email')).toHaveValue('jo@sunrise.demo');
  });
});
