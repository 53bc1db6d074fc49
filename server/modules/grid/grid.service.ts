/**
 * Grid work 网格: workers and cadres on grids, outlines, registers 台账 with history and Excel
 * import/export, visit cycles with due lists and compliance, civilisation patrols, and the
 * offline sync that replays a phone's queue exactly once.
 */
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import type { z } from 'zod';
import {
  can,
  requirePermission,
  roleCan,
  type Actor,
  type RequestContext,
} from '../../platform/access/access.ts';
import { pathInPaths } from '../../platform/access/scope.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import {
  ConflictError,
  DomainError,
  InvalidError,
  NotFoundError,
  problemOf,
  type FieldProblem,
} from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { parseNationalId } from '../../platform/pii/national-id.ts';
import { maskName, maskNationalId, type PiiCipher } from '../../platform/pii/pii.ts';
import { StaleEventError, type EventsServiceImpl } from '../events/index.ts';
import * as repo from './grid.repository.ts';
import {
  bboxOf,
  CELL_WORDS,
  cellValue,
  complianceRate,
  dueStatus,
  EXCEL_COLUMNS,
  labelOf,
  pickInterval,
  pointInOutline,
  validateOutline,
  visitCategoryOf,
  type AssignmentKind,
  type RegisterKind,
  type VisitCategory,
  VISIT_RESULTS,
} from './grid.rules.ts';
import {
  entityAttrs,
  housingAttrs,
  populationAttrs,
  recordView as recordViewSchema,
} from './grid.schemas.ts';
import type {
  assignmentBody,
  assignmentView,
  cadreStatsView,
  complianceView,
  createPatrolBody,
  createRecordBody,
  createVisitBody,
  dueList,
  gridView,
  historyView,
  importPreview,
  patrolView,
  recordPage,
  recordQuery,
  recordView,
  syncBody,
  syncResponse,
  updateRecordBody,
  visitRuleBody,
  visitRuleView,
  visitView,
} from './grid.schemas.ts';

/** A stale update of a register record: carries the server's current copy. */
export class StaleRecordError extends ConflictError {
  constructor(readonly current: z.infer<typeof recordView>) {
    super('error.stale');
  }
}

type Range = { nodeId: string; from?: string; to?: string };

/** The grid use cases. */
export interface GridService {
  /** Grids and micro-grids in scope. */
  grids(ctx: RequestContext, nodeId?: string): Promise<z.infer<typeof gridView>[]>;
  /** Sets or clears a grid's outline. */
  setOutline(
    ctx: RequestContext,
    id: string,
    input: { geojson: unknown; version: number },
  ): Promise<{ version: number }>;
  /** Assignments on a node's subtree. */
  assignments(ctx: RequestContext, nodeId: string): Promise<z.infer<typeof assignmentView>[]>;
  /** Assigns a worker or cadre. */
  assign(ctx: RequestContext, input: z.output<typeof assignmentBody>): Promise<{ id: string }>;
  /** Ends an assignment today. */
  endAssignment(ctx: RequestContext, id: string): Promise<{ ok: boolean }>;
  /** The actor's current assignments. */
  myAssignments(ctx: RequestContext): Promise<z.infer<typeof assignmentView>[]>;
  /** Register records under a node. */
  records(
    ctx: RequestContext,
    kind: RegisterKind,
    q: z.output<typeof recordQuery>,
  ): Promise<z.infer<typeof recordPage>>;
  /** Adds a record. */
  createRecord(
    ctx: RequestContext,
    kind: RegisterKind,
    input: z.output<typeof createRecordBody>,
    key?: string,
  ): Promise<z.infer<typeof recordView>>;
  /** Updates a record (version checked). */
  updateRecord(
    ctx: RequestContext,
    kind: RegisterKind,
    id: string,
    input: z.output<typeof updateRecordBody>,
    key?: string,
  ): Promise<z.infer<typeof recordView>>;
  /** A record's change history. */
  history(ctx: RequestContext, kind: RegisterKind, id: string): Promise<z.infer<typeof historyView>[]>;
  /** Parses an .xlsx and reports every bad row; stores nothing in the register. */
  previewImport(
    ctx: RequestContext,
    kind: RegisterKind,
    nodeId: string,
    file: Buffer,
  ): Promise<z.infer<typeof importPreview>>;
  /** Imports a previewed file once confirmed. */
  commitImport(
    ctx: RequestContext,
    kind: RegisterKind,
    importId: string,
    input: { confirm: true; allOrNothing: boolean },
  ): Promise<{ imported: number }>;
  /** Exports a register as .xlsx. */
  exportRecords(ctx: RequestContext, kind: RegisterKind, nodeId: string): Promise<Buffer>;
  /** Visit rules applying at a node. */
  visitRules(ctx: RequestContext, nodeId: string): Promise<z.infer<typeof visitRuleView>[]>;
  /** Sets a visit rule. */
  setVisitRule(ctx: RequestContext, input: z.infer<typeof visitRuleBody>): Promise<{ id: string }>;
  /** The actor's due list. */
  dueList(ctx: RequestContext, date?: string): Promise<z.infer<typeof dueList>>;
  /** Records a visit. */
  recordVisit(
    ctx: RequestContext,
    input: z.output<typeof createVisitBody>,
    key?: string,
  ): Promise<z.infer<typeof visitView>>;
  /** Visits under a node. */
  visits(ctx: RequestContext, q: Range): Promise<z.infer<typeof visitView>[]>;
  /** Visit compliance under a node. */
  compliance(
    ctx: RequestContext,
    q: { nodeId: string; asOf?: string },
  ): Promise<z.infer<typeof complianceView>>;
  /** 我当网格员 figures. */
  cadreStats(ctx: RequestContext, q: Range): Promise<z.infer<typeof cadreStatsView>>;
  /** Logs a patrol. */
  logPatrol(
    ctx: RequestContext,
    input: z.output<typeof createPatrolBody>,
    key?: string,
  ): Promise<z.infer<typeof patrolView>>;
  /** Patrols under a node. */
  patrols(ctx: RequestContext, q: Range): Promise<z.infer<typeof patrolView>[]>;
  /** Replays an offline queue. */
  sync(ctx: RequestContext, input: z.output<typeof syncBody>): Promise<z.infer<typeof syncResponse>>;
}

/** What the grid service draws on. */
export interface GridDeps {
  db: Db;
  auditor: Auditor;
  pii: PiiCipher;
  events: EventsServiceImpl;
  /** Resolves an account (for names and roles); accounts.loadActor. */
  loadActor: (userId: string) => Promise<Actor | null>;
  /** People by national-ID blind index in a district (hex index → person id); people.personIdsByBidx. */
  personIdsByBidx?: (districtId: string, bidxs: Buffer[]) => Promise<Map<string, string>>;
}

type RecordRow = {
  district_id: string;
  id: string;
  kind: string;
  node_id: string;
  label: string;
  attrs: unknown;
  visit_category: string;
  last_visited_at: Date | null;
  version: number;
  updated_at: Date;
  node_name?: string;
  id_bidx?: Buffer | null;
};

/** A record's attributes checked and ready to store. */
interface Prepared {
  attrs: Record<string, unknown>;
  idEnc: Buffer | null;
  idBidx: Buffer | null;
  uniqueKey: string | null;
  label: string;
  visitCategory: VisitCategory;
}

const ATTRS = { housing: housingAttrs, population: populationAttrs, entity: entityAttrs } as const;
const REGISTER_LEVELS = ['grid', 'micro_grid', 'building'];
const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);
const esc = (p: string) => p.replace(/[\\%_]/g, (c) => '\\' + c) + '%';

/** Builds the grid service. */
export function createGridService(deps: GridDeps) {
  const { db, auditor, pii, events } = deps;

  /** Paths of the grids the user is assigned to today (worker or cadre). */
  async function assignedPaths(
    userId: string,
    day = shanghaiDay(),
    kind?: AssignmentKind,
  ): Promise<string[]> {
    let q = db
      .selectFrom('grid_assignments as a')
      .innerJoin('org_nodes as n', 'n.id', 'a.node_id')
      .select('n.path')
      .where('a.user_id', '=', userId)
      .where('a.from_day', '<=', day)
      .where((eb) => eb.or([eb('a.to_day', 'is', null), eb('a.to_day', '>=', day)]));
    if (kind) q = q.where('a.kind', '=', kind);
    return (await q.execute()).map((r) => r.path);
  }

  /** Patrols by id: their district and who logged them (events checks a report raised on one). */
  async function patrolsById(ids: string[]) {
    const rows = ids.length
      ? await db
          .selectFrom('grid_patrols')
          .select(['id', 'district_id', 'user_id'])
          .where('id', 'in', ids)
          .execute()
      : [];
    return new Map(rows.map((r) => [r.id, { districtId: r.district_id, userId: r.user_id }]));
  }

  /** Where the actor may perform a grid action: non-cadre grants' subtrees plus today's assignments. */
  async function reach(actor: Actor, action: string): Promise<string[]> {
    const fromGrants = actor.grants
      .filter((g) => g.role !== 'cadre' && roleCan(g.role, action))
      .map((g) => g.path);
    const viaAssign = actor.grants.some((g) => roleCan(g.role, action))
      ? await assignedPaths(actor.userId)
      : [];
    const all = [...new Set([...fromGrants, ...viaAssign])].sort();
    return all.filter((p, i) => !all.slice(0, i).some((q) => p.startsWith(q)));
  }
  const inReach = (paths: string[], path: string) => paths.some((p) => path.startsWith(p));

  async function nodeIn(exec: Executor, actor: Actor, action: string, id: string) {
    const n = await repo.findNode(exec, id);
    if (!n || !inReach(await reach(actor, action), n.path)) throw new NotFoundError();
    return n;
  }

  function maskedAttrs(kind: string, attrs: Record<string, unknown>) {
    if (kind !== 'population') return attrs;
    return { ...attrs, name: maskName(String(attrs.name ?? '')) };
  }

  /** The people-register person of each population row (by the rows' national-ID blind index). */
  async function linkedPersons(rows: RecordRow[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const pop = rows.filter((r) => r.kind === 'population' && r.id_bidx);
    if (!pop.length || !deps.personIdsByBidx) return out;
    for (const districtId of new Set(pop.map((r) => r.district_id))) {
      const mine = pop.filter((r) => r.district_id === districtId);
      const found = await deps.personIdsByBidx(
        districtId,
        mine.map((r) => r.id_bidx!),
      );
      for (const r of mine) {
        const person = found.get(Buffer.from(r.id_bidx!).toString('hex'));
        if (person) out.set(r.id, person);
      }
    }
    return out;
  }

  function recordView(
    r: RecordRow,
    nodeName: string,
    personId: string | null = null,
  ): z.infer<typeof recordViewSchema> {
    return {
      personId,
      id: r.id,
      kind: r.kind as RegisterKind,
      nodeId: r.node_id,
      nodeName,
      label: r.kind === 'population' ? maskName(r.label) : r.label,
      attrs: maskedAttrs(r.kind, r.attrs as Record<string, unknown>),
      visitCategory: r.visit_category as VisitCategory,
      lastVisitedAt: iso(r.last_visited_at),
      version: r.version,
      updatedAt: iso(r.updated_at)!,
    };
  }

  /**
   * Validates a record's attributes for its kind. Population ID numbers are checked (GB 11643),
   * encrypted and indexed; the stored attrs keep only the masked number.
   */
  function prepare(
    kind: RegisterKind,
    raw: Record<string, unknown>,
    prefix = 'attrs',
  ): Prepared | { problems: FieldProblem[] } {
    const parsed = ATTRS[kind].safeParse(raw);
    if (!parsed.success)
      return {
        problems: parsed.error.issues.map((i) => ({
          field: `${prefix}.${i.path.join('.')}`,
          key: 'error.validation',
          message: i.message,
        })),
      };
    const attrs = { ...(parsed.data as Record<string, unknown>) };
    let idEnc: Buffer | null = null;
    let idBidx: Buffer | null = null;
    let uniqueKey: string | null = null;
    if (kind === 'population') {
      const id = parseNationalId(String(attrs.nationalId));
      if (!id.ok)
        return {
          problems: [
            { field: `${prefix}.nationalId`, key: 'grid.bad_national_id', params: { problem: id.problem } },
          ],
        } as const;
      idEnc = pii.encrypt(id.value);
      idBidx = pii.blindIndex('id', id.value);
      attrs.nationalId = maskNationalId(id.value);
    }
    if (kind === 'housing') uniqueKey = `${attrs.building}|${attrs.unit ?? ''}|${attrs.room}`;
    if (kind === 'entity' && attrs.creditCode) uniqueKey = String(attrs.creditCode);
    return {
      attrs,
      idEnc,
      idBidx,
      uniqueKey,
      label: labelOf(kind, attrs),
      visitCategory: visitCategoryOf(kind, attrs),
    };
  }

  async function loadRecord(exec: Executor, kind: RegisterKind, id: string, lock = false) {
    let q = exec
      .selectFrom('grid_records as r')
      .innerJoin('org_nodes as n', 'n.id', 'r.node_id')
      .select([
        'r.district_id',
        'r.id',
        'r.kind',
        'r.node_id',
        'r.label',
        'r.attrs',
        'r.visit_category',
        'r.last_visited_at',
        'r.version',
        'r.updated_at',
        'r.unique_key',
        'r.id_bidx',
        'n.name as node_name',
        'n.path',
      ])
      .where('r.id', '=', id)
      .where('r.kind', '=', kind);
    if (lock) q = q.forUpdate('r');
    return q.executeTakeFirst();
  }

  async function visibleRecord(
    exec: Executor,
    actor: Actor,
    action: string,
    kind: RegisterKind,
    id: string,
    lock = false,
  ) {
    const r = await loadRecord(exec, kind, id, lock);
    if (!r || !inReach(await reach(actor, action), r.path)) throw new NotFoundError();
    return r;
  }

  /** Stores a new record with its history; throws InvalidError on duplicates. */
  async function insertRecord(
    trx: Executor,
    ctx: RequestContext,
    actor: Actor,
    node: repo.TreeNode,
    kind: RegisterKind,
    id: string,
    prep: Prepared,
    change: 'create' | 'import',
  ) {
    const dup = await trx
      .selectFrom('grid_records')
      .select('id')
      .where('district_id', '=', node.district_id)
      .where((eb) =>
        eb.or([
          ...(prep.idBidx ? [eb('id_bidx', '=', prep.idBidx)] : []),
          ...(prep.uniqueKey ? [eb.and([eb('kind', '=', kind), eb('unique_key', '=', prep.uniqueKey)])] : []),
          eb('id', '=', id),
        ]),
      )
      .executeTakeFirst();
    if (dup)
      throw new InvalidError([
        { field: dup.id === id ? 'id' : 'attrs', key: dup.id === id ? 'grid.id_taken' : 'grid.duplicate' },
      ]);
    await trx
      .insertInto('grid_records')
      .values({
        district_id: node.district_id,
        id,
        kind,
        node_id: node.id,
        label: prep.label,
        attrs: JSON.stringify(prep.attrs),
        id_enc: prep.idEnc,
        id_bidx: prep.idBidx,
        unique_key: prep.uniqueKey,
        visit_category: prep.visitCategory,
      })
      .execute();
    await trx
      .insertInto('grid_record_history')
      .values({
        district_id: node.district_id,
        id: uuidv7(),
        record_id: id,
        actor_user_id: actor.userId,
        actor_name: actor.displayName,
        change,
        before: null,
        after: JSON.stringify(prep.attrs),
      })
      .execute();
  }

  /** Applies new attributes to a locked record (version already checked), with history. */
  async function changeRecord(
    trx: Executor,
    actor: Actor,
    r: NonNullable<Awaited<ReturnType<typeof loadRecord>>>,
    raw: Record<string, unknown>,
    visitId: string | null,
  ) {
    const kind = r.kind as RegisterKind;
    const before = r.attrs as Record<string, unknown>;
    // a population record keeps its ID number unless a new one is given
    const merged = { ...before, ...raw };
    if (kind === 'population' && !('nationalId' in raw)) {
      const enc = await trx
        .selectFrom('grid_records')
        .select('id_enc')
        .where('id', '=', r.id)
        .executeTakeFirstOrThrow();
      merged.nationalId = enc.id_enc ? pii.decrypt(enc.id_enc) : '';
    }
    const prep = prepare(kind, merged);
    if ('problems' in prep) throw new InvalidError([...prep.problems]);
    if (prep.uniqueKey && prep.uniqueKey !== r.unique_key) {
      const dup = await trx
        .selectFrom('grid_records')
        .select('id')
        .where('district_id', '=', r.district_id)
        .where('kind', '=', kind)
        .where('unique_key', '=', prep.uniqueKey)
        .executeTakeFirst();
      if (dup) throw new InvalidError([{ field: 'attrs', key: 'grid.duplicate' }]);
    }
    await trx
      .updateTable('grid_records')
      .set({
        attrs: JSON.stringify(prep.attrs),
        label: prep.label,
        ...(kind === 'population' ? { id_enc: prep.idEnc, id_bidx: prep.idBidx } : {}),
        unique_key: prep.uniqueKey,
        visit_category: prep.visitCategory,
        version: r.version + 1,
        updated_at: new Date(),
      })
      .where('district_id', '=', r.district_id)
      .where('id', '=', r.id)
      .execute();
    await trx
      .insertInto('grid_record_history')
      .values({
        district_id: r.district_id,
        id: uuidv7(),
        record_id: r.id,
        actor_user_id: actor.userId,
        actor_name: actor.displayName,
        change: 'update',
        before: JSON.stringify(before),
        after: JSON.stringify(prep.attrs),
        visit_id: visitId,
      })
      .execute();
  }

  async function recordViewById(exec: Executor, kind: RegisterKind, id: string) {
    const r = (await loadRecord(exec, kind, id)) as RecordRow & { node_name: string };
    const persons = await linkedPersons([r]);
    return recordView(r, r.node_name, persons.get(r.id) ?? null);
  }

  /** Visit rules on a node and its ancestors, nearest first. */
  async function rulesFor(exec: Executor, districtId: string) {
    return exec
      .selectFrom('grid_visit_rules as v')
      .innerJoin('org_nodes as n', 'n.id', 'v.node_id')
      .select(['v.id', 'v.node_id', 'v.category', 'v.interval_days', 'n.path', 'n.name'])
      .where('v.district_id', '=', districtId)
      .execute();
  }

  /** Records under some paths with their last visit up to a day. */
  async function recordsWithLastVisit(paths: string[], asOf: string, limit = 20000) {
    if (!paths.length) return [];
    const r = await sql<{
      district_id: string;
      id: string;
      kind: string;
      node_id: string;
      node_name: string;
      path: string;
      label: string;
      visit_category: string;
      version: number;
      created_day: string;
      last_day: string | null;
    }>`SELECT r.district_id, r.id, r.kind, r.node_id, n.name AS node_name, n.path, r.label, r.visit_category, r.version,
          to_char((r.created_at AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS created_day,
          (SELECT to_char(max(v.day), 'YYYY-MM-DD') FROM grid_visits v
            WHERE v.district_id = r.district_id AND v.record_id = r.id AND v.day <= ${asOf}::date) AS last_day
        FROM grid_records r JOIN org_nodes n ON n.id = r.node_id
        WHERE n.path LIKE ANY (${paths.map(esc)}::text[])
        ORDER BY n.path, r.label LIMIT ${limit}`.execute(db);
    return r.rows;
  }

  function dueItemOf(
    r: Awaited<ReturnType<typeof recordsWithLastVisit>>[number],
    interval: number,
    dueOn: string,
  ) {
    return {
      recordId: r.id,
      kind: r.kind as RegisterKind,
      label: r.kind === 'population' ? maskName(r.label) : r.label,
      nodeId: r.node_id,
      nodeName: r.node_name,
      visitCategory: r.visit_category as VisitCategory,
      intervalDays: interval,
      lastVisitedAt: r.last_day,
      dueOn,
      version: r.version,
    };
  }

  async function visitViews(rows: { id: string }[]) {
    if (!rows.length) return [];
    const vs = await db
      .selectFrom('grid_visits as v')
      .innerJoin('grid_records as r', (j) =>
        j.onRef('r.district_id', '=', 'v.district_id').onRef('r.id', '=', 'v.record_id'),
      )
      .select([
        'v.id',
        'v.record_id',
        'r.label',
        'r.kind',
        'v.node_id',
        'v.user_id',
        'v.user_name',
        'v.as_cadre',
        'v.visited_at',
        'v.lat',
        'v.lng',
        'v.result',
        'v.note',
        'v.verified_count',
        'v.changed_count',
      ])
      .where(
        'v.id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('v.visited_at', 'desc')
      .execute();
    return vs.map((v) => ({
      id: v.id,
      recordId: v.record_id,
      label: v.kind === 'population' ? maskName(v.label) : v.label,
      nodeId: v.node_id,
      userId: v.user_id,
      userName: v.user_name,
      asCadre: v.as_cadre,
      visitedAt: iso(v.visited_at)!,
      position: v.lat !== null && v.lng !== null ? { lat: v.lat, lng: v.lng } : null,
      result: v.result as (typeof VISIT_RESULTS)[number],
      note: v.note,
      verifiedCount: v.verified_count,
      changedCount: v.changed_count,
    }));
  }

  async function recordVisit(ctx: RequestContext, input: z.output<typeof createVisitBody>, key?: string) {
    const actor = requirePermission(ctx, 'grid.visit');
    const id = await db.transaction().execute(async (trx) => {
      const { result } = await withIdempotency(
        trx,
        { userId: actor.userId, key: key ? `grid.visit:${key}` : undefined, payload: input },
        async () => {
          const existing = await trx
            .selectFrom('grid_visits')
            .select(['user_id'])
            .where('id', '=', input.id)
            .executeTakeFirst();
          if (existing) {
            if (existing.user_id !== actor.userId) throw new ConflictError('grid.id_taken');
            return { id: input.id };
          }
          const rec = await loadRecordAnyKind(trx, input.recordId);
          if (!rec || !inReach(await reach(actor, 'grid.visit'), rec.path)) throw new NotFoundError();
          const visitedAt = new Date(input.visitedAt);
          const day = shanghaiDay(visitedAt);
          const cadrePaths = await assignedPaths(actor.userId, day, 'cadre');
          const workerPaths = await assignedPaths(actor.userId, day, 'worker');
          const asCadre = inReach(cadrePaths, rec.path) && !inReach(workerPaths, rec.path);
          let changed = 0;
          const changes = [...input.verified].sort((a, b) => (a.recordId < b.recordId ? -1 : 1));
          for (const c of changes) {
            const r = await loadRecordAnyKind(trx, c.recordId, true);
            if (!r || !inReach(await reach(actor, 'grid.visit'), r.path)) throw new NotFoundError();
            if (r.version !== c.version)
              throw new StaleRecordError(
                recordView(
                  r as RecordRow,
                  r.node_name,
                  (await linkedPersons([r as RecordRow])).get(r.id) ?? null,
                ),
              );
            if (c.attrs && Object.keys(c.attrs).length) {
              await changeRecord(trx, actor, r, c.attrs, input.id);
              changed++;
            } else
              await trx
                .insertInto('grid_record_history')
                .values({
                  district_id: r.district_id,
                  id: uuidv7(),
                  record_id: r.id,
                  actor_user_id: actor.userId,
                  actor_name: actor.displayName,
                  change: 'verify',
                  before: null,
                  after: JSON.stringify(r.attrs),
                  visit_id: input.id,
                })
                .execute();
          }
          await trx
            .insertInto('grid_visits')
            .values({
              district_id: rec.district_id,
              id: input.id,
              record_id: rec.id,
              node_id: rec.node_id,
              user_id: actor.userId,
              user_name: actor.displayName,
              as_cadre: asCadre,
              visited_at: visitedAt,
              day,
              lat: input.position?.lat ?? null,
              lng: input.position?.lng ?? null,
              result: input.result,
              note: input.note,
              verified_count: changes.length,
              changed_count: changed,
            })
            .execute();
          await trx
            .updateTable('grid_records')
            .set({ last_visited_at: sql`greatest(last_visited_at, ${visitedAt})` })
            .where('district_id', '=', rec.district_id)
            .where('id', '=', rec.id)
            .execute();
          await auditor.append(trx, ctx, {
            action: 'grid.visit',
            objectType: 'grid_record',
            objectId: rec.id,
            districtId: rec.district_id,
            detail: { visitId: input.id, result: input.result, verified: changes.length, changed, asCadre },
          });
          return { id: input.id };
        },
      );
      return result.id;
    });
    return (await visitViews([{ id }]))[0];
  }

  async function loadRecordAnyKind(exec: Executor, id: string, lock = false) {
    const k = await exec.selectFrom('grid_records').select('kind').where('id', '=', id).executeTakeFirst();
    return k ? loadRecord(exec, k.kind as RegisterKind, id, lock) : undefined;
  }

  async function createRecord(
    ctx: RequestContext,
    kind: RegisterKind,
    input: z.output<typeof createRecordBody>,
    key?: string,
  ) {
    const actor = requirePermission(ctx, 'grid.collect');
    const prep = prepare(kind, input.attrs);
    if ('problems' in prep) throw new InvalidError([...prep.problems]);
    const id = input.id ?? uuidv7();
    await db.transaction().execute(async (trx) => {
      await withIdempotency(
        trx,
        { userId: actor.userId, key: key ? `grid.record:${key}` : undefined, payload: { kind, ...input } },
        async () => {
          const node = await nodeIn(trx, actor, 'grid.collect', input.nodeId);
          if (!REGISTER_LEVELS.includes(node.level))
            throw new InvalidError([{ field: 'nodeId', key: 'grid.not_register_node' }]);
          await insertRecord(trx, ctx, actor, node, kind, id, prep, 'create');
          await auditor.append(trx, ctx, {
            action: 'grid.record.create',
            objectType: 'grid_record',
            objectId: id,
            districtId: node.district_id,
            detail: {
              kind,
              nodeId: node.id,
              label: kind === 'population' ? maskName(prep.label) : prep.label,
            },
          });
          return { id };
        },
      );
    });
    return recordViewById(db, kind, id);
  }

  async function updateRecord(
    ctx: RequestContext,
    kind: RegisterKind,
    id: string,
    input: z.output<typeof updateRecordBody>,
    key?: string,
  ) {
    const actor = requirePermission(ctx, 'grid.collect');
    await db.transaction().execute(async (trx) => {
      await withIdempotency(
        trx,
        {
          userId: actor.userId,
          key: key ? `grid.record.update:${key}` : undefined,
          payload: { kind, id, ...input },
        },
        async () => {
          const r = await visibleRecord(trx, actor, 'grid.collect', kind, id, true);
          if (r.version !== input.version)
            throw new StaleRecordError(
              recordView(
                r as RecordRow,
                r.node_name,
                (await linkedPersons([r as RecordRow])).get(r.id) ?? null,
              ),
            );
          await changeRecord(trx, actor, r, input.attrs, null);
          await auditor.append(trx, ctx, {
            action: 'grid.record.update',
            objectType: 'grid_record',
            objectId: id,
            districtId: r.district_id,
            detail: { kind, fields: Object.keys(input.attrs) },
          });
          return { id };
        },
      );
    });
    return recordViewById(db, kind, id);
  }

  async function logPatrol(ctx: RequestContext, input: z.output<typeof createPatrolBody>, key?: string) {
    const actor = requirePermission(ctx, 'grid.patrol');
    if (input.endedAt < input.startedAt)
      throw new InvalidError([{ field: 'endedAt', key: 'grid.bad_track' }]);
    await db.transaction().execute(async (trx) => {
      await withIdempotency(
        trx,
        { userId: actor.userId, key: key ? `grid.patrol:${key}` : undefined, payload: input },
        async () => {
          const existing = await trx
            .selectFrom('grid_patrols')
            .select('user_id')
            .where('id', '=', input.id)
            .executeTakeFirst();
          if (existing) {
            if (existing.user_id !== actor.userId) throw new ConflictError('grid.id_taken');
            return { id: input.id };
          }
          const node = await nodeIn(trx, actor, 'grid.patrol', input.nodeId);
          await trx
            .insertInto('grid_patrols')
            .values({
              district_id: node.district_id,
              id: input.id,
              node_id: node.id,
              user_id: actor.userId,
              user_name: actor.displayName,
              started_at: new Date(input.startedAt),
              ended_at: new Date(input.endedAt),
              track: JSON.stringify(input.track),
              note: input.note,
            })
            .execute();
          await auditor.append(trx, ctx, {
            action: 'grid.patrol',
            objectType: 'grid_patrol',
            objectId: input.id,
            districtId: node.district_id,
            detail: { nodeId: node.id },
          });
          return { id: input.id };
        },
      );
    });
    return (await patrolViews([input.id]))[0];
  }

  async function patrolViews(ids: string[]) {
    if (!ids.length) return [];
    const rows = await db
      .selectFrom('grid_patrols as p')
      .innerJoin('org_nodes as n', 'n.id', 'p.node_id')
      .select(['p.id', 'p.node_id', 'n.name', 'p.user_name', 'p.started_at', 'p.ended_at', 'p.note'])
      .where('p.id', 'in', ids)
      .orderBy('p.started_at', 'desc')
      .execute();
    const evs = await events.idsByPatrol(ids);
    return rows.map((p) => ({
      id: p.id,
      nodeId: p.node_id,
      nodeName: p.name,
      userName: p.user_name,
      startedAt: iso(p.started_at)!,
      endedAt: iso(p.ended_at)!,
      note: p.note,
      eventIds: evs.get(p.id) ?? [],
    }));
  }

  async function range(ctx: RequestContext, nodeId: string) {
    const actor = requirePermission(ctx, 'grid.read');
    return nodeIn(db, actor, 'grid.read', nodeId);
  }

  /** Assignments with their node's name: the one query behind both assignment lists. */
  const assignmentsQuery = () =>
    db
      .selectFrom('grid_assignments as a')
      .innerJoin('org_nodes as n', 'n.id', 'a.node_id')
      .select([
        'a.id',
        'a.user_id',
        'a.user_name',
        'a.node_id',
        'n.name',
        'a.kind',
        'a.from_day',
        'a.to_day',
      ]);

  return {
    assignedPaths,
    patrolsById,
    recordVisit,
    createRecord,
    updateRecord,
    logPatrol,

    async grids(ctx: RequestContext, nodeId?: string) {
      const actor = requirePermission(ctx, 'grid.read');
      let paths = await reach(actor, 'grid.read');
      if (nodeId) {
        const n = await nodeIn(db, actor, 'grid.read', nodeId);
        paths = [n.path];
      }
      if (!paths.length) return [];
      const rows = await db
        .selectFrom('org_nodes as n')
        .leftJoin('org_nodes as p', 'p.id', 'n.parent_id')
        .leftJoin('grid_outlines as o', (j) =>
          j.onRef('o.district_id', '=', 'n.district_id').onRef('o.node_id', '=', 'n.id'),
        )
        .select(['n.id', 'n.name', 'n.level', 'p.name as parent_name', 'o.geojson', 'o.version'])
        .where('n.level', 'in', ['grid', 'micro_grid'])
        .where(pathInPaths('n.path', paths))
        .orderBy('n.path')
        .limit(5000)
        .execute();
      const today = shanghaiDay();
      const as = rows.length
        ? await db
            .selectFrom('grid_assignments')
            .select(['id', 'user_id', 'user_name', 'node_id', 'kind'])
            .where(
              'node_id',
              'in',
              rows.map((r) => r.id),
            )
            .where('from_day', '<=', today)
            .where((eb) => eb.or([eb('to_day', 'is', null), eb('to_day', '>=', today)]))
            .execute()
        : [];
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        level: r.level as 'grid' | 'micro_grid',
        parentName: r.parent_name ?? '',
        outline: r.geojson ?? null,
        outlineVersion: r.version ?? 0,
        workers: as
          .filter((a) => a.node_id === r.id)
          .map((a) => ({
            assignmentId: a.id,
            userId: a.user_id,
            name: a.user_name,
            kind: a.kind as AssignmentKind,
          })),
      }));
    },

    async setOutline(ctx: RequestContext, id: string, input: { geojson: unknown; version: number }) {
      const actor = requirePermission(ctx, 'grid.manage');
      return db.transaction().execute(async (trx) => {
        const n = await nodeIn(trx, actor, 'grid.manage', id);
        if (!['grid', 'micro_grid'].includes(n.level))
          throw new InvalidError([{ field: 'id', key: 'grid.not_grid' }]);
        const cur = await trx
          .selectFrom('grid_outlines')
          .select('version')
          .where('district_id', '=', n.district_id)
          .where('node_id', '=', n.id)
          .forUpdate()
          .executeTakeFirst();
        if ((cur?.version ?? 0) !== input.version) throw new ConflictError('error.stale');
        if (input.geojson === null) {
          await trx
            .deleteFrom('grid_outlines')
            .where('district_id', '=', n.district_id)
            .where('node_id', '=', n.id)
            .execute();
        } else {
          const v = validateOutline(input.geojson);
          if ('problem' in v) throw new InvalidError([{ field: 'geojson', key: v.problem }]);
          const [minLng, minLat, maxLng, maxLat] = bboxOf(v.geometry);
          const row = {
            geojson: JSON.stringify(v.geometry),
            min_lng: minLng,
            min_lat: minLat,
            max_lng: maxLng,
            max_lat: maxLat,
            version: input.version + 1,
            updated_at: new Date(),
          };
          await trx
            .insertInto('grid_outlines')
            .values({ district_id: n.district_id, node_id: n.id, ...row })
            .onConflict((oc) => oc.columns(['district_id', 'node_id']).doUpdateSet(row))
            .execute();
        }
        await auditor.append(trx, ctx, {
          action: 'grid.outline',
          objectType: 'org_node',
          objectId: n.id,
          districtId: n.district_id,
          detail: { cleared: input.geojson === null },
        });
        return { version: input.geojson === null ? 0 : input.version + 1 };
      });
    },

    /** The grid or micro-grid under a path whose outline holds a point (Open311 placement), deepest first. */
    async gridAt(path: string, lat: number, lng: number): Promise<string | null> {
      const rows = await db
        .selectFrom('grid_outlines as o')
        .innerJoin('org_nodes as n', 'n.id', 'o.node_id')
        .select(['o.node_id', 'o.geojson', 'n.depth'])
        .where(pathInPaths('n.path', [path]))
        .where('o.min_lng', '<=', lng)
        .where('o.max_lng', '>=', lng)
        .where('o.min_lat', '<=', lat)
        .where('o.max_lat', '>=', lat)
        .orderBy('n.depth', 'desc')
        .limit(50)
        .execute();
      return rows.find((r) => pointInOutline(r.geojson as never, lng, lat))?.node_id ?? null;
    },

    async assignments(ctx: RequestContext, nodeId: string) {
      const n = await range(ctx, nodeId);
      const rows = await assignmentsQuery()
        .where(pathInPaths('n.path', [n.path]))
        .orderBy('n.path')
        .orderBy('a.from_day', 'desc')
        .limit(5000)
        .execute();
      return rows.map(assignmentOut);
    },

    async assign(ctx: RequestContext, input: z.output<typeof assignmentBody>) {
      const actor = requirePermission(ctx, 'grid.manage');
      const who = await deps.loadActor(input.userId);
      if (!who) throw new InvalidError([{ field: 'userId', key: 'grid.user_unknown' }]);
      return db.transaction().execute(async (trx) => {
        const n = await nodeIn(trx, actor, 'grid.manage', input.nodeId);
        if (!['grid', 'micro_grid'].includes(n.level))
          throw new InvalidError([{ field: 'nodeId', key: 'grid.not_grid' }]);
        const id = uuidv7();
        await trx
          .insertInto('grid_assignments')
          .values({
            district_id: n.district_id,
            id,
            user_id: input.userId,
            user_name: who.displayName,
            node_id: n.id,
            kind: input.kind,
            from_day: input.from,
            to_day: input.to ?? null,
          })
          .execute();
        await auditor.append(trx, ctx, {
          action: 'grid.assign',
          objectType: 'grid_assignment',
          objectId: id,
          districtId: n.district_id,
          detail: input,
        });
        return { id };
      });
    },

    async endAssignment(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'grid.manage');
      return db.transaction().execute(async (trx) => {
        const a = await trx
          .selectFrom('grid_assignments as a')
          .innerJoin('org_nodes as n', 'n.id', 'a.node_id')
          .select(['a.district_id', 'a.from_day', 'n.path'])
          .where('a.id', '=', id)
          .forUpdate('a')
          .executeTakeFirst();
        if (!a || !can(actor, 'grid.manage', a.path)) throw new NotFoundError();
        const today = shanghaiDay();
        await trx
          .updateTable('grid_assignments')
          .set({ to_day: today < a.from_day ? a.from_day : today })
          .where('district_id', '=', a.district_id)
          .where('id', '=', id)
          .execute();
        await auditor.append(trx, ctx, {
          action: 'grid.unassign',
          objectType: 'grid_assignment',
          objectId: id,
          districtId: a.district_id,
        });
        return { ok: true };
      });
    },

    async myAssignments(ctx: RequestContext) {
      if (!ctx.actor) throw new NotFoundError();
      const today = shanghaiDay();
      const rows = await assignmentsQuery()
        .where('a.user_id', '=', ctx.actor.userId)
        .where((eb) => eb.or([eb('a.to_day', 'is', null), eb('a.to_day', '>=', today)]))
        .orderBy('a.from_day')
        .execute();
      return rows.map(assignmentOut);
    },

    async records(ctx: RequestContext, kind: RegisterKind, q: z.output<typeof recordQuery>) {
      const n = await range(ctx, q.nodeId);
      let query = db
        .selectFrom('grid_records as r')
        .innerJoin('org_nodes as n', 'n.id', 'r.node_id')
        .where('r.district_id', '=', n.district_id)
        .where('r.kind', '=', kind)
        .where(pathInPaths('n.path', [n.path]));
      if (q.q) query = query.where('r.label', 'like', `%${q.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`);
      const total = await query.select((eb) => eb.fn.countAll<number>().as('c')).executeTakeFirstOrThrow();
      const rows = await query
        .select([
          'r.district_id',
          'r.id',
          'r.kind',
          'r.node_id',
          'r.label',
          'r.attrs',
          'r.visit_category',
          'r.last_visited_at',
          'r.version',
          'r.updated_at',
          'r.id_bidx',
          'n.name as node_name',
        ])
        .orderBy('n.path')
        .orderBy('r.label')
        .limit(q.limit)
        .offset(q.offset)
        .execute();
      const persons = await linkedPersons(rows as RecordRow[]);
      return {
        total: Number(total.c),
        items: rows.map((r) => recordView(r as RecordRow, r.node_name, persons.get(r.id) ?? null)),
      };
    },

    async history(ctx: RequestContext, kind: RegisterKind, id: string) {
      const actor = requirePermission(ctx, 'grid.read');
      const r = await visibleRecord(db, actor, 'grid.read', kind, id);
      const rows = await db
        .selectFrom('grid_record_history')
        .selectAll()
        .where('district_id', '=', r.district_id)
        .where('record_id', '=', id)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map((h) => ({
        at: iso(h.at)!,
        actorName: maskName(h.actor_name),
        change: h.change as 'create' | 'update' | 'verify' | 'import',
        before: h.before ? maskedAttrs(kind, h.before as Record<string, unknown>) : null,
        after: maskedAttrs(kind, h.after as Record<string, unknown>),
        visitId: h.visit_id,
      }));
    },

    async previewImport(ctx: RequestContext, kind: RegisterKind, nodeId: string, file: Buffer) {
      const actor = requirePermission(ctx, 'grid.collect');
      const node = await nodeIn(db, actor, 'grid.collect', nodeId);
      if (!REGISTER_LEVELS.includes(node.level))
        throw new InvalidError([{ field: 'nodeId', key: 'grid.not_register_node' }]);
      const wb = new ExcelJS.Workbook();
      try {
        await wb.xlsx.load(file as unknown as ArrayBuffer);
      } catch {
        throw new InvalidError([{ field: 'file', key: 'grid.import_bad_file' }]);
      }
      const ws = wb.worksheets[0];
      const cols = EXCEL_COLUMNS[kind];
      if (!ws) throw new InvalidError([{ field: 'file', key: 'grid.import_bad_file' }]);
      const header = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? '').trim());
      const index = new Map(cols.map((c) => [c.attr, header.indexOf(c.header)]));
      if (
        cols.some(
          (c) =>
            c.type !== 'number' &&
            c.attr !== 'unit' &&
            c.attr !== 'creditCode' &&
            c.attr !== 'address' &&
            (index.get(c.attr) ?? -1) < 0,
        )
      )
        throw new InvalidError([
          {
            field: 'file',
            key: 'grid.import_no_header',
            params: { headers: cols.map((c) => c.header).join('、') },
          },
        ]);
      const errors: { row: number; field: string; message: string }[] = [];
      const valid: Record<string, unknown>[] = [];
      const seen = new Map<string, number>();
      let total = 0;
      for (let i = 2; i <= ws.rowCount; i++) {
        const row = ws.getRow(i);
        const vals = row.values as unknown[];
        if (!vals || vals.every((v) => v === null || v === undefined || v === '')) continue;
        total++;
        const raw: Record<string, unknown> = {};
        for (const c of cols) {
          const at = index.get(c.attr) ?? -1;
          if (at >= 0) {
            const v = cellValue(vals[at], c.type);
            if (v !== undefined) raw[c.attr] = v;
          }
        }
        const prep = prepare(kind, raw, '');
        if ('problems' in prep) {
          for (const p of prep.problems)
            errors.push({
              row: i,
              field: p.field.replace(/^\./, ''),
              message:
                'message' in p && p.message ? p.message : t(ctx.lang, p.key, 'params' in p ? p.params : {}),
            });
          continue;
        }
        const dupKey = prep.idBidx ? prep.idBidx.toString('hex') : prep.uniqueKey;
        if (dupKey) {
          if (seen.has(dupKey)) {
            errors.push({
              row: i,
              field: kind === 'population' ? 'nationalId' : 'attrs',
              message: t(ctx.lang, 'grid.import_dup_in_file', { row: seen.get(dupKey) }),
            });
            continue;
          }
          seen.set(dupKey, i);
          const dup = await db
            .selectFrom('grid_records')
            .select('id')
            .where('district_id', '=', node.district_id)
            .where((eb) =>
              prep.idBidx
                ? eb('id_bidx', '=', prep.idBidx)
                : eb.and([eb('kind', '=', kind), eb('unique_key', '=', prep.uniqueKey)]),
            )
            .executeTakeFirst();
          if (dup) {
            errors.push({
              row: i,
              field: kind === 'population' ? 'nationalId' : 'attrs',
              message: t(ctx.lang, 'grid.duplicate'),
            });
            continue;
          }
        }
        valid.push({
          row: i,
          attrs: prep.attrs,
          label: prep.label,
          visitCategory: prep.visitCategory,
          uniqueKey: prep.uniqueKey,
          idEnc: prep.idEnc?.toString('base64') ?? null,
          idBidx: prep.idBidx?.toString('base64') ?? null,
        });
      }
      const importId = uuidv7();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('grid_imports')
          .values({
            district_id: node.district_id,
            id: importId,
            kind,
            node_id: node.id,
            user_id: actor.userId,
            total,
            rows: JSON.stringify(valid),
            errors: JSON.stringify(errors),
          })
          .execute();
        await auditor.append(trx, ctx, {
          action: 'grid.import.preview',
          objectType: 'grid_import',
          objectId: importId,
          districtId: node.district_id,
          detail: { kind, total, valid: valid.length, bad: errors.length },
        });
      });
      return {
        importId,
        kind,
        total,
        valid: valid.length,
        errors,
        sample: valid.slice(0, 20).map((v) => maskedAttrs(kind, v.attrs as Record<string, unknown>)),
      };
    },

    async commitImport(
      ctx: RequestContext,
      kind: RegisterKind,
      importId: string,
      input: { confirm: true; allOrNothing: boolean },
    ) {
      const actor = requirePermission(ctx, 'grid.collect');
      return db.transaction().execute(async (trx) => {
        const imp = await trx
          .selectFrom('grid_imports')
          .selectAll()
          .where('id', '=', importId)
          .where('kind', '=', kind)
          .where('user_id', '=', actor.userId)
          .forUpdate()
          .executeTakeFirst();
        if (!imp) throw new NotFoundError();
        if (imp.committed_at) throw new ConflictError('grid.import_done');
        const node = await nodeIn(trx, actor, 'grid.collect', imp.node_id);
        if (input.allOrNothing && (imp.errors as unknown[]).length)
          throw new ConflictError('grid.import_has_errors');
        const rows = imp.rows as {
          attrs: Record<string, unknown>;
          label: string;
          visitCategory: VisitCategory;
          uniqueKey: string | null;
          idEnc: string | null;
          idBidx: string | null;
        }[];
        for (const r of rows)
          await insertRecord(
            trx,
            ctx,
            actor,
            node,
            kind,
            uuidv7(),
            {
              attrs: r.attrs,
              label: r.label,
              visitCategory: r.visitCategory,
              uniqueKey: r.uniqueKey,
              idEnc: r.idEnc ? Buffer.from(r.idEnc, 'base64') : null,
              idBidx: r.idBidx ? Buffer.from(r.idBidx, 'base64') : null,
            },
            'import',
          );
        await trx
          .updateTable('grid_imports')
          .set({ committed_at: new Date(), rows: '[]' })
          .where('district_id', '=', imp.district_id)
          .where('id', '=', importId)
          .execute();
        await auditor.append(trx, ctx, {
          action: 'grid.import.commit',
          objectType: 'grid_import',
          objectId: importId,
          districtId: imp.district_id,
          detail: { kind, imported: rows.length },
        });
        return { imported: rows.length };
      });
    },

    async exportRecords(ctx: RequestContext, kind: RegisterKind, nodeId: string) {
      const n = await range(ctx, nodeId);
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet(kind);
      const cols = EXCEL_COLUMNS[kind];
      ws.addRow([...cols.map((c) => c.header), '所属网格', '最近走访']);
      const rows = await db
        .selectFrom('grid_records as r')
        .innerJoin('org_nodes as n', 'n.id', 'r.node_id')
        .select(['r.attrs', 'r.last_visited_at', 'n.name'])
        .where('r.district_id', '=', n.district_id)
        .where('r.kind', '=', kind)
        .where(pathInPaths('n.path', [n.path]))
        .orderBy('n.path')
        .orderBy('r.label')
        .limit(200000)
        .execute();
      const words = Object.fromEntries(Object.entries(CELL_WORDS).map(([k, v]) => [v, k]));
      for (const r of rows) {
        const a = maskedAttrs(kind, r.attrs as Record<string, unknown>);
        ws.addRow([
          ...cols.map((c) => {
            const v = a[c.attr];
            if (typeof v === 'boolean') return v ? '是' : '否';
            if (typeof v === 'string') return words[v] ?? v;
            return v ?? '';
          }),
          r.name,
          r.last_visited_at ? shanghaiDay(new Date(r.last_visited_at)) : '',
        ]);
      }
      await auditor.record(ctx, {
        action: 'grid.export',
        objectType: 'grid_register',
        objectId: kind,
        districtId: n.district_id,
        detail: { nodeId, rows: rows.length },
      });
      return Buffer.from(await wb.xlsx.writeBuffer());
    },

    async visitRules(ctx: RequestContext, nodeId: string) {
      const n = await range(ctx, nodeId);
      const rules = await rulesFor(db, n.district_id);
      return rules
        .filter((r) => n.path.startsWith(r.path) || r.path.startsWith(n.path))
        .map((r) => ({
          id: r.id,
          nodeId: r.node_id,
          nodeName: r.name,
          category: r.category as VisitCategory,
          intervalDays: r.interval_days,
          inherited: r.node_id !== n.id,
        }));
    },

    async setVisitRule(ctx: RequestContext, input: z.infer<typeof visitRuleBody>) {
      const actor = requirePermission(ctx, 'grid.manage');
      return db.transaction().execute(async (trx) => {
        const n = await nodeIn(trx, actor, 'grid.manage', input.nodeId);
        const row = await trx
          .insertInto('grid_visit_rules')
          .values({
            district_id: n.district_id,
            id: uuidv7(),
            node_id: n.id,
            category: input.category,
            interval_days: input.intervalDays,
          })
          .onConflict((oc) =>
            oc
              .columns(['district_id', 'node_id', 'category'])
              .doUpdateSet({ interval_days: input.intervalDays }),
          )
          .returning('id')
          .executeTakeFirstOrThrow();
        await auditor.append(trx, ctx, {
          action: 'grid.visit_rule',
          objectType: 'grid_visit_rule',
          objectId: row.id,
          districtId: n.district_id,
          detail: input,
        });
        return { id: row.id };
      });
    },

    async dueList(ctx: RequestContext, date?: string) {
      const actor = requirePermission(ctx, 'grid.visit');
      const today = date ?? shanghaiDay();
      const paths = await assignedPaths(actor.userId, today);
      const recs = await recordsWithLastVisit(paths, today);
      const rules = recs.length ? await rulesFor(db, recs[0].district_id) : [];
      const out = {
        asOf: today,
        today: [] as ReturnType<typeof dueItemOf>[],
        overdue: [] as ReturnType<typeof dueItemOf>[],
        done: [] as (ReturnType<typeof dueItemOf> & { visitId: string; visitedAt: string })[],
      };
      const mine = recs.length
        ? await db
            .selectFrom('grid_visits')
            .select(['id', 'record_id', 'visited_at'])
            .where('user_id', '=', actor.userId)
            .where('day', '=', today)
            .execute()
        : [];
      const doneBy = new Map(mine.map((v) => [v.record_id, v]));
      for (const r of recs) {
        const interval = pickInterval(
          rules.map((x) => ({
            path: x.path,
            category: x.category as VisitCategory,
            intervalDays: x.interval_days,
          })),
          r.path,
          r.visit_category as VisitCategory,
        );
        const s = dueStatus(r.last_day, r.created_day, interval, today);
        const item = dueItemOf(r, interval, s.dueOn);
        const v = doneBy.get(r.id);
        if (v) out.done.push({ ...item, visitId: v.id, visitedAt: iso(v.visited_at)! });
        else if (s.status === 'today') out.today.push(item);
        else if (s.status === 'overdue') out.overdue.push(item);
      }
      out.overdue.sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1));
      return out;
    },

    async visits(ctx: RequestContext, q: { nodeId: string; from?: string; to?: string }) {
      const n = await range(ctx, q.nodeId);
      const rows = await db
        .selectFrom('grid_visits as v')
        .innerJoin('org_nodes as n', 'n.id', 'v.node_id')
        .select('v.id')
        .where('v.district_id', '=', n.district_id)
        .where(pathInPaths('n.path', [n.path]))
        .$if(!!q.from, (x) => x.where('v.day', '>=', q.from!))
        .$if(!!q.to, (x) => x.where('v.day', '<=', q.to!))
        .orderBy('v.visited_at', 'desc')
        .limit(1000)
        .execute();
      return visitViews(rows);
    },

    async compliance(ctx: RequestContext, q: { nodeId: string; asOf?: string }) {
      const n = await range(ctx, q.nodeId);
      const asOf = q.asOf ?? shanghaiDay();
      const recs = await recordsWithLastVisit([n.path], asOf, 200000);
      const rules = (await rulesFor(db, n.district_id)).map((x) => ({
        path: x.path,
        category: x.category as VisitCategory,
        intervalDays: x.interval_days,
      }));
      const children = await db
        .selectFrom('org_nodes')
        .select(['id', 'name', 'level', 'path'])
        .where('parent_id', '=', n.id)
        .where('level', '!=', 'department')
        .execute();
      const as = await db
        .selectFrom('grid_assignments as a')
        .innerJoin('org_nodes as x', 'x.id', 'a.node_id')
        .select(['a.user_id', 'a.user_name', 'a.kind', 'x.path'])
        .where(pathInPaths('x.path', [n.path]))
        .where('a.from_day', '<=', asOf)
        .where((eb) => eb.or([eb('a.to_day', 'is', null), eb('a.to_day', '>=', asOf)]))
        .execute();
      type Acc = { id: string; name: string; level: string; due: number; onTime: number; overdue: number };
      const acc = (id: string, name: string, level: string): Acc => ({
        id,
        name,
        level,
        due: 0,
        onTime: 0,
        overdue: 0,
      });
      const total = acc(n.id, n.name, n.level);
      const byChild = new Map(children.map((c) => [c.id, acc(c.id, c.name, c.level)]));
      const byWorker = new Map<string, Acc>();
      const alerts: ReturnType<typeof dueItemOf>[] = [];
      for (const r of recs) {
        const interval = pickInterval(rules, r.path, r.visit_category as VisitCategory);
        const s = dueStatus(r.last_day, r.created_day, interval, asOf);
        const late = s.status === 'overdue';
        const add = (a: Acc) => {
          a.due++;
          if (late) a.overdue++;
          else a.onTime++;
        };
        add(total);
        const child = children.find((c) => r.path.startsWith(c.path));
        if (child) add(byChild.get(child.id)!);
        for (const w of as.filter((x) => r.path.startsWith(x.path))) {
          if (!byWorker.has(w.user_id))
            byWorker.set(
              w.user_id,
              acc(w.user_id, maskName(w.user_name), w.kind === 'cadre' ? 'cadre' : 'grid_worker'),
            );
          add(byWorker.get(w.user_id)!);
        }
        if (late && alerts.length < 200) alerts.push(dueItemOf(r, interval, s.dueOn));
      }
      const out = (a: Acc) => ({ ...a, rate: complianceRate(a.due, a.overdue) });
      return {
        asOf,
        total: out(total),
        children: [...byChild.values()].map(out),
        workers: [...byWorker.values()].map(out).sort((a, b) => (a.rate ?? 2) - (b.rate ?? 2)),
        alerts: alerts.sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1)),
      };
    },

    async cadreStats(ctx: RequestContext, q: { nodeId: string; from?: string; to?: string }) {
      const n = await range(ctx, q.nodeId);
      const from = q.from ?? '1900-01-01';
      const to = q.to ?? '9999-12-31';
      const as = await db
        .selectFrom('grid_assignments as a')
        .innerJoin('org_nodes as x', 'x.id', 'a.node_id')
        .select(['a.user_id', 'a.user_name', 'a.from_day', 'a.to_day', 'x.path', 'x.name'])
        .where('a.kind', '=', 'cadre')
        .where(pathInPaths('x.path', [n.path]))
        .where('a.from_day', '<=', to)
        .where((eb) => eb.or([eb('a.to_day', 'is', null), eb('a.to_day', '>=', from)]))
        .execute();
      const users = [...new Set(as.map((a) => a.user_id))];
      if (!users.length) return [];
      const visits = await db
        .selectFrom('grid_visits as v')
        .innerJoin('org_nodes as x', 'x.id', 'v.node_id')
        .select([
          'v.user_id',
          (eb) => eb.fn.countAll<number>().as('c'),
          (eb) => eb.fn.sum<number>('v.verified_count').as('verified'),
        ])
        .where('v.as_cadre', '=', true)
        .where('v.user_id', 'in', users)
        .where(pathInPaths('x.path', [n.path]))
        .where('v.day', '>=', from)
        .where('v.day', '<=', to)
        .groupBy('v.user_id')
        .execute();
      const hazards = await events.reportedCounts(
        as.map((a) => ({
          userId: a.user_id,
          path: a.path,
          from: a.from_day > from ? a.from_day : from,
          to: a.to_day && a.to_day < to ? a.to_day : to,
        })),
      );
      return users.map((u) => {
        const mine = as.filter((a) => a.user_id === u);
        const v = visits.find((x) => x.user_id === u);
        return {
          userId: u,
          name: maskName(mine[0].user_name),
          grids: [...new Set(mine.map((a) => a.name))],
          visits: Number(v?.c ?? 0),
          verifiedRecords: Number(v?.verified ?? 0),
          hazards: as.reduce((s, a, i) => s + (a.user_id === u ? hazards[i] : 0), 0),
        };
      });
    },

    async patrols(ctx: RequestContext, q: { nodeId: string; from?: string; to?: string }) {
      const n = await range(ctx, q.nodeId);
      const rows = await db
        .selectFrom('grid_patrols as p')
        .innerJoin('org_nodes as n', 'n.id', 'p.node_id')
        .select('p.id')
        .where('p.district_id', '=', n.district_id)
        .where(pathInPaths('n.path', [n.path]))
        .$if(!!q.from, (x) => x.where('p.started_at', '>=', new Date(q.from + 'T00:00:00+08:00')))
        .$if(!!q.to, (x) =>
          x.where('p.started_at', '<', new Date(Date.parse(q.to + 'T00:00:00+08:00') + 86400_000)),
        )
        .orderBy('p.started_at', 'desc')
        .limit(500)
        .execute();
      return patrolViews(rows.map((r) => r.id));
    },

    /**
     * Replays a phone's queue in order. Each op runs in its own transaction with its
     * Idempotency-Key, so a replay (or a retry after the server died mid-batch) applies each op
     * exactly once; a version conflict answers the server's copy and overwrites nothing.
     */
    async sync(ctx: RequestContext, input: z.output<typeof syncBody>) {
      if (!ctx.actor) throw new NotFoundError();
      const userId = ctx.actor.userId;
      const results: z.infer<typeof syncResponse>['results'] = [];
      for (const op of input.ops) {
        const prefix = {
          'visit.create': 'grid.visit',
          'event.create': 'events.report',
          'event.transition': 'events.transition',
          'patrol.create': 'grid.patrol',
          'record.update': 'grid.record.update',
        }[op.kind];
        const seen = await db
          .selectFrom('platform_idempotency')
          .select('status')
          .where('user_id', '=', userId)
          .where('key', '=', `${prefix}:${op.key}`)
          .executeTakeFirst();
        try {
          let body: unknown;
          if (op.kind === 'visit.create') body = await recordVisit(ctx, op.body, op.key);
          else if (op.kind === 'event.create') body = await events.report(ctx, op.body, op.key);
          else if (op.kind === 'event.transition')
            body = await events.transition(ctx, op.id, op.body, op.key);
          else if (op.kind === 'patrol.create') body = await logPatrol(ctx, op.body, op.key);
          else body = await updateRecord(ctx, op.registerKind, op.id, op.body, op.key);
          results.push({ key: op.key, status: seen ? 'replayed' : 'ok', httpStatus: 200, body });
        } catch (e) {
          if (e instanceof StaleEventError || e instanceof StaleRecordError) {
            results.push({
              key: op.key,
              status: 'conflict',
              httpStatus: 409,
              body: problemOf(e, ctx.lang),
              current: e.current,
            });
          } else if (e instanceof DomainError) {
            results.push({
              key: op.key,
              status: 'error',
              httpStatus: e.status,
              body: problemOf(e, ctx.lang),
            });
          } else throw e;
        }
      }
      return { results };
    },
  } satisfies GridService & Record<string, unknown>;
}

function assignmentOut(r: {
  id: string;
  user_id: string;
  user_name: string;
  node_id: string;
  name: string;
  kind: string;
  from_day: string;
  to_day: string | null;
}) {
  return {
    id: r.id,
    userId: r.user_id,
    userName: maskName(r.user_name),
    nodeId: r.node_id,
    nodeName: r.name,
    kind: r.kind as AssignmentKind,
    from: r.from_day,
    to: r.to_day,
  };
}

/** The full grid service, including what other modules (open311) and the composition root call. */
export type GridServiceImpl = ReturnType<typeof createGridService>;
