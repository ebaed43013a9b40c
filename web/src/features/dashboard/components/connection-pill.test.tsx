import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deriveConnection } from '../connection';
import { ConnectionPill } from './connection-pill';

describe('ConnectionPill', () => {
  it('is green and says Live with the time of the last sync', () => {
    render(
      <ConnectionPill
        connection={deriveConnection({ online: true, status: 'ready', fromCache: false })}
        lastSyncAt={new Date(2026, 0, 15, 10, 42, 5)}
      />,
    );
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('data-tone', 'live');
    expect(status).toHaveTextContent('Live');
    expect(status).toHaveTextContent(/Last synced 10:42:05/);
  });

  it('turns yellow offline and keeps the last sync time', () => {
    render(
      <ConnectionPill
        connection={deriveConnection({ online: false, status: 'ready', fromCache: true })}
        lastSyncAt={new Date(2026, 0, 15, 10, 42, 5)}
      />,
    );
    expect(screen.getByRole('status')).toHaveAttribute('data-tone', 'offline');
    expect(screen.getByText('Offline — showing saved data')).toHaveClass('pill--offline');
  });

  it('says when nothing was synced yet', () => {
    render(
      <ConnectionPill
        connection={deriveConnection({ online: true, status: 'loading', fromCache: true })}
        lastSyncAt={null}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Connecting…Not synced yet');
  });
});
