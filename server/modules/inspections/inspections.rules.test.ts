/** The inspections rules: the rectification state machine as data, deadlines, the on-time rate, the letter's numbers. */
import { describe, expect, it } from 'vitest';
import { chineseNumber } from './inspections.documents.ts';
import {
  addDays,
  deadlineAllowed,
  FINDING_STATES,
  FINDING_MOVES,
  feedbackNumber,
  findingActions,
  findingMove,
  isDueSoon,
  isOverdue,
  onTimeRate,
  sideOf,
} from './inspections.rules.ts';

describe('the rectification state machine', () => {
  it.each([
    ['recorded', 'issue', 'awaiting_plan'],
    ['awaiting_plan', 'submit_plan', 'plan_submitted'],
    ['plan_submitted', 'accept_plan', 'rectifying'],
    ['plan_submitted', 'return_plan', 'awaiting_plan'],
    ['rectifying', 'report_progress', 'rectifying'],
    ['rectifying', 'submit_closure', 'closure_submitted'],
    ['closure_submitted', 'accept_closure', 'rectified'],
    ['closure_submitted', 'return_closure', 'rectifying'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(findingMove(from, action)).toBe(to);
  });

  it('refuses every other move, and nothing leaves 已整改', () => {
    let legal = 0;
    for (const s of FINDING_STATES)
      for (const m of FINDING_MOVES) {
        const to = findingMove(s, m.action);
        if ((m.from as readonly string[]).includes(s)) legal++;
        else expect(to).toBeNull();
      }
    expect(legal).toBe(8);
    expect(FINDING_MOVES.filter((m) => findingMove('rectified', m.action))).toEqual([]);
    expect(findingMove('rectifying', 'fly')).toBeNull();
  });

  it('the unit plans and reports, the inspection side verifies; buttons follow the side', () => {
    expect(sideOf('submit_plan')).toBe('unit');
    expect(sideOf('accept_closure')).toBe('inspection');
    expect(findingActions('rectifying', ['unit'])).toEqual(['report_progress', 'submit_closure']);
    expect(findingActions('rectifying', ['inspection'])).toEqual([]);
    expect(findingActions('closure_submitted', ['inspection'])).toEqual(['accept_closure', 'return_closure']);
    expect(findingActions('recorded', ['inspection', 'unit'])).toEqual([]);
  });
});

describe('deadlines', () => {
  const today = '2026-12-07';
  it('overdue is red only while still open', () => {
    expect(isOverdue({ state: 'rectifying', deadline: '2026-12-06' }, today)).toBe(true);
    expect(isOverdue({ state: 'closure_submitted', deadline: '2026-12-06' }, today)).toBe(true);
    expect(isOverdue({ state: 'rectifying', deadline: today }, today)).toBe(false);
    expect(isOverdue({ state: 'rectified', deadline: '2026-01-01' }, today)).toBe(false);
    expect(isOverdue({ state: 'awaiting_plan', deadline: null }, today)).toBe(false);
  });
  it('due soon within 14 days', () => {
    expect(isDueSoon({ state: 'rectifying', deadline: '2026-12-21' }, today)).toBe(true);
    expect(isDueSoon({ state: 'rectifying', deadline: '2026-12-22' }, today)).toBe(false);
    expect(isDueSoon({ state: 'rectifying', deadline: '2026-12-01' }, today)).toBe(false);
  });
  it('a plan sets a deadline from today up to two years ahead', () => {
    expect(deadlineAllowed(today, today)).toBe(true);
    expect(deadlineAllowed('2026-12-06', today)).toBe(false);
    expect(deadlineAllowed(addDays(today, 731), today)).toBe(true);
    expect(deadlineAllowed(addDays(today, 732), today)).toBe(false);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('按期整改率 (on-time rectification rate)', () => {
  const today = '2026-12-07';
  it('counts the verified by their deadline over those due plus those verified early', () => {
    const rate = onTimeRate(
      [
        { state: 'rectified', deadline: '2026-06-30', rectifiedOn: '2026-06-20' }, // on time
        { state: 'rectified', deadline: '2026-06-30', rectifiedOn: '2026-07-05' }, // late
        { state: 'rectifying', deadline: '2026-11-30', rectifiedOn: null }, // overdue
        { state: 'rectified', deadline: '2027-03-31', rectifiedOn: '2026-12-01' }, // early
        { state: 'rectifying', deadline: '2027-03-31', rectifiedOn: null }, // not due: out
        { state: 'awaiting_plan', deadline: null, rectifiedOn: null }, // no deadline: out
      ],
      today,
    );
    expect(rate).toBe(50);
    expect(onTimeRate([], today)).toBeNull();
    expect(
      onTimeRate([{ state: 'rectifying', deadline: '2027-01-01', rectifiedOn: null }], today),
    ).toBeNull();
  });
});

describe('the feedback letter', () => {
  it('numbers letters per district and year and problems in Chinese', () => {
    expect(feedbackNumber('福田区', 2026, 3)).toBe('福田区巡察反馈〔2026〕3号');
    expect([1, 9, 10, 12, 20, 25].map(chineseNumber)).toEqual(['一', '九', '十', '十二', '二十', '二十五']);
  });
});
