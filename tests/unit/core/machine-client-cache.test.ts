import { describe, expect, it } from 'vitest';
import { cachedRegistry, type MachineClientRegistry } from '../../../shared/reference/machine-clients.js';

describe('cachedRegistry', () => {
  it('remembers a found registration for the TTL, never a miss', async () => {
    const bindings = new Map<string, string>();
    let lookups = 0;
    const inner: MachineClientRegistry = {
      hospitalOf: async (id) => {
        lookups += 1;
        return bindings.get(id);
      },
    };
    let t = 0;
    const reg = cachedRegistry(inner, 60_000, () => t);
    expect(await reg.hospitalOf('c1')).toBeUndefined();
    bindings.set('c1', 'zlt-peoples');
    // Registered a moment later: found at once, because the miss was not remembered.
    expect(await reg.hospitalOf('c1')).toBe('zlt-peoples');
    bindings.delete('c1');
    t = 59_999;
    expect(await reg.hospitalOf('c1')).toBe('zlt-peoples');
    expect(lookups).toBe(2);
    t = 60_000;
    // Revoked: refused once the minute is over.
    expect(await reg.hospitalOf('c1')).toBeUndefined();
    expect(lookups).toBe(3);
  });
});
