import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deriveConnection, type ConnectionInput } from '@/lib/connection';
import { ConnectionPill } from './connection-pill';

const LIVE: ConnectionInput = { online: true, reachable: true, status: 'ready', fromCache: false };
const SYNCED = new Date(2026, 0, 15, 10, 42, 5);

describe('ConnectionPill', () => {
  it('is green and says Live with the time of the last sync', () => {
    render(<ConnectionPill connection={deriveConnection(LIVE)} lastSyncAt={SYNCED} />);
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('data-tone', 'live');
    expect(status).toHaveTextContent('Live');
    expect(status).toHaveTextContent(/Last synced 10:42:05/);
  });

  it('turns yellow offline and keeps the last sync time', () => {
    render(<ConnectionPill connection={deriveConnection({ ...LIVE, online: false })} lastSyncAt={SYNCED} />);
    expect(screen.getByRole('status')).toHaveAttribute('data-tone', 'offline');
    expect(screen.getByText('Offline — showing saved data')).toHaveClass('pill--offline');
  });

  it('turns yellow when the server stops answering though the browser is online', () => {
    render(<ConnectionPill connection={deriveConnection({ ...LIVE, reachable: false })} lastSyncAt={SYNCED} />);
    expect(screen.getByRole('status')).toHaveAttribute('data-tone', 'unreachable');
    expect(screen.getByText('Server not answering — showing saved data')).toHaveClass('pill--unreachable');
    expect(screen.getByRole('status')).toHaveTextContent(/Last synced 10:42:05/);
  });

  it('counts the changes queued on this device while not live', () => {
    const { rerender } = render(
      <ConnectionPill connection={deriveConnection({ ...LIVE, reachable: false })} lastSyncAt={SYNCED} unsynced={2} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('2 changes waiting to sync');
    rerender(<ConnectionPill connection={deriveConnection(LIVE)} lastSyncAt={SYNCED} unsynced={1} />);
    expect(screen.getByRole('status')).not.toHaveTextContent('waiting to sync');
  });

  it('says when nothing was synced yet', () => {
    render(
      <ConnectionPill
        connection={deriveConnection({ ...LIVE, status: 'loading', fromCache: true })}
        lastSyncAt={null}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Connecting…Not synced yet');
  });
});
