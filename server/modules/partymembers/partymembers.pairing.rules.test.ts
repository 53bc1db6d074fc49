/** The month rule of 结对联系 (seed 001, Beilun: "联系不断线"), table-driven. */
import { describe, expect, it } from 'vitest';
import { contactDateProblem, contactRisk, monthMarks, previousMonth } from './partymembers.pairing.rules.ts';

describe('a pair’s month: contacted, 失联风险, red', () => {
  it.each([
    // contact months, month, started on, expected
    [['2026-12'], '2026-12', '2026-01-05', 'ok'],
    [['2026-11'], '2026-12', '2026-01-05', 'risk'],
    [[], '2026-12', '2026-01-05', 'red'],
    [['2026-10'], '2026-12', '2026-01-05', 'red'],
    // a pair made this month has had no month before to miss
    [[], '2026-12', '2026-12-03', 'risk'],
    // made last month and not contacted then: two months without contact
    [[], '2026-12', '2026-11-28', 'red'],
    // across the new year
    [['2025-12'], '2026-01', '2025-06-01', 'risk'],
    [[], '2026-01', '2025-06-01', 'red'],
    [['2026-01'], '2026-01', '2025-06-01', 'ok'],
  ] as const)('contacts %j in %s (paired %s) → %s', (months, month, started, want) => {
    expect(contactRisk(months, month, started)).toBe(want);
  });

  it.each([
    ['2026-01', '2025-12'],
    ['2026-03', '2026-02'],
    ['2026-10', '2026-09'],
  ])('the month before %s is %s', (m, want) => {
    expect(previousMonth(m)).toBe(want);
  });
});

describe('the year’s grid', () => {
  const months = ['2026-08', '2026-09', '2026-10', '2026-11', '2026-12'];
  it.each([
    [
      { startedOn: '2026-09-10', endedOn: null },
      ['2026-09', '2026-11'],
      '2026-11-20',
      ['unpaired', 'contacted', 'missed', 'contacted', 'unpaired'],
    ],
    [
      { startedOn: '2026-08-01', endedOn: '2026-10-02' },
      ['2026-08'],
      '2026-12-07',
      ['contacted', 'missed', 'missed', 'unpaired', 'unpaired'],
    ],
  ] as const)('pair %j with contacts %j on %s', (pair, contacts, today, want) => {
    expect(monthMarks(months, contacts, pair, today)).toEqual(want);
  });
});

describe('a contact’s date', () => {
  it.each([
    ['2026-12-07', '2026-01-01', '2026-12-07', null],
    ['2026-12-08', '2026-01-01', '2026-12-07', 'partymembers.pairing.contact_future'],
    ['2025-12-31', '2026-01-01', '2026-12-07', 'partymembers.pairing.contact_before_pair'],
  ])('%s for a pair from %s, today %s → %s', (day, started, today, want) => {
    expect(contactDateProblem(day, started, today)).toBe(want);
  });
});
