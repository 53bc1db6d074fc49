/**
 * The partners' share of the demo (seeds 000, 001): partners with points and stars, a year of
 * reports of which eight are 民生实事 (at most ten), each role's to-dos, loaded in seconds.
 */

import { describe, expect, it } from 'vitest';
import { seedPartners } from './partners.ts';
import { useDemo } from './demo.testkit.ts';

const demo = useDemo(3_000, (services, db, districtId) => seedPartners(services, db, districtId, new Date()));

describe('the partners demo', () => {
  it('loads in a few seconds', () => {
    expect(demo.ms).toBeLessThan(20_000);
  });

  it('the demo community has six partners, eight 民生实事 (four done) and reports to screen', async () => {
    const shequ = await demo.ctxOf('shequ');
    const partners = await demo.services.partners.register.list(shequ, {});
    expect(partners.filter((p) => p.state === 'active')).toHaveLength(6);
    expect(partners.find((p) => p.name === '红棉物业')).toMatchObject({ points: 20, stars: 2 });
    const needs = await demo.services.partners.needs.list(shequ, {});
    const count = (s: string) => needs.filter((d) => d.state === s).length;
    expect(count('selected') + count('in_progress') + count('done')).toBe(8);
    expect(count('done')).toBe(4);
    expect(count('reported')).toBe(3);
    const keys = (await demo.services.partners.todos(shequ)).map((x) => x.key);
    expect(keys).toContain('partners.to_screen');
    expect(keys).toContain('partners.overdue');
    expect((await demo.services.partners.todos(await demo.ctxOf('shehui'))).map((x) => x.key)).toEqual([
      'partners.assigned',
    ]);
    expect((await demo.services.partners.todos(await demo.ctxOf('jumin'))).map((x) => x.key)).toEqual([
      'partners.mine',
    ]);
  });
});
