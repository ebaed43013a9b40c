import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AddStaffForm, type AddStaffOutcome } from './add-staff-form';
import { MessageError } from '@/lib/i18n';

function setup(outcome: AddStaffOutcome, sendSetupEmail: (email: string) => Promise<void> = () => Promise.resolve()) {
  const onAdd = vi.fn().mockResolvedValue(outcome);
  const onSendSetupEmail = vi.fn(sendSetupEmail);
  render(<AddStaffForm onAdd={onAdd} onSendSetupEmail={onSendSetupEmail} />);
  return { onAdd, onSendSetupEmail, user: userEvent.setup() };
}

async function addJo(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Full name'), 'Jo Nurse');
  await user.type(screen.getByLabelText('Email'), 'jo@sunrise.demo');
  await user.selectOptions(screen.getByLabelText('Role'), 'checkerDoctor');
  await user.click(screen.getByRole('button', { name: 'Add staff member' }));
}

const added: AddStaffOutcome = { ok: true, displayName: 'Jo Nurse', email: 'jo@sunrise.demo' };

describe('AddStaffForm', () => {
  it('checks the input with the shared schema before calling the server', async () => {
    const { onAdd, user } = setup(added);
    await user.type(screen.getByLabelText('Full name'), 'J');
    await user.type(screen.getByLabelText('Email'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Add staff member' }));
    expect(screen.getByLabelText('Full name')).toHaveAccessibleDescription('Name needs at least 2 characters.');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter a valid email address.');
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('says the password-setup email was sent only once the sign-in service answered', async () => {
    let answer = (): void => undefined;
    const { onAdd, onSendSetupEmail, user } = setup(added, () => new Promise<void>((resolve) => (answer = resolve)));
    await addJo(user);
    expect(onAdd).toHaveBeenCalledWith({ displayName: 'Jo Nurse', email: 'jo@sunrise.demo', role: 'checkerDoctor' });
    expect(onSendSetupEmail).toHaveBeenCalledWith('jo@sunrise.demo');
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Jo Nurse was added. Sending a password-setup email to jo@sunrise.demo…',
    );
    expect(screen.getByRole('status')).not.toHaveTextContent('email sent');
    expect(screen.getByLabelText('Full name')).toHaveValue('');

    answer();
    expect(await screen.findByText(/Password-setup email sent to/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Password-setup email sent to jo@sunrise.demo.');
  });

  it('offers to send the email again when it could not be sent', async () => {
    const failThenSend = vi
      .fn<(email: string) => Promise<void>>()
      .mockRejectedValueOnce(new MessageError('signIn.error.network'))
      .mockResolvedValueOnce(undefined);
    const { user } = setup(added, failThenSend);
    await addJo(user);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'The password-setup email to jo@sunrise.demo could not be sent. No connection to the sign-in service.',
    );
    await user.click(screen.getByRole('button', { name: 'Send the email again' }));
    expect(await screen.findByText(/Password-setup email sent to/)).toBeInTheDocument();
    expect(failThenSend).toHaveBeenCalledTimes(2);
  });

  it('says why the callable refused, beside the field too, and keeps the input', async () => {
    const { onSendSetupEmail, user } = setup({
      ok: false,
      message: 'refusal.alreadyOnStaff',
      fields: { email: 'email.invalid' },
    });
    await user.type(screen.getByLabelText('Full name'), 'Jo Nurse');
    await user.type(screen.getByLabelText('Email'), 'jo@sunrise.demo');
    await user.click(screen.getByRole('button', { name: 'Add staff member' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That person is already on your clinic’s staff; change their role instead.',
    );
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter a valid email address.');
    expect(screen.getByLabelText('Email')).toHaveValue('jo@sunrise.demo');
    expect(onSendSetupEmail).not.toHaveBeenCalled();
  });
});
