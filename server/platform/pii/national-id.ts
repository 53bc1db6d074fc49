/**
 * Mainland resident identity numbers (GB 11643-1999): 6-digit region, 8-digit birth date,
 * 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The check character for the first 17 digits. */
export function checkChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** Why a number was refused; each has a message key 'pii.id.<reason>'. */
export type IdProblem = 'format' | 'birth_date' | 'check_digit' | 'birth_mismatch' | 'gender_mismatch';

/** What a valid number tells. */
export interface IdFacts {
  region: string;
  birthDate: string;
  gender: 'M' | 'F';
}

function validDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/**
 * Validates a number and, when given, checks it against the stated birth date and gender.
 * Returns the facts or the first problem found.
 */
export function parseNationalId(
  raw: string,
  expect: { birthDate?: string; gender?: 'M' | 'F' } = {},
  today = new Date(),
): { ok: true; value: string; facts: IdFacts } | { ok: false; problem: IdProblem } {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, problem: 'format' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  if (y < 1900 || !validDate(y, m, d) || Date.UTC(y, m - 1, d) > today.getTime())
    return { ok: false, problem: 'birth_date' };
  if (checkChar(id) !== id[17]) return { ok: false, problem: 'check_digit' };
  const facts: IdFacts = {
    region: id.slice(0, 6),
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    gender: Number(id[16]) % 2 === 1 ? 'M' : 'F',
  };
  if (expect.birthDate && expect.birthDate !== facts.birthDate)
    return { ok: false, problem: 'birth_mismatch' };
  if (expect.gender && expect.gender !== facts.gender) return { ok: false, problem: 'gender_mismatch' };
  return { ok: true, value: id, facts };
}

/** Makes a valid number from region, birth date (YYYY-MM-DD) and a sequence 0–999 (demo data). */
export function makeNationalId(region: string, birthDate: string, seq: number): string {
  const first17 = region + birthDate.replaceAll('-', '') + String(seq % 1000).padStart(3, '0');
  return first17 + checkChar(first17);
}

/** Mainland mobile numbers: 11 digits starting 13–19. */
export function isMainlandMobile(phone: string): boolean {
  return /^1[3-9]\d{9}$/.test(phone.trim());
}
