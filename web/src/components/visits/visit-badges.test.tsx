import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WaitTimer } from './visit-badges';

const min = 60_000;

describe('WaitTimer', () => {
  it('shows a calm timer under the amber threshold', () => {
    render(<WaitTimer priority="normal" waitedMs={12 * min} />);
    const timer = screen.getByText('12 min').parentElement;
    expect(timer).toHaveAttribute('data-level', 'ok');
    expect(timer).not.toHaveTextContent(/long wait|overdue/);
  });

  it('turns amber and says "long wait" past the amber threshold', () => {
    render(<WaitTimer priority="emergency" waitedMs={7 * min} />);
    const timer = screen.getByText('7 min').parentElement;
    expect(timer).toHaveClass('wait--amber');
    expect(timer).toHaveTextContent('long wait');
  });

  it('turns red and says "overdue" past the red threshold', () => {
    render(<WaitTimer priority="urgent" waitedMs={34 * min} />);
    const timer = screen.getByText('34 min').parentElement;
    expect(timer).toHaveClass('wait--red');
    expect(timer).toHaveTextContent('overdue');
  });
});
