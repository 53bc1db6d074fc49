import { describe, expect, it } from 'vitest';
import { shanghaiDay, shanghaiMinute, shanghaiYearOf, shanghaiYearRange } from './time.ts';

describe('Asia/Shanghai time', () => {
  it('prints an instant to the minute in Shanghai time, past midnight on the next day', () => {
    expect(shanghaiMinute(new Date('2026-12-31T16:05:59Z'))).toBe('2027-01-01 00:05');
    expect(shanghaiMinute(new Date('2026-06-01T03:07:00Z'))).toBe('2026-06-01 11:07');
    expect(shanghaiDay(new Date('2026-12-31T16:05:59Z'))).toBe('2027-01-01');
  });

  it('puts the eight hours before New Year UTC in the new Shanghai year, and its range around them', () => {
    expect(shanghaiYearOf(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
    expect(shanghaiYearOf(new Date('2026-12-31T16:00:00Z'))).toBe(2027);
    const { from, to } = shanghaiYearRange(2027);
    expect(from.toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(to.toISOString()).toBe('2027-12-31T16:00:00.000Z');
  });
});
