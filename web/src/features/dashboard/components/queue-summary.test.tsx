import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QueueSummary } from './queue-summary';

describe('QueueSummary', () => {
  it('counts the waiting, called and in-review visits and names the longest wait', () => {
    render(<QueueSummary waiting={8} called={1} inReview={2} longestWaitMs={48 * 60_000} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Open visits' })).toBeInTheDocument();
    expect(screen.getByLabelText('Queue summary')).toHaveTextContent('8 waiting1 called2 in reviewlongest wait 48 min');
  });

  it('leaves the longest wait out while nobody waits', () => {
    render(<QueueSummary waiting={0} called={0} inReview={1} longestWaitMs={null} />);
    expect(screen.getByLabelText('Queue summary')).toHaveTextContent('0 waiting0 called1 in review');
    expect(screen.queryByText(/longest wait/)).not.toBeInTheDocument();
  });
});
