/**
 * The 专职党务工作者 share of the demo: posts for every street and community, most filled, a year's
 * placements against the target of 180, a vacancy and three contracts ending on jiedao's home page,
 * last year's appraisals, the demo street's monthly logs.
 */
import { describe, expect, it } from 'vitest';
import { seedPartyworkers } from './partyworkers.ts';
import { useDemo } from './demo.testkit.ts';
import { shanghaiDay } from '../server/platform/time.ts';

const demo = useDemo(2_000, (services, db, districtId) =>
  seedPartyworkers(services, db, districtId, new Date()),
);

describe('demo: full-time party workers (seed 003)', () => {
  it('posts everywhere, few vacancies, this year placed against 180, in seconds', async () => {
    const zzb = await demo.ctxOf('zzb');
    const r = await demo.services.partyworkers.register(zzb, {});
    expect(r.posts.length).toBeGreaterThan(5);
    expect(r.posts.every((p) => p.posts === (p.level === 'street' ? 1 : 2))).toBe(true);
    expect(r.figures.target).toBe(180);
    expect(r.figures.vacant).toBeGreaterThan(0);
    expect(r.figures.vacancyRate!).toBeLessThan(15);
    expect(r.figures.placedThisYear).toBeGreaterThan(r.figures.filled / 2);
    const gone = await demo.services.partyworkers.register(zzb, { state: 'ended' });
    expect(gone.workers).toHaveLength(3);
    expect(demo.ms).toBeLessThan(60_000);
  });

  it("jiedao's home page: a vacant post and three contracts ending within 60 days", async () => {
    const todos = await demo.services.partyworkers.todos(await demo.ctxOf('jiedao'));
    const by = (k: string) => todos.find((x) => x.key === `partyworkers.${k}`);
    expect(by('vacancies')?.count).toBeGreaterThanOrEqual(1);
    expect(by('contracts_ending')?.count).toBe(3);
  });

  it("last year's appraisals and the demo street's monthly logs", async () => {
    const jiedao = await demo.ctxOf('jiedao');
    const svc = demo.services.partyworkers;
    const mine = (await svc.register(jiedao, {})).workers;
    const lastYear = Number(shanghaiDay().slice(0, 4)) - 1;
    const graded = mine.filter((w) => w.lastGrade?.year === lastYear);
    expect(graded.length).toBeGreaterThan(0);
    const early = mine.find((w) => w.startedOn < `${lastYear}-01-01`)!;
    const v = await svc.view(jiedao, early.id);
    expect(v.logs).toHaveLength(3);
    expect(v.logs[0].summary.length).toBeGreaterThan(10);
  });
});
