/** The 文明巡访团 rules, table-driven: terms, round states, unstaffed rounds, findings and fix dates. */
import { describe, expect, it } from 'vitest';
import { findingProblem, fixDayOk, inTerm, pct, roundState, unstaffed } from './visitteam.rules.ts';

describe('visitteam rules', () => {
  it.each([
    ['2026-01-01', true],
    ['2026-06-30', true],
    ['2027-12-31', true],
    ['2025-12-31', false],
    ['2028-01-01', false],
  ])('a member with the term 2026-01-01 ~ 2027-12-31 is in term on %s: %s', (day, want) => {
    expect(inTerm({ termStart: '2026-01-01', termEnd: '2027-12-31' }, day)).toBe(want);
  });

  it.each([
    ['2026-12-09', 'scheduled'],
    ['2026-12-08', 'today'],
    ['2026-12-07', 'held'],
  ])('a round on %s is %s on 2026-12-08', (heldOn, want) => {
    expect(roundState(heldOn, '2026-12-08')).toBe(want);
  });

  it.each([
    ['2026-12-08', 0, true],
    ['2026-12-15', 0, true],
    ['2026-12-16', 0, false],
    ['2026-12-07', 0, false],
    ['2026-12-10', 3, false],
  ])('a round on %s with %i members is a to-do on 2026-12-08: %s', (heldOn, members, want) => {
    expect(unstaffed(heldOn, members, '2026-12-08')).toBe(want);
  });

  it.each([
    ['2026-12-09', 'sanitation', 'not_held'],
    ['2026-12-08', 'sanitation', null],
    ['2026-12-01', 'traffic', 'not_on_checklist'],
    ['2026-12-01', 'order', null],
  ] as const)('a finding on a round of %s for %s: %s', (heldOn, item, want) => {
    expect(findingProblem({ heldOn, items: ['sanitation', 'order'] }, item, '2026-12-08')).toBe(want);
  });

  it.each([
    ['2026-11-30', false],
    ['2026-12-01', true],
    ['2026-12-08', true],
    ['2026-12-09', false],
  ])('a fix dated %s of a finding seen 2026-12-01 (today 2026-12-08): %s', (fixedOn, want) => {
    expect(fixDayOk(fixedOn, '2026-12-01', '2026-12-08')).toBe(want);
  });

  it.each([
    [0, 0, null],
    [1, 3, 33.3],
    [9, 10, 90],
  ])('share of %i in %i is %s', (a, b, want) => {
    expect(pct(a, b)).toBe(want);
  });
});
