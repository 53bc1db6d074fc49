/**
 * The awards and track plans of the demo academy: classes rated, a committee of five, 许老师 (jiaoshi)
 * awarded 优秀教师 with a number and told, a 精品课程 waiting for zzb's decision, the plans of 领航, 雏鹰
 * and 常青藤 with completion and laggards for zzb, and ganbu's own track with their hours.
 */
import { describe, expect, it } from 'vitest';
import { seedTraining } from './training.ts';
import { useDemo } from './demo.testkit.ts';
import { shanghaiThisYear } from '../server/platform/time.ts';

const demo = useDemo(2_000, (services, db, districtId) => seedTraining(services, db, districtId, new Date()));

describe('demo: teachers’ awards and training per track (seed 001 Shangcheng, Kaihua)', () => {
  it('the academy with its awards and plans is seeded in seconds', () =>
    expect(demo.ms).toBeLessThan(15_000));

  it('许老师 is the year’s 优秀教师 with a number, told, and sees it; a 精品课程 waits for the decision', async () => {
    const zzb = await demo.ctxOf('zzb');
    const year = shanghaiThisYear();
    const all = await demo.services.training.awards(zzb, { year });
    const won = all.find((w) => w.status === 'awarded')!;
    expect(won).toMatchObject({
      kind: 'excellent_teacher',
      teacherName: '许老师',
      number: `LYJ-${year}-001`,
    });
    expect(won.basis.stars).toBe(5);
    expect(all.filter((w) => w.status === 'approved').map((w) => w.kind)).toEqual(['fine_course']);
    expect(all.filter((w) => w.status === 'nominated').length).toBeGreaterThan(0);
    expect((await demo.services.training.committee(zzb, {})).map((m) => m.name)).toHaveLength(5);
    const jiaoshi = await demo.ctxOf('jiaoshi');
    expect((await demo.services.training.myAwards(jiaoshi)).map((w) => w.number)).toEqual([won.number]);
    const inbox = await demo.services.notify.inbox(jiaoshi, { unread: '0', limit: 50 });
    expect(inbox.some((n: { kind: string }) => n.kind === 'training.award')).toBe(true);
    const todos = await demo.services.training.todos(zzb);
    expect(todos.find((x) => x.key === 'training.awards')?.count).toBeGreaterThan(0);
  });

  it('zzb sees each track’s plan, its members and who lags; ganbu sees their own track and hours', async () => {
    const zzb = await demo.ctxOf('zzb');
    const c = await demo.services.training.completion(zzb, { nodeId: zzb.actor!.grants[0].nodeId });
    expect(c.tracks.map((t) => t.key)).toEqual(['lead', 'eagle', 'ivy']);
    const lead = c.tracks.find((t) => t.key === 'lead')!;
    expect(lead.plan).toMatchObject({ requiredHours: 40 });
    expect(lead.plan!.courses).toHaveLength(3);
    expect(lead.members).toBeGreaterThan(10);
    expect(c.tracks.find((t) => t.key === 'eagle')!.lagging).toBeGreaterThan(0);
    const ganbu = await demo.ctxOf('ganbu');
    const mine = await demo.services.training.myTracks(ganbu, {});
    expect(mine.tracks.length).toBeGreaterThan(0);
    expect(mine.tracks[0].plan).not.toBeNull();
    expect(mine.tracks[0].hours).toBeGreaterThan(10);
  });
});
