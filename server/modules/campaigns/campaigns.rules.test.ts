/** The rules of 攻坚签约, table by table (seeds 004 and 002). */
import { describe, expect, it } from 'vitest';
import {
  bulletinNo,
  mayDecide,
  rankTeams,
  rates,
  stageMoveAllowed,
  statusAfterVisit,
  step,
  targetsMet,
  visitOverdue,
} from './campaigns.rules.ts';

describe('stages 摸底 → 测绘 → 评估 → 谈判 → 签约 → 交房/搬离 → 拆除', () => {
  it.each([
    ['survey', 'mapping', true],
    ['mapping', 'survey', true],
    ['survey', 'valuation', false],
    ['signing', 'moving', true],
    ['demolition', 'done', true],
    ['done', 'survey', false],
    ['survey', 'survey', false],
  ] as const)('%s → %s: %s', (from, to, ok) => expect(stageMoveAllowed(from, to)).toBe(ok));
});

describe('the household tracks as data: the team records, the office confirms', () => {
  it.each([
    ['surveyed', 'record_sign', 'team', 'sign_pending'],
    ['negotiating', 'record_sign', 'team', 'sign_pending'],
    ['sign_pending', 'record_sign', 'team', null],
    ['sign_pending', 'confirm_sign', 'office', 'signed'],
    ['sign_pending', 'confirm_sign', 'team', null],
    ['sign_pending', 'refuse_sign', 'office', 'negotiating'],
    ['signed', 'record_sign', 'team', null],
    ['staying', 'record_move', 'team', 'move_pending'],
    ['move_pending', 'confirm_move', 'office', 'moved'],
    ['move_pending', 'refuse_move', 'office', 'staying'],
    ['moved', 'record_move', 'team', null],
    ['staying', 'fly', 'team', null],
  ] as const)('%s + %s by %s → %s', (from, action, by, to) => expect(step(from, action, by)).toBe(to));

  it.each([
    ['surveyed', 'absent', 'surveyed'],
    ['surveyed', 'explained', 'visited'],
    ['surveyed', 'willing', 'negotiating'],
    ['visited', 'negotiating', 'negotiating'],
    ['visited', 'refusing', 'visited'],
    ['negotiating', 'explained', 'negotiating'],
    ['sign_pending', 'willing', 'sign_pending'],
    ['signed', 'refusing', 'signed'],
  ] as const)('a visit to a %s household that is %s leaves it %s', (from, outcome, to) =>
    expect(statusAfterVisit(from, outcome)).toBe(to),
  );

  it('two people: who recorded it never confirms it', () => {
    expect(mayDecide('u1', 'u1')).toBe(false);
    expect(mayDecide('u1', 'u2')).toBe(true);
  });
});

describe('visits every 7 days', () => {
  const start = '2026-09-01';
  it.each([
    [{ signStatus: 'visited', moveStatus: 'staying', lastVisitOn: '2026-10-01' }, '2026-10-07', false],
    [{ signStatus: 'visited', moveStatus: 'staying', lastVisitOn: '2026-10-01' }, '2026-10-08', true],
    [{ signStatus: 'surveyed', moveStatus: 'staying', lastVisitOn: null }, '2026-09-07', false],
    [{ signStatus: 'surveyed', moveStatus: 'staying', lastVisitOn: null }, '2026-09-08', true],
    [{ signStatus: 'signed', moveStatus: 'staying', lastVisitOn: '2026-09-02' }, '2026-10-08', true],
    [{ signStatus: 'signed', moveStatus: 'moved', lastVisitOn: '2026-09-02' }, '2026-10-08', false],
  ])('%o on %s: overdue %s', (h, today, due) => expect(visitOverdue(h, start, today)).toBe(due));
});

describe('rates (seed 004: 当事人8293户, 签约率98.84%, 搬离居民占比99.93%)', () => {
  it('the signing rate counts households, the moved-out rate counts people', () => {
    const hs = [
      ...Array.from({ length: 8197 }, () => ({ signed: true, moved: true, people: 11 })),
      ...Array.from({ length: 96 }, (_, i) => ({ signed: false, moved: i > 0, people: 11 })),
    ];
    const r = rates(hs);
    expect(r.households).toBe(8293);
    expect(r.signRate).toBe(98.84);
    expect(r.moveRate).toBe(99.99);
    expect(rates([]).signRate).toBeNull();
    expect(rates([{ signed: false, moved: false, people: 0 }]).moveRate).toBeNull();
  });

  it('targets are met at or above', () => {
    expect(targetsMet({ signRate: 98.84, moveRate: 99.93 }, { signPct: 95, movePct: 99 })).toBe(true);
    expect(targetsMet({ signRate: 83, moveRate: 40 }, { signPct: 95, movePct: 95 })).toBe(false);
    expect(targetsMet({ signRate: null, moveRate: null }, { signPct: 0, movePct: 0 })).toBe(true);
  });
});

describe('the bulletin: numbered from the start, teams ranked', () => {
  it.each([
    ['2016-12-20', '2016-12-20', 1],
    ['2016-12-20', '2017-05-07', 139],
    ['2016-12-20', '2016-12-19', 0],
  ])('started %s, on %s: 第%i期', (s, d, n) => expect(bulletinNo(s, d)).toBe(n));

  it('by rate, then signings; ties share a place in the order given; an empty team last', () => {
    const r = rankTeams([
      { name: '第三组', signRate: 80, signed: 8 },
      { name: '第一组', signRate: 90, signed: 9 },
      { name: '第二组', signRate: 80, signed: 8 },
      { name: '第五组', signRate: null, signed: 0 },
      { name: '第四组', signRate: 80, signed: 12 },
    ]);
    expect(r.map((x) => [x.name, x.place])).toEqual([
      ['第一组', 1],
      ['第四组', 2],
      ['第三组', 3],
      ['第二组', 3],
      ['第五组', 5],
    ]);
  });
});
