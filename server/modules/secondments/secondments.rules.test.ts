/** The rules of 基层一线实践锻炼 (seed 002) as tables: the three months, phases, who is due, weeks, shares. */
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  completion,
  defaultEndsOn,
  excellentShare,
  phaseOf,
  promotedRecently,
  ratingOpen,
  standingOf,
  weekOf,
  weeklyLogDue,
} from './secondments.rules.ts';

describe('secondment rules (seed 002 Longgang)', () => {
  it('Longgang: 全脱产 3 个月: a batch lasts three months by default, month ends clamped', () => {
    expect(defaultEndsOn('2026-03-01')).toBe('2026-05-31');
    expect(defaultEndsOn('2026-09-15')).toBe('2026-12-14');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it.each([
    ['2026-02-28', 'upcoming'],
    ['2026-03-01', 'running'],
    ['2026-05-31', 'running'],
    ['2026-06-01', 'ended'],
  ] as const)('on %s a batch of March–May is %s', (today, phase) => {
    expect(phaseOf({ startsOn: '2026-03-01', endsOn: '2026-05-31' }, today)).toBe(phase);
  });

  it.each([
    ['2026-05-16', false],
    ['2026-05-17', true],
    ['2026-07-01', true],
  ] as const)('the street may rate from two weeks before the end: %s → %s', (today, open) => {
    expect(ratingOpen({ startsOn: '2026-03-01', endsOn: '2026-05-31' }, today)).toBe(open);
  });

  it.each([
    ['2025-12-08', true],
    ['2025-12-07', false],
    ['2026-12-07', true],
    ['2026-12-08', false],
    ['', false],
    ['unknown', false],
  ])('promoted on %s counts as within the last twelve months on 2026-12-07: %s', (since, due) => {
    expect(promotedRecently(since, '2026-12-07')).toBe(due);
  });

  it('Longgang: 新提拔处级干部 due until a secondment of theirs has ended', () => {
    const today = '2026-12-07';
    const ended = { startsOn: '2026-03-01', endsOn: '2026-05-31' };
    const running = { startsOn: '2026-11-01', endsOn: '2027-01-31' };
    expect(standingOf('2026-06-01', [], today)).toBe('due');
    expect(standingOf('2026-06-01', [running], today)).toBe('assigned');
    expect(standingOf('2026-06-01', [ended], today)).toBe('completed');
    expect(standingOf('2026-06-01', [ended, running], today)).toBe('completed');
    expect(standingOf('2020-01-01', [], today)).toBe('not_due');
  });

  it('files a weekly log on the Monday of its week and asks for it only while the batch runs', () => {
    expect(weekOf('2026-12-07')).toBe('2026-12-07'); // a Monday
    expect(weekOf('2026-12-13')).toBe('2026-12-07'); // the Sunday after
    expect(weekOf('2026-12-09')).toBe('2026-12-07');
    const b = { startsOn: '2026-11-01', endsOn: '2027-01-31' };
    expect(weeklyLogDue(b, [], '2026-12-09')).toBe(true);
    expect(weeklyLogDue(b, ['2026-12-07'], '2026-12-09')).toBe(false);
    expect(weeklyLogDue(b, [], '2027-02-02')).toBe(false);
  });

  it('Longgang: 土地整备完成率从 30% 提升至 83%: completion and the share rated 优秀', () => {
    expect(completion(200, 60)).toBe(30);
    expect(completion(200, 166)).toBe(83);
    expect(completion(0, 5)).toBeNull();
    expect(excellentShare(['excellent', 'competent', null, 'excellent', 'basic'])).toBe(50);
    expect(excellentShare([null])).toBeNull();
  });
});
