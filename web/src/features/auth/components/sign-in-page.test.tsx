import { render, screen } from '@testing-library/react';
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
});
