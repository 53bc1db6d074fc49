/** Pure rules of the organisation tree: which level may sit under which, and path arithmetic. */

/**
 * Levels of the administrative tree from the top, then 'department': the functional departments
 * 职能部门 (and a street's own offices) are units hanging beside the streets, not a level below them.
 */
export const LEVELS = [
  'city',
  'district',
  'street',
  'community',
  'grid',
  'micro_grid',
  'building',
  'department',
] as const;
export type Level = (typeof LEVELS)[number];

/**
 * Party organisation kinds, including the special forms of seed 004, and the two with a lifetime
 * (issue 21): a major project's headquarters party group 指挥部党建组 and temporary project branch
 * 项目临时党支部.
 */
export const PARTY_ORG_KINDS = [
  'committee',
  'general_branch',
  'branch',
  'group',
  'four_in_one',
  'building',
  'hometown',
  'hq_group',
  'project_branch',
] as const;
export type PartyOrgKind = (typeof PARTY_ORG_KINDS)[number];

/**
 * Whether a node of level child may hang under a node of level parent. Levels go down one step at
 * a time; a building may also sit directly in a grid (not every grid is split into micro-grids).
 */
export function canParent(parent: Level, child: Level): boolean {
  if (child === 'department') return parent === 'district' || parent === 'street';
  if (parent === 'department') return false;
  const p = LEVELS.indexOf(parent);
  const c = LEVELS.indexOf(child);
  if (c === p + 1) return true;
  return parent === 'grid' && child === 'building';
}

/** The materialised path of a node under a parent path. */
export function childPath(parentPath: string, id: string): string {
  return `${parentPath}${id}/`;
}

/** The path of the root of a new tree. */
export function rootPath(id: string): string {
  return `/${id}/`;
}

/** After moving a subtree from oldPath under newParentPath, the new path of a descendant. */
export function movedPath(descendantPath: string, oldPath: string, newPath: string): string {
  if (!descendantPath.startsWith(oldPath)) throw new Error('not a descendant');
  return newPath + descendantPath.slice(oldPath.length);
}

/** A move is legal unless it puts a node under itself or its own descendant. */
export function moveCreatesCycle(nodePath: string, newParentPath: string): boolean {
  return newParentPath.startsWith(nodePath);
}

/** GB/T 2260 codes are 6 digits for province, city and district; streets use 9 and communities 12 (统计用区划代码). */
export function codeFits(level: Level, code: string | null | undefined): boolean {
  if (!code) return true;
  switch (level) {
    case 'city':
    case 'district':
      return /^\d{6}$/.test(code);
    case 'department':
      return /^[0-9A-Za-z-]{1,40}$/.test(code);
    case 'street':
      return /^\d{9}$/.test(code);
    case 'community':
      return /^\d{12}$/.test(code);
    default:
      return /^[0-9A-Za-z-]{1,40}$/.test(code);
  }
}

/** Kinds that live only while their project does: established and dissolved on dates. */
export const TEMPORARY_PARTY_ORG_KINDS = [
  'hq_group',
  'project_branch',
] as const satisfies readonly PartyOrgKind[];
export type TemporaryPartyOrgKind = (typeof TEMPORARY_PARTY_ORG_KINDS)[number];

/** Whether a temporary organisation may be dissolved on a day: not before it was set up, not twice. */
export function dissolveProblem(
  org: { kind: string; established_on: string | null; dissolved_on: string | null },
  on: string,
): 'org.party_not_temporary' | 'org.party_dissolved' | 'org.party_dissolve_early' | null {
  if (!(TEMPORARY_PARTY_ORG_KINDS as readonly string[]).includes(org.kind)) return 'org.party_not_temporary';
  if (org.dissolved_on) return 'org.party_dissolved';
  if (org.established_on && on < org.established_on) return 'org.party_dissolve_early';
  return null;
}

/** Whether a planned end 计划撤销日期 fits a temporary organisation: not before it was set up. */
export function plannedEndProblem(establishedOn: string | null, plannedEnd: string | null | undefined) {
  if (plannedEnd && establishedOn && plannedEnd < establishedOn)
    return 'org.party_planned_end_early' as const;
  return null;
}

/** A live temporary organisation whose planned end has passed on the day (not yet dissolved). */
export function isOverdue(
  org: { planned_end: string | null; dissolved_on: string | null },
  today: string,
): boolean {
  return !!org.planned_end && !org.dissolved_on && org.planned_end < today;
}

/**
 * A node name that would break a 上级 path in the tree's Excel (names joined by " / "), hide in a
 * cell, or read as a formula in a spreadsheet: a slash, a control character, or a leading = + - @.
 * The single create, the rename and the import refuse it alike.
 */
export function nodeNameBroken(s: string): boolean {
  return (
    /[/／]/.test(s) ||
    /^[=+\-@]/.test(s) ||
    [...s].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)
  );
}
