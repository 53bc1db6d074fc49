import { describe, expect, it } from 'vitest';
import {
  afterFailure,
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
  it('locks at the fifth failure for fifteen minutes and starts counting afresh', () => {
    expect(afterFailure(3, s, now)).toEqual({ failures: 4, lockedUntil: null });
    expect(afterFailure(4, s, now)).toEqual({
      failures: 0,
      lockedUntil: new Date('2026-01-01T00:15:00Z'),
    });
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
    [['sys_admin'], 'org_officer', null],
    [['auditor'], 'auditor', null],
    [['auditor'], 'resident', 'auditor_only'],
    [['resident'], 'auditor', 'auditor_only'],
  ] as const)('holding %j, adding %s → %s', (held, adding, problem) => {
    expect(separationProblem([...held], adding)).toBe(problem);
  });
  it('checks a whole set of roles', () => {
    expect(rolesProblem(['cadre', 'sys_admin'])).toBeNull();
    expect(rolesProblem(['sys_admin', 'auditor'])).toBe('three_roles');
    expect(rolesProblem(['auditor', 'grid_worker'])).toBe('auditor_only');
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
