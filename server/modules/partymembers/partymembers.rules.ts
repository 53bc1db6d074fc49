/**
 * Pure rules of the mobile party member register (seed 001, Beilun): the five clears 五清, the
 * months of the inflow and outflow tables, and the return code's lifetime.
 */
import crypto from 'node:crypto';

/** The five clears: basic info, time of leaving, destination, work, conduct (seed 001). */
export const FIVE_CLEARS = ['basic', 'time', 'destination', 'work', 'conduct'] as const;
export type Clear = (typeof FIVE_CLEARS)[number];

/** Directions of a mobile member: 流入 (lives here, belongs elsewhere) and 流出 (belongs here, left). */
export const DIRECTIONS = ['in', 'out'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** What the five clears are judged from. */
export interface ClearFacts {
  basicChecked: boolean;
  hasPhone: boolean;
  leftOn: string | null;
  destination: string;
  work: string;
  conduct: string;
}

/**
 * Which of the five clears a member's record meets: basic info is clear once the branch checked it
 * and a phone is on file; the others once the field is filled.
 */
export function clearsOf(f: ClearFacts): {
  met: Record<Clear, boolean>;
  missing: Clear[];
  complete: boolean;
} {
  const met: Record<Clear, boolean> = {
    basic: f.basicChecked && f.hasPhone,
    time: !!f.leftOn,
    destination: f.destination.trim().length > 0,
    work: f.work.trim().length > 0,
    conduct: f.conduct.trim().length > 0,
  };
  const missing = FIVE_CLEARS.filter((c) => !met[c]);
  return { met, missing, complete: missing.length === 0 };
}

/** The first day of a month 'YYYY-MM' and of the next, for a half-open range of dates. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01`, to: `${next}-01` };
}

/** The month 'YYYY-MM' of a date 'YYYY-MM-DD'. */
export const monthOf = (day: string) => day.slice(0, 7);

/** The twelve months of a year, 'YYYY-01' … 'YYYY-12'. */
export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** Days a return code stays valid: a node's public code a year, a one-time link a fortnight. */
export const CODE_DAYS = { public: 365, one_time: 14 } as const;

/** A fresh unguessable return code token (URL-safe). */
export function newToken(): string {
  return crypto.randomBytes(18).toString('base64url');
}

/**
 * Why a code cannot be used now, or null: expired, or a one-time code already used by someone
 * (a one-time code may be replayed by its own scan, which answers the same).
 */
export function codeProblem(
  c: { expires_at: Date; used_at: Date | null; person_id: string | null },
  now: Date,
): 'partymembers.code_expired' | 'partymembers.code_used' | null {
  if (c.expires_at <= now) return 'partymembers.code_expired';
  if (c.person_id && c.used_at) return 'partymembers.code_used';
  return null;
}
