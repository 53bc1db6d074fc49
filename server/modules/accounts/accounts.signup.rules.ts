/** Pure rules of residents' sign-up: phone numbers, one-time codes and their limits, invitation codes. */

/** How long a code lives, how often one may be sent, how many guesses it allows. */
export const OTP_POLICY = {
  ttlSeconds: 300,
  maxAttempts: 5,
  resendSeconds: 60,
  perPhoneHour: 5,
  perIpHour: 20,
} as const;

/** How long an officer's invitation stays valid. */
export const INVITE_DAYS = 14;

/** Mainland mobile numbers: 11 digits, 1 then 3–9 (spaces, dashes and +86 are dropped first). */
export function normalisePhone(raw: string): string | null {
  const p = raw.replace(/[\s-]/g, '').replace(/^(\+?86)/, '');
  return /^1[3-9]\d{9}$/.test(p) ? p : null;
}

/** Why no code may be sent now (a message key and the seconds to wait), or null. */
export function otpThrottle(
  s: { lastSentAt: Date | null; byPhoneHour: number; byIpHour: number },
  now: Date,
): { key: string; seconds: number } | null {
  if (s.lastSentAt) {
    const wait = OTP_POLICY.resendSeconds - Math.floor((now.getTime() - s.lastSentAt.getTime()) / 1000);
    if (wait > 0) return { key: 'residents.otp.wait', seconds: wait };
  }
  if (s.byPhoneHour >= OTP_POLICY.perPhoneHour || s.byIpHour >= OTP_POLICY.perIpHour)
    return { key: 'residents.otp.too_many', seconds: 3600 };
  return null;
}

/** A six-digit code from a source of random integers in [0, n). */
export function makeOtp(randomInt: (n: number) => number): string {
  return String(randomInt(1_000_000)).padStart(6, '0');
}

/** Invitation codes avoid look-alike characters (no 0/O, 1/I/L). */
export const INVITE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** An invitation code, 'XXXX-XXXX', from a source of random integers in [0, n). */
export function makeInviteCode(randomInt: (n: number) => number): string {
  const c = Array.from({ length: 8 }, () => INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)]);
  return `${c.slice(0, 4).join('')}-${c.slice(4).join('')}`;
}

/** An invitation code as typed (any case, spaces or dash) in its canonical form, or null. */
export function normaliseInviteCode(raw: string): string | null {
  const c = raw.toUpperCase().replace(/[\s-]/g, '');
  if (c.length !== 8 || [...c].some((ch) => !INVITE_ALPHABET.includes(ch))) return null;
  return `${c.slice(0, 4)}-${c.slice(4)}`;
}

/** The name a new resident account shows until it is linked to a record. */
export function residentDisplayName(phone: string): string {
  return `居民${phone.slice(-4)}`;
}
