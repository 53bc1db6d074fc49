/** The rules of the funds: the call, the state machines, grant limits, tranches by progress, ranking, conflicts. */
import { describe, expect, it } from 'vitest';
import {
  appActions,
  appMove,
  callProblem,
  clawbackOf,
  conflicted,
  evaluationProblem,
  grantProblem,
  meanScore,
  ranked,
  reportDue,
  roundMove,
  SEED,
  trancheAmounts,
  tranchePlanProblem,
  trancheProblem,
} from './socialfund.rules.ts';
import { fenOf } from './socialfund.import.service.ts';

describe('the seed’s figures (003 Futian)', () => {
  it('8 rounds, 688 projects, ¥96,514,540: about ¥140,283 a project, ¥12 M a round of a ¥20 M fund', () => {
    expect(SEED.socialFundedFen / SEED.socialProjects / 100).toBeCloseTo(140_282.76, 1);
    expect(SEED.socialFundedFen / SEED.socialRounds).toBeLessThan(SEED.socialYearlyFen);
    expect(SEED.partyYearlyFen / SEED.partyCommittees).toBe(1_000_000_00);
  });
});

describe('the call 申报', () => {
  const r = { state: 'call', opensOn: '2026-03-01', closesOn: '2026-03-31' };
  it.each([
    ['before it opens', r, '2026-02-28', 'not_open'],
    ['on the first day', r, '2026-03-01', null],
    ['on the last day', r, '2026-03-31', null],
    ['the day after', r, '2026-04-01', 'closed'],
    ['in review, inside the dates', { ...r, state: 'review' }, '2026-03-10', 'closed'],
  ])('%s → %s', (_, round, today, want) => {
    expect(callProblem(round, today)).toBe(want);
  });
});

describe('the round and application state machines', () => {
  it.each([
    ['call', 'review', 'review'],
    ['review', 'publish', 'published'],
    ['call', 'publish', null],
    ['published', 'review', null],
  ] as const)('round %s + %s → %s', (from, action, to) => {
    expect(roundMove(from, action)).toBe(to);
  });

  it.each([
    ['draft', 'submit', ['applicant'], 'call', { to: 'submitted' }],
    ['draft', 'submit', ['office'], 'call', { problem: 'not_yours' }],
    ['draft', 'submit', ['applicant'], 'review', { problem: 'round_state' }],
    ['submitted', 'qualify', ['office'], 'review', { to: 'eligible' }],
    ['submitted', 'qualify', ['office'], 'call', { problem: 'round_state' }],
    ['submitted', 'disqualify', ['office'], 'review', { to: 'ineligible' }],
    ['eligible', 'fund', ['office'], 'review', { to: 'funded' }],
    ['eligible', 'fund', ['applicant'], 'review', { problem: 'not_yours' }],
    ['eligible', 'decline', ['office'], 'review', { to: 'rejected' }],
    ['rejected', 'fund', ['office'], 'review', { problem: 'wrong_state' }],
    ['funded', 'sign', ['office'], 'published', { to: 'agreed' }],
    ['agreed', 'pass', ['office'], 'published', { to: 'completed' }],
    ['agreed', 'fail', ['office'], 'published', { to: 'failed' }],
    ['completed', 'fail', ['office'], 'published', { problem: 'wrong_state' }],
  ] as const)('%s + %s by %j in a %s round → %j', (from, action, roles, round, want) => {
    expect(appMove(from, action, roles, round)).toEqual(want);
  });

  it('the buttons follow the machine', () => {
    expect(appActions('draft', ['applicant'], 'call')).toEqual(['submit']);
    expect(appActions('submitted', ['office'], 'review')).toEqual(['qualify', 'disqualify']);
    expect(appActions('eligible', ['applicant'], 'review')).toEqual(['withdraw']);
    expect(appActions('submitted', ['applicant'], 'call')).toEqual(['withdraw']);
  });

  it.each([
    ['draft', 'wrong_state'],
    ['submitted', null],
    ['eligible', null],
    ['funded', 'wrong_state'],
    ['agreed', 'wrong_state'],
    ['rejected', 'wrong_state'],
  ] as const)('撤回 from %s: %s (only before the grant)', (from, problem) => {
    const m = appMove(from, 'withdraw', ['applicant'], 'review');
    expect('problem' in m ? m.problem : null).toBe(problem);
    expect('problem' in appMove(from, 'withdraw', ['office'], 'review')).toBe(true);
  });
});

describe('a grant: ≤ the cap per project and ≤ what is left of the round', () => {
  const r = { capFen: 300_000_00, budgetFen: 12_000_000_00, allocatedFen: 11_900_000_00 };
  it.each([
    [100_000_00, null],
    [100_000_01, 'over_budget'],
    [300_000_01, 'over_cap'],
  ])('%i fen → %s', (amount, want) => {
    expect(grantProblem(amount, r)).toBe(want);
  });
});

describe('tranches 50/30/20 by progress', () => {
  it.each([
    [[50, 30, 20], null],
    [[100], null],
    [[50, 30], 'sum'],
    [[50, 60, -10], 'sum'],
    [[], 'empty'],
  ])('plan %j → %s', (plan, want) => {
    expect(tranchePlanProblem(plan)).toBe(want);
  });

  it('amounts are whole fen; the last takes the rounding', () => {
    expect(trancheAmounts(100_001, [50, 30, 20])).toEqual([50_000, 30_000, 20_001]);
    expect(trancheAmounts(150_000_00, [50, 30, 20])).toEqual([75_000_00, 45_000_00, 30_000_00]);
  });

  it.each([
    [1, 3, 0, null, null],
    [2, 3, 0, null, 'needs_report'],
    [2, 3, 1, null, null],
    [3, 3, 2, null, 'needs_evaluation'],
    [3, 3, 2, 'pass', null],
    [3, 3, 2, 'fail', 'failed'],
    [1, 1, 0, null, null],
  ] as const)('tranche %i of %i with %i reports, grade %s → %s', (seq, n, reports, grade, want) => {
    expect(trancheProblem(seq, n, reports, grade)).toBe(want);
  });

  it.each([
    [3, 1, 1, 'needs_payment'],
    [3, 2, 1, 'needs_report'],
    [3, 2, 2, null],
    [1, 1, 0, 'needs_report'],
    [1, 1, 1, null],
  ])('结项评估 with %i tranches, %i paid, %i reports → %s', (n, paid, reports, want) => {
    expect(evaluationProblem(n, paid, reports)).toBe(want);
  });

  it.each([
    ['agreed', 1, 0, true],
    ['agreed', 1, 1, false],
    ['completed', 3, 2, false],
  ] as const)('a report is due for %s with %i paid and %i reports: %s', (state, paid, reports, want) => {
    expect(reportDue(state, paid, reports)).toBe(want);
  });

  it('a 不合格 clawback is what was paid unless less is given', () => {
    expect(clawbackOf(120_000_00, undefined)).toBe(120_000_00);
    expect(clawbackOf(120_000_00, 50_000_00)).toBe(50_000_00);
    expect(clawbackOf(120_000_00, 120_000_01)).toBe('over_paid');
  });
});

describe('review', () => {
  const reviewer = { userId: 'u1', nodeIds: ['district', 'street1'], orgId: 'org1' };
  it.each([
    ['an application of another node', { nodeId: 'c11', orgId: null, userId: 'u2' }, false],
    ['of the reviewer’s own node', { nodeId: 'street1', orgId: null, userId: 'u2' }, true],
    ['of the reviewer’s organisation', { nodeId: 'c11', orgId: 'org1', userId: 'u2' }, true],
    ['filled in by the reviewer', { nodeId: 'c11', orgId: null, userId: 'u1' }, true],
  ])('%s → conflicted %s', (_, app, want) => {
    expect(conflicted(reviewer, app)).toBe(want);
  });

  it('ranks by mean score; ties by the earlier submission; unscored last', () => {
    expect(meanScore([80, 85, 91])).toBe(85.3);
    expect(meanScore([])).toBeNull();
    const rows = [
      { id: 'a', mean: 80, submittedAt: '2026-03-02' },
      { id: 'b', mean: null, submittedAt: '2026-03-01' },
      { id: 'c', mean: 90, submittedAt: '2026-03-03' },
      { id: 'd', mean: 80, submittedAt: '2026-03-01' },
    ];
    expect(ranked(rows).map((r) => r.id)).toEqual(['c', 'd', 'a', 'b']);
  });
});

describe('amounts in an import (yuan → fen)', () => {
  it.each([
    ['1200', 120_000],
    ['1,200.5', 120_050],
    ['0.01', 1],
    ['0', null],
    ['-5', null],
    ['1.234', null],
    ['1e308', null],
    ['NaN', null],
  ])('%s → %s', (text, want) => {
    expect(fenOf(text)).toBe(want);
  });
});
