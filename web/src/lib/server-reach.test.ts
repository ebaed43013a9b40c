import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DOWN_EVERY_MS, UP_EVERY_MS, createReachMonitor } from './server-reach';

/** A server whose answer the test decides, counting the probes it gets. */
function fakeServer() {
  const server = { up: true, online: true, probes: 0 };
  const monitor = createReachMonitor({
    probe: () => {
      server.probes++;
      return Promise.resolve(server.up);
    },
    isOnline: () => server.online,
  });
  return { server, monitor };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the server reach monitor', () => {
  it('probes as soon as someone watches, then every few seconds while the server answers', async () => {
    const { server, monitor } = fakeServer();
    expect(monitor.getSnapshot()).toEqual({ reachable: null, lastHeardAt: null, backAt: null });
    const stop = monitor.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(0);
    expect(monitor.getSnapshot().reachable).toBe(true);
    expect(server.probes).toBe(1);
    await vi.advanceTimersByTimeAsync(UP_EVERY_MS);
    expect(server.probes).toBe(2);
    stop();
    await vi.advanceTimersByTimeAsync(UP_EVERY_MS * 3);
    expect(server.probes).toBe(2);
  });

  it('says unreachable at the first unanswered probe, then asks every second and keeps the last time heard', async () => {
    const { server, monitor } = fakeServer();
    monitor.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(0);
    const heard = monitor.getSnapshot().lastHeardAt;
    server.up = false;
    await vi.advanceTimersByTimeAsync(UP_EVERY_MS);
    expect(monitor.getSnapshot()).toEqual({ reachable: false, lastHeardAt: heard, backAt: null });
    const probes = server.probes;
    await vi.advanceTimersByTimeAsync(DOWN_EVERY_MS * 3);
    expect(server.probes).toBe(probes + 3);
    expect(monitor.getSnapshot().lastHeardAt).toBe(heard);
  });

  it('reconnects Firestore before it reports the server back, and only after a silence', async () => {
    const { server, monitor } = fakeServer();
    const seen: (boolean | null)[] = [];
    const reconnect = vi.fn(() => {
      seen.push(monitor.getSnapshot().reachable);
      return Promise.resolve();
    });
    monitor.onServerBack(reconnect);
    monitor.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(UP_EVERY_MS * 2);
    expect(reconnect).not.toHaveBeenCalled();

    server.up = false;
    await vi.advanceTimersByTimeAsync(UP_EVERY_MS);
    server.up = true;
    await vi.advanceTimersByTimeAsync(DOWN_EVERY_MS);
    expect(reconnect).toHaveBeenCalledTimes(1);
    // Still "unreachable" while reconnecting; then back, with the moment the streams restarted.
    expect(seen).toEqual([false]);
    const { reachable, lastHeardAt, backAt } = monitor.getSnapshot();
    expect(reachable).toBe(true);
    expect(backAt).not.toBeNull();
    expect(backAt).toBe(lastHeardAt);
  });

  it('a failing reconnect does not keep the server from being reported back', async () => {
    const { server, monitor } = fakeServer();
    monitor.onServerBack(() => Promise.reject(new Error('terminated')));
    monitor.subscribe(() => {});
    server.up = false;
    await vi.advanceTimersByTimeAsync(0);
    server.up = true;
    await vi.advanceTimersByTimeAsync(DOWN_EVERY_MS);
    expect(monitor.getSnapshot().reachable).toBe(true);
  });

  it('offline, says unreachable without probing, and probes at once when the browser is back online', async () => {
    const { server, monitor } = fakeServer();
    monitor.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(0);
    server.online = false;
    window.dispatchEvent(new Event('offline'));
    await vi.advanceTimersByTimeAsync(0);
    expect(monitor.getSnapshot().reachable).toBe(false);
    const probes = server.probes;
    await vi.advanceTimersByTimeAsync(DOWN_EVERY_MS * 5);
    expect(server.probes).toBe(probes);

    server.online = true;
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(server.probes).toBe(probes + 1);
    expect(monitor.getSnapshot().reachable).toBe(true);
  });

  it('a check on demand joins the probe in flight instead of sending another', async () => {
    let answer!: (up: boolean) => void;
    let probes = 0;
    const monitor = createReachMonitor({
      probe: () => {
        probes++;
        return new Promise<boolean>((resolve) => (answer = resolve));
      },
      isOnline: () => true,
    });
    const first = monitor.check();
    const second = monitor.check();
    answer(true);
    expect(await Promise.all([first, second])).toEqual([true, true]);
    expect(probes).toBe(1);
  });
});
