import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PriorityPicker } from './priority-picker';

describe('PriorityPicker', () => {
  it('is one labelled group of radios, each saying what it means', async () => {
    const onChange = vi.fn();
    render(<PriorityPicker value="normal" error={undefined} onChange={onChange} />);
    const group = screen.getByRole('radiogroup', { name: 'Priority' });
    expect(group).not.toHaveAccessibleDescription();
    expect(screen.getByRole('radio', { name: /Normal/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /Emergency/ })).toHaveAccessibleName(/^Emergency ?Seen first$/);
    await userEvent.click(screen.getByRole('radio', { name: /Urgent/ }));
    expect(onChange).toHaveBeenCalledWith('urgent');
  });

  it('reads its message out with the group', () => {
    render(<PriorityPicker value="" error="Pick a priority." onChange={vi.fn()} />);
    expect(screen.getByRole('radiogroup', { name: 'Priority' })).toHaveAccessibleDescription('Pick a priority.');
    expect(screen.queryByRole('radio', { checked: true })).not.toBeInTheDocument();
  });
});
