/**
 * The culture share of the demo (seed 003 福田): the culture hall and its 7 themed halls, the library,
 * a culture station per street and a room per community; 8 professional teams, 10 street teams, 46
 * troupes with ~2,200 members and 122 programmes; ~460 performances for ~166,000 person-times; star
 * volunteers with numbered certificates; what waits for shehui and shequ today.
 */
import { describe, expect, it } from 'vitest';
import { seedCulture } from './culture.ts';
import { useDemo } from './demo.testkit.ts';

const demo = useDemo(2_000, (services, db, districtId) => seedCulture(services, db, districtId, new Date()));

describe('demo: 公共文化服务与文化志愿者 (seed 003)', () => {
  it('the facilities, the teams and a year of performances, in seconds', async () => {
    const zzb = await demo.ctxOf('zzb');
    const svc = demo.services.culture;
    const facilities = (await svc.listFacilities(zzb, {})).facilities;
    const themed = facilities.filter((f) => f.kind === 'hall' && f.theme).map((f) => f.theme);
    expect(themed.sort()).toEqual(['calligraphy', 'dance', 'drama', 'dream', 'heritage', 'music', 'piano']);
    expect(facilities.filter((f) => f.kind === 'station')).toHaveLength(10);
    expect(facilities.filter((f) => f.kind === 'room')).toHaveLength(95);
    const teams = (await svc.listTeams(zzb, {})).teams;
    const count = (k: string) => teams.filter((t) => t.kind === k).length;
    expect([count('professional'), count('street'), count('troupe')]).toEqual([8, 10, 46]);
    const f = await svc.figures(zzb, {});
    expect(f.troupes).toBe(46);
    expect(f.troupeMembers).toBeGreaterThan(1_900);
    expect(f.troupeMembers).toBeLessThan(2_500);
    expect(f.programmes).toBe(122);
    expect(f.performances).toBeGreaterThan(200); // the year so far of ~460 over the last 365 days
    expect(f.audience / f.performances).toBeGreaterThan(250);
    expect(f.coverage.value).toBeGreaterThan(60);
    expect(f.m2Per10k.value).not.toBeNull();
    expect(f.stars.find((s) => s.stars === 5)!.volunteers).toBeGreaterThan(5);
    expect(demo.ms).toBeLessThan(30_000);
  });

  it('the home pages: orders for shehui to accept and hours to confirm, performances for shequ to rate', async () => {
    const keys = async (u: string) =>
      (await demo.services.culture.todos(await demo.ctxOf(u))).map((x) => [x.key, x.count]);
    expect(await keys('shehui')).toEqual([
      ['culture.to_accept', 2],
      ['culture.hours_to_confirm', 2],
    ]);
    const shequ = await keys('shequ');
    expect(shequ[0][0]).toBe('culture.to_rate');
    expect(shequ[0][1]).toBeGreaterThanOrEqual(2);
    const zzb = await demo.ctxOf('zzb');
    const year = new Date().getFullYear();
    const v = await demo.services.culture.volunteers(zzb, { year });
    const printed = v.volunteers.filter((x) => x.certificateNo);
    expect(printed.length).toBeGreaterThan(5);
    expect(printed.map((x) => x.certificateNo)).toContain(`文志证〔${year}〕0001`);
    const noms = await demo.services.culture.nominations(zzb, { year });
    expect(noms.nominations.length).toBeGreaterThanOrEqual(3);
  });
});
