/**
 * What every assessment service draws on, and the scope checks they share: which districts an
 * actor may act in, whether a unit or a cadre is in the actor's subtree (404 otherwise), and a
 * cadre's own person.
 */
import {
  can,
  requirePermission,
  scopePaths,
  type Actor,
  type RequestContext,
} from '../../platform/access/access.ts';
import { nodeInScope } from '../../platform/access/scope.ts';
import type { AuditEntry, Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { NotificationInput } from '../notify/index.ts';
import type { CadreBrief } from '../people/index.ts';
import type { AssessmentTaskFeed } from './assessment.feed.ts';
import type { TrainingRecordsReader } from './assessment.training.ts';
import type { SecondmentRecordsReader } from './assessment.secondments.ts';
import * as repo from './assessment.repository.ts';
import {
  DEFAULT_GROUPS,
  DEFAULT_ORDER_POINTS,
  DEFAULT_ROTATION,
  DEFAULT_SITUATIONS,
  defaultDeptType,
  type DeptType,
} from './assessment.rules.ts';
import type { SettingsView } from './assessment.schemas.ts';

/** What the assessment services are built from. */
export interface AssessmentDeps {
  db: Db;
  auditor: Auditor;
  org: {
    findNode(
      id: string,
    ): Promise<{ id: string; districtId: string; path: string; level: string; name: string } | null>;
  };
  cadres: {
    cadresOf(districtId: string, f?: { unitNodeIds?: string[]; personIds?: string[] }): Promise<CadreBrief[]>;
  };
  feed: AssessmentTaskFeed;
  notify: {
    send(trx: Parameters<Auditor['append']>[0], items: readonly NotificationInput[]): Promise<number>;
  };
  /** Today's Asia/Shanghai day (tests and the demo fix it). */
  today?: () => string;
  /** A cadre's training record for the one-person file (领雁学苑); absent: no training section. */
  trainingRecords?: TrainingRecordsReader;
  /** A cadre's front-line secondments and special assessments (基层一线实践锻炼、专项考察); absent: no such section. */
  secondmentRecords?: SecondmentRecordsReader;
}

/** Today as the services see it. */
export const todayOf = (d: Pick<AssessmentDeps, 'today'>) => (d.today ?? (() => shanghaiDay()))();

/** Districts where the actor may perform action. */
export function districtsOf(actor: Actor, action: string): string[] {
  const paths = new Set(scopePaths(actor, action));
  return [...new Set(actor.grants.filter((g) => paths.has(g.path)).map((g) => g.districtId))];
}

/** 404 unless the actor may perform action somewhere in the district. */
export function requireDistrict(actor: Actor, action: string, districtId: string): void {
  if (!districtsOf(actor, action).includes(districtId)) throw new NotFoundError();
}

/**
 * The district's units in the actor's subtree for action, as a condition on unit_node_id; 404
 * unless the actor may perform action somewhere in the district.
 */
export function unitsInScope(ctx: RequestContext, action: string, districtId: string) {
  const actor = requirePermission(ctx, action);
  requireDistrict(actor, action, districtId);
  return nodeInScope('unit_node_id', actor, action);
}

/** Whether a node (by path) is in the actor's subtree for action. */
export async function nodeAllowed(
  deps: Pick<AssessmentDeps, 'org'>,
  actor: Actor,
  action: string,
  nodeId: string,
): Promise<boolean> {
  const n = await deps.org.findNode(nodeId);
  return !!n && can(actor, action, n.path);
}

/** A node the actor may act on, or 404. */
export async function visibleNode(
  deps: Pick<AssessmentDeps, 'org'>,
  actor: Actor,
  action: string,
  nodeId: string,
) {
  const n = await deps.org.findNode(nodeId);
  if (!n || !can(actor, action, n.path)) throw new NotFoundError();
  return n;
}

/** The cadre a person is, in one of the districts given (null when none). */
export async function cadreIn(deps: Pick<AssessmentDeps, 'cadres'>, districtIds: string[], personId: string) {
  for (const d of districtIds) {
    const [c] = await deps.cadres.cadresOf(d, { personIds: [personId] });
    if (c) return { ...c, districtId: d };
  }
  return null;
}

/** The names of the cadres some rows of a district concern, by person id (each person asked once). */
export async function namesOf(
  deps: Pick<AssessmentDeps, 'cadres'>,
  districtId: string,
  rows: readonly { person_id: string }[],
): Promise<Map<string, string>> {
  const personIds = [...new Set(rows.map((r) => r.person_id))];
  const cadres = await deps.cadres.cadresOf(districtId, { personIds });
  return new Map(cadres.map((c) => [c.personId, c.name]));
}

/**
 * A cadre the actor may see: an officer's (action) within their subtree, or the cadre themself
 * (assessment.self). 404 otherwise, never saying which.
 */
export async function visibleCadre(
  deps: Pick<AssessmentDeps, 'cadres' | 'org'>,
  ctx: RequestContext,
  personId: string,
  action: string,
) {
  const actor = ctx.actor;
  if (!actor) throw new NotFoundError();
  if (can(actor, action)) {
    const c = await cadreIn(deps, districtsOf(actor, action), personId);
    if (c && (await nodeAllowed(deps, actor, action, c.unitNodeId))) return { cadre: c, self: false };
  }
  if (actor.personId === personId && can(actor, 'assessment.self')) {
    const c = await cadreIn(deps, districtsOf(actor, 'assessment.self'), personId);
    if (c) return { cadre: c, self: true };
  }
  throw new NotFoundError();
}

/** The key every row about a cadre starts with: a new id, and the cadre's district, person and unit. */
export interface CadreRowKey {
  district_id: string;
  id: string;
  person_id: string;
  unit_node_id: string;
}

/**
 * Adds one row about a cadre and its audit entry (in the cadre's district) in one transaction; the
 * audited object is the new row unless the entry names another. The new row's id.
 */
export async function addAboutCadre(
  deps: Pick<AssessmentDeps, 'db' | 'auditor'>,
  ctx: RequestContext,
  cadre: { districtId: string; personId: string; unitNodeId: string },
  insert: (trx: Executor, key: CadreRowKey) => Promise<unknown>,
  entry: Pick<AuditEntry, 'action' | 'objectType' | 'objectId' | 'detail'>,
): Promise<{ id: string }> {
  const id = uuidv7();
  await deps.db.transaction().execute(async (trx) => {
    await insert(trx, {
      district_id: cadre.districtId,
      id,
      person_id: cadre.personId,
      unit_node_id: cadre.unitNodeId,
    });
    await deps.auditor.append(trx, ctx, {
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId ?? id,
      districtId: cadre.districtId,
      detail: entry.detail,
    });
  });
  return { id };
}

/** The actor's own cadre record (404 when the account is not linked to a cadre). */
export async function ownCadre(deps: Pick<AssessmentDeps, 'cadres'>, actor: Actor) {
  if (!actor.personId) throw new NotFoundError();
  const c = await cadreIn(deps, districtsOf(actor, 'assessment.self'), actor.personId);
  if (!c) throw new NotFoundError();
  return c;
}

/** A district's settings with the defaults filled in. */
export async function settingsOf(db: Db, districtId: string): Promise<SettingsView> {
  const r = await repo.findSettings(db, districtId);
  return {
    districtId,
    goodQuota: r ? Number(r.good_quota) : 0.4,
    orderPoints: (r?.order_points as SettingsView['orderPoints'] | null) ?? { ...DEFAULT_ORDER_POINTS },
    situations: (r?.situations as SettingsView['situations'] | null) ?? DEFAULT_SITUATIONS,
    groups: (r?.groups as SettingsView['groups'] | null) ?? DEFAULT_GROUPS,
    rotation: (r?.rotation as SettingsView['rotation'] | null) ?? DEFAULT_ROTATION,
    version: r?.version ?? 0,
  };
}

/**
 * The units a district's cadres belong to, with their department type and 双点 roles; units never
 * configured get a row with the default type from their level and name.
 */
export async function unitsOf(
  deps: Pick<AssessmentDeps, 'db' | 'org'>,
  districtId: string,
  unitNodeIds: string[],
): Promise<Map<string, repo.UnitRow>> {
  const rows = await repo.findUnits(deps.db, districtId, unitNodeIds);
  const known = new Map(rows.map((r) => [r.node_id, r]));
  const missing = unitNodeIds.filter((id) => !known.has(id));
  if (missing.length) {
    const made: repo.UnitRow[] = [];
    for (const id of missing) {
      const n = await deps.org.findNode(id);
      if (!n) continue;
      made.push({
        district_id: districtId,
        node_id: id,
        name: n.name,
        level: n.level,
        dept_type: defaultDeptType(n.level, n.name),
        liaison: false,
        observation: false,
        supervising_group: '',
        leader_name: '',
        version: 1,
      });
    }
    await repo.insertUnits(deps.db, made);
    for (const m of made) known.set(m.node_id, m);
  }
  return known;
}

/** The department type of a unit row. */
export const deptTypeOf = (u: repo.UnitRow | undefined): DeptType =>
  (u?.dept_type as DeptType) ?? 'party_admin';

/** A timestamp or date as ISO text (null stays null). */
export function iso(v: Date | string | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  return v instanceof Date ? v.toISOString() : String(v);
}
