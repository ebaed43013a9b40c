import { describe, expect, it } from 'vitest';
import type { BoardCall } from '@clinicflow/shared/board';
import { callKey, newCalls } from './new-calls';

const at = (ms: number) => ({ toMillis: () => ms });
const call = (ticket: string, room: string, ms: number): BoardCall => ({ ticket, room, at: at(ms) });

describe('newCalls', () => {
  it('brings nothing on the first board: calls made before the screen came on do not ring', () => {
    expect(newCalls(null, [call('A-001', 'Room 1', 1)])).toEqual([]);
  });

  it('brings the calls the screen had not seen, and only those', () => {
    const seen = new Set([callKey(call('A-001', 'Room 1', 1))]);
    const fresh = call('A-002', 'Room 2', 2);
    expect(newCalls(seen, [fresh, call('A-001', 'Room 1', 1)])).toEqual([fresh]);
  });

  it('counts a recall of the same ticket as a new call', () => {
    const seen = new Set([callKey(call('A-001', 'Room 1', 1))]);
    const recall = call('A-001', 'Room 1', 5);
    expect(newCalls(seen, [recall])).toEqual([recall]);
  });
});
