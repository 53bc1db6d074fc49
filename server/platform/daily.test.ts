import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, type TestDb } from '../testing/db.ts';
import { runDueJobs } from './daily.ts';
import { shanghaiDay } from './time.ts';

let t: TestDb;
beforeAll(async () => {
  t = await freshDb();
});
afterAll(() => t.drop());

describe('daily jobs', () => {
  it('run once per Shanghai day, even when several processes check at once', async () => {
    const days: string[] = [];
    const job = {
      name: 'probe',
      run: async (day: string) => {
        days.push(day);
        await new Promise((r) => setTimeout(r, 50));
        return { ok: true };
      },
    };
    const monday = new Date('2026-11-23T15:59:00Z'); // 23:59 in Shanghai
    const ran = await Promise.all(Array.from({ length: 5 }, () => runDueJobs(t.db, [job], () => {}, monday)));
    expect(ran.flat()).toEqual(['probe']);
    expect(await runDueJobs(t.db, [job], () => {}, monday)).toEqual([]);
    const tuesday = new Date('2026-11-23T16:01:00Z'); // 00:01 the next day in Shanghai
    expect(shanghaiDay(tuesday)).toBe('2026-11-24');
    expect(await runDueJobs(t.db, [job], () => {}, tuesday)).toEqual(['probe']);
    expect(days).toEqual(['2026-11-23', '2026-11-24']);
  });

  it('a job that fails is not recorded as done, so the next check runs it again', async () => {
    let calls = 0;
    const logs: string[] = [];
    const job = {
      name: 'flaky',
      run: async () => {
        if (++calls === 1) throw new Error('database went away');
      },
    };
    const day = new Date('2026-11-25T02:00:00Z');
    expect(await runDueJobs(t.db, [job], (m) => logs.push(m), day)).toEqual([]);
    expect(logs[0]).toMatch(/flaky .* failed: database went away/);
    expect(await runDueJobs(t.db, [job], () => {}, day)).toEqual(['flaky']);
    expect(calls).toBe(2);
  });
});
