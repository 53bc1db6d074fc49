/**
 * The one place that decides permission. Roles are granted on a node of the organisation tree
 * and reach that node's whole subtree. Modules declare which roles may perform each action
 * (their <m>.permissions.ts) and register them here; can() and scopePaths() are pure.
 */
import { ForbiddenError } from '../errors.ts';
import type { Lang } from '../i18n.ts';
import { minimalRoots } from './roots.ts';

/** The roles of the tree's offices, units and residents (the first release's, beside its administrators). */
const TREE_ROLES = [
  'org_officer',
  'street_officer',
  'community_officer',
  'dept_officer',
  'cadre',
  'grid_worker',
  'resident',
] as const;

/** Built-in roles. The first three are the separated security roles (三员分立). */
export const ROLES = [
  'sys_admin',
  'sec_admin',
  'auditor',
  ...TREE_ROLES,
  'deputy',
  'social_org',
  'property_staff',
  'owners_committee',
  'mediator',
  'party_member',
  'village_staff',
  'teacher',
] as const;
export type Role = (typeof ROLES)[number];

/** The three roles no account may combine (system, security, audit administrators). */
export const SECURITY_ROLES: readonly Role[] = ['sys_admin', 'sec_admin', 'auditor'];

/**
 * The roles that work in the tree: the first release's roles but the auditor, who reads the audit
 * log only. They may browse the tree (org.read) and read their notifications (notify.read).
 */
export const WORKING_ROLES = ['sys_admin', 'sec_admin', ...TREE_ROLES] as const;

/** A role held on a node; path is the node's materialised path ('/<id>/<id>/'). */
export interface Grant {
  role: Role;
  nodeId: string;
  districtId: string;
  path: string;
}

/** Who is acting: the logged-in account and its grants. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  personId: string | null;
  grants: Grant[];
}

/** What every service verb receives: the actor (null when anonymous) and where the call came from. */
export interface RequestContext {
  actor: Actor | null;
  ip: string;
  userAgent: string;
  lang: Lang;
}

/** A module's permission table: action → roles allowed to perform it. */
export type PermissionTable = Record<string, readonly Role[]>;

const table = new Map<string, Set<Role>>();

/** Registers a module's permission table (called once per module at load). */
export function registerPermissions(t: PermissionTable): void {
  for (const [action, roles] of Object.entries(t)) {
    const set = table.get(action) ?? new Set<Role>();
    for (const r of roles) set.add(r);
    table.set(action, set);
  }
}

/** Every action known, for the abilities list and tests. */
export function knownActions(): string[] {
  return [...table.keys()].sort();
}

/** Roles that may perform an action. */
export function rolesFor(action: string): Role[] {
  return [...(table.get(action) ?? [])];
}

/** True when the role table lets role perform action. */
export function roleCan(role: Role, action: string): boolean {
  return table.get(action)?.has(role) ?? false;
}

/**
 * Whether the actor may perform action; with a target path, only if some grant for the action sits
 * on that node or an ancestor of it.
 */
export function can(actor: Actor | null, action: string, targetPath?: string): boolean {
  if (!actor) return false;
  return actor.grants.some(
    (g) => roleCan(g.role, action) && (targetPath === undefined || targetPath.startsWith(g.path)),
  );
}

/**
 * The minimal set of subtree roots (paths) where the actor may perform action; empty if nowhere.
 * Queries filter rows to nodes whose path starts with one of these.
 */
export function scopePaths(actor: Actor | null, action: string): string[] {
  if (!actor) return [];
  return minimalRoots(actor.grants.filter((g) => roleCan(g.role, action)).map((g) => g.path));
}

/** The districts of the actor's grants that carry action (each once); empty if none. */
export function districtsWith(actor: Actor | null, action: string): string[] {
  if (!actor) return [];
  return [...new Set(actor.grants.filter((g) => roleCan(g.role, action)).map((g) => g.districtId))];
}

/** Service guard: the first line of a verb. Throws 403 when the actor can do this nowhere. */
export function requirePermission(ctx: { actor: Actor | null }, action: string): Actor {
  if (!ctx.actor || !can(ctx.actor, action)) throw new ForbiddenError();
  return ctx.actor;
}

/** The actions the actor can perform somewhere, sent to the web client so buttons follow the rules. */
export function abilities(actor: Actor | null): string[] {
  if (!actor) return [];
  return knownActions().filter((a) => can(actor, a));
}

/** Roles of the actor, deduplicated. */
export function rolesOf(actor: Actor | null): Role[] {
  return actor ? [...new Set(actor.grants.map((g) => g.role))] : [];
}

/**
 * True when the account's only role is the auditor, who reads the audit log and nothing else: such
 * an actor is refused even routes open to any logged-in account, except its own account's.
 */
export function auditorOnly(actor: Actor | null): boolean {
  return !!actor && actor.grants.length > 0 && actor.grants.every((g) => g.role === 'auditor');
}

/**
 * A route's declared action may list alternatives, 'a|b', when the service picks which one applies
 * (e.g. business or security grants). The route then admits anyone holding one of them.
 */
export function routeActions(permission: string): string[] {
  return permission.split('|').map((a) => a.trim());
}

/** Whether the actor may call a route declaring this action (or alternatives). */
export function canCallRoute(actor: Actor | null, permission: string): boolean {
  return routeActions(permission).some((a) => can(actor, a));
}

/** Whether the role may call a route declaring this action (or alternatives). */
export function roleCanCallRoute(role: Role, permission: string): boolean {
  return routeActions(permission).some((a) => roleCan(role, a));
}
