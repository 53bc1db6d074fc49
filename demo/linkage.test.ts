/**
 * The linkage share of the demo: a year of 三联三领, 三官三师 and 两代表一委员进社区 (and, as they are
 * built, 一老一小 and honours) in the demo district, loaded in seconds, with something waiting for
 * each demo role that takes part.
 */
import { describe, expect, it } from 'vitest';
import { shanghaiDay } from '../server/platform/time.ts';
import { useDemo } from './demo.testkit.ts';
import { seedFieldWork } from './fieldwork.ts';
import { seedLinkage } from './linkage.ts';

const demo = useDemo(
  20_000,
  (services, db, districtId) => seedLinkage(services, db, districtId, new Date()),
  { before: (services, db, districtId) => seedFieldWork(services, db, districtId) },
);

describe('the linkage demo', () => {
  it('loads in a few seconds', () => {
    console.info(`linkage demo seeded in ${(demo.ms / 1000).toFixed(1)} s`);
    expect(demo.ms).toBeLessThan(60_000);
  });

  it("the demo street's dashboard has every linkage figure (seeds 001, 003)", async () => {
    const jiedao = await demo.ctxOf('jiedao');
    const g = jiedao.actor!.grants[0];
    const stats = await demo.services.linkage.stats(
      jiedao,
      { id: g.nodeId, districtId: g.districtId, path: g.path, level: 'street' },
      Number(shanghaiDay().slice(0, 4)),
    );
    const v = Object.fromEntries(stats.map((s) => [s.key, s.value]));
    expect(v['linkage.leader_links']).toBeGreaterThanOrEqual(3);
    expect(v['linkage.department_links']).toBeGreaterThanOrEqual(3);
    expect(v['linkage.member_links']).toBeGreaterThanOrEqual(3);
    expect(v['linkage.items_done_rate']).toBeGreaterThan(0);
    expect(v['linkage.experts']).toBeGreaterThanOrEqual(6);
    expect(v['linkage.sessions']).toBeGreaterThan(5);
    expect(v['linkage.answered_rate']).toBeGreaterThan(50);
  });

  it('一老一小: the demo community has both stations, a year of tickets, and a circle over its grids (seed 001)', async () => {
    const shequ = await demo.ctxOf('shequ');
    const g = shequ.actor!.grants[0];
    const stats = await demo.services.eldercare.stats(
      shequ,
      { id: g.nodeId, districtId: g.districtId, path: g.path, level: 'community' },
      Number(shanghaiDay().slice(0, 4)),
    );
    const v = Object.fromEntries(stats.map((s) => [s.key, s.value]));
    expect(v['eldercare.elderly_stations']).toBe(1);
    expect(v['eldercare.infant_stations']).toBe(1);
    expect(v['eldercare.tickets']).toBeGreaterThan(10);
    expect(v['eldercare.good_rate']).toBeGreaterThan(50);
    expect(v['eldercare.circle_coverage']).toBeGreaterThan(50);
  });

  it("福田居民美德奖: the demo community's public honours page lists its winners (seed 003)", async () => {
    const shequ = await demo.ctxOf('shequ');
    const page = await demo.services.honours.publicBoard(
      { ...shequ, actor: null },
      shequ.actor!.grants[0].nodeId,
    );
    expect(page.entries.length).toBe(5);
    expect(page.entries[0].title).toMatch(/^福田居民美德奖·/);
  });

  it('something waits for each role that takes part', async () => {
    const keys = async (u: string) =>
      (await demo.services.linkage.todos(await demo.ctxOf(u))).map((x) => x.key);
    expect(await keys('shequ')).toEqual(
      expect.arrayContaining(['linkage.overdue_items', 'linkage.problems', 'linkage.sessions']),
    );
    expect(await keys('daibiao')).toContain('linkage.sessions');
    expect(await keys('ganbu')).toContain('linkage.items');
    const honours = async (u: string) =>
      (await demo.services.honours.todos(await demo.ctxOf(u))).map((x) => x.key);
    expect(await honours('jiedao')).toEqual(['honours.to_review', 'honours.to_publish']);
    const care = async (u: string) =>
      (await demo.services.eldercare.todos(await demo.ctxOf(u))).map((x) => x.key);
    expect(await care('shequ')).toContain('eldercare.to_assign');
    expect(await care('shehui')).toContain('eldercare.to_serve');
    expect(await care('jumin')).toContain('eldercare.to_rate');
  });
});
