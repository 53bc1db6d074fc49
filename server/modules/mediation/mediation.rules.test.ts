/** The rules of mediation, table-driven (seed 003, Futian). */
import { describe, expect, it } from 'vitest';
import {
  actionsFor,
  caseNumber,
  DEFAULT_STEPS,
  nextState,
  resultOf,
  settlementRate,
  STATES,
} from './mediation.rules.ts';

describe('the case state machine', () => {
  it.each([
    ['received', 'assign', 'assigned'],
    ['assigned', 'assign', 'assigned'],
    ['mediating', 'assign', 'mediating'],
    ['closed', 'assign', null],
    ['assigned', 'hear', 'mediating'],
    ['received', 'hear', null],
    ['mediating', 'agree', 'agreed'],
    ['assigned', 'agree', null],
    ['mediating', 'fail', 'failed'],
    ['agreed', 'refer_confirmation', 'confirming'],
    ['confirming', 'confirmed', 'closed'],
    ['confirming', 'confirmation_refused', 'mediating'],
    ['failed', 'refer_court', 'litigating'],
    ['agreed', 'refer_court', null],
    ['litigating', 'court_settled', 'closed'],
    ['litigating', 'court_unsettled', 'closed'],
    ['agreed', 'close', 'closed'],
    ['failed', 'close', 'closed'],
    ['mediating', 'close', null],
  ] as const)('%s --%s--> %s', (from, action, to) => expect(nextState(from, action)).toBe(to));

  it.each([
    ['agreed', 'close', 'settled'],
    ['failed', 'close', 'unsettled'],
    ['confirming', 'confirmed', 'settled'],
    ['litigating', 'court_settled', 'settled'],
    ['litigating', 'court_unsettled', 'unsettled'],
    ['mediating', 'agree', null],
  ] as const)('Futian: %s then %s concludes as %s (seed 003)', (from, action, result) =>
    expect(resultOf(from, action)).toBe(result),
  );

  it('buttons follow who may: officers assign, mediators mediate; no state is a dead end but closed', () => {
    expect(actionsFor('received', { manage: true, mediate: false })).toEqual(['assign']);
    expect(actionsFor('received', { manage: false, mediate: true })).toEqual([]);
    expect(actionsFor('mediating', { manage: false, mediate: true })).toEqual(['agree', 'fail']);
    expect(actionsFor('agreed', { manage: false, mediate: true })).toEqual(['refer_confirmation', 'close']);
    for (const s of STATES.filter((x) => x !== 'closed' && x !== 'assigned'))
      expect(actionsFor(s, { manage: true, mediate: true }).length, s).toBeGreaterThan(0);
  });

  it('Futian: the settlement rate is settled ÷ concluded — 92.17% over ten years (seed 003)', () => {
    // 94,813 disputes mediated successfully at 92.17% means about 102,867 concluded
    expect(Math.round(settlementRate(94813, 102867)! * 10000) / 100).toBe(92.17);
    expect(settlementRate(0, 0)).toBeNull();
  });

  it('党群调解331 comes as configurable steps; case numbers are per year', () => {
    expect(DEFAULT_STEPS.length).toBeGreaterThanOrEqual(3);
    expect(caseNumber(2026, 42)).toBe('TJ-2026-0042');
  });
});
