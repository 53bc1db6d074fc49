import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../platform/errors.ts';
import { buildPortrait, suggest, TRAITS, type Trait } from './assessment.portrait.ts';
import { PQ_ASPECTS, PQ_INDICATORS, PQ_METHODS, pqSummary } from './assessment.pq.ts';
import {
  DEFAULT_SITUATIONS,
  DIMENSIONS,
  GRADES,
  SHEET_MACHINE,
  SHEET_STATES,
  VETO_CATEGORIES,
  YEARLY_CAP_MONTHS,
  cadreLevel,
  comparableGroup,
  competitionRanks,
  DEFAULT_GROUPS,
  goodAllowed,
  groupsOf,
  monthlySums,
  pointsFromOrders,
  promotionEligibility,
  promotionMonths,
  quarterOf,
  quarterRange,
  planGradeImport,
  ranksOf,
  rotationAlerts,
  sheetScore,
  sheetTransition,
  suggestGrades,
  withinQuota,
  type FeedOrder,
  type PromotionEvent,
  type SheetItem,
  LEADER_POST,
  rankingSituation,
} from './assessment.rules.ts';

const item = (over: Partial<SheetItem>): SheetItem => ({
  indicatorId: crypto.randomUUID(),
  name: 'x',
  layer: 'common',
  dimension: 'results',
  weight: 1,
  scoring: 'score',
  maxScore: 100,
  evidenceRequired: false,
  self: null,
  unit: null,
  evidence: '',
  ...over,
});

describe('the sheet’s workflow [000 任务分派→办理跟踪→工作小结→审核评估→结果反馈]', () => {
  it.each([
    ['dispatched', 'submit', 'submitted'],
    ['submitted', 'return', 'dispatched'],
    ['submitted', 'review', 'reviewed'],
    ['reviewed', 'assess', 'assessed'],
    ['assessed', 'assess', 'assessed'],
    ['assessed', 'feedback', 'fed_back'],
    ['fed_back', 'publish', 'published'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(sheetTransition(from, action)).toBe(to);
  });

  it('every other move is a 409 with the machine’s reason', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SHEET_STATES),
        fc.constantFrom(...(Object.keys(SHEET_MACHINE) as (keyof typeof SHEET_MACHINE)[])),
        (s, a) => {
          const allowed = (SHEET_MACHINE[a].from as readonly string[]).includes(s);
          if (allowed) expect(sheetTransition(s, a)).toBe(SHEET_MACHINE[a].to);
          else expect(() => sheetTransition(s, a)).toThrow(ConflictError);
        },
      ),
    );
  });
});

describe('scores and the quota for 好 [000 平时考核]', () => {
  it.each([
    [[item({ self: 80, weight: 1 }), item({ self: 100, weight: 3 })], 95],
    [[item({ self: 8, maxScore: 10 })], 80],
    [[item({ self: 1, scoring: 'pass_fail' }), item({ self: 0, scoring: 'pass_fail' })], 50],
    [[item({ self: 60, unit: 90 })], 90], // the unit's score wins once reviewed
    [[item({})], null],
  ])('sheetScore %#', (items, score) => expect(sheetScore(items)).toBe(score));

  it.each([
    [0, 0.4, 0],
    [1, 0.2, 1],
    [5, 0.4, 2],
    [20, 0.3, 6],
    [7, 0.3, 2],
  ])('goodAllowed(%i, %f) = %i', (n, q, max) => expect(goodAllowed(n, q)).toBe(max));

  it('suggested grades never exceed the quota, whatever the scores', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 100 })), { maxLength: 40 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (scores, q) => {
          const sheets = scores.map((score, i) => ({ id: String(i), score }));
          const g = suggestGrades(sheets, q);
          expect(withinQuota([...g.values()], q)).toBe(true);
          for (const s of sheets) if ((s.score ?? 0) < 90) expect(g.get(s.id)).not.toBe('good');
        },
      ),
    );
  });

  it('ranks: competition ranking, ties share, nulls last', () => {
    expect(competitionRanks([90, 95, 90, null, 80])).toEqual([2, 1, 2, 5, 4]);
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 20 })), { maxLength: 30 }), (v) => {
        const rows = v.map((x, i) => ({ i, x }));
        const m = ranksOf(rows, (r) => r.x);
        expect(rows.map((r) => m.get(r))).toEqual(competitionRanks(v));
      }),
    );
  });

  it('quarters', () => {
    expect(quarterRange('2026Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterRange('2024Q4')).toEqual({ from: '2024-10-01', to: '2024-12-31' });
    expect(quarterOf('2026-05-20')).toBe('2026Q2');
  });
});

describe('points [001 Kaihua 积分: 表彰加分, 通报问责扣分, 一月一汇总]', () => {
  const order = (over: Partial<FeedOrder>): FeedOrder => ({
    orderId: crypto.randomUUID(),
    type: 'commendation',
    number: '福田嘉〔2026〕1号',
    issuedAt: '2026-02-10T02:00:00Z',
    taskTitle: '城市更新',
    unitNodeId: null,
    personId: 'p',
    consequences: [],
    ...over,
  });
  it.each([
    ['a commendation naming the person gives the default', [order({})], [5]],
    ['an accountability order deducts', [order({ type: 'accountability' })], [-5]],
    ['a responsibility order is worth nothing', [order({ type: 'responsibility' })], []],
    [
      'consequences for the person set the points instead',
      [
        order({
          consequences: [{ kind: 'highlight_points', points: 3, note: '', personId: 'p', nodeId: null }],
        }),
      ],
      [3],
    ],
    [
      'an order naming someone else counts when a consequence names the person',
      [
        order({
          personId: 'q',
          consequences: [{ kind: 'award', points: 2, note: '', personId: 'p', nodeId: null }],
        }),
      ],
      [2],
    ],
    ['an order naming someone else alone does not count', [order({ personId: 'q' })], []],
  ])('%s', (_, orders, points) => {
    expect(pointsFromOrders('p', orders).map((l) => l.points)).toEqual(points);
  });
  it('monthly sums', () => {
    expect([
      ...monthlySums([
        { day: '2026-01-03', points: 5 },
        { day: '2026-01-30', points: -2 },
        { day: '2026-02-01', points: 1 },
      ]),
    ]).toEqual([
      ['2026-01', 3],
      ['2026-02', 1],
    ]);
  });
});

describe('promotion months [001 Qujiang 职级晋升]', () => {
  const q = (year: number, quarter: number, dims: Partial<Record<string, string>>): PromotionEvent => ({
    kind: 'quarter',
    year,
    quarter,
    dimensions: dims as never,
  });
  const sit = (code: string, state = 'confirmed', year = 2026): PromotionEvent => {
    const s = DEFAULT_SITUATIONS.find((x) => x.code === code)!;
    return { kind: 'situation', year, code, polarity: s.polarity, months: s.months, state: state as never };
  };
  it.each<[string, PromotionEvent[], number, boolean]>([
    [
      'each 好 on a dimension shortens the wait a month',
      [q(2026, 1, { post_fit: 'good', results: 'good' })],
      -2,
      false,
    ],
    ['each last place (较差) lengthens it a month', [q(2026, 1, { reputation: 'poor' })], 1, false],
    ['the 省级督查激励 situation shortens by 6 months (区农业农村局 example)', [sit('P1')], -6, false],
    ['a negative notice lengthens by 6', [sit('N1')], 6, false],
    [
      'declared or reviewed situations count for nothing yet',
      [sit('P1', 'declared'), sit('P3', 'reviewed')],
      0,
      false,
    ],
    [
      'the year is capped at −12 however many 好',
      [1, 2, 3, 4]
        .map((n) => q(2026, n, { post_fit: 'good', results: 'good', reputation: 'good', key_tasks: 'good' }))
        .concat([sit('P1')]),
      -12,
      true,
    ],
    ['and at +12', [sit('N1'), sit('N2'), sit('N3'), sit('N4'), sit('N5')], 12, true],
  ])('%s', (_, events, total, capped) => {
    const r = promotionMonths(events);
    expect(r.total).toBe(total);
    expect(r.years.some((y) => y.capped)).toBe(capped);
  });

  it('each year is capped on its own', () => {
    const r = promotionMonths([
      sit('N1', 'confirmed', 2025),
      sit('N2', 'confirmed', 2025),
      sit('N3', 'confirmed', 2025),
      sit('N1', 'confirmed', 2026),
    ]);
    expect(r.years.map((y) => y.net)).toEqual([12, 6]);
  });

  it('a confirmed veto blocks promotion (四类不予晋升: 御下不严 …)', () => {
    const r = promotionMonths([
      sit('P1'),
      { kind: 'veto', year: 2026, category: 'lax_management', state: 'confirmed' },
    ]);
    expect(r.vetoed).toBe(true);
    expect(r.vetoes).toEqual(['lax_management']);
    expect(
      promotionMonths([{ kind: 'veto', year: 2026, category: 'discipline', state: 'declared' }]).vetoed,
    ).toBe(false);
  });

  const event: fc.Arbitrary<PromotionEvent> = fc.oneof(
    fc.record({
      kind: fc.constant('quarter' as const),
      year: fc.integer({ min: 2024, max: 2027 }),
      quarter: fc.integer({ min: 1, max: 4 }),
      dimensions: fc.record(
        Object.fromEntries(DIMENSIONS.map((d) => [d, fc.option(fc.constantFrom(...GRADES))])) as never,
      ),
    }),
    fc.record({
      kind: fc.constant('situation' as const),
      year: fc.integer({ min: 2024, max: 2027 }),
      code: fc.constantFrom(...DEFAULT_SITUATIONS.map((s) => s.code)),
      polarity: fc.constantFrom('positive' as const, 'negative' as const),
      months: fc.integer({ min: -10, max: 20 }),
      state: fc.constantFrom(
        'declared' as const,
        'reviewed' as const,
        'confirmed' as const,
        'rejected' as const,
      ),
    }),
    fc.record({
      kind: fc.constant('veto' as const),
      year: fc.integer({ min: 2024, max: 2027 }),
      category: fc.constantFrom(...VETO_CATEGORIES),
      state: fc.constantFrom(
        'declared' as const,
        'reviewed' as const,
        'confirmed' as const,
        'rejected' as const,
      ),
    }),
  );

  it('property: for any sequence, every year’s net stays within ±12 and the total within ±12 per year', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 80 }), (events) => {
        const r = promotionMonths(events);
        for (const y of r.years) {
          expect(Math.abs(y.net)).toBeLessThanOrEqual(YEARLY_CAP_MONTHS);
          expect(y.capped).toBe(Math.abs(y.raw) > YEARLY_CAP_MONTHS);
        }
        expect(Math.abs(r.total)).toBeLessThanOrEqual(YEARLY_CAP_MONTHS * r.years.length);
      }),
    );
  });

  it('property: vetoed exactly when some veto is confirmed, whatever the months and the order', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        const r = promotionMonths(events);
        expect(r.vetoed).toBe(events.some((e) => e.kind === 'veto' && e.state === 'confirmed'));
        expect(promotionMonths([...events].reverse())).toEqual(r);
      }),
    );
  });
  it('property: a year’s quarters counted at once (as the district’s months read them) give the same months', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        const counted = new Map<number, { good: number; last: number }>();
        for (const e of events)
          if (e.kind === 'quarter') {
            const c = counted.get(e.year) ?? { good: 0, last: 0 };
            for (const d of DIMENSIONS) {
              if (e.dimensions[d] === 'good') c.good++;
              if (e.dimensions[d] === 'poor') c.last++;
            }
            counted.set(e.year, c);
          }
        const byCount: PromotionEvent[] = [
          ...events.filter((e) => e.kind !== 'quarter'),
          ...[...counted].map(([year, c]) => ({ kind: 'quarters' as const, year, ...c })),
        ];
        expect(promotionMonths(byCount)).toEqual(promotionMonths(events));
      }),
    );
  });
});

describe('rotation [004 Luohu 轮岗]', () => {
  it.each([
    [
      '处级 15 years in the unit: due within a year',
      { post: '局长', grade: '二级调研员', unitSince: '2011-06-01', postSince: '2020-01-01' },
      '2026-01-01',
      [['division_unit', 'due_soon']],
    ],
    [
      '处级 15 years passed: overdue',
      { post: '副局长', grade: '三级调研员', unitSince: '2010-01-01', postSince: '2020-01-01' },
      '2026-01-01',
      [['division_unit', 'overdue']],
    ],
    [
      '科级 10 years in one office',
      { post: '科长', grade: '一级主任科员', unitSince: '2010-01-01', postSince: '2016-01-01' },
      '2026-01-01',
      [['section_office', 'overdue']],
    ],
    [
      '执法 posts 5 years',
      { post: '执法队员', grade: '一级科员', unitSince: '2022-01-01', postSince: '2021-03-01' },
      '2026-01-01',
      [['sensitive_post', 'due_soon']],
    ],
    [
      '社区书记 beyond two terms',
      { post: '社区党委书记', grade: '科员', unitSince: '2015-01-01', postSince: '2015-01-01' },
      '2026-01-01',
      [['secretary_terms', 'overdue']],
    ],
    [
      'a staff member far from any limit',
      { post: '科员', grade: '一级科员', unitSince: '2024-01-01', postSince: '2024-01-01' },
      '2026-01-01',
      [],
    ],
  ])('%s', (_, c, today, want) => {
    expect(rotationAlerts({ ...c, deptType: null }, today).map((a) => [a.rule, a.level])).toEqual(want);
  });
  it('levels', () => {
    expect(cadreLevel('党工委书记', '一级调研员')).toBe('division');
    expect(cadreLevel('副科长', '三级主任科员')).toBe('section');
    expect(cadreLevel('科员', '一级科员')).toBe('staff');
  });
});

describe('use of results [000 前30%], groups [001 领航/雏鹰/常青藤]', () => {
  it.each([
    [{ rank: 6, groupSize: 20, vetoed: false, poorInYear: false }, true, ['top_share']],
    [{ rank: 7, groupSize: 20, vetoed: false, poorInYear: false }, false, ['not_top_share']],
    [{ rank: 1, groupSize: 20, vetoed: true, poorInYear: false }, false, ['vetoed']],
    [{ rank: 1, groupSize: 2, vetoed: false, poorInYear: true }, false, ['poor_grade']],
    [{ rank: null, groupSize: 2, vetoed: false, poorInYear: false }, false, ['not_assessed']],
  ])('eligibility %#', (c, eligible, reasons) => {
    expect(promotionEligibility(c)).toEqual({ eligible, reasons });
  });
  it('groups by post and age; separate groups are their own comparable group', () => {
    expect(groupsOf({ post: '局长', grade: '二级调研员', age: 50 }, DEFAULT_GROUPS)).toEqual(['lead']);
    expect(groupsOf({ post: '科员', grade: '一级科员', age: 28 }, DEFAULT_GROUPS)).toEqual(['eagle']);
    expect(comparableGroup(['ivy'], DEFAULT_GROUPS, 'street')).toBe('ivy');
    expect(comparableGroup(['eagle'], DEFAULT_GROUPS, 'street')).toBe('street');
  });
});

describe('portrait [000 八大能力 + 三大态度, 3D画像, 关羽/诸葛亮]', () => {
  it('is neutral with nothing observed, and a commendation order raises execution and responsibility', () => {
    const none = buildPortrait({ sheets: [], reports: [], peerReviews: [], orders: [] });
    expect(Object.values(none.scores).every((v) => v === 60)).toBe(true);
    const p = buildPortrait({ sheets: [], reports: [], peerReviews: [], orders: [{ type: 'commendation' }] });
    expect(p.scores.execution).toBeGreaterThan(90);
    expect(p.scores.responsibility).toBeGreaterThan(90);
  });
  it('hard matters and strong execution make a 关羽 type', () => {
    const p = buildPortrait({
      sheets: [{ dimensions: { results: 92, key_tasks: 90 } }],
      reports: [{ category: 'hard', traits: ['execution'] }],
      peerReviews: [],
      orders: [],
    });
    expect(p.tags).toContain('type.guanyu');
  });
  it('suggestions rank by the needed traits and give the reasons', () => {
    const mk = (id: string, s: Partial<Record<Trait, number>>) => ({
      personId: id,
      scores: Object.fromEntries(TRAITS.map((t) => [t, s[t] ?? 60])) as Record<Trait, number>,
      evidence: Object.fromEntries(TRAITS.map((t) => [t, 1])) as Record<Trait, number>,
      tags: [],
    });
    const r = suggest(
      [mk('a', { innovation: 70 }), mk('b', { innovation: 95, learning: 90 })],
      ['innovation', 'learning'],
      5,
    );
    expect(r.map((x) => x.personId)).toEqual(['b', 'a']);
    expect(r[0].reasons[0]).toEqual({ trait: 'innovation', score: 95, evidence: 1 });
  });
});

describe('political-quality list [000 45项正向+负向、定性+定量, 10种方法]', () => {
  it('has 45 indicators, both polarities and kinds, over five aspects; 10 methods', () => {
    expect(PQ_INDICATORS).toHaveLength(45);
    expect(new Set(PQ_INDICATORS.map((i) => i.code)).size).toBe(45);
    for (const a of PQ_ASPECTS) expect(PQ_INDICATORS.filter((i) => i.aspect === a)).toHaveLength(9);
    expect(new Set(PQ_INDICATORS.map((i) => i.polarity))).toEqual(new Set(['positive', 'negative']));
    expect(new Set(PQ_INDICATORS.map((i) => i.kind))).toEqual(new Set(['qualitative', 'quantitative']));
    expect(PQ_METHODS).toHaveLength(10);
    expect(pqSummary([{ indicatorCode: 'PQ01' }, { indicatorCode: 'PQ07' }]).loyalty).toEqual({
      positive: 1,
      negative: 1,
    });
  });
});

describe('grade import [000 好 within the quota per unit]', () => {
  // unit u: five sheets (好 may be 2); s1 already 好 and assessed, s5 not yet reviewed
  const sheets = [
    {
      id: 's1',
      unitNodeId: 'u',
      unitName: '民政局',
      personName: '甲',
      status: 'assessed',
      grade: 'good' as const,
    },
    { id: 's2', unitNodeId: 'u', unitName: '民政局', personName: '乙', status: 'reviewed', grade: null },
    { id: 's3', unitNodeId: 'u', unitName: '民政局', personName: '丙', status: 'reviewed', grade: null },
    { id: 's4', unitNodeId: 'u', unitName: '民政局', personName: '丙', status: 'reviewed', grade: null },
    { id: 's5', unitNodeId: 'u', unitName: '民政局', personName: '丁', status: 'dispatched', grade: null },
  ];
  const row = (n: number, who: Partial<{ sheetId: string; personName: string }>, grade: string | null) => ({
    row: n,
    sheetId: who.sheetId ?? '',
    unitName: '民政局',
    personName: who.personName ?? '',
    grade: grade as never,
  });

  it.each([
    ['the same grade again is unchanged', [row(2, { sheetId: 's1' }, 'good')], 0, 1, []],
    ['a second 好 fits the quota', [row(2, { sheetId: 's2' }, 'good')], 1, 0, []],
    [
      'a third 好 is over the quota',
      [row(2, { sheetId: 's2' }, 'good'), row(3, { sheetId: 's3' }, 'good')],
      1,
      0,
      ['assessment.over_quota'],
    ],
    [
      'lowering the kept 好 frees its place, whatever the order of the rows',
      [
        row(2, { sheetId: 's2' }, 'good'),
        row(3, { sheetId: 's3' }, 'good'),
        row(4, { sheetId: 's1' }, 'average'),
      ],
      3,
      0,
      [],
    ],
    [
      'a name two cadres share needs the id',
      [row(2, { personName: '丙' }, 'average')],
      0,
      0,
      ['assessment.import.cadre_ambiguous'],
    ],
    ['an unknown name', [row(2, { personName: '戊' }, 'average')], 0, 0, ['assessment.import.cadre_unknown']],
    [
      'a grade not one of the four',
      [row(2, { personName: '乙' }, null)],
      0,
      0,
      ['assessment.import.grade_invalid'],
    ],
    [
      'a sheet the unit has not reviewed',
      [row(2, { personName: '丁' }, 'average')],
      0,
      0,
      ['assessment.sheet_not_reviewed'],
    ],
    [
      'the same cadre twice',
      [row(2, { personName: '乙' }, 'average'), row(3, { sheetId: 's2' }, 'poor')],
      1,
      0,
      ['assessment.import.duplicate'],
    ],
  ] as const)('%s', (_, rows, changes, unchanged, errors) => {
    const p = planGradeImport(rows, sheets, 0.4);
    expect(p.changes).toHaveLength(changes);
    expect(p.unchanged).toBe(unchanged);
    expect(p.errors.map((e) => e.key)).toEqual(errors);
  });

  it('never lets a unit exceed its quota, whatever the file says', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...GRADES, null), { minLength: 4, maxLength: 4 }), (grades) => {
        const rows = grades.map((g, i) => row(i + 2, { sheetId: `s${i + 1}` }, g));
        const p = planGradeImport(rows, sheets, 0.4);
        const after = new Map<string, string | null>(sheets.map((s) => [s.id, s.grade]));
        for (const c of p.changes) after.set(c.sheetId, c.to);
        expect(withinQuota([...after.values()] as never, 0.4)).toBe(true);
      }),
    );
  });
});

describe('ranking bands 省市考核排名 → situations', () => {
  it.each([
    ['province', 1, 26, 'P2'],
    ['province', 5, 26, 'P2'],
    ['province', 6, 26, null],
    ['province', 21, 26, null],
    ['province', 22, 26, 'N4'],
    ['city', 1, 10, 'P4'],
    ['city', 2, 10, 'P4'],
    ['city', 3, 10, null],
    ['city', 9, 10, 'N4'],
    ['city', 1, 3, 'P4'],
    ['city', 3, 3, 'N4'],
    ['city', 1, 1, 'P4'],
    ['city', 0, 10, null],
    ['city', 11, 10, null],
  ] as const)('%s rank %i of %i → %s', (body, rank, total, code) => {
    expect(rankingSituation(body, rank, total)).toBe(code);
  });
  it('a unit’s leaders by post', () => {
    for (const p of ['局长', '副局长', '党工委书记', '办事处主任']) expect(LEADER_POST.test(p)).toBe(true);
    for (const p of ['科员', '科长', '办公室主任']) expect(LEADER_POST.test(p)).toBe(false);
  });
});
