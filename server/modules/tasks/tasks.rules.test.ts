import fc from 'fast-check';
import { shanghaiDay } from '../../platform/time.ts';
import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../platform/errors.ts';
import {
  APPLICATION_MACHINE,
  EXEMPTION_MACHINE,
  LIST_MACHINE,
  ORDER_MACHINE,
  TASK_MACHINE,
  actualProgress,
  assertCommendable,
  assertTransition,
  competitionRanks,
  dayString,
  dayNumber,
  deadlineSoon,
  districtShortName,
  evaluate,
  gapless,
  indicatorsMet,
  lastPlaces,
  nextRedSince,
  orderNumber,
  planMilestones,
  plannedProgress,
  proposeOrders,
  rankTasks,
  rankUnits,
  redDays,
  transition,
  type Milestone,
  type ProposalFacts,
} from './tasks.rules.ts';

const S = { yellowMargin: 10, redMargin: 25, redDaysForAccountability: 14, deadlineNoticeDays: 7 };

describe('state machines', () => {
  it.each([
    [LIST_MACHINE, 'draft', 'publish', 'published'],
    [LIST_MACHINE, 'published', 'publish', 'tasks.list_already_published'],
    [LIST_MACHINE, 'published', 'edit', 'tasks.list_frozen'],
    [TASK_MACHINE, 'draft', 'award', 'tasks.list_not_published'],
    [TASK_MACHINE, 'published', 'award', 'awarded'],
    [TASK_MACHINE, 'awarded', 'award', 'tasks.already_awarded'],
    [TASK_MACHINE, 'completed', 'award', 'tasks.already_awarded'],
    [TASK_MACHINE, 'cancelled', 'award', 'tasks.task_not_open'],
    [TASK_MACHINE, 'draft', 'apply', 'tasks.list_not_published'],
    [TASK_MACHINE, 'awarded', 'apply', 'tasks.already_awarded'],
    [TASK_MACHINE, 'awarded', 'report', 'awarded'],
    [TASK_MACHINE, 'published', 'report', 'tasks.task_not_in_progress'],
    [TASK_MACHINE, 'awarded', 'complete', 'completed'],
    [TASK_MACHINE, 'awarded', 'cancel', 'tasks.task_not_cancellable'],
    [APPLICATION_MACHINE, 'submitted', 'award', 'awarded'],
    [APPLICATION_MACHINE, 'not_awarded', 'award', 'tasks.application_decided'],
    [ORDER_MACHINE, 'draft', 'issue', 'issued'],
    [ORDER_MACHINE, 'issued', 'issue', 'tasks.order_not_draft'],
    [ORDER_MACHINE, 'dismissed', 'edit', 'tasks.order_not_draft'],
    [ORDER_MACHINE, 'draft', 'dismiss', 'dismissed'],
    [ORDER_MACHINE, 'draft', 'acknowledge', 'tasks.order_not_issued'],
    [ORDER_MACHINE, 'issued', 'exempt', 'tasks.exemption_too_late'],
    [EXEMPTION_MACHINE, 'pending', 'grant', 'granted'],
    [EXEMPTION_MACHINE, 'refused', 'grant', 'tasks.exemption_decided'],
  ] as const)('%#: from %s, %s → %s', (machine, from, action, expected) => {
    const r = transition(machine as never, from, action);
    expect(r.ok ? r.to : r.reason).toBe(expected);
  });

  it('assertTransition throws a 409 carrying the reason', () => {
    try {
      assertTransition(TASK_MACHINE, 'awarded', 'award');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConflictError);
      expect((e as ConflictError).status).toBe(409);
      expect((e as ConflictError).key).toBe('tasks.already_awarded');
    }
  });

  it('an unknown action is a conflict, never a silent success', () => {
    expect(transition(ORDER_MACHINE, 'draft', 'publish')).toEqual({ ok: false, reason: 'error.conflict' });
  });

  it('every machine: from a state outside from, an action is refused (property)', () => {
    const machines = [
      LIST_MACHINE,
      TASK_MACHINE,
      APPLICATION_MACHINE,
      ORDER_MACHINE,
      EXEMPTION_MACHINE,
    ] as const;
    const states = [
      'draft',
      'published',
      'awarded',
      'completed',
      'cancelled',
      'submitted',
      'not_awarded',
      'issued',
      'dismissed',
      'pending',
      'granted',
      'refused',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...machines), fc.constantFrom(...states), (m, from) => {
        for (const [action, tr] of Object.entries(m)) {
          const r = transition(m as never, from as never, action);
          expect(r.ok).toBe((tr.from as readonly string[]).includes(from));
        }
      }),
    );
  });
});

const ms = (...rows: [number, string, number][]): Milestone[] =>
  rows.map(([weight, dueDate, percent], i) => ({ seq: i + 1, weight, dueDate, percent }));

describe('progress', () => {
  const plan = ms([1, '2026-03-31', 0], [3, '2026-09-30', 0]);
  it.each([
    ['2025-12-31', 0],
    ['2026-01-01', 0],
    ['2026-03-31', 25], // first milestone due: its whole weight (1 of 4)
    ['2026-06-30', 25 + 75 * (91 / 183)],
    ['2026-09-30', 100],
    ['2027-01-01', 100],
  ])('planned on %s is %d%%', (day, expected) => {
    expect(plannedProgress(plan, '2026-01-01', day)).toBeCloseTo(expected, 6);
  });

  it('a milestone due on (or before) its start is all-or-nothing at its due date', () => {
    const m = ms([1, '2026-01-01', 0]);
    expect(plannedProgress(m, '2026-01-01', '2025-12-31')).toBe(0);
    expect(plannedProgress(m, '2026-01-01', '2026-01-01')).toBe(100);
  });

  it('actual progress rolls up by weight', () => {
    expect(actualProgress(ms([1, '2026-03-31', 100], [3, '2026-09-30', 20]))).toBeCloseTo(40, 9);
    expect(actualProgress([])).toBe(0);
  });

  it('planMilestones orders by due date and chains plan starts', () => {
    const p = planMilestones(
      [
        { title: 'b', dueDate: '2026-06-01' },
        { title: 'a', dueDate: '2026-02-01' },
      ],
      '2026-01-01',
    );
    expect(p.map((m) => [m.title, m.seq, m.plannedFrom])).toEqual([
      ['a', 1, '2026-01-01'],
      ['b', 2, '2026-02-01'],
    ]);
  });

  const arbPlan = fc
    .array(
      fc.record({
        weight: fc.integer({ min: 1, max: 50 }),
        offset: fc.integer({ min: 0, max: 400 }),
        percent: fc.integer({ min: 0, max: 100 }),
      }),
      {
        minLength: 1,
        maxLength: 20,
      },
    )
    .map((rows) => {
      const start = dayNumber('2026-01-01');
      return planMilestones(
        rows.map((r) => ({ weight: r.weight, dueDate: dayString(start + r.offset), percent: r.percent })),
        '2026-01-01',
      );
    });

  it('planned progress stays within 0–100 and never falls as days pass (property)', () => {
    fc.assert(
      fc.property(
        arbPlan,
        fc.integer({ min: -30, max: 500 }),
        fc.integer({ min: 0, max: 60 }),
        (plan, d, step) => {
          const a = plannedProgress(plan, '2026-01-01', dayString(dayNumber('2026-01-01') + d));
          const b = plannedProgress(plan, '2026-01-01', dayString(dayNumber('2026-01-01') + d + step));
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeLessThanOrEqual(100 + 1e-9);
          expect(b).toBeGreaterThanOrEqual(a - 1e-9);
        },
      ),
    );
  });

  it('actual progress is a weighted mean: between the lowest and highest percent, 100 only when all are done (property)', () => {
    fc.assert(
      fc.property(arbPlan, (plan) => {
        const a = actualProgress(plan);
        const ps = plan.map((m) => m.percent);
        expect(a).toBeGreaterThanOrEqual(Math.min(...ps) - 1e-9);
        expect(a).toBeLessThanOrEqual(Math.max(...ps) + 1e-9);
        expect(a >= 100 - 1e-9).toBe(ps.every((p) => p === 100));
      }),
    );
  });
});

describe('evaluate', () => {
  const plan = (p1: number, p2: number) => ({
    startDate: '2026-01-01',
    milestones: ms([1, '2026-03-31', p1], [3, '2026-09-30', p2]),
  });
  it.each([
    ['2026-03-15', 80, 0, 'normal'],
    ['2026-03-15', 40, 0, 'yellow'],
    ['2026-06-30', 100, 0, 'red'],
    ['2026-06-30', 100, 40, 'normal'],
    ['2026-06-30', 100, 30, 'yellow'],
    ['2026-04-01', 99, 100, 'red'],
    ['2026-04-01', 100, 10, 'normal'],
  ] as const)('exact colour on %s with %d%% / %d%% is %s', (day, p1, p2, expected) => {
    expect(evaluate(plan(p1, p2), day, S).status).toBe(expected);
  });

  it('being further ahead never makes the colour worse (property)', () => {
    const rank = { normal: 0, yellow: 1, red: 2 } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 364 }),
        (p1, p2, more, d) => {
          const day = dayString(dayNumber('2026-01-01') + d);
          const a = evaluate(plan(p1, p2), day, S).status;
          const b = evaluate(plan(p1, Math.min(100, p2 + more)), day, S).status;
          expect(rank[b]).toBeLessThanOrEqual(rank[a]);
        },
      ),
    );
  });

  it('red since: kept while red lasts, reset when it ends', () => {
    expect(nextRedSince(null, null, 'red', '2026-05-01')).toBe('2026-05-01');
    expect(nextRedSince('red', '2026-05-01', 'red', '2026-05-09')).toBe('2026-05-01');
    expect(nextRedSince('red', '2026-05-01', 'yellow', '2026-05-10')).toBeNull();
    expect(redDays('2026-05-01', '2026-05-15')).toBe(14);
    expect(redDays(null, '2026-05-15')).toBe(0);
  });
});

describe('proposed orders', () => {
  const base: ProposalFacts = {
    status: 'awarded',
    evalStatus: 'normal',
    redSince: null,
    deadline: '2026-12-31',
    completedOn: null,
    indicators: [{ target: 10, actual: 12 }],
    violations: 0,
    hasAccountability: false,
    hasCommendation: false,
  };
  it.each([
    ['on track: nothing', {}, '2026-06-01', null, null],
    [
      'completed on time, indicators met',
      { status: 'completed', completedOn: '2026-12-01' },
      '2026-12-02',
      'tasks.why.completed_on_time',
      null,
    ],
    ['completed late', { status: 'completed', completedOn: '2027-01-05' }, '2027-01-06', null, null],
    [
      'completed, an indicator short',
      { status: 'completed', completedOn: '2026-12-01', indicators: [{ target: 10, actual: 9 }] },
      '2026-12-02',
      null,
      null,
    ],
    [
      'completed, a lower-is-better indicator met',
      {
        status: 'completed',
        completedOn: '2026-12-01',
        indicators: [{ target: 3, actual: 2, higherIsBetter: false }],
      },
      '2026-12-02',
      'tasks.why.completed_on_time',
      null,
    ],
    [
      'completed, commendation exists',
      { status: 'completed', completedOn: '2026-12-01', hasCommendation: true },
      '2026-12-02',
      null,
      null,
    ],
    ['red 13 days', { evalStatus: 'red', redSince: '2026-05-01' }, '2026-05-14', null, null],
    [
      'red 14 days',
      { evalStatus: 'red', redSince: '2026-05-01' },
      '2026-05-15',
      null,
      'tasks.why.red_too_long',
    ],
    ['deadline passed unmet', { deadline: '2026-06-30' }, '2026-07-01', null, 'tasks.why.deadline_missed'],
    ['deadline day itself', { deadline: '2026-06-30' }, '2026-06-30', null, null],
    ['a violation', { violations: 1 }, '2026-03-01', null, 'tasks.why.violation'],
    ['already has accountability', { violations: 1, hasAccountability: true }, '2026-03-01', null, null],
    ['a draft list task is never proposed', { status: 'published', violations: 1 }, '2026-03-01', null, null],
  ] as const)('%s', (_name, over, day, commendation, accountability) => {
    expect(proposeOrders({ ...base, ...(over as Partial<ProposalFacts>) }, day, S)).toEqual({
      commendation,
      accountability,
    });
  });

  it('never proposes commendation and accountability on the same facts for an unfinished task (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('normal', 'yellow', 'red' as const),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 400 }),
        (evalStatus, violations, d) => {
          const p = proposeOrders(
            { ...base, evalStatus, violations, redSince: '2026-01-01' },
            dayString(dayNumber('2026-01-01') + d),
            S,
          );
          expect(p.commendation).toBeNull();
        },
      ),
    );
  });

  it('a commendation of a red task is refused with 409', () => {
    expect(() => assertCommendable('red')).toThrow(ConflictError);
    expect(() => assertCommendable('yellow')).not.toThrow();
    expect(indicatorsMet([{ target: 1, actual: null }])).toBe(false);
    expect(indicatorsMet([])).toBe(true);
  });

  it('deadline soon: within n days, not after it passed', () => {
    expect(deadlineSoon('2026-06-30', '2026-06-23', 7)).toBe(true);
    expect(deadlineSoon('2026-06-30', '2026-06-22', 7)).toBe(false);
    expect(deadlineSoon('2026-06-30', '2026-07-01', 7)).toBe(false);
  });
});

describe('numbers and rankings', () => {
  it.each([
    ['福田区', 'responsibility', 2026, 12, '福田责〔2026〕12号'],
    ['福田区', 'commendation', 2026, 3, '福田嘉〔2026〕3号'],
    ['福田区', 'accountability', 2026, 1, '福田问〔2026〕1号'],
    ['罗湖区', 'responsibility', 2027, 1, '罗湖责〔2027〕1号'],
  ] as const)('%s %s %d #%d → %s', (name, type, year, seq, expected) => {
    expect(orderNumber(name, type, year, seq)).toBe(expected);
  });
  it('short names keep a bare 区 name whole', () => {
    expect(districtShortName('区')).toBe('区');
    expect(districtShortName('开化县')).toBe('开化');
  });
  it('gapless means exactly 1..n', () => {
    expect(gapless([3, 1, 2])).toBe(true);
    expect(gapless([1, 3])).toBe(false);
    expect(gapless([1, 1, 2])).toBe(false);
    expect(gapless([])).toBe(true);
  });
  it('competition ranking shares ranks on ties', () => {
    expect(competitionRanks([5, 4, 4, 1], String)).toEqual([1, 2, 2, 4]);
  });
  it('ranks tasks by lead over plan, then actual', () => {
    const r = rankTasks([
      { id: 'a', planned: 50, actual: 40 },
      { id: 'b', planned: 50, actual: 60 },
      { id: 'c', planned: 10, actual: 20 },
    ]);
    expect(r.map((t) => [t.id, t.rank])).toEqual([
      ['b', 1],
      ['c', 1 + 1],
      ['a', 3],
    ]);
  });
  it('ranks units by points, then on-time completions, commendations, fewer accountabilities', () => {
    const u = (nodeId: string, o: Partial<Parameters<typeof rankUnits>[0][number]>) => ({
      nodeId,
      points: 0,
      completedOnTime: 0,
      commendations: 0,
      accountabilities: 0,
      avgProgress: 0,
      ...o,
    });
    const r = rankUnits([u('x', { accountabilities: 1 }), u('y', {}), u('z', { points: 5 }), u('w', {})]);
    expect(r.map((x) => [x.nodeId, x.rank])).toEqual([
      ['z', 1],
      ['w', 2],
      ['y', 2],
      ['x', 4],
    ]);
  });
  it('ranking is a permutation with non-decreasing ranks (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.uuid(),
            planned: fc.integer({ min: 0, max: 100 }),
            actual: fc.integer({ min: 0, max: 100 }),
          }),
          { maxLength: 30 },
        ),
        (tasks) => {
          const r = rankTasks(tasks);
          expect(r.map((t) => t.id).sort()).toEqual(tasks.map((t) => t.id).sort());
          r.forEach((t, i) => i > 0 && expect(t.rank).toBeGreaterThanOrEqual(r[i - 1].rank));
          if (r.length) expect(r[0].rank).toBe(1);
        },
      ),
    );
  });
  it('Shanghai today is UTC+8', () => {
    expect(shanghaiDay(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(shanghaiDay(new Date('2026-12-31T15:59:00Z'))).toBe('2026-12-31');
  });
});

describe('排名严重滞后: lastPlaces', () => {
  const D = 'd1';
  const c = (
    taskId: string,
    lead: number,
    actual: number,
    over: Partial<Parameters<typeof lastPlaces>[0][0]> = {},
  ) => ({
    districtId: D,
    taskId,
    year: 2026,
    lead,
    actual,
    behind: true,
    lagSince: null as string | null,
    places: 2,
    days: 30,
    ...over,
  });
  const ids = (keys: { task_id: string }[]) => keys.map((k) => k.task_id).sort();

  it('takes the last places by lead, then actual progress, then the higher id', () => {
    const r = lastPlaces([c('a', -30, 10), c('b', -20, 5), c('c', -20, 5), c('d', -20, 1)], '2026-06-30');
    // a is furthest behind; of the three 20 points behind, d has done least
    expect(ids(r.entering)).toEqual(['a', 'd']);
    // b and c tie on lead and progress: the higher id, c, ranks lower
    const one = lastPlaces([c('b', -20, 5, { places: 1 }), c('c', -20, 5, { places: 1 })], '2026-06-30');
    expect(ids(one.entering)).toEqual(['c']);
  });

  it("ranks each district's year apart, and none when the trigger is off or the task is not behind", () => {
    const r = lastPlaces(
      [
        c('a', -30, 10, { places: 1 }),
        c('b', -20, 5, { places: 1, year: 2025 }),
        c('c', -40, 5, { places: 1, districtId: 'd2' }),
        c('d', -50, 0, { places: 1, behind: false }),
      ],
      '2026-06-30',
    );
    expect(ids(r.entering)).toEqual(['a', 'b', 'c']);
  });

  it('tells who leaves the last places and who has been in them for the days', () => {
    const r = lastPlaces(
      [
        c('a', -30, 10, { places: 1, lagSince: '2026-05-31' }),
        c('b', -20, 5, { places: 1, lagSince: '2026-06-01' }),
        c('e', 0, 50, { places: 1, behind: false, lagSince: '2026-06-10' }),
      ],
      '2026-06-30',
    );
    expect(r.entering).toEqual([]);
    expect(ids(r.leaving)).toEqual(['b', 'e']);
    expect(ids(r.long)).toEqual(['a']);
    const notYet = lastPlaces([c('a', -30, 10, { lagSince: '2026-06-01' })], '2026-06-30');
    expect(notYet.long).toEqual([]);
  });
});
