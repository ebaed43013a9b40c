import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useConfirm } from './confirm-dialog';

function Asker() {
  const [dialog, confirm] = useConfirm();
  const [answer, setAnswer] = useState('none');
  return (
    <>
      <button
        type="button"
        onClick={() =>
          void confirm({
            title: 'Cancel this visit?',
            body: 'A-007 leaves the queue.',
            confirmLabel: 'Cancel visit',
          }).then((ok) => setAnswer(String(ok)))
        }
      >
        Ask
      </button>
      <output>{answer}</output>
      {dialog}
    </>
  );
}

describe('useConfirm', () => {
  it('asks in a labelled dialog and resolves true on confirm', async () => {
    render(<Asker />);
    await userEvent.click(screen.getByRole('button', { name: 'Ask' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel this visit?' });
    expect(dialog).toHaveAccessibleDescription('A-007 leaves the queue.');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel visit' }));
    expect(screen.getByRole('status')).toHaveTextContent('true');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('resolves false when the user goes back', async () => {
    render(<Asker />);
    await userEvent.click(screen.getByRole('button', { name: 'Ask' }));
    await userEvent.click(screen.getByRole('button', { name: 'Go back' }));
    expect(screen.getByRole('status')).toHaveTextContent('false');
  });
});
