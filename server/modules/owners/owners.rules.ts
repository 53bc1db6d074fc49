/**
 * The rules of 业主大会 and 业委会 as data (seed 001 Longquan: 选优建强小区业委会; seed 004 Luohu:
 * 四位一体). Voting follows the Civil Code's double count (art. 278, as facts): owners holding at
 * least 2/3 of the floor area AND at least 2/3 of the owners take part; an ordinary matter passes
 * with more than half of the participating area AND more than half of the participating owners; a
 * major matter (maintenance funds, rebuilding, change of use) with at least 3/4 of both. An owner
 * of several units counts once by head and with all their area. Areas are integers in 0.01 m².
 */

export const MATTER_KINDS = ['ordinary', 'major'] as const;
export type MatterKind = (typeof MATTER_KINDS)[number];
export const CHOICES = ['yes', 'no', 'abstain'] as const;
export type Choice = (typeof CHOICES)[number];
export const ASSEMBLY_STATES = ['open', 'closed'] as const;
export const ELECTION_STATES = ['nominating', 'voting', 'elected', 'failed'] as const;
export type ElectionState = (typeof ELECTION_STATES)[number];
export const VETTING = ['pending', 'passed', 'rejected'] as const;
export const CHANNELS = ['online', 'paper'] as const;

/** A share threshold: part/whole ≥ num/den (or > when strict). */
export interface Share {
  num: number;
  den: number;
  strict: boolean;
}

/** Who must take part (both by area and by head), and what a matter of each kind needs to pass. */
export const QUORUM: Share = { num: 2, den: 3, strict: false };
export const PASS: Record<MatterKind, Share> = {
  ordinary: { num: 1, den: 2, strict: true },
  major: { num: 3, den: 4, strict: false },
};

/**
 * 委托投票: how many principals one proxy may hold in one assembly. A district setting (议事规则 set
 * their own number); ours is 3 until a district sets another.
 */
export const PROXY_LIMIT = 3;

/** Who a proxy is for the limit: the owner of the compound, or the name as written. */
export function proxyKey(proxyOwnerId: string | null | undefined, name: string): string {
  return proxyOwnerId ? `owner:${proxyOwnerId}` : `name:${name.replace(/\s+/g, '')}`;
}

/** The district's term of a 业委会 (years) and how long before its end the 换届 is prepared. */
export const TERM_YEARS = 5;
export const RENEWAL_NOTICE_DAYS = 180;

/** Whether part of whole reaches the share (integer arithmetic; nothing of nothing never does). */
export function reaches(part: number, whole: number, s: Share): boolean {
  if (whole <= 0) return false;
  return s.strict ? part * s.den > whole * s.num : part * s.den >= whole * s.num;
}

/** A count by area (0.01 m²) and by head. */
export interface Count {
  area: number;
  heads: number;
}

/** The outcome of one matter. */
export interface MatterTally {
  yes: Count;
  no: Count;
  abstain: Count;
  participating: Count;
  quorum: { area: boolean; heads: boolean };
  pass: { area: boolean; heads: boolean };
  passed: boolean;
}

/**
 * Tallies one matter from the counted ballots (each an owner's area and choice) against the
 * register's totals when the assembly opened.
 */
export function tallyMatter(
  kind: MatterKind,
  totals: Count,
  ballots: readonly { area: number; choice: Choice }[],
): MatterTally {
  const c = (choice: Choice): Count => {
    const b = ballots.filter((x) => x.choice === choice);
    return { area: b.reduce((s, x) => s + x.area, 0), heads: b.length };
  };
  const yes = c('yes');
  const no = c('no');
  const abstain = c('abstain');
  const participating = {
    area: yes.area + no.area + abstain.area,
    heads: yes.heads + no.heads + abstain.heads,
  };
  const quorum = {
    area: reaches(participating.area, totals.area, QUORUM),
    heads: reaches(participating.heads, totals.heads, QUORUM),
  };
  const pass = {
    area: reaches(yes.area, participating.area, PASS[kind]),
    heads: reaches(yes.heads, participating.heads, PASS[kind]),
  };
  return {
    yes,
    no,
    abstain,
    participating,
    quorum,
    pass,
    passed: quorum.area && quorum.heads && pass.area && pass.heads,
  };
}

/** The number printed on a 表决结果公告. */
export function noticeNumber(year: number, no: number): string {
  return `业主大会表决公告〔${year}〕${no}号`;
}

/** The last day of a term starting on a day (YYYY-MM-DD): TERM_YEARS later, less a day. */
export function termEnds(starts: string, years = TERM_YEARS): string {
  const d = new Date(`${starts}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Whether a term ending on a day is due for 换届 preparation today (within RENEWAL_NOTICE_DAYS, or past). */
export function renewalDue(termEnd: string, today: string): boolean {
  const ms = Date.parse(`${termEnd}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`);
  return ms <= RENEWAL_NOTICE_DAYS * 86_400_000;
}

/** A floor area as typed (square metres, at most two decimals, more than 0, at most 1,000,000) in 0.01 m², or null. */
export function areaOf(text: string): number | null {
  const m = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  const v = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return v > 0 && v <= 100_000_000 ? v : null;
}

/** 0.01 m² as square metres. */
export const squareMetres = (x100: number) => x100 / 100;

/** A share in per cent with one decimal, or null of nothing. */
export const pct = (a: number, b: number) => (b === 0 ? null : Math.round((1000 * a) / b) / 10);
