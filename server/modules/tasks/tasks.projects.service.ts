/**
 * 重大项目 register (seed 000: 推出了280个重大项目……包括在建项目160个、前期项目80个、谋划项目40个共三大类,
 * 涵盖战略型产业项目、高水平民生项目、高品质基础设施项目): a district's projects by year and stage, each
 * with its headquarters' party group 指挥部党建组 and temporary project branch 项目临时党支部 referenced
 * by party-organisation id (the org module keeps them and their lifetime), Excel in and out, and the
 * count by stage for the dashboard.
 */
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError, nullWhenHidden } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  cellText,
  readRows,
  readTable,
  writeWorkbook,
  type ColumnSpec,
} from '../../platform/sheets/index.ts';
import type { OrgService } from '../org/index.ts';
import * as repo from './tasks.projects.repository.ts';

export const PROJECT_STAGES = ['construction', 'preliminary', 'planning'] as const;
export const PROJECT_CATEGORIES = ['industry', 'livelihood', 'infrastructure'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];
export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number];
const STAGE_ZH: Record<ProjectStage, string> = {
  construction: '在建',
  preliminary: '前期',
  planning: '谋划',
};
const CATEGORY_ZH: Record<ProjectCategory, string> = {
  industry: '战略型产业',
  livelihood: '高水平民生',
  infrastructure: '高品质基础设施',
};

export interface ProjectInput {
  districtId: string;
  year: number;
  name: string;
  stage: ProjectStage;
  category: ProjectCategory;
  investment?: number | null;
  leadNodeId?: string | null;
  hqPartyOrgId?: string | null;
  branchPartyOrgId?: string | null;
  taskId?: string | null;
  note?: string;
}

const COLUMNS: ColumnSpec[] = [
  { key: 'name', label: '项目名称', synonyms: ['名称', '项目'], required: true },
  { key: 'stage', label: '阶段', synonyms: ['项目阶段', '类别', '项目类别'], required: true },
  { key: 'category', label: '类型', synonyms: ['项目类型', '领域'] },
  { key: 'investment', label: '总投资（万元）', synonyms: ['总投资', '投资', '总投资(万元)', '投资额'] },
  { key: 'note', label: '说明', synonyms: ['情况', '进展'] },
];

type Row = {
  district_id: string;
  id: string;
  year: number;
  name: string;
  stage: string;
  category: string;
  investment: number | null;
  lead_node_id: string | null;
  lead_name: string | null;
  hq_party_org_id: string | null;
  branch_party_org_id: string | null;
  task_id: string | null;
  note: string;
  version: number;
};

function view(r: Row, canWrite: boolean) {
  return {
    id: r.id,
    districtId: r.district_id,
    year: r.year,
    name: r.name,
    stage: r.stage as ProjectStage,
    category: r.category as ProjectCategory,
    investment: r.investment === null ? null : Number(r.investment),
    leadNodeId: r.lead_node_id,
    leadName: r.lead_name,
    hqPartyOrgId: r.hq_party_org_id,
    branchPartyOrgId: r.branch_party_org_id,
    taskId: r.task_id,
    note: r.note,
    version: r.version,
    can: { edit: canWrite },
  };
}

/** The columns a project's form sets, as stored (on create and on update alike). */
function projectColumns(input: ProjectInput, lead: { id: string; name: string } | null) {
  return {
    name: input.name,
    stage: input.stage,
    category: input.category,
    investment: input.investment ?? null,
    lead_node_id: lead?.id ?? null,
    lead_name: lead?.name ?? null,
    hq_party_org_id: input.hqPartyOrgId ?? null,
    branch_party_org_id: input.branchPartyOrgId ?? null,
    task_id: input.taskId ?? null,
    note: input.note ?? '',
  };
}

/** Builds the major-projects verbs. */
export function createProjectsService(deps: {
  db: Db;
  auditor: Auditor;
  org: Pick<OrgService, 'pathOf' | 'get' | 'partyOrgs'>;
}) {
  const { db, auditor, org } = deps;

  async function districtFor(ctx: RequestContext, districtId: string, action: string) {
    const actor = requirePermission(ctx, action);
    const path = await org.pathOf(districtId);
    if (!path || !can(actor, action, path)) throw new NotFoundError();
    return path;
  }

  /** Party organisations referenced must exist in the district (checked through org's service). */
  async function checkRefs(ctx: RequestContext, input: ProjectInput) {
    const ids = [input.hqPartyOrgId, input.branchPartyOrgId].filter((x): x is string => !!x);
    const fields: { field: string; key: string }[] = [];
    if (ids.length) {
      const known = new Set(
        (await org.partyOrgs(ctx, input.districtId, true).catch(() => [])).map((o) => o.id),
      );
      if (input.hqPartyOrgId && !known.has(input.hqPartyOrgId))
        fields.push({ field: 'hqPartyOrgId', key: 'tasks.party_org_unknown' });
      if (input.branchPartyOrgId && !known.has(input.branchPartyOrgId))
        fields.push({ field: 'branchPartyOrgId', key: 'tasks.party_org_unknown' });
    }
    let lead: { id: string; name: string } | null = null;
    if (input.leadNodeId) {
      const n = await org.get(ctx, input.leadNodeId).catch(nullWhenHidden);
      if (!n || n.districtId !== input.districtId)
        fields.push({ field: 'leadNodeId', key: 'tasks.node_outside' });
      else lead = { id: n.id, name: n.name };
    }
    if (input.taskId) {
      const task = await repo.findTaskId(db, input.districtId, input.taskId);
      if (!task) fields.push({ field: 'taskId', key: 'tasks.node_outside' });
    }
    if (fields.length) throw new InvalidError(fields);
    return lead;
  }

  async function list(ctx: RequestContext, q: { districtId: string; year: number; stage?: ProjectStage }) {
    const actor = requirePermission(ctx, 'tasks.read');
    const read = scopePaths(actor, 'tasks.read');
    const path = await org.pathOf(q.districtId);
    const inDistrict = (actor?.grants ?? []).some((g) => g.districtId === q.districtId);
    if (!path || (!inDistrict && !read.some((p) => path.startsWith(p)))) throw new NotFoundError();
    const rows = await repo.findProjects(db, q.districtId, q.year, q.stage);
    const write = can(actor, 'tasks.manage', path);
    return rows.map((r) => view(r as Row, write));
  }

  return {
    /** The register of a district's year (any unit of the district reads it). */
    projects: list,

    /** Counts and investment by stage (在建 / 前期 / 谋划). */
    async projectsSummary(ctx: RequestContext, q: { districtId: string; year: number }) {
      const rows = await list(ctx, q);
      const by = PROJECT_STAGES.map((stage) => {
        const xs = rows.filter((r) => r.stage === stage);
        return {
          stage,
          count: xs.length,
          investment: Math.round(xs.reduce((s, r) => s + (r.investment ?? 0), 0) * 100) / 100,
        };
      });
      return { total: rows.length, byStage: by };
    },

    /** The organisation department registers a project. */
    async createProject(ctx: RequestContext, input: ProjectInput) {
      await districtFor(ctx, input.districtId, 'tasks.manage');
      const lead = await checkRefs(ctx, input);
      return db.transaction().execute(async (trx) => {
        const id = uuidv7();
        const r = await repo.insertProject(trx, {
          district_id: input.districtId,
          id,
          year: input.year,
          ...projectColumns(input, lead),
        });
        if (!r) throw new InvalidError([{ field: 'name', key: 'tasks.project_exists' }]);
        await auditor.append(trx, ctx, {
          action: 'tasks.project.create',
          objectType: 'tasks_project',
          objectId: id,
          districtId: input.districtId,
          detail: { name: input.name, stage: input.stage, year: input.year },
        });
        return view(r as Row, true);
      });
    },

    /** Moves a project to another stage or edits it (optimistic version; audited with before/after). */
    async updateProject(ctx: RequestContext, id: string, input: ProjectInput & { version: number }) {
      await districtFor(ctx, input.districtId, 'tasks.manage');
      const lead = await checkRefs(ctx, input);
      return db.transaction().execute(async (trx) => {
        const before = await repo.findProjectForUpdate(trx, input.districtId, id);
        if (!before) throw new NotFoundError();
        if (before.version !== input.version) throw new ConflictError('error.stale');
        const r = await repo
          .updateProject(trx, input.districtId, id, {
            ...projectColumns(input, lead),
            version: before.version + 1,
          })
          .catch((e) => {
            if (String(e?.code) === '23505')
              throw new InvalidError([{ field: 'name', key: 'tasks.project_exists' }]);
            throw e;
          });
        await auditor.append(trx, ctx, {
          action: 'tasks.project.update',
          objectType: 'tasks_project',
          objectId: id,
          districtId: input.districtId,
          detail: {
            before: { stage: before.stage, name: before.name },
            after: { stage: input.stage, name: input.name },
          },
        });
        return view(r as Row, true);
      });
    },

    /** The register as an Excel workbook. */
    async exportProjects(ctx: RequestContext, q: { districtId: string; year: number }) {
      const rows = await list(ctx, q);
      return writeWorkbook([
        {
          name: `${q.year}年重大项目`,
          columns: [
            { key: 'name', header: '项目名称 (Project)', width: 40 },
            { key: 'stage', header: '阶段 (Stage)', width: 10 },
            { key: 'category', header: '类型 (Type)', width: 16 },
            { key: 'investment', header: '总投资（万元） (Investment, 10k yuan)', width: 18, type: 'number' },
            { key: 'lead', header: '牵头单位 (Lead unit)', width: 20 },
            { key: 'note', header: '说明 (Note)', width: 40 },
          ],
          rows: rows.map((r) => ({
            name: r.name,
            stage: STAGE_ZH[r.stage],
            category: CATEGORY_ZH[r.category],
            investment: r.investment,
            lead: r.leadName ?? '',
            note: r.note,
          })),
        },
      ]);
    },

    /**
     * Imports projects from a district's own sheet (title rows, everyday headers): new names are
     * added, known names get their stage, type, investment and note updated. A file with any bad row
     * changes nothing and reports every one.
     */
    async importProjects(ctx: RequestContext, q: { districtId: string; year: number }, file: Buffer) {
      await districtFor(ctx, q.districtId, 'tasks.manage');
      const table = readTable(await readRows(file, { maxRows: 2000 }), COLUMNS);
      const errors: { row: number; field: string; message: string }[] = [];
      const rows: {
        name: string;
        stage: ProjectStage;
        category: ProjectCategory;
        investment: number | null;
        note: string;
      }[] = [];
      const seen = new Map<string, number>();
      const stageOf = (s: string) => PROJECT_STAGES.find((k) => s === k || s.startsWith(STAGE_ZH[k])) ?? null;
      const categoryOf = (s: string) =>
        s === ''
          ? 'industry'
          : (PROJECT_CATEGORIES.find(
              (k) => s === k || CATEGORY_ZH[k].includes(s) || s.includes(CATEGORY_ZH[k].slice(-2)),
            ) ?? null);
      for (const r of table.rows) {
        const cell = (k: string) => cellText(r.cells[k] ?? null).trim();
        const bad = (field: string, key: string, params = {}) =>
          errors.push({ row: r.row, field, message: t(ctx.lang, key, params) });
        const name = cell('name');
        const stage = stageOf(cell('stage'));
        const category = categoryOf(cell('category'));
        const invText = cell('investment').replace(/,/g, '');
        const investment = invText === '' ? null : Number(invText);
        if (!name || name.length > 200) bad('name', 'tasks.import.name');
        if (!stage) bad('stage', 'tasks.import.stage', { value: cell('stage') });
        if (!category) bad('category', 'tasks.import.category', { value: cell('category') });
        if (investment !== null && (!Number.isFinite(investment) || investment < 0 || investment > 1e10))
          bad('investment', 'tasks.import.investment', { value: cell('investment') });
        if (name && seen.has(name)) bad('name', 'tasks.import.duplicate', { row: seen.get(name) });
        if (name) seen.set(name, r.row);
        if (name && stage && category)
          rows.push({ name, stage, category, investment, note: cell('note').slice(0, 2000) });
      }
      if (errors.length) return { added: 0, updated: 0, errors };
      return db.transaction().execute(async (trx) => {
        const known = new Set(await repo.findProjectNames(trx, q.districtId, q.year));
        await repo.upsertProjects(
          trx,
          rows.map((r) => ({
            district_id: q.districtId,
            id: uuidv7(),
            year: q.year,
            name: r.name,
            stage: r.stage,
            category: r.category,
            investment: r.investment,
            note: r.note,
          })),
        );
        const updated = rows.filter((r) => known.has(r.name)).length;
        await auditor.append(trx, ctx, {
          action: 'tasks.project.import',
          objectType: 'tasks_district',
          objectId: q.districtId,
          districtId: q.districtId,
          detail: { year: q.year, added: rows.length - updated, updated },
        });
        return { added: rows.length - updated, updated, errors };
      });
    },
  };
}
