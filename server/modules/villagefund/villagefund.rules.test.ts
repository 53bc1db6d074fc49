/** The fund's pure rules, table-driven, with Qingtian's figures (seed 001). */
import { describe, expect, it } from 'vitest';
import {
  approvalBlockers,
  pledgeState,
  batchRefusal,
  exitAdvised,
  feasibility,
  growthPct,
  performance,
  planBalanced,
  returnsRefusal,
  stageAfterPayment,
  stepsOpen,
  wanYuan,
} from './villagefund.rules.ts';

const WAN = 1_000_000; // fen in 1 万元
const calm = { market: 2, operation: 2, collateral: 2, policy: 2 };

describe('feasibility (online analysis)', () => {
  it.each([
    // Qingtian's first pilot: 740万元 invested, 60万元 a year back → ROI 8.1%, payback 12.3 years (seed 001)
    [
      740,
      160,
      100,
      15,
      calm,
      { roiPct: 8.1, paybackYears: 12.3, riskGrade: 'medium', recommendation: 'conditional' },
    ],
    [100, 60, 20, 10, calm, { roiPct: 40, paybackYears: 2.5, riskGrade: 'low', recommendation: 'recommend' }],
    [100, 60, 20, 10, { market: 4, operation: 4, collateral: 3, policy: 3 }, { riskGrade: 'high' }],
    [100, 20, 30, 10, calm, { roiPct: -10, paybackYears: null, riskGrade: 'high', recommendation: 'reject' }],
    [740, 160, 100, 10, calm, { riskGrade: 'high' }],
  ] as const)('invest %s万 revenue %s万 cost %s万 over %s years', (inv, rev, cost, years, risks, want) => {
    const f = feasibility({
      investmentFen: inv * WAN,
      annualRevenueFen: rev * WAN,
      annualCostFen: cost * WAN,
      horizonYears: years,
      risks,
    });
    expect(f).toMatchObject(want);
  });
});

describe('the 4+X panel and approval', () => {
  it.each([
    [true, ['org_dept', 'finance', 'agriculture', 'shuangzeng', 'other'], []],
    [false, ['org_dept', 'finance', 'agriculture', 'shuangzeng'], ['villagefund.needs_feasibility']],
    [true, ['org_dept', 'finance', 'agriculture', 'other'], ['villagefund.needs_panel']],
  ])('report %s, visits %j → %j', (hasFeasibility, visitedUnits, want) => {
    expect(approvalBlockers({ hasFeasibility, visitedUnits })).toEqual(want);
  });
  it('steps open follow the stage and the role', () => {
    expect(stepsOpen('applied', { manage: true, apply: false })).toEqual(['start_review', 'reject']);
    expect(stepsOpen('reviewing', { manage: false, apply: true })).toEqual(['withdraw']);
    expect(stepsOpen('operating', { manage: true, apply: true })).toEqual(['exit']);
    expect(stepsOpen('exited', { manage: true, apply: true })).toEqual([]);
  });
});

describe('batches by progress', () => {
  const base = {
    stage: 'funding' as const,
    planTotalFen: 740 * WAN,
    committedFen: 300 * WAN,
    amountFen: 200 * WAN,
    poolFreeFen: 1000 * WAN,
  };
  it.each([
    [{}, null],
    [{ planTotalFen: null }, 'villagefund.needs_plan'],
    [{ stage: 'operating' }, 'villagefund.wrong_stage'],
    [{ amountFen: 441 * WAN }, 'villagefund.batch_over_plan'],
    [{ amountFen: 440 * WAN }, null],
    [{ poolFreeFen: 199 * WAN }, 'villagefund.batch_over_pool'],
  ] as const)('%j → %s', (change, want) => {
    expect(batchRefusal({ ...base, ...change } as Parameters<typeof batchRefusal>[0])).toBe(want);
  });
  it('the project operates once the whole plan is paid', () => {
    expect(stageAfterPayment(740 * WAN, 740 * WAN)).toBe('operating');
    expect(stageAfterPayment(300 * WAN, 740 * WAN)).toBe('funding');
  });
  it('a plan’s sources add up to its total (1+1+1+N)', () => {
    expect(planBalanced(740, { fiscal: 300, loan: 300, collective: 100, donation: 40 })).toBe(true);
    expect(planBalanced(740, { fiscal: 300, loan: 300, collective: 100, donation: 0 })).toBe(false);
  });
});

describe('yearly performance and exit', () => {
  it.each([
    [160, 100, 60, 3, 3, 100, 'excellent'],
    [140, 100, 60, 2, 3, 67, 'pass'],
    [130, 100, 60, 3, 3, 65, 'pass'],
    [100, 100, 60, 1, 3, 10, 'fail'],
    [90, 100, 60, 0, 0, 30, 'fail'],
  ])(
    'revenue %s万 cost %s万 vs expected %s万, %s of %s indicators → %s %s',
    (rev, cost, exp, met, total, score, grade) => {
      expect(
        performance({
          revenueFen: rev * WAN,
          costFen: cost * WAN,
          expectedNetFen: exp * WAN,
          indicatorsMet: met,
          indicatorsTotal: total,
        }),
      ).toEqual({ score, grade });
    },
  );
  it('returns handed out cannot exceed the year’s net', () => {
    expect(returnsRefusal({ revenueFen: 160, costFen: 100, collectiveFen: 40, householdFen: 20 })).toBeNull();
    expect(returnsRefusal({ revenueFen: 160, costFen: 100, collectiveFen: 40, householdFen: 21 })).toBe(
      'villagefund.returns_over_net',
    );
  });
  it('exit is advised after two failing years in a row', () => {
    expect(
      exitAdvised([
        { year: 2025, grade: 'fail' },
        { year: 2026, grade: 'fail' },
      ]),
    ).toBe(true);
    expect(
      exitAdvised([
        { year: 2024, grade: 'fail' },
        { year: 2025, grade: 'pass' },
        { year: 2026, grade: 'fail' },
      ]),
    ).toBe(false);
    expect(exitAdvised([{ year: 2026, grade: 'fail' }])).toBe(false);
  });
  it('Qingtian: the strong-village company’s profit up 195% (107万元 on 36.3万元) and 1.55亿元 as 万元 (seed 001)', () => {
    expect(growthPct(107 * WAN, 36.3 * WAN)).toBe(195);
    expect(wanYuan(155_000_000 * 100)).toBe(15500);
    expect(growthPct(1, 0)).toBeNull();
  });
});

describe('pledge states 集体资产担保', () => {
  it.each([
    ['2026-03-01', null, '2026-01-01', 'pledged'],
    ['2026-03-01', null, '2026-01-31', 'due'],
    ['2026-03-01', null, '2026-03-01', 'due'],
    ['2026-03-01', null, '2026-03-02', 'overdue'],
    ['2026-03-01', '2026-02-20', '2026-03-02', 'released'],
  ] as const)('release %s, released %s, on %s → %s', (releaseOn, releasedOn, today, state) => {
    expect(pledgeState({ releaseOn, releasedOn }, today)).toBe(state);
  });
});
