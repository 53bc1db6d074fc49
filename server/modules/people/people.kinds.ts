/**
 * The people register's fixed lists and limits, with no import at all, so the web client uses the
 * same lists (people.rules.ts re-exports them).
 */

/** Genders as stored. */
export const GENDERS = ['M', 'F'] as const;
export type Gender = (typeof GENDERS)[number];

/** Identity kinds a person may hold (one of each at most). */
export const IDENTITY_KINDS = [
  'resident',
  'party_member',
  'cadre',
  'grid_worker',
  'volunteer',
  'deputy',
] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

/**
 * Why someone reveals a person's personal data, chosen from this list (or typed, with 'other');
 * stored with the reveal's audit entry. The web shows each in both languages.
 */
export const REVEAL_REASONS = [
  'verify_identity', // 核实身份
  'service', // 办理业务、服务对接
  'visit', // 入户走访
  'dispute', // 矛盾纠纷调解
  'emergency', // 紧急情况联系
  'other', // 其他（须填写）
] as const;
export type RevealReason = (typeof REVEAL_REASONS)[number];

/** Longest name and address accepted. */
export const NAME_MAX = 50;
export const ADDRESS_MAX = 200;
/** Most data rows one import file may hold. */
export const IMPORT_MAX_ROWS = 50_000;
