/** The ladder, the moves, the pass mark, 复核 and the 先锋指数, table by table. */
import { describe, expect, it } from 'vitest';
import {
  actionsFor,
  declareProblem,
  expiryOf,
  move,
  nameProblem,
  openLevels,
  pioneerIndex,
  publicityNumber,
  rankAndFlag,
  recheckedExpiry,
  recheckProblem,
  titleStatus,
  DEFAULT_INDEX_INDICATORS,
  type Level,
  type Title,
} from './creation.rules.ts';

const today = '2026-12-07';
const t = (level: Level, expiresOn = '2028-01-01'): Title => ({ level, expiresOn });

describe('the ladder 区级 → 市级 → 省级 → 全国', () => {
  it.each([
    ['district', [], null],
    ['city', [], 'below_not_named'],
    ['city', [t('district')], null],
    ['city', [t('district', '2026-12-07')], 'below_not_named'],
    ['province', [t('district')], 'below_not_named'],
    ['province', [t('district'), t('city')], null],
    ['national', [t('province')], null],
    ['national', [t('city')], 'below_not_named'],
    ['district', [t('district')], 'already_named'],
    ['district', [t('district', '2026-01-01')], null],
  ] as [Level, Title[], string | null][])('%s with %j → %s', (level, held, problem) => {
    expect(declareProblem(level, held, today)).toBe(problem);
  });
  it('福民 after 省级 may declare only 全国', () => {
    expect(openLevels([t('district'), t('city'), t('province')], today)).toEqual(['national']);
  });
});

describe('moves', () => {
  it.each([
    ['draft', 'submit', ['unit'], 'submitted'],
    ['draft', 'submit', ['street'], null],
    ['submitted', 'pass', ['street'], 'prereviewed'],
    ['submitted', 'pass', ['district'], null],
    ['submitted', 'return', ['street'], 'draft'],
    ['prereviewed', 'publicise', ['district'], 'publicity'],
    ['prereviewed', 'publicise', ['unit', 'street'], null],
    ['publicity', 'name', ['district'], 'named'],
    ['publicity', 'reject', ['district'], 'not_named'],
    ['named', 'reject', ['district'], null],
    ['draft', 'name', ['district'], null],
  ] as const)('%s %s by %j → %s', (from, action, roles, to) => {
    expect(move(from, action, roles)).toBe(to);
  });
  it('the street sees pass and return on a submitted declaration', () => {
    expect(actionsFor('submitted', ['street'])).toEqual(['pass', 'return']);
  });
});

describe('naming', () => {
  const base = { today, publicityUntil: '2026-12-07', points: 100, passPct: 80 };
  it.each([
    [{ score: 80 }, null],
    [{ score: 79 }, 'below_pass'],
    [{ score: 95, publicityUntil: '2026-12-08' }, 'publicity_running'],
  ])('%j → %s', (x, problem) => {
    expect(nameProblem({ ...base, ...x })).toBe(problem);
  });
  it('numbers the 公示 and dates the 复核', () => {
    expect(publicityNumber(2026, 3)).toBe('创建公示〔2026〕3号');
    expect(expiryOf('2026-05-20', 3)).toBe('2029-05-20');
    expect(titleStatus('2029-05-20', today)).toBe('valid');
    expect(titleStatus('2027-01-20', today)).toBe('recheck_due');
    expect(titleStatus('2026-12-07', today)).toBe('lapsed');
  });
});

describe('先锋指数', () => {
  const all = { organisation: 90, education: 80, service: 70, position: 60, vanguard: 100 };
  it('is the weighted mean, null until every indicator is scored', () => {
    // (90·25 + 80·20 + 70·25 + 60·15 + 100·15) / 100 = 80
    expect(pioneerIndex(DEFAULT_INDEX_INDICATORS, all)).toBe(80);
    expect(pioneerIndex(DEFAULT_INDEX_INDICATORS, { ...all, vanguard: undefined } as never)).toBeNull();
    expect(
      pioneerIndex(
        [
          { code: 'a', name: 'A', weight: 1 },
          { code: 'b', name: 'B', weight: 2 },
        ],
        { a: 50, b: 65 },
      ),
    ).toBe(60);
  });
  it('ranks with ties and flags under 60 and the bottom tenth', () => {
    const rows = [90, 85, 85, 80, 78, 75, 74, 70, 66, 65, 59, null].map((index, i) => ({ i, index }));
    const out = rankAndFlag(rows);
    expect(out.map((r) => r.rank)).toEqual([1, 2, 2, 4, 5, 6, 7, 8, 9, 10, 11, null]);
    // 11 ranked → the bottom 2 (ceil 1.1): 65 and 59; 59 is under the floor
    expect(out.filter((r) => r.flagged).map((r) => [r.index, r.flagReason])).toEqual([
      [65, 'bottom'],
      [59, 'floor'],
    ]);
  });
});

describe('复核 as a step of its own', () => {
  it('only a named title, and only once due or lapsed', () => {
    expect(recheckProblem('publicity', null, today)).toBe('recheck_not_named');
    expect(recheckProblem('named', '2028-01-01', today)).toBe('recheck_not_due');
    expect(recheckProblem('named', '2027-03-01', today)).toBeNull(); // within 90 days
    expect(recheckProblem('named', '2026-06-30', today)).toBeNull(); // lapsed
  });
  it('passed runs on from the old expiry (from today once lapsed); failed lapses today, never later', () => {
    expect(recheckedExpiry('pass', '2027-03-01', today, 3)).toBe('2030-03-01');
    expect(recheckedExpiry('pass', '2026-06-30', today, 3)).toBe('2029-12-07');
    expect(recheckedExpiry('fail', '2027-03-01', today, 3)).toBe(today);
    expect(recheckedExpiry('fail', '2026-06-30', today, 3)).toBe('2026-06-30');
  });
});
