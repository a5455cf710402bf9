import { describe, expect, it } from 'vitest';
import { startLimit } from '../../../shared/data/concurrency.js';

const tick = () => new Promise<void>((r) => setImmediate(r));

describe('startLimit', () => {
  it('starts the items in order, never more than the limit at once, and hands each result back as it is ready', async () => {
    const release: (() => void)[] = [];
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const results = startLimit([0, 1, 2, 3, 4], 2, async (item) => {
      started.push(item);
      running += 1;
      most = Math.max(most, running);
      await new Promise<void>((r) => release.push(r));
      running -= 1;
      return item * 10;
    });
    await tick();
    expect(started).toEqual([0, 1]);
    // The second finishes first: its result is there while the first still runs, and the third starts.
    release[1]?.();
    expect(await results[1]).toBe(10);
    await tick();
    expect(started).toEqual([0, 1, 2]);
    // Then each one running is let go as it starts (resolving one twice is harmless).
    for (let i = 0; i < 5; i += 1) {
      for (const r of release.splice(0)) r();
      await tick();
    }
    expect(await Promise.all(results)).toEqual([0, 10, 20, 30, 40]);
    expect(most).toBe(2);
  });

  it('a failure reaches whoever awaits that item, later, without an unhandled rejection, and the rest go on', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const results = startLimit(['a', 'b', 'c'], 1, async (item) => {
        if (item === 'a') throw new Error('first month unreadable');
        return item;
      });
      await tick();
      await tick();
      expect(await results[2]).toBe('c');
      await expect(results[0]).rejects.toThrow('first month unreadable');
      await tick();
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
