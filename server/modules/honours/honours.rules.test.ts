import { describe, expect, it } from 'vitest';
import { categoryAllowed, DEFAULT_AWARD, nominationActions, nominationMove } from './honours.rules.ts';

describe('福田居民美德奖 (seed 003)', () => {
  it('Futian: 评选奖励见义勇为、助人为乐、诚实守信、敬业奉献、孝老爱亲的道德模范: the default award has these five categories (seed 003)', () => {
    expect(DEFAULT_AWARD.name).toBe('福田居民美德奖');
    expect(DEFAULT_AWARD.categories).toEqual(['见义勇为', '助人为乐', '诚实守信', '敬业奉献', '孝老爱亲']);
    expect(categoryAllowed(DEFAULT_AWARD.categories, '孝老爱亲')).toBe(true);
    expect(categoryAllowed(DEFAULT_AWARD.categories, '最美司机')).toBe(false);
    expect(categoryAllowed([], '最美司机')).toBe(true);
  });

  it.each([
    ['nominated', 'approve', 'approved'],
    ['nominated', 'reject', 'rejected'],
    ['approved', 'publish', 'published'],
    ['nominated', 'publish', null],
    ['published', 'withdraw', 'approved'],
    ['rejected', 'approve', null],
  ] as const)('Futian: 评选 then 颁发: a nomination %s on %s goes to %s (seed 003)', (from, action, to) => {
    expect(nominationMove(from, action)).toBe(to);
  });

  it('offers the reviewer only the moves open from a state', () => {
    expect(nominationActions('nominated')).toEqual(['approve', 'reject']);
    expect(nominationActions('approved')).toEqual(['reject', 'publish']);
    expect(nominationActions('rejected')).toEqual([]);
  });
});

describe('the honours page draws on the assessment stars (seed 000 月度之星/季度之星)', () => {
  it('Futian: 评选考核“月度之星”“季度之星”: each begun quarter adds its month and quarter stars; anonymous visitors get none (seed 000)', async () => {
    const { honoursFromAssessmentStars } = await import('./honours.ports.ts');
    const asked: string[] = [];
    const port = honoursFromAssessmentStars(async (_ctx, q) => {
      asked.push(`${q.quarter}:${q.month}`);
      return [
        { name: '王芳', unitName: '区住建局', value: 12, kind: 'month' as const },
        { name: '赵磊', unitName: '福田街道', value: 95, kind: 'quarter' as const },
      ];
    });
    const node = { id: 'n', districtId: 'd', path: '/d/' };
    const ctx = { actor: { userId: 'u' } as never, ip: '', userAgent: '', lang: 'zh-CN' as const };
    const rows = await port(ctx, node, 2020);
    expect(asked).toEqual(['2020Q1:2020-03', '2020Q2:2020-06', '2020Q3:2020-09', '2020Q4:2020-12']);
    expect(rows[0]).toEqual({
      source: 'assessment',
      title: '月度之星',
      name: '王芳',
      detail: '区住建局',
      period: '2020-03',
    });
    expect(rows[1]).toMatchObject({ title: '季度之星', period: '2020Q1' });
    expect(await port({ ...ctx, actor: null }, node, 2020)).toEqual([]);
  });
});
