import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeadlineError, withDeadline } from './deadline';
import { friendlyFirestoreError } from './errors';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('withDeadline', () => {
  it('passes through an answer that comes in time', async () => {
    await expect(withDeadline(Promise.resolve('ok'), 1_000)).resolves.toBe('ok');
  });

  it('passes through a failure that comes in time', async () => {
    await expect(withDeadline(Promise.reject(new Error('refused')), 1_000)).rejects.toThrow('refused');
  });

  it('ends a silent wait at the deadline, in words people read', async () => {
    const never = new Promise<string>(() => {});
    const bounded = withDeadline(never, 8_000);
    const caught = bounded.catch((err: unknown) => err);
    await vi.advanceTimersByTimeAsync(7_999);
    await vi.advanceTimersByTimeAsync(1);
    const err = await caught;
    expect(err).toBeInstanceOf(DeadlineError);
    expect(friendlyFirestoreError(err)).toBe('firestoreError.deadlineExceeded');
  });

  it('reports work that succeeds after the deadline, and only then', async () => {
    let finish!: (value: string) => void;
    const slow = new Promise<string>((resolve) => (finish = resolve));
    const onLate = vi.fn();
    const bounded = withDeadline(slow, 1_000, onLate).catch(() => 'timed out');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await bounded).toBe('timed out');
    expect(onLate).not.toHaveBeenCalled();
    finish('claimed');
    await vi.advanceTimersByTimeAsync(0);
    expect(onLate).toHaveBeenCalledWith('claimed');

    const onTime = vi.fn();
    await withDeadline(Promise.resolve('fast'), 1_000, onTime);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(onTime).not.toHaveBeenCalled();
  });
});
