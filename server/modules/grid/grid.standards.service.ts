/**
 * The civilisation-city assessment standards 测评体系 (seed 003: 12 测评项目, 90 项测评内容, 188 条测评标准)
 * as a district's own data, in and out of Excel; events tagged to a standard; and a node's readiness
 * per assessment project before an inspection (standards with no open problem under it).
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { cellText, readRows, readTable, writeWorkbook } from '../../platform/sheets/index.ts';
import { CATEGORY_NAMES, EVENT_CATEGORIES } from '../events/index.ts';
import type { GridEvents, GridTree, TreeNode } from './grid.ports.ts';
import * as standardsRepo from './grid.standards.repository.ts';
import { readinessRate, STANDARD_COLUMNS } from './grid.rules.ts';
import type { GridScope } from './grid.scope.ts';
import type {
  eventStandardView,
  readinessView,
  standardsImportResult,
  standardsView,
} from './grid.schemas.ts';

/** Rows a standards file may hold (a district's list is a few hundred). */
const STANDARDS_MAX_ROWS = 2000;

type StandardRow = Awaited<ReturnType<typeof standardsRepo.standardsOf>>[number];

const view = (s: StandardRow) => ({
  id: s.id,
  projectCode: s.project_code,
  projectName: s.project_name,
  itemCode: s.item_code,
  itemName: s.item_name,
  code: s.code,
  text: s.text,
  category: s.category,
  active: s.active,
});

/** An event category from a cell: its code, or its Chinese or English name. */
function categoryOf(text: string): string | null | undefined {
  if (!text) return null;
  if ((EVENT_CATEGORIES as readonly string[]).includes(text)) return text;
  const hit = Object.entries(CATEGORY_NAMES).find(([, n]) => n.zh === text || n.en === text);
  return hit ? hit[0] : undefined;
}

/** Builds the standards use cases. */
export function createStandardsService(deps: {
  db: Db;
  auditor: Auditor;
  tree: Pick<GridTree, 'findNode'>;
  scope: Pick<GridScope, 'range'>;
  events: Pick<GridEvents, 'get' | 'openness'>;
}) {
  const { db, auditor, tree, scope, events } = deps;

  /** The district node of a node, where the standards are kept and managed. */
  async function districtOf(n: TreeNode) {
    const d = await tree.findNode(n.districtId);
    if (!d) throw new NotFoundError();
    return d;
  }

  /** The district the actor manages standards for, from a node in it; 404 otherwise. */
  async function managedDistrict(ctx: RequestContext, nodeId: string) {
    const actor = requirePermission(ctx, 'grid.standards');
    const n = await tree.findNode(nodeId);
    const d = n && (await districtOf(n));
    if (!d || !can(actor, 'grid.standards', d.path)) throw new NotFoundError();
    return d;
  }

  /** The node of an event the actor can see. */
  async function eventNode(ctx: RequestContext, eventId: string) {
    const ev = await events.get(ctx, eventId);
    const node = await tree.findNode(ev.nodeId);
    if (!node) throw new NotFoundError();
    return node;
  }

  return {
    /** The district's standards (retired ones too, marked), with counts of the active list. */
    async standards(ctx: RequestContext, nodeId: string): Promise<z.infer<typeof standardsView>> {
      const n = await scope.range(ctx, nodeId);
      const d = await districtOf(n);
      const list = await standardsRepo.standardsOf(db, n.districtId, false);
      const active = list.filter((s) => s.active);
      return {
        projects: new Set(active.map((s) => s.project_code)).size,
        items: new Set(active.map((s) => s.item_code)).size,
        standards: active.length,
        list: list.map(view),
        can: { manage: can(ctx.actor, 'grid.standards', d.path) },
      };
    },

    /**
     * Replaces the district's list from a spreadsheet (project, item, code, standard, event
     * category): codes keep their identity, so findings stay tagged; codes no longer listed are
     * retired. A file with any bad row changes nothing and reports every one.
     */
    async importStandards(
      ctx: RequestContext,
      nodeId: string,
      file: Buffer,
    ): Promise<z.infer<typeof standardsImportResult>> {
      const d = await managedDistrict(ctx, nodeId);
      const table = readTable(await readRows(file, { maxRows: STANDARDS_MAX_ROWS }), STANDARD_COLUMNS);
      const errors: { row: number; field: string; message: string }[] = [];
      const rows: standardsRepo.NewStandard[] = [];
      const seen = new Map<string, number>();
      const projects = new Map<string, string>();
      const items = new Map<string, string>();
      for (const [i, r] of table.rows.entries()) {
        const cell = (k: string) => cellText(r.cells[k] ?? null);
        const [projectName, itemName, code, text] = ['projectName', 'itemName', 'code', 'text'].map(cell);
        const bad = (field: string, key: string, params = {}) =>
          errors.push({ row: r.row, field, message: t(ctx.lang, key, params) });
        for (const [f, v] of [
          ['projectName', projectName],
          ['itemName', itemName],
          ['code', code],
          ['text', text],
        ])
          if (!v) bad(f, 'grid.standard_required');
        if (code.length > 40 || text.length > 1000) bad('text', 'grid.standard_too_long');
        const category = categoryOf(cell('category'));
        if (category === undefined)
          bad('category', 'grid.standard_bad_category', { value: cell('category') });
        if (code && seen.has(code)) bad('code', 'grid.import_dup_in_file', { row: seen.get(code) });
        if (code) seen.set(code, r.row);
        // codes of projects and items: as written, else numbered in order of first appearance
        if (!projects.has(projectName))
          projects.set(projectName, cell('projectCode') || String(projects.size + 1));
        const itemKey = `${projectName}|${itemName}`;
        if (!items.has(itemKey)) {
          const nth = [...items.keys()].filter((k) => k.startsWith(`${projectName}|`)).length + 1;
          items.set(itemKey, cell('itemCode') || `${projects.get(projectName)}.${nth}`);
        }
        rows.push({
          district_id: d.districtId,
          id: uuidv7(),
          project_code: projects.get(projectName)!,
          project_name: projectName,
          item_code: items.get(itemKey)!,
          item_name: itemName,
          code,
          text,
          category: category ?? null,
          sort: i + 1,
        });
      }
      if (errors.length) return { projects: 0, items: 0, standards: 0, retired: 0, errors };
      const retired = await db.transaction().execute(async (trx) => {
        const before = (await standardsRepo.standardsOf(trx, d.districtId, true)).filter(
          (s) => !seen.has(s.code),
        ).length;
        await standardsRepo.upsertStandards(trx, rows);
        await standardsRepo.retireStandardsExcept(trx, d.districtId, [...seen.keys()]);
        await auditor.append(trx, ctx, {
          action: 'grid.standards.import',
          objectType: 'grid_standards',
          objectId: d.districtId,
          districtId: d.districtId,
          detail: { projects: projects.size, items: items.size, standards: rows.length, retired: before },
        });
        return before;
      });
      return { projects: projects.size, items: items.size, standards: rows.length, retired, errors };
    },

    /** The district's active standards as .xlsx, in the layout the import reads. */
    async exportStandards(ctx: RequestContext, nodeId: string) {
      const n = await scope.range(ctx, nodeId);
      const list = await standardsRepo.standardsOf(db, n.districtId, true);
      const buf = await writeWorkbook([
        {
          name: t(ctx.lang, 'grid.standards.sheet'),
          columns: STANDARD_COLUMNS.map((c) => ({
            key: c.key,
            header: c.label,
            width: c.key === 'text' ? 60 : 16,
          })),
          rows: list.map((s) => ({
            ...view(s),
            category: s.category ? CATEGORY_NAMES[s.category as keyof typeof CATEGORY_NAMES]?.zh : '',
          })),
        },
      ]);
      await auditor.record(ctx, {
        action: 'grid.standards.export',
        objectType: 'grid_standards',
        objectId: n.districtId,
        districtId: n.districtId,
        detail: { nodeId, rows: list.length },
      });
      return buf;
    },

    /** The standard an event the actor can see is tagged to, and whether the actor may tag it. */
    async eventStandard(ctx: RequestContext, eventId: string): Promise<z.infer<typeof eventStandardView>> {
      requirePermission(ctx, 'grid.read');
      const node = await eventNode(ctx, eventId);
      const found = await standardsRepo.standardOfEvent(db, node.districtId, eventId);
      const [standard] = found
        ? await standardsRepo.standardsByIds(db, node.districtId, [found.standardId])
        : [];
      return {
        standard: standard ? view(standard) : null,
        source: standard ? found!.source : null,
        can: { tag: can(ctx.actor, 'grid.tag', node.path) },
      };
    },

    /** Tags an event the actor can see to one of its district's standards. */
    async tagEvent(ctx: RequestContext, eventId: string, input: { standardId: string }) {
      const actor = requirePermission(ctx, 'grid.tag');
      const node = await eventNode(ctx, eventId);
      const [standard] = await standardsRepo.standardsByIds(db, node.districtId, [input.standardId]);
      if (!standard?.active) throw new InvalidError([{ field: 'standardId', key: 'grid.unknown_standard' }]);
      await db.transaction().execute(async (trx) => {
        await standardsRepo.upsertEventTag(trx, {
          district_id: node.districtId,
          event_id: eventId,
          standard_id: standard.id,
          node_id: node.id,
          tagged_by: actor.userId,
        });
        await auditor.append(trx, ctx, {
          action: 'grid.event.tag',
          objectType: 'event',
          objectId: eventId,
          districtId: node.districtId,
          detail: { standard: standard.code },
        });
      });
      return { ok: true };
    },

    /**
     * A node's readiness per assessment project 迎检准备: of each project's standards, the share with
     * no open problem under the node. A problem is a patrol finding not put right on the spot whose
     * event is not yet closed (or not yet on record), or any event tagged to the standard still open.
     */
    async readiness(ctx: RequestContext, nodeId: string): Promise<z.infer<typeof readinessView>> {
      const n = await scope.range(ctx, nodeId);
      const standards = await standardsRepo.standardsOf(db, n.districtId, true);
      const findings = await standardsRepo.unrectifiedFindingsUnder(db, n.districtId, n.path);
      const tags = await standardsRepo.eventTagsUnder(db, n.districtId, n.path);
      const ids = [
        ...new Set([
          ...findings.flatMap((f) => (f.event_id ? [f.event_id] : [])),
          ...tags.map((x) => x.event_id),
        ]),
      ];
      const open = ids.length ? await events.openness(ctx, ids) : new Map<string, boolean>();
      const isOpen = (eventId: string | null) => eventId === null || open.get(eventId) !== false;
      const problems = new Map<string, Set<string>>();
      const add = (standardId: string, key: string) => {
        if (!problems.has(standardId)) problems.set(standardId, new Set());
        problems.get(standardId)!.add(key);
      };
      for (const f of findings) if (isOpen(f.event_id)) add(f.standard_id, f.event_id ?? `finding:${f.id}`);
      for (const x of tags) if (isOpen(x.event_id)) add(x.standard_id, x.event_id);
      const byProject = new Map<string, z.infer<typeof readinessView>['projects'][number]>();
      for (const s of standards) {
        const p = byProject.get(s.project_code) ?? {
          projectCode: s.project_code,
          projectName: s.project_name,
          standards: 0,
          withOpenProblems: 0,
          openProblems: 0,
          rate: null,
        };
        p.standards++;
        const o = problems.get(s.id)?.size ?? 0;
        if (o) p.withOpenProblems++;
        p.openProblems += o;
        byProject.set(s.project_code, p);
      }
      return {
        nodeId: n.id,
        definition: t(ctx.lang, 'grid.readiness.definition'),
        projects: [...byProject.values()].map((p) => ({
          ...p,
          rate: readinessRate(p.standards, p.withOpenProblems),
        })),
      };
    },
  };
}
