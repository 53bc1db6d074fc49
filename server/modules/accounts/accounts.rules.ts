/**
 * Pure rules for accounts: password policies, lockout, session lifetimes, TOTP (RFC 6238) and
 * the separation of the three security roles.
 */
import crypto from 'node:crypto';

/** MLPS 2.0 (complexity, 90-day change) or OWASP ASVS (length, no composition rules). */
export type PasswordPreset = 'mlps' | 'asvs';

/** Security settings the security administrator can change; defaults are the documented ones. */
export interface SecuritySettings {
  passwordPreset: PasswordPreset;
  /** Failed logins in a row before each further attempt on the account must wait. */
  lockoutThreshold: number;
  /** The longest wait an account's failures can impose (the wait doubles from 30 s up to this). */
  lockoutMinutes: number;
  idleMinutes: number;
  absoluteHours: number;
  /** A new password may not be any of the account's last N (the current one included); 0: no check. */
  passwordHistory: number;
  /** Failed logins from one IP address within ipBlockMinutes before that address is blocked. */
  ipFailureLimit: number;
  /** How long an address is blocked, and the window its failures are counted in. */
  ipBlockMinutes: number;
}

export const DEFAULT_SECURITY: SecuritySettings = {
  passwordPreset: 'mlps',
  lockoutThreshold: 5,
  lockoutMinutes: 15,
  idleMinutes: 30,
  absoluteHours: 12,
  passwordHistory: 5,
  ipFailureLimit: 50,
  ipBlockMinutes: 15,
};

/** The first wait after an account reaches the threshold; each further failure doubles it. */
export const FIRST_DELAY_SECONDS = 30;

/** Message keys of password problems ('accounts.password.<problem>'). */
export type PasswordProblem = 'too_short' | 'too_long' | 'classes' | 'contains_username';

/** Checks a new password against the preset; returns every problem found. */
export function passwordProblems(
  preset: PasswordPreset,
  password: string,
  username: string,
): PasswordProblem[] {
  const out: PasswordProblem[] = [];
  const len = [...password].length;
  if (preset === 'asvs') {
    if (len < 12) out.push('too_short');
    if (len > 128) out.push('too_long');
    return out;
  }
  if (len < 8) out.push('too_short');
  if (len > 128) out.push('too_long');
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) out.push('classes');
  if (username.length >= 3 && password.toLowerCase().includes(username.toLowerCase()))
    out.push('contains_username');
  return out;
}

/** Under MLPS a password older than 90 days must be changed at the next login. */
export function passwordExpired(preset: PasswordPreset, changedAt: Date, now: Date): boolean {
  return preset === 'mlps' && now.getTime() - changedAt.getTime() > 90 * 86400_000;
}

/**
 * After a failed login or second-factor code: the new failure count and, from the threshold on, until
 * when the account's next attempt is refused unseen (a progressive delay: 30 s, 60 s, 120 s … up to
 * lockoutMinutes). The count goes on until a success, so the wait keeps growing for a guesser, and
 * it never exceeds lockoutMinutes, so nobody can keep an account shut for longer than that; a
 * browser the account logged in from before is not delayed at all (see login).
 */
export function afterFailure(
  failures: number,
  s: Pick<SecuritySettings, 'lockoutThreshold' | 'lockoutMinutes'>,
  now: Date,
): { failures: number; lockedUntil: Date | null } {
  const n = failures + 1;
  if (n < s.lockoutThreshold) return { failures: n, lockedUntil: null };
  const seconds = Math.min(
    FIRST_DELAY_SECONDS * 2 ** Math.min(n - s.lockoutThreshold, 20),
    s.lockoutMinutes * 60,
  );
  return { failures: n, lockedUntil: new Date(now.getTime() + seconds * 1000) };
}

/** One address's failed logins in its current window and until when it is blocked. */
export interface IpFailures {
  failures: number;
  windowStartedAt: Date;
  blockedUntil: Date | null;
}

/**
 * After a failed login from an address: failures are counted in a window of ipBlockMinutes; at
 * ipFailureLimit the address is blocked for ipBlockMinutes (every account, known or not).
 */
export function ipAfterFailure(
  cur: IpFailures | null,
  s: Pick<SecuritySettings, 'ipFailureLimit' | 'ipBlockMinutes'>,
  now: Date,
): IpFailures {
  const windowMs = s.ipBlockMinutes * 60_000;
  const fresh = !cur || now.getTime() - cur.windowStartedAt.getTime() > windowMs;
  const failures = fresh ? 1 : cur.failures + 1;
  const windowStartedAt = fresh ? now : cur.windowStartedAt;
  const blockedUntil =
    failures >= s.ipFailureLimit ? new Date(now.getTime() + windowMs) : fresh ? null : cur.blockedUntil;
  return { failures, windowStartedAt, blockedUntil };
}

/** A session is alive until idle too long or past its absolute lifetime. */
export function sessionAlive(
  s: { createdAt: Date; lastSeenAt: Date },
  cfg: Pick<SecuritySettings, 'idleMinutes' | 'absoluteHours'>,
  now: Date,
): boolean {
  return (
    now.getTime() - s.lastSeenAt.getTime() <= cfg.idleMinutes * 60_000 &&
    now.getTime() - s.createdAt.getTime() <= cfg.absoluteHours * 3600_000
  );
}

export { separationProblem, rolesProblem, type SeparationProblem } from './accounts.separation.ts';

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding. */
export function base32Encode(buf: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of buf) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  return out;
}

/** Decodes base32 (case-insensitive, padding and spaces ignored). */
export function base32Decode(s: string): Buffer {
  const clean = s.toUpperCase().replace(/[\s=]/g, '');
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const i = B32.indexOf(ch);
    if (i < 0) throw new Error('not base32');
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The 6-digit TOTP code (HMAC-SHA1, 30-second steps) for a time. */
export function totpCode(secret: Buffer, at: number, step = 30): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / step)));
  const h = crypto.createHmac('sha1', secret).update(counter).digest();
  const off = h[h.length - 1] & 15;
  const bin = (h.readUInt32BE(off) & 0x7fffffff) % 1_000_000;
  return String(bin).padStart(6, '0');
}

/**
 * The time step whose code this is: the current step or one either side (clock drift on phones),
 * and only a step later than the last one accepted, so no code works twice. Null when none.
 */
export function totpStep(
  secret: Buffer,
  code: string,
  at: number,
  lastStep: number | null = null,
): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const now = Math.floor(at / 30_000);
  for (const step of [now - 1, now, now + 1]) {
    if (lastStep !== null && step <= lastStep) continue;
    if (crypto.timingSafeEqual(Buffer.from(totpCode(secret, step * 30_000)), Buffer.from(code))) return step;
  }
  return null;
}

/** Accepts the code of the current step or one step either side (clock drift on phones). */
export function totpValid(secret: Buffer, code: string, at: number): boolean {
  return totpStep(secret, code, at) !== null;
}

/** The otpauth:// URI an authenticator app scans. */
export function otpauthUri(issuer: string, account: string, secret: Buffer): string {
  return `otpauth://totp/${encodeURIComponent(issuer)}:${encodeURIComponent(account)}?secret=${base32Encode(secret)}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=6&period=30`;
}

/** Letters and digits of an initial password, without those read alike (I l 1 O 0). */
const INITIAL_SETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '#%*+=?@'];

/**
 * A random initial password of 16 characters from every class (upper, lower, digit, symbol), so
 * either preset accepts it and it does not contain the username; the account must change it at
 * its first login.
 */
export function initialPassword(username: string): string {
  for (;;) {
    const all = INITIAL_SETS.join('');
    const chars = INITIAL_SETS.map((set) => set[crypto.randomInt(set.length)]);
    while (chars.length < 16) chars.push(all[crypto.randomInt(all.length)]);
    for (let i = chars.length - 1; i > 0; i--) {
      const j = crypto.randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j], chars[i]];
    }
    const password = chars.join('');
    if (passwordProblems('mlps', password, username).length === 0) return password;
  }
}

/**
 * Text an import refuses in a cell: a control character (NUL included), or a leading = + - @ that
 * a spreadsheet would run as a formula when the register is opened again.
 */
export function unsafeCellText(s: string): boolean {
  return /^[=+\-@]/.test(s) || [...s].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127);
}
