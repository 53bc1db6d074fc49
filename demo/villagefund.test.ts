/**
 * The 强村富民 fund's and 领雁学苑's share of the demo: a year of projects at every stage and of
 * classes, forums and exams, loaded fast, with figures on the dashboards and to-dos waiting.
 */
import { describe, expect, it } from 'vitest';
import { useDemo } from './demo.testkit.ts';
import { seedTraining } from './training.ts';
import { seedVillagefund } from './villagefund.ts';

let fundMs = 0;
let trainingMs = 0;
const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
const demo = useDemo(2_000, async (services, db, districtId) => {
  let s = performance.now();
  await seedVillagefund(services, db, districtId, new Date());
  fundMs = performance.now() - s;
  s = performance.now();
  await seedTraining(services, db, districtId, new Date());
  trainingMs = performance.now() - s;
});

describe('the 强村富民 demo (Qingtian, seed 001)', () => {
  it('loads in a few seconds', () => {
    console.info(
      `fund demo ${(fundMs / 1000).toFixed(1)} s, academy demo ${(trainingMs / 1000).toFixed(1)} s`,
    );
    expect(fundMs).toBeLessThan(30_000);
    expect(trainingMs).toBeLessThan(30_000);
  });

  it('has projects at every stage and the pilot’s figures on the district dashboard', async () => {
    const zzb = await demo.ctxOf('zzb');
    const f = await demo.services.villagefund.figures(zzb, { nodeId: demo.districtId, year });
    expect(f.projectsByStage).toMatchObject({
      applied: 1,
      reviewing: 1,
      funding: 1,
      operating: 1,
      exited: 1,
    });
    expect(f.raisedFen).toBe(1550 * 1_000_000);
    expect(f.raisedBySource.loan).toBe(500 * 1_000_000);
    expect(f.netGrowthPct).toBe(195);
    expect(f.collectiveReturnFen + f.householdReturnFen).toBe(60 * 1_000_000);
  });

  it('has the loan’s pledged hall and school at the reduced rate, one near its release', async () => {
    const street = await demo.ctxOf('jiedao');
    const [pool] = await demo.services.villagefund.pools(street, {});
    expect(pool.pledgedFen).toBe(600 * 1_000_000);
    const p = await demo.services.villagefund.pledges(street, pool.id);
    expect(p.items.map((i) => i.assetKind).sort()).toEqual(['hall', 'school']);
    expect(p.items.every((i) => i.reducedRate)).toBe(true);
    expect(p.due).toBe(1);
  });

  it('leaves work waiting: a batch to approve for the street, reviews due', async () => {
    const keys = (await demo.services.villagefund.todos(await demo.ctxOf('jiedao'))).map((x) => x.key);
    expect(keys).toEqual(expect.arrayContaining(['villagefund.to_review', 'villagefund.to_approve']));
  });

  it('is seeded once', async () => {
    await seedVillagefund(demo.services, demo.t.db, demo.districtId, new Date());
    expect((await demo.t.db.selectFrom('villagefund_projects').select('id').execute()).length).toBe(5);
  });
});

describe('the 领雁学苑 demo (Shangcheng, seed 001)', () => {
  it('has a year of classes attended, a pass rate, teachers in five pools', async () => {
    const f = await demo.services.training.figures(await demo.ctxOf('zzb'), {
      nodeId: demo.districtId,
      year,
    });
    expect(f.trainees).toBe(3);
    expect(f.hours).toBeGreaterThan(20);
    expect(f.passRate).toBe(100);
    expect(Object.keys(f.teachersByPool).sort()).toEqual([
      'expert',
      'grassroots',
      'master',
      'post8090',
      'red_mentor',
    ]);
  });

  it('the cadre’s record feeds their assessment file; the secretaries have classes and an exam waiting', async () => {
    const ganbu = await demo.ctxOf('ganbu');
    const rec = await demo.services.training.myRecord(ganbu);
    expect(rec.hours).toBeGreaterThan(10);
    expect(rec.certificates).toHaveLength(1);
    const file = await demo.services.training.recordOfPerson(demo.districtId, ganbu.actor!.personId!);
    expect(file.certificates[0].courseTitle).toBe('头雁领航：书记工作法');
    const keys = (await demo.services.training.todos(await demo.ctxOf('shequ'))).map((x) => x.key);
    expect(keys).toEqual(expect.arrayContaining(['training.to_attend', 'training.exams_open']));
  });
});
