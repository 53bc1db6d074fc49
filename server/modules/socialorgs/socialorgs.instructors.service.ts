/**
 * 党建指导员派驻 (seed 001 普陀): the roster of party-building instructors (a person, their unit, a
 * phone shown masked), each sent for a term to an incubation base or to one organisation; the
 * guidance visits they make; who has an instructor and who has none; the roster in Excel.
 */
import type { z } from 'zod';
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots, rowFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { InvalidError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { maskPhone } from '../../platform/pii/pii.ts';
import {
  cellText,
  readRows,
  readTable,
  writeWorkbook,
  type ColumnSpec,
} from '../../platform/sheets/index.ts';
import { today, type SupportDeps } from './socialorgs.support.core.ts';
import * as repo from './socialorgs.support.repository.ts';
import {
  lastQuarters,
  quarterFirstDay,
  quarterStart,
  termProblem,
  termRuns,
} from './socialorgs.support.rules.ts';
import type {
  assignmentBody,
  coverageView,
  importResult,
  instructorBody,
  instructorList,
  instructorRow,
  instructorView,
  visitBody,
} from './socialorgs.support.schemas.ts';

const MANAGE = 'socialorgs.instructors.manage';
const COLUMNS: ColumnSpec[] = [
  { key: 'name', label: '姓名', synonyms: ['指导员', '指导员姓名', 'name'], required: true },
  { key: 'unit', label: '所在单位', synonyms: ['单位', '工作单位', 'unit'], required: true },
  { key: 'phone', label: '联系电话', synonyms: ['电话', '手机', 'phone'] },
];

/** Builds the instructor verbs. */
export function createInstructorsService(deps: SupportDeps) {
  const { db, auditor, notify } = deps;

  const row = (i: repo.InstructorRow): z.infer<typeof instructorRow> => ({
    id: i.id,
    nodeId: i.node_id,
    nodeName: i.node_name,
    name: i.name,
    unit: i.unit,
    phone: i.phone ? maskPhone(i.phone) : '',
    postedTo: i.posted_to,
    visitsThisQuarter: i.visits_quarter,
    lastVisitOn: i.last_visit_on,
  });

  /** An instructor the actor may perform action on (404 out of scope). */
  const instructorFor = (ctx: RequestContext, id: string, action: string) => {
    const d = today();
    return rowFor(ctx, action, () => repo.findInstructor(db, id, d, quarterStart(d)));
  };

  return {
    /** The roster of the instructors sent from nodes in scope. */
    async listInstructors(
      ctx: RequestContext,
      q: { nodeId?: string },
    ): Promise<z.infer<typeof instructorList>> {
      const paths = await readRoots(db, ctx, 'socialorgs.read', q.nodeId);
      const d = today();
      const rows = await repo.findInstructors(db, nodeInPaths('i.node_id', paths), d, quarterStart(d));
      return {
        items: rows.map(row),
        can: {
          manage: scopePaths(ctx.actor, MANAGE).length > 0,
          export: scopePaths(ctx.actor, 'socialorgs.export').length > 0,
        },
      };
    },

    /** Adds an instructor to the roster of a street or the district. */
    async createInstructor(ctx: RequestContext, b: z.infer<typeof instructorBody>) {
      const n = await nodeFor(db, ctx, b.nodeId, MANAGE);
      if (n.level !== 'street' && n.level !== 'district')
        throw new InvalidError([{ field: 'nodeId', key: 'socialorgs.support.outside' }]);
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        await repo.insertInstructors(trx, [
          { district_id: n.district_id, id, node_id: n.id, name: b.name, unit: b.unit, phone: b.phone },
        ]);
        await auditor.append(trx, ctx, {
          action: 'socialorgs.instructor.add',
          objectType: 'socialorgs_instructor',
          objectId: id,
          districtId: n.district_id,
          detail: { name: b.name, unit: b.unit },
        });
      });
      return { id };
    },

    /** One instructor with assignments, visits, the organisations in charge today and where they may go. */
    async getInstructor(ctx: RequestContext, id: string): Promise<z.infer<typeof instructorView>> {
      const i = await instructorFor(ctx, id, 'socialorgs.read');
      const d = today();
      const manage = can(ctx.actor, MANAGE, i.path);
      const under = (col: string) => nodeInPaths(col, [i.path]);
      const [assignments, visits, inCharge, bases, orgs] = await Promise.all([
        repo.assignmentsOf(db, i.district_id, i.id),
        repo.visitsOf(db, i.district_id, i.id),
        repo.orgsInCharge(db, i.district_id, i.id, d),
        manage ? repo.basesUnder(db, under('b.node_id')) : [],
        manage ? repo.orgsUnder(db, under('o.node_id')) : [],
      ]);
      return {
        ...row(i),
        assignments: assignments.map((a) => ({
          id: a.id,
          target: a.base_id ? ('base' as const) : ('org' as const),
          targetId: (a.base_id ?? a.org_id)!,
          targetName: a.base_name ?? a.org_name ?? '',
          startsOn: a.starts_on,
          endsOn: a.ends_on,
          running: termRuns({ startsOn: a.starts_on, endsOn: a.ends_on }, d),
        })),
        visits: visits.map((v) => ({
          id: v.id,
          orgId: v.org_id,
          orgName: v.org_name,
          visitedOn: v.visited_on,
          topic: v.topic,
          outcome: v.outcome,
        })),
        inCharge,
        targets: { bases, orgs },
        can: { manage },
      };
    },

    /**
     * Sends an instructor for a term to a base or an organisation under the instructor's node; the
     * staff accounts of the organisation (or of those settled in the base) are told.
     */
    async assign(ctx: RequestContext, id: string, b: z.infer<typeof assignmentBody>) {
      const actor = requirePermission(ctx, MANAGE);
      const i = await instructorFor(ctx, id, MANAGE);
      const problem = termProblem(b);
      if (problem) throw new InvalidError([problem]);
      const d = today();
      const target =
        b.target === 'org'
          ? await repo.findOrgPlace(db, i.district_id, b.targetId)
          : await repo.findBase(db, b.targetId, d, d, d);
      if (!target || target.district_id !== i.district_id || !target.path.startsWith(i.path))
        throw new InvalidError([{ field: 'targetId', key: 'socialorgs.support.outside' }]);
      const orgIds =
        b.target === 'org'
          ? [b.targetId]
          : (await repo.settledOrgIds(db, i.district_id, b.targetId, b.startsOn > d ? b.startsOn : d)).map(
              (s) => s.org_id,
            );
      const aid = uuidv7();
      await db.transaction().execute(async (trx) => {
        await repo.insertAssignment(trx, {
          district_id: i.district_id,
          id: aid,
          instructor_id: i.id,
          base_id: b.target === 'base' ? b.targetId : null,
          org_id: b.target === 'org' ? b.targetId : null,
          starts_on: b.startsOn,
          ends_on: b.endsOn,
          created_by: actor.userId,
        });
        await auditor.append(trx, ctx, {
          action: 'socialorgs.instructor.assign',
          objectType: 'socialorgs_instructor',
          objectId: i.id,
          districtId: i.district_id,
          detail: { target: b.target, targetId: b.targetId, startsOn: b.startsOn, endsOn: b.endsOn },
        });
        const staff = await repo.staffOfOrgs(trx, i.district_id, orgIds);
        const params = { name: i.name, target: target.name, startsOn: b.startsOn, endsOn: b.endsOn };
        await notify.send(
          trx,
          staff.map((s) => ({
            districtId: i.district_id,
            userId: s.user_id,
            kind: 'socialorgs.instructor_assigned',
            title: t('zh-CN', 'socialorgs.notice.assigned', params),
            titleKey: 'socialorgs.notice.assigned',
            titleParams: params,
            link: '/socialorgs/instructors',
            objectType: 'socialorgs_instructor',
            objectId: i.id,
            dedupeKey: `socialorgs.assigned:${aid}:${s.user_id}`,
          })),
        );
      });
      return { id: aid };
    },

    /**
     * Logs a guidance visit (often from a phone: Idempotency-Key): not in the future, and only to an
     * organisation in the instructor's charge on that day.
     */
    async logVisit(ctx: RequestContext, id: string, b: z.infer<typeof visitBody>, key?: string) {
      const actor = requirePermission(ctx, MANAGE);
      const i = await instructorFor(ctx, id, MANAGE);
      if (b.visitedOn > today())
        throw new InvalidError([{ field: 'visitedOn', key: 'socialorgs.support.future' }]);
      const charge = await repo.orgsInCharge(db, i.district_id, i.id, b.visitedOn);
      if (!charge.some((o) => o.id === b.orgId))
        throw new InvalidError([{ field: 'orgId', key: 'socialorgs.support.not_in_charge' }]);
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(trx, { userId: actor.userId, key, payload: b }, async () => {
          const vid = uuidv7();
          await repo.insertVisit(trx, {
            district_id: i.district_id,
            id: vid,
            instructor_id: i.id,
            org_id: b.orgId,
            visited_on: b.visitedOn,
            topic: b.topic,
            outcome: b.outcome,
            created_by: actor.userId,
          });
          await auditor.append(trx, ctx, {
            action: 'socialorgs.instructor.visit',
            objectType: 'socialorgs_instructor',
            objectId: i.id,
            districtId: i.district_id,
            detail: { orgId: b.orgId, visitedOn: b.visitedOn },
          });
          return { id: vid };
        });
        return result;
      });
    },

    /** Organisations in scope with and without an instructor today, and visits per quarter (last four). */
    async coverage(ctx: RequestContext, q: { nodeId?: string }): Promise<z.infer<typeof coverageView>> {
      const paths = await readRoots(db, ctx, 'socialorgs.read', q.nodeId);
      const d = today();
      const quarters = lastQuarters(d, 4);
      const from = quarterFirstDay(quarters[0]);
      const [orgs, visits] = await Promise.all([
        repo.coverage(db, nodeInPaths('o.node_id', paths), d),
        repo.visitsPerQuarter(db, nodeInPaths('o.node_id', paths), from),
      ]);
      const byQuarter = new Map(visits.map((v) => [v.quarter, v.visits]));
      const covered = orgs.filter((o) => o.instructors.length > 0).length;
      return {
        orgs: orgs.map((o) => ({
          id: o.id,
          name: o.name,
          nodeName: o.node_name,
          instructors: o.instructors,
        })),
        covered,
        uncovered: orgs.length - covered,
        quarters: quarters.map((quarter) => ({ quarter, visits: byQuarter.get(quarter) ?? 0 })),
      };
    },

    /** The roster as Excel (phones masked). */
    async exportInstructors(ctx: RequestContext, q: { nodeId?: string }) {
      const paths = await readRoots(db, ctx, 'socialorgs.export', q.nodeId);
      const d = today();
      const rows = (await repo.findInstructors(db, nodeInPaths('i.node_id', paths), d, quarterStart(d))).map(
        row,
      );
      return writeWorkbook([
        {
          name: t(ctx.lang, 'socialorgs.sheet.instructors'),
          columns: [
            { key: 'name', header: '姓名', width: 12 },
            { key: 'unit', header: '所在单位', width: 28 },
            { key: 'phone', header: '联系电话', width: 16 },
            { key: 'node', header: '派出街道（区）', width: 16 },
            { key: 'postedTo', header: '派驻基地或组织', width: 36 },
            { key: 'visits', header: '本季度指导次数', width: 12, type: 'number' },
            { key: 'last', header: '最近指导日期', width: 14 },
          ],
          rows: rows.map((r) => ({
            name: r.name,
            unit: r.unit,
            phone: r.phone,
            node: r.nodeName,
            postedTo: r.postedTo.join('、'),
            visits: r.visitsThisQuarter,
            last: r.lastVisitOn ?? '',
          })),
        },
      ]);
    },

    /**
     * Adds instructors from a sheet (姓名, 所在单位, 联系电话) to a node's roster: every row checked
     * first, a file with a bad row adds nothing; names already on the node's roster are skipped.
     */
    async importInstructors(
      ctx: RequestContext,
      nodeId: string,
      file: Buffer,
    ): Promise<z.infer<typeof importResult>> {
      const n = await nodeFor(db, ctx, nodeId, MANAGE);
      if (n.level !== 'street' && n.level !== 'district')
        throw new InvalidError([{ field: 'nodeId', key: 'socialorgs.support.outside' }]);
      const table = readTable(await readRows(file, { maxRows: 2000 }), COLUMNS);
      const known = await repo.instructorNamesOn(db, n.district_id, n.id);
      const errors: { row: number; field: string; message: string }[] = [];
      const rows: Parameters<typeof repo.insertInstructors>[1] = [];
      let skipped = 0;
      for (const r of table.rows) {
        const cell = (k: string) => cellText(r.cells[k] ?? null);
        const bad = (field: string, key: string, params = {}) =>
          errors.push({ row: r.row, field, message: t(ctx.lang, key, params) });
        const name = cell('name');
        const unit = cell('unit');
        const phone = cell('phone').replace(/\s+/g, '');
        if (!name || name.length > 30) bad('name', 'socialorgs.support.required');
        if (!unit || unit.length > 100) bad('unit', 'socialorgs.support.required');
        if (phone && !/^[0-9+-]{3,20}$/.test(phone))
          bad('phone', 'socialorgs.support.bad_value', { value: phone });
        if (known.has(name)) {
          skipped += 1;
          continue;
        }
        known.add(name);
        rows.push({ district_id: n.district_id, id: uuidv7(), node_id: n.id, name, unit, phone });
      }
      if (errors.length) return { created: 0, skipped: 0, errors };
      await db.transaction().execute(async (trx) => {
        await repo.insertInstructors(trx, rows);
        await auditor.append(trx, ctx, {
          action: 'socialorgs.instructor.import',
          objectType: 'org_node',
          objectId: n.id,
          districtId: n.district_id,
          detail: { created: rows.length, skipped },
        });
      });
      return { created: rows.length, skipped, errors: [] };
    },
  };
}
