/**
 * The social-organisation register (seed 001, Putuo): register with the credit code checked,
 * party-branch status, incubation in the 1+2+4 matrix, annual inspections, projects taken, and
 * the staff accounts that act for an organisation in the marketplace. Excel in and out, figures
 * per node. Every write is audited.
 */
import type { z } from 'zod';
import {
  can,
  requirePermission,
  scopePaths,
  type Actor,
  type RequestContext,
} from '../../platform/access/access.ts';
import { nodeFor, rowFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  cellText,
  readRows,
  readTable,
  writeWorkbook,
  type ColumnSpec,
} from '../../platform/sheets/index.ts';
import { statMaker, type NodeStat, type StatNode } from '../../platform/workbench.ts';
import * as repo from './socialorgs.repository.ts';
import {
  codeOf,
  creditCodeProblem,
  LABELS_ZH,
  normaliseCreditCode,
  type OrgCategory,
} from './socialorgs.rules.ts';
import type {
  importResult,
  inspectionBody,
  orgBody,
  orgDetail,
  orgPatch,
  orgQuery,
  orgView,
  projectBody,
} from './socialorgs.schemas.ts';

export type SocialOrgsService = ReturnType<typeof createSocialOrgsService>;

/** The organisation a staff account acts for in the marketplace. */
export interface StaffOrg {
  districtId: string;
  id: string;
  name: string;
  nodeId: string;
  category: string;
}

const COLUMNS: ColumnSpec[] = [
  { key: 'name', label: '组织名称', synonyms: ['名称', '社会组织名称', 'name'], required: true },
  {
    key: 'creditCode',
    label: '统一社会信用代码',
    synonyms: ['信用代码', '社会信用代码', 'credit code'],
    required: true,
  },
  { key: 'category', label: '服务类别', synonyms: ['类别', 'category'] },
  { key: 'partyBranch', label: '党组织建立情况', synonyms: ['党组织', '党支部', 'party branch'] },
  { key: 'incubationLevel', label: '孵化阵地', synonyms: ['孵化基地', 'incubation'] },
  { key: 'incubationState', label: '孵化状态', synonyms: ['孵化情况'] },
  { key: 'contact', label: '办公电话', synonyms: ['联系电话', 'contact'] },
];

/** Builds the register's service; accounts give the staff accounts by username. */
export function createSocialOrgsService(deps: {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  accounts: {
    actorByUsername(username: string): Promise<Actor | null>;
    accountNames(ids: string[]): Promise<Map<string, string>>;
  };
}) {
  const { db, auditor } = deps;

  /** Audits a change of an organisation, inside the change's transaction. */
  const auditOrg = (
    trx: Executor,
    ctx: RequestContext,
    o: { district_id: string; id: string },
    action: string,
    detail: Record<string, unknown>,
  ) =>
    auditor.append(trx, ctx, {
      action,
      objectType: 'socialorg',
      objectId: o.id,
      districtId: o.district_id,
      detail,
    });

  /** An organisation the actor may perform action on: 403 without the permission, 404 out of scope. */
  const visibleOrg = (ctx: RequestContext, id: string, action: string) =>
    rowFor(ctx, action, () => repo.findOrg(db, id));

  function codeFields(raw: string, field = 'creditCode') {
    const code = normaliseCreditCode(raw);
    const p = creditCodeProblem(code);
    return { code, problem: p ? { field, key: `socialorgs.code.${p}` } : null };
  }

  const view = (o: repo.OrgRow): z.infer<typeof orgView> => ({
    id: o.id,
    nodeId: o.node_id,
    nodeName: o.node_name,
    name: o.name,
    creditCode: o.credit_code,
    category: o.category as OrgCategory,
    partyBranch: o.party_branch as 'none',
    incubationLevel: o.incubation_level as 'district' | null,
    incubationState: o.incubation_state as 'incubating' | null,
    contact: o.contact,
    lastInspection: o.last_inspection as never,
    projects: o.projects,
    version: o.version,
  });

  function incubation(level?: string | null, state?: string | null) {
    const l = level ?? null;
    return { incubation_level: l, incubation_state: l ? (state ?? 'incubating') : null };
  }

  return {
    /** The register in the actor's scope (or under a node of it). */
    async list(ctx: RequestContext, q: z.infer<typeof orgQuery>) {
      const actor = requirePermission(ctx, 'socialorgs.read');
      const path = q.nodeId ? (await nodeFor(db, ctx, q.nodeId, 'socialorgs.read')).path : undefined;
      const rows = await repo.findOrgs(db, nodeInPaths('o.node_id', scopePaths(actor, 'socialorgs.read')), {
        path,
        q: q.q,
        category: q.category,
      });
      return rows.map(view);
    },

    /** One organisation with its inspections, projects and staff. */
    async get(ctx: RequestContext, id: string): Promise<z.infer<typeof orgDetail>> {
      const o = await visibleOrg(ctx, id, 'socialorgs.read');
      const [inspections, projects, staff] = await Promise.all([
        repo.inspectionsOf(db, o.district_id, o.id),
        repo.projectsOf(db, o.district_id, o.id),
        repo.staffOf(db, o.district_id, o.id),
      ]);
      const names = await deps.accounts.accountNames(staff.map((s) => s.user_id));
      return {
        ...view(o),
        inspections: inspections.map((i) => ({
          year: i.year,
          result: i.result as 'qualified',
          note: i.note,
        })),
        projectList: projects.map((p) => ({
          id: p.id,
          year: p.year,
          title: p.title,
          funder: p.funder,
          amountYuan: Number(p.amount_yuan),
        })),
        staff: staff.map((s) => ({ userId: s.user_id, name: names.get(s.user_id) ?? '' })),
        can: { manage: can(ctx.actor, 'socialorgs.manage', o.path) },
      };
    },

    /** Registers an organisation on a node in scope; the credit code's check character is verified. */
    async register(ctx: RequestContext, input: z.infer<typeof orgBody>) {
      const n = await nodeFor(db, ctx, input.nodeId, 'socialorgs.manage');
      const { code, problem } = codeFields(input.creditCode);
      if (problem) throw new InvalidError([problem]);
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        const ok = await repo.insertOrg(trx, {
          district_id: n.district_id,
          id,
          node_id: n.id,
          name: input.name,
          credit_code: code,
          category: input.category,
          party_branch: input.partyBranch,
          ...incubation(input.incubationLevel, input.incubationState),
          contact: input.contact ?? '',
        });
        if (!ok) throw new InvalidError([{ field: 'creditCode', key: 'socialorgs.code.taken' }]);
        await auditor.append(trx, ctx, {
          action: 'socialorgs.register',
          objectType: 'socialorg',
          objectId: id,
          districtId: n.district_id,
          detail: { name: input.name, creditCode: code },
        });
      });
      return { id };
    },

    /** Changes an organisation's particulars (optimistic version). */
    async update(ctx: RequestContext, id: string, input: z.infer<typeof orgPatch>) {
      const o = await visibleOrg(ctx, id, 'socialorgs.manage');
      const set: Parameters<typeof repo.updateOrg>[4] = {};
      if (input.name !== undefined) set.name = input.name;
      if (input.category !== undefined) set.category = input.category;
      if (input.partyBranch !== undefined) set.party_branch = input.partyBranch;
      if (input.contact !== undefined) set.contact = input.contact;
      if (input.incubationLevel !== undefined)
        Object.assign(set, incubation(input.incubationLevel, input.incubationState ?? o.incubation_state));
      else if (input.incubationState !== undefined && o.incubation_level)
        set.incubation_state = input.incubationState;
      await db.transaction().execute(async (trx) => {
        if (!(await repo.updateOrg(trx, o.district_id, o.id, input.version, set)))
          throw new ConflictError('socialorgs.stale');
        await auditOrg(trx, ctx, o, 'socialorgs.update', { ...input });
      });
      return { ok: true as const };
    },

    /** Records a year's annual inspection 年检 result (a correction replaces it, audited). */
    async inspect(ctx: RequestContext, id: string, input: z.infer<typeof inspectionBody>) {
      const actor = requirePermission(ctx, 'socialorgs.manage');
      const o = await visibleOrg(ctx, id, 'socialorgs.manage');
      await db.transaction().execute(async (trx) => {
        await repo.upsertInspection(trx, {
          district_id: o.district_id,
          org_id: o.id,
          year: input.year,
          result: input.result,
          note: input.note ?? '',
          recorded_by: actor.userId,
        });
        await auditOrg(trx, ctx, o, 'socialorgs.inspect', { year: input.year, result: input.result });
      });
      return { ok: true as const };
    },

    /** Records a project the organisation took on 项目承接. */
    async addProject(ctx: RequestContext, id: string, input: z.infer<typeof projectBody>) {
      const o = await visibleOrg(ctx, id, 'socialorgs.manage');
      const pid = uuidv7();
      await db.transaction().execute(async (trx) => {
        await repo.insertProject(trx, {
          district_id: o.district_id,
          id: pid,
          org_id: o.id,
          year: input.year,
          title: input.title,
          funder: input.funder ?? '',
          amount_yuan: input.amountYuan,
        });
        await auditOrg(trx, ctx, o, 'socialorgs.project', {
          year: input.year,
          title: input.title,
          amountYuan: input.amountYuan,
        });
      });
      return { id: pid };
    },

    /**
     * Links a staff account to the organisation: it must hold the social_org role on the
     * organisation's node or above or below it within the same district, and act for no other.
     */
    async linkStaff(ctx: RequestContext, id: string, username: string) {
      const o = await visibleOrg(ctx, id, 'socialorgs.manage');
      const staff = await deps.accounts.actorByUsername(username);
      if (!staff) throw new InvalidError([{ field: 'username', key: 'socialorgs.staff.no_account' }]);
      const fits = staff.grants.some(
        (g) =>
          g.role === 'social_org' &&
          g.districtId === o.district_id &&
          (o.path.startsWith(g.path) || g.path.startsWith(o.path)),
      );
      if (!fits) throw new InvalidError([{ field: 'username', key: 'socialorgs.staff.not_social_org' }]);
      await db.transaction().execute(async (trx) => {
        if (
          !(await repo.insertStaff(trx, { district_id: o.district_id, user_id: staff.userId, org_id: o.id }))
        )
          throw new InvalidError([{ field: 'username', key: 'socialorgs.staff.linked_elsewhere' }]);
        await auditOrg(trx, ctx, o, 'socialorgs.staff_link', { userId: staff.userId });
      });
      return { ok: true as const };
    },

    /** Ends a staff account's link to the organisation. */
    async unlinkStaff(ctx: RequestContext, id: string, userId: string) {
      const o = await visibleOrg(ctx, id, 'socialorgs.manage');
      await db.transaction().execute(async (trx) => {
        if (!(await repo.deleteStaff(trx, o.district_id, o.id, userId))) throw new NotFoundError();
        await auditOrg(trx, ctx, o, 'socialorgs.staff_unlink', { userId });
      });
      return { ok: true as const };
    },

    /** The organisation an account acts for (the marketplace asks), or null. */
    async staffOrg(userId: string): Promise<StaffOrg | null> {
      const r = await repo.orgOfUser(db, userId);
      return r
        ? { districtId: r.district_id, id: r.id, name: r.name, nodeId: r.node_id, category: r.category }
        : null;
    },

    /** Names and categories of organisations by id (leaderboards). */
    async orgNames(ids: readonly string[]) {
      const rows = await repo.orgNames(db, [...new Set(ids)]);
      return new Map(rows.map((r) => [r.id, { name: r.name, category: r.category }]));
    },

    /** The register as an Excel sheet (Chinese labels). */
    async exportSheet(ctx: RequestContext, q: z.infer<typeof orgQuery>) {
      requirePermission(ctx, 'socialorgs.export');
      const actor = ctx.actor!;
      const path = q.nodeId ? (await nodeFor(db, ctx, q.nodeId, 'socialorgs.export')).path : undefined;
      const rows = await repo.findOrgs(db, nodeInPaths('o.node_id', scopePaths(actor, 'socialorgs.export')), {
        path,
        limit: 100_000,
      });
      const zh = LABELS_ZH;
      return writeWorkbook([
        {
          name: t(ctx.lang, 'socialorgs.sheet'),
          columns: [
            { key: 'name', header: '组织名称', width: 30 },
            { key: 'creditCode', header: '统一社会信用代码', width: 22 },
            { key: 'node', header: '所在节点', width: 16 },
            { key: 'category', header: '服务类别', width: 12 },
            { key: 'partyBranch', header: '党组织建立情况', width: 14 },
            { key: 'incubationLevel', header: '孵化阵地', width: 16 },
            { key: 'incubationState', header: '孵化状态', width: 10 },
            { key: 'inspection', header: '最近年检', width: 16 },
            { key: 'projects', header: '承接项目数', width: 10, type: 'number' },
            { key: 'contact', header: '办公电话', width: 16 },
          ],
          rows: rows.map((o) => {
            const last = o.last_inspection as { year: number; result: string } | null;
            return {
              name: o.name,
              creditCode: o.credit_code,
              node: o.node_name,
              category: zh.category[o.category] ?? o.category,
              partyBranch: zh.partyBranch[o.party_branch],
              incubationLevel: o.incubation_level ? zh.incubationLevel[o.incubation_level] : '',
              incubationState: o.incubation_state ? zh.incubationState[o.incubation_state] : '',
              inspection: last ? `${last.year} ${zh.inspection[last.result]}` : '',
              projects: o.projects,
              contact: o.contact,
            };
          }),
        },
      ]);
    },

    /**
     * Registers organisations from a sheet onto a node: every row is checked first (credit code
     * and its check character, codes known, duplicates); a file with any bad row registers nothing.
     */
    async importSheet(
      ctx: RequestContext,
      nodeId: string,
      file: Buffer,
    ): Promise<z.infer<typeof importResult>> {
      const n = await nodeFor(db, ctx, nodeId, 'socialorgs.manage');
      const table = readTable(await readRows(file, { maxRows: 5000 }), COLUMNS);
      const errors: { row: number; field: string; message: string }[] = [];
      const seen = new Set<string>();
      const rows: Parameters<typeof repo.insertOrg>[1][] = [];
      for (const r of table.rows) {
        const cell = (k: string) => cellText(r.cells[k] ?? null);
        const bad = (field: string, key: string, params = {}) =>
          errors.push({ row: r.row, field, message: t(ctx.lang, key, params) });
        const name = cell('name');
        if (!name || name.length > 100) bad('name', 'socialorgs.required');
        const { code, problem } = codeFields(cell('creditCode'));
        if (problem) bad('creditCode', problem.key);
        else if (seen.has(code) || (await repo.codeTaken(db, n.district_id, code)))
          bad('creditCode', 'socialorgs.code.taken');
        seen.add(code);
        const category = cell('category') ? codeOf('category', cell('category')) : 'community';
        if (!category) bad('category', 'socialorgs.bad_value', { value: cell('category') });
        const branch = cell('partyBranch') ? codeOf('partyBranch', cell('partyBranch')) : 'none';
        if (!branch) bad('partyBranch', 'socialorgs.bad_value', { value: cell('partyBranch') });
        const level = cell('incubationLevel') ? codeOf('incubationLevel', cell('incubationLevel')) : null;
        if (level === undefined)
          bad('incubationLevel', 'socialorgs.bad_value', { value: cell('incubationLevel') });
        const state = cell('incubationState') ? codeOf('incubationState', cell('incubationState')) : null;
        if (state === undefined)
          bad('incubationState', 'socialorgs.bad_value', { value: cell('incubationState') });
        rows.push({
          district_id: n.district_id,
          id: uuidv7(),
          node_id: n.id,
          name,
          credit_code: code,
          category: category ?? 'community',
          party_branch: branch ?? 'none',
          ...incubation(level, state),
          contact: cell('contact').slice(0, 50),
        });
      }
      if (errors.length) return { created: 0, errors };
      await db.transaction().execute(async (trx) => {
        for (const row of rows)
          if (!(await repo.insertOrg(trx, row)))
            throw new InvalidError([{ field: 'creditCode', key: 'socialorgs.code.taken' }]);
        await auditor.append(trx, ctx, {
          action: 'socialorgs.import',
          objectType: 'org_node',
          objectId: n.id,
          districtId: n.district_id,
          detail: { created: rows.length },
        });
      });
      return { created: rows.length, errors: [] };
    },

    /** Figures of a node's dashboard: organisations registered, with a party branch, incubated. */
    async stats(ctx: RequestContext, node: StatNode): Promise<NodeStat[]> {
      if (!can(ctx.actor, 'socialorgs.read', node.path)) return [];
      const c = await repo.countsUnder(db, node.districtId, node.path);
      const stat = statMaker(ctx.lang, 'socialorgs', 'definition');
      return [
        stat('orgs', c.orgs, 'count'),
        stat('branches', c.branches, 'count'),
        stat('incubated', c.incubated, 'count'),
      ];
    },
  };
}
