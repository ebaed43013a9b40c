import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SignInPage } from './sign-in-page';

// Talks to the real Auth emulator that `npm test` started.
describe('SignInPage', () => {
  it('says plainly when the password is wrong', async () => {
    render(<SignInPage />);
    await userEvent.type(screen.getByLabelText('Email'), 'reception@sunrise.demo');
    await userEvent.type(screen.getByLabelText('Password'), 'not-the-password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is wrong.');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('sends a reset email with the same answer whether or not the address has an account', async () => {
    render(<SignInPage />);
    await userEvent.type(screen.getByLabelText('Email'), 'nobody-here@sunrise.demo');
    await userEvent.click(screen.getByRole('button', { name: 'Forgot password?' }));
    // The address typed for signing in carries over.
    expect(screen.getByLabelText('Email')).toHaveValue('nobody-here@sunrise.demo');
    await userEvent.click(screen.getByRole('button', { name: 'Email me a reset link' }));
    const answer = (email: string) =>
      `If ${email} has a ClinicFlow account, a password-reset email is on its way. Check the spam folder if it has not arrived in a few minutes.`;
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(answer('nobody-here@sunrise.demo')));

    await userEvent.clear(screen.getByLabelText('Email'));
    await userEvent.type(screen.getByLabelText('Email'), 'reception@sunrise.demo');
    await userEvent.click(screen.getByRole('button', { name: 'Send the email again' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(answer('reception@sunrise.demo')));
  });

  it('asks for a real email address before sending anything, and goes back to signing in', async () => {
    render(<SignInPage />);
    await userEvent.click(screen.getByRole('button', { name: 'Forgot password?' }));
    await userEvent.click(screen.getByRole('button', { name: 'Email me a reset link' }));
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter the email address you sign in with.');
    await userEvent.type(screen.getByLabelText('Email'), 'not-an-email');
    await userEvent.click(screen.getByRole('button', { name: 'Email me a reset link' }));
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter a valid email address.');
    expect(screen.queryByRole('status')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Back to sign in' }));
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  });
});
