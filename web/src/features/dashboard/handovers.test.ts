import { describe, expect, it } from 'vitest';
import { handedOver } from './handovers';

const held = (id: string, statusChangedBy: string) => ({ id, claimedBy: 'dr-lee', statusChangedBy });

describe('handedOver', () => {
  it('names a visit a colleague handed over, once', () => {
    const mine = [held('v1', 'dr-lee'), held('v2', 'dr-okafor')];
    expect(handedOver(new Set(['v1']), mine, 'dr-lee').map((v) => v.id)).toEqual(['v2']);
    expect(handedOver(new Set(['v1', 'v2']), mine, 'dr-lee')).toEqual([]);
  });

  it('is quiet about the visits the doctor called or took themselves', () => {
    expect(handedOver(new Set(), [held('v3', 'dr-lee')], 'dr-lee')).toEqual([]);
  });
});
