/**
 * The psych share of the demo (seed 003 以心治强固本): points across hospitals, schools and the demo
 * street's communities; a year of sessions and screening; 40 patients with overdue follow-ups in red
 * for wangge, who is told of them in the inbox; subsidies waiting for shequ and jiedao; the hotline's
 * months as counts.
 */
import { describe, expect, it } from 'vitest';
import { seedPsych } from './psych.ts';
import { useDemo } from './demo.testkit.ts';

const demo = useDemo(2_000, (services, db, districtId) => seedPsych(services, db, districtId, new Date()));

describe('demo: the 社会心理服务体系 (seed 003)', () => {
  it('7 clinics, 8 school rooms and community rooms; a year of sessions towards the 230 h', async () => {
    const zzb = await demo.ctxOf('zzb');
    const points = (await demo.services.psych.listPoints(zzb, {})).items;
    const kinds = (k: string) => points.filter((p) => p.kind === k).length;
    expect([kinds('clinic'), kinds('school_room')]).toEqual([7, 8]);
    expect(kinds('counselling_room')).toBeGreaterThan(3);
    const district = zzb.actor!.grants[0];
    const year = Number(new Date().toISOString().slice(0, 4));
    const stats = await demo.services.psych.stats(
      zzb,
      { id: district.nodeId, districtId: district.districtId, path: district.path, level: 'district' },
      year,
    );
    const v = (k: string) => stats.find((s) => s.key === `psych.${k}`)?.value ?? 0;
    expect(v('patients')).toBe(40);
    expect(v('sessions')).toBeGreaterThan(50);
    expect(v('followup_on_time')).toBeGreaterThan(60);
    expect(demo.ms).toBeLessThan(30_000);
  });

  it('the home pages: shehui’s bookings today, wangge’s follow-ups with some overdue, subsidies to check and approve', async () => {
    const keys = async (u: string) =>
      (await demo.services.psych.todos(await demo.ctxOf(u))).map((x) => [x.key, x.count, x.level]);
    expect(await keys('shehui')).toEqual([['psych.bookings_today', 2, 'normal']]);
    const w = await keys('wangge');
    expect(w[0][0]).toBe('psych.followups_due');
    expect(w[0][2]).toBe('red');
    expect(await keys('shequ')).toContainEqual(['psych.subsidies_check', 3, 'yellow']);
    expect(await keys('jiedao')).toContainEqual(['psych.subsidies_approve', 2, 'yellow']);
    const mine = await demo.services.psych.myBookings(await demo.ctxOf('jumin'));
    expect(mine.filter((b) => b.state === 'booked').length).toBeGreaterThanOrEqual(2);
    const grid = (await demo.services.psych.listPatients(await demo.ctxOf('wangge'), {})).items;
    expect(grid).toHaveLength(10);
    expect(grid.every((p) => p.name.includes('*'))).toBe(true);
  });

  it('the hotline’s months so far, for the district and the demo community; wangge told of overdue follow-ups', async () => {
    const zzb = await demo.ctxOf('zzb');
    const h = await demo.services.psych.hotline(zzb, {});
    const month = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(5, 7));
    expect(h.items).toHaveLength(2 * month);
    expect(h.totals.calls).toBeGreaterThan(250 * month);
    const inbox = await demo.services.notify.inbox(await demo.ctxOf('wangge'), { unread: '1', limit: 100 });
    const overdue = inbox.filter((n) => n.kind === 'psych.followup_overdue');
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((n) => n.title.includes('*'))).toBe(true);
  });
});
