/**
 * The talent station's share of the demo (seed 001 Haichuang): a station, one 海创市集 fair, postings
 * and a year of needs in every state, loaded in seconds; `jumin` has a recommendation to answer,
 * `shequ` new and idle needs, `wuye` a posting closing soon.
 */

import { describe, expect, it } from 'vitest';
import { seedJobs } from './jobs.ts';
import { useDemo } from './demo.testkit.ts';

const demo = useDemo(20_000, (services, db, districtId) => seedJobs(services, db, districtId, new Date()));

describe('the talent station demo', () => {
  it('loads in a few seconds, with tickets in every state and one fair', async () => {
    expect(demo.ms).toBeLessThan(30_000);
    const shequ = await demo.ctxOf('shequ');
    const tickets = await demo.services.jobs.listTickets(shequ, {});
    expect(new Set(tickets.map((x) => x.state))).toEqual(
      new Set(['new', 'working', 'employed', 'training', 'paused', 'closed']),
    );
    expect(await demo.services.jobs.listFairs(shequ, {})).toHaveLength(1);
  });

  it('jumin has an open ticket with a recommendation to answer; shequ new and idle needs; wuye a posting closing soon', async () => {
    const keys = async (u: string) =>
      (await demo.services.jobs.todos(await demo.ctxOf(u))).map((x) => [x.key, x.level]);
    expect(await keys('jumin')).toContainEqual(['jobs.to_answer', 'yellow']);
    const mine = await demo.services.jobs.listTickets(await demo.ctxOf('jumin'), {});
    expect(
      mine.some((x) => x.state === 'working' && x.recommendations.some((r) => r.actions.includes('accept'))),
    ).toBe(true);
    const shequ = await keys('shequ');
    expect(shequ).toContainEqual(['jobs.new_needs', 'normal']);
    expect(shequ).toContainEqual(['jobs.idle', 'yellow']);
    expect(await keys('wuye')).toContainEqual(['jobs.closing_soon', 'yellow']);
  });

  it("the demo community's dashboard has the four figures", async () => {
    const shequ = await demo.ctxOf('shequ');
    const g = shequ.actor!.grants[0];
    const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
    const stats = await demo.services.jobs.stats(
      shequ,
      { id: g.nodeId, districtId: g.districtId, path: g.path, level: 'community' },
      year,
    );
    const v = Object.fromEntries(stats.map((s) => [s.key, s.value]));
    expect(v['jobs.needs']).toBeGreaterThan(0);
    expect(v['jobs.placed_rate']).toBeGreaterThan(0);
    expect(v['jobs.open_postings']).toBeGreaterThan(0);
    expect(v['jobs.rating']).toBeGreaterThanOrEqual(3);
  });
});
