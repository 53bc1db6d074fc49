/**
 * The support share of the demo: instructors sent from the district and four streets with a year
 * of visits; the demo organisation (shehui's) told of its instructor; one of jiedao's instructors
 * with no visit this quarter and a settlement ending on jiedao's and zzb's home pages; the talent
 * register with certified social workers per street; the headquarters base's four links.
 */
import { describe, expect, it } from 'vitest';
import { seedServices } from './services.ts';
import { seedSocialorgsSupport } from './socialorgs.ts';
import { useDemo } from './demo.testkit.ts';

const demo = useDemo(
  2_000,
  (services, db, districtId) => seedSocialorgsSupport(services, db, districtId, new Date()),
  { before: (services, db, districtId) => seedServices(services, db, districtId, new Date()) },
);

describe('demo: 党建指导员, 草根领袖与本土社工, 总部基地与四联平台 (seeds 001, 003)', () => {
  it('instructors with a year of visits; most organisations covered; in seconds', async () => {
    const zzb = await demo.ctxOf('zzb');
    const svc = demo.services.socialorgsSupport;
    const { items } = await svc.listInstructors(zzb, {});
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(items.every((i) => i.postedTo.length > 0)).toBe(true);
    expect(items.every((i) => /^\d{3}\*{4}\d{4}$/.test(i.phone))).toBe(true);
    const c = await svc.coverage(zzb, {});
    expect(c.covered).toBeGreaterThan(c.uncovered);
    expect(c.quarters.every((q) => q.visits > 0)).toBe(true);
    expect(demo.ms).toBeLessThan(30_000);
  });

  it('shehui was told of its instructor and sees its organisation covered', async () => {
    const shehui = await demo.ctxOf('shehui');
    const told = await demo.t.db
      .selectFrom('notify_notifications')
      .select('kind')
      .where('user_id', '=', shehui.actor!.userId)
      .where('kind', '=', 'socialorgs.instructor_assigned')
      .execute();
    expect(told.length).toBeGreaterThan(0);
    const c = await demo.services.socialorgsSupport.coverage(shehui, {});
    expect(c.orgs.find((o) => o.name === '福田社工服务中心')?.instructors.length).toBeGreaterThan(0);
  });

  it('home pages: jiedao has an instructor with no visit and a settlement ending; zzb a settlement ending', async () => {
    const keys = async (u: string) =>
      Object.fromEntries(
        (await demo.services.socialorgsSupport.todos(await demo.ctxOf(u))).map((x) => [x.key, x.count]),
      );
    const j = await keys('jiedao');
    expect(j['socialorgs.no_visit']).toBeGreaterThanOrEqual(1);
    expect(j['socialorgs.settlement_ending']).toBe(1);
    expect((await keys('zzb'))['socialorgs.settlement_ending']).toBe(2);
  });

  it('talents per street with a certified share; the headquarters base under all four links', async () => {
    const zzb = await demo.ctxOf('zzb');
    const svc = demo.services.socialorgsSupport;
    const t = await svc.listTalents(zzb, {});
    expect(t.items.length).toBeGreaterThanOrEqual(40);
    expect(new Set(t.items.filter((i) => i.certLevel).map((i) => i.certLevel)).size).toBeGreaterThanOrEqual(
      2,
    );
    const withTalents = t.streets.filter((s) => s.leaders + s.workers + s.certified > 0);
    expect(withTalents).toHaveLength(4);
    expect(withTalents.every((s) => s.certifiedShare !== null)).toBe(true);
    const bases = (await svc.listBases(zzb, {})).items;
    const hq = bases.find((b) => b.kind === 'headquarters')!;
    expect(hq.settled).toBeGreaterThanOrEqual(5);
    const v = await svc.getBase(zzb, hq.id);
    expect(new Set(v.records.map((r) => r.link))).toEqual(new Set(['build', 'mediate', 'manage', 'serve']));
  });
});
