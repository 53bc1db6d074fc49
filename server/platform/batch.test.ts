import { describe, expect, it } from 'vitest';
import { grouped } from './batch.ts';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('grouped', () => {
  it('starts an item at once when idle, and puts what arrives meanwhile into the next group', async () => {
    const groups: number[][] = [];
    const run = grouped<number, number>(async (items) => {
      groups.push(items);
      await tick();
      return items.map((i) => ({ ok: true, value: i * 10 }));
    });
    const first = run(1);
    const rest = [2, 3, 4].map((i) => run(i));
    expect(await Promise.all([first, ...rest])).toEqual([10, 20, 30, 40]);
    expect(groups).toEqual([[1], [2, 3, 4]]);
  });

  it('gives each item its own outcome, and a failed group fails each of its items', async () => {
    let calls = 0;
    const run = grouped<number, number>(async (items) => {
      calls++;
      if (items.includes(99)) throw new Error('group failed');
      await tick();
      return items.map((i) =>
        i % 2 ? { ok: true, value: i } : { ok: false, error: new Error(`even ${i}`) },
      );
    });
    const busy = run(1);
    const mixed = await Promise.allSettled([run(2), run(3)]);
    expect(await busy).toBe(1);
    expect(mixed[0]).toMatchObject({ status: 'rejected', reason: { message: 'even 2' } });
    expect(mixed[1]).toEqual({ status: 'fulfilled', value: 3 });
    await expect(run(99)).rejects.toThrow('group failed');
    expect(await run(5)).toBe(5); // the runner goes on after a failed group
    expect(calls).toBe(4);
  });

  it('runs at most `concurrency` groups at once and at most `maxItems` items in a group', async () => {
    let running = 0;
    let most = 0;
    const sizes: number[] = [];
    const run = grouped<number, number>(
      async (items) => {
        running++;
        most = Math.max(most, running);
        sizes.push(items.length);
        await tick();
        running--;
        return items.map((i) => ({ ok: true, value: i }));
      },
      { concurrency: 2, maxItems: 3 },
    );
    const all = await Promise.all(Array.from({ length: 20 }, (_, i) => run(i)));
    expect(all).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(most).toBe(2);
    expect(Math.max(...sizes)).toBe(3);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(20);
  });

  it('rejects every item of a group that answers the wrong number of outcomes', async () => {
    const run = grouped<number, number>(async () => [
      { ok: true, value: 1 },
      { ok: true, value: 2 },
    ]);
    await expect(run(1)).rejects.toThrow('a group must answer every item');
  });
});
