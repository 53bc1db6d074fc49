import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES, SECURITY_ROLES } from '../../platform/access/access.ts';
import {
  afterFailure,
  initialPassword,
  ipAfterFailure,
  base32Decode,
  base32Encode,
  passwordExpired,
  passwordProblems,
  rolesProblem,
  separationProblem,
  sessionAlive,
  totpCode,
  totpStep,
  totpValid,
  unsafeCellText,
} from './accounts.rules.ts';

describe('password presets', () => {
  it.each([
    ['mlps', 'Abcdef1!', []],
    ['mlps', 'abcdefgh', ['classes']],
    ['mlps', 'Abc1!', ['too_short']],
    ['mlps', 'Lisi2026!x', []],
    ['mlps', 'zhangsan@2026X', ['contains_username']],
    ['asvs', 'correct horse battery', []],
    ['asvs', 'aaaaaaaaaaaa', []],
    ['asvs', 'Abcdef1!xyz', ['too_short']],
    ['asvs', 'a'.repeat(129), ['too_long']],
  ] as const)('%s %s → %j', (preset, pw, problems) => {
    expect(passwordProblems(preset, pw, 'zhangsan')).toEqual(problems);
  });

  it('MLPS asks for a change after 90 days, ASVS never', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    expect(passwordExpired('mlps', new Date('2026-03-01T00:00:00Z'), now)).toBe(true);
    expect(passwordExpired('mlps', new Date('2026-03-05T00:00:00Z'), now)).toBe(false);
    expect(passwordExpired('asvs', new Date('2020-01-01T00:00:00Z'), now)).toBe(false);
  });
});

describe('lockout and sessions', () => {
  const s = { lockoutThreshold: 5, lockoutMinutes: 15 };
  const now = new Date('2026-01-01T00:00:00Z');
  const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);
  it.each([
    [3, 4, null],
    [4, 5, later(30)],
    [5, 6, later(60)],
    [6, 7, later(120)],
    [8, 9, later(480)],
    [9, 10, later(900)], // 960 s capped at lockoutMinutes
    [40, 41, later(900)],
  ])('after %i failures one more makes %i, waiting until %s', (before, after, until) => {
    expect(afterFailure(before, s, now)).toEqual({ failures: after, lockedUntil: until });
  });
  it('never holds an account longer than lockoutMinutes, whatever the count', () => {
    fc.assert(
      fc.property(
        fc.nat(1_000_000),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 1440 }),
        (n, th, mins) => {
          const r = afterFailure(n, { lockoutThreshold: th, lockoutMinutes: mins }, now);
          if (r.lockedUntil)
            expect(r.lockedUntil.getTime() - now.getTime()).toBeLessThanOrEqual(mins * 60_000);
          expect(r.failures).toBe(n + 1);
        },
      ),
    );
  });
  it('blocks an address at the limit within its window, and starts a new window after it', () => {
    const p = { ipFailureLimit: 3, ipBlockMinutes: 15 };
    let cur = ipAfterFailure(null, p, now);
    expect(cur).toEqual({ failures: 1, windowStartedAt: now, blockedUntil: null });
    cur = ipAfterFailure(cur, p, later(60));
    expect(cur.blockedUntil).toBeNull();
    cur = ipAfterFailure(cur, p, later(120));
    expect(cur).toEqual({ failures: 3, windowStartedAt: now, blockedUntil: later(120 + 900) });
    const fresh = ipAfterFailure(cur, p, later(16 * 60));
    expect(fresh).toEqual({ failures: 1, windowStartedAt: later(16 * 60), blockedUntil: null });
  });
  it('ends a session idle too long or past its absolute lifetime', () => {
    const cfg = { idleMinutes: 30, absoluteHours: 12 };
    const t = (iso: string) => new Date(iso);
    expect(
      sessionAlive(
        { createdAt: t('2026-01-01T00:00Z'), lastSeenAt: t('2026-01-01T00:10Z') },
        cfg,
        t('2026-01-01T00:39Z'),
      ),
    ).toBe(true);
    expect(
      sessionAlive(
        { createdAt: t('2026-01-01T00:00Z'), lastSeenAt: t('2026-01-01T00:10Z') },
        cfg,
        t('2026-01-01T00:41Z'),
      ),
    ).toBe(false);
    expect(
      sessionAlive(
        { createdAt: t('2026-01-01T00:00Z'), lastSeenAt: t('2026-01-01T12:00Z') },
        cfg,
        t('2026-01-01T12:01Z'),
      ),
    ).toBe(false);
  });
});

describe('three-role separation', () => {
  it.each([
    [[], 'sys_admin', null],
    [['sys_admin'], 'sec_admin', 'three_roles'],
    [['sec_admin'], 'auditor', 'three_roles'],
    [['auditor'], 'sys_admin', 'three_roles'],
    [['sys_admin'], 'sys_admin', null],
    [['sys_admin'], 'org_officer', 'security_with_business'],
    [['sec_admin'], 'community_officer', 'security_with_business'],
    [['org_officer'], 'sec_admin', 'security_with_business'],
    [['auditor'], 'auditor', null],
    [['auditor'], 'resident', 'security_with_business'],
    [['resident'], 'auditor', 'security_with_business'],
    [['cadre', 'grid_worker'], 'resident', null],
  ] as const)('holding %j, adding %s → %s', (held, adding, problem) => {
    expect(separationProblem([...held], adding)).toBe(problem);
  });
  it('checks a whole set of roles', () => {
    expect(rolesProblem(['cadre', 'grid_worker'])).toBeNull();
    expect(rolesProblem(['cadre', 'sys_admin'])).toBe('security_with_business');
    expect(rolesProblem(['sys_admin', 'auditor'])).toBe('three_roles');
    expect(rolesProblem(['auditor', 'grid_worker'])).toBe('security_with_business');
  });
  it('whatever grants are tried in whatever order, the accepted ones keep the rule', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ROLES), { maxLength: 12 }), (tries) => {
        const held: (typeof ROLES)[number][] = [];
        for (const r of tries) if (!separationProblem(held, r)) held.push(r);
        const security = new Set(held.filter((r) => SECURITY_ROLES.includes(r)));
        expect(security.size).toBeLessThanOrEqual(1);
        if (security.size) expect(held.every((r) => security.has(r))).toBe(true);
      }),
    );
  });
});

describe('TOTP (RFC 6238)', () => {
  it('matches the RFC 6238 SHA-1 test vector', () => {
    const secret = Buffer.from('12345678901234567890');
    expect(totpCode(secret, 59_000)).toBe('287082');
    expect(totpCode(secret, 1111111109_000)).toBe('081804');
    expect(base32Decode(base32Encode(secret))).toEqual(secret);
  });
  it('accepts one step of clock drift, not two', () => {
    const secret = Buffer.from('12345678901234567890');
    const at = 1_700_000_000_000;
    expect(totpValid(secret, totpCode(secret, at - 30_000), at)).toBe(true);
    expect(totpValid(secret, totpCode(secret, at - 60_000), at)).toBe(false);
    expect(totpValid(secret, '12345', at)).toBe(false);
  });
  it('accepts a step only once and only after the last one used', () => {
    const secret = Buffer.from('12345678901234567890');
    const at = 1_700_000_000_000;
    const step = Math.floor(at / 30_000);
    expect(totpStep(secret, totpCode(secret, at), at)).toBe(step);
    expect(totpStep(secret, totpCode(secret, at), at, step)).toBeNull();
    expect(totpStep(secret, totpCode(secret, at + 30_000), at, step)).toBe(step + 1);
    expect(totpStep(secret, totpCode(secret, at - 30_000), at, step)).toBeNull();
  });
});

describe('imports', () => {
  it('an initial password passes both presets, never holds the username, and is not repeated', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const username = i % 2 ? 'abc' : 'grid.wang';
      const p = initialPassword(username);
      expect(p).toHaveLength(16);
      expect(passwordProblems('mlps', p, username)).toEqual([]);
      expect(passwordProblems('asvs', p, username)).toEqual([]);
      seen.add(p);
    }
    expect(seen.size).toBe(300);
  });
  it.each([
    ['=1+1', true],
    ['+86', true],
    ['-x', true],
    ['@SUM(A1)', true],
    ['王\u0000五', true],
    ['a\tb', true],
    ['\u007f', true],
    ['王五', false],
    ['grid.wang-1', false],
    ['a=b', false],
  ])('unsafe cell text %j → %s', (text, unsafe) => {
    expect(unsafeCellText(text)).toBe(unsafe);
  });
});
