/**
 * 三官三师 (seed 001: 同步配齐“三官三师”): the roster roles a district configures (default police
 * officer, judge, prosecutor; lawyer, psychologist, social worker), the roster of each grid or
 * community on the tree with office hours and whether it is complete, the cases each member took,
 * and the roster in and out of Excel. Phones are stored encrypted and only ever sent masked.
 */
import type { z } from 'zod';
import { can, type RequestContext } from '../../platform/access/access.ts';
import { rowFor } from '../../platform/access/nodes.ts';
import type { Executor } from '../../platform/db/db.ts';
import { InvalidError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { phoneColumns } from '../../platform/pii/phone.ts';
import { checkRows, readRows, readTable, writeWorkbook } from '../../platform/sheets/index.ts';
import { checkUpdated, thisYear, yearRange, type LinkageCore, type LinkageDeps } from './linkage.core.ts';
import * as repo from './linkage.repository.ts';
import { DEFAULT_EXPERT_ROLES, missingRoles, type ExpertRole } from './linkage.rules.ts';
import type { caseBody, expertBody, expertPatch, expertView, rosterView } from './linkage.schemas.ts';

/** Columns of the roster spreadsheet (in and out). */
const ROSTER_COLUMNS = [
  { key: 'node', label: '网格/社区', synonyms: ['社区', '网格', '所在社区', '节点'], required: true },
  { key: 'role', label: '角色', synonyms: ['身份', '三官三师'], required: true },
  { key: 'name', label: '姓名', synonyms: ['名字'], required: true },
  { key: 'unit', label: '工作单位', synonyms: ['单位'] },
  { key: 'phone', label: '联系电话', synonyms: ['电话', '手机', '手机号'] },
  { key: 'officeHours', label: '坐班时间', synonyms: ['服务时间', '值班时间'] },
] as const;

/** Builds the roster verbs. */
export function createExpertsService(deps: LinkageDeps & { core: LinkageCore }) {
  const { db, auditor, pii, core } = deps;

  /** The district's roles: configured ones, or the defaults. */
  async function rolesOf(
    exec: Executor,
    districtId: string,
  ): Promise<{ roles: ExpertRole[]; configured: boolean }> {
    const rows = await repo.findExpertRoles(exec, districtId);
    return rows.length
      ? {
          roles: rows.map((r) => ({ code: r.code, name: r.name, grp: r.grp as ExpertRole['grp'] })),
          configured: true,
        }
      : { roles: [...DEFAULT_EXPERT_ROLES], configured: false };
  }

  const out = (ctx: RequestContext, e: repo.ExpertRow, roles: ExpertRole[]): z.infer<typeof expertView> => ({
    id: e.id,
    nodeId: e.node_id,
    nodeName: e.node_name,
    role: e.role,
    roleName: roles.find((r) => r.code === e.role)?.name ?? e.role,
    name: e.name,
    unit: e.unit,
    phone: e.phone_mask,
    officeHours: e.office_hours,
    active: e.active,
    cases: e.cases,
    version: e.version,
    can: { manage: can(ctx.actor, 'linkage.manage', e.path) },
  });

  /** The phone's stored forms: encrypted, blind index, mask; 422 when it is not a mobile number. */
  const phoneFields = (phone: string | undefined) =>
    phoneColumns(pii, phone, { field: 'phone', key: 'linkage.bad_phone' });

  return {
    /** The roster roles of the district a node is in. */
    async expertRoles(ctx: RequestContext, nodeId: string) {
      const n = await core.nodeFor(ctx, nodeId, 'linkage.read');
      const d = await repo.findNode(db, n.district_id);
      return {
        ...(await rolesOf(db, n.district_id)),
        can: { manage: !!d && can(ctx.actor, 'linkage.manage', d.path) },
      };
    },

    /** Sets the district's roster roles (officers of the district only). */
    async setExpertRoles(ctx: RequestContext, b: { nodeId: string; roles: ExpertRole[] }) {
      return db.transaction().execute(async (trx) => {
        const n = await core.nodeFor(ctx, b.nodeId, 'linkage.read', trx);
        await core.nodeFor(ctx, n.district_id, 'linkage.manage', trx);
        const codes = new Set<string>();
        for (const [i, r] of b.roles.entries())
          if (codes.has(r.code))
            throw new InvalidError([{ field: `roles.${i}.code`, key: 'error.duplicate' }]);
          else codes.add(r.code);
        await repo.replaceExpertRoles(trx, n.district_id, b.roles);
        await auditor.append(trx, ctx, {
          action: 'linkage.roles.set',
          objectType: 'linkage_roles',
          objectId: n.district_id,
          districtId: n.district_id,
          detail: { roles: b.roles.map((r) => r.code) },
        });
        return { roles: b.roles, configured: true, can: { manage: true } };
      });
    },

    /** The roster on the tree under a node: each grid and community with its members and the roles it lacks. */
    async roster(
      ctx: RequestContext,
      q: { nodeId?: string; year?: number },
    ): Promise<z.infer<typeof rosterView>> {
      const paths = await core.roots(ctx, 'linkage.read', q.nodeId);
      const { from, to } = yearRange(q.year ?? thisYear());
      const rows = await repo.findExperts(db, nodeInPaths('e.node_id', paths), from, to);
      const districtId = rows[0]?.district_id ?? ctx.actor?.grants[0]?.districtId;
      const { roles } = districtId ? await rolesOf(db, districtId) : { roles: [...DEFAULT_EXPERT_ROLES] };
      const byNode = new Map<string, repo.ExpertRow[]>();
      for (const e of rows) byNode.set(e.node_id, [...(byNode.get(e.node_id) ?? []), e]);
      return {
        roles,
        nodes: [...byNode.values()].map((list) => ({
          nodeId: list[0].node_id,
          nodeName: list[0].node_name,
          level: list[0].level,
          experts: list.map((e) => out(ctx, e, roles)),
          missing: missingRoles(
            roles,
            list.filter((e) => e.active).map((e) => e.role),
          ).map((r) => r.code),
        })),
      };
    },

    /** Puts a person on a grid's or community's roster. */
    async addExpert(ctx: RequestContext, b: z.infer<typeof expertBody>) {
      return db.transaction().execute(async (trx) => {
        const n = await core.nodeFor(ctx, b.nodeId, 'linkage.manage', trx);
        if (!['community', 'grid', 'micro_grid'].includes(n.level))
          throw new InvalidError([{ field: 'nodeId', key: 'linkage.not_community' }]);
        const { roles } = await rolesOf(trx, n.district_id);
        if (!roles.some((r) => r.code === b.role))
          throw new InvalidError([{ field: 'role', key: 'linkage.unknown_role', params: { role: b.role } }]);
        const id = uuidv7();
        await repo.insertExpert(trx, {
          district_id: n.district_id,
          id,
          node_id: n.id,
          role: b.role,
          name: b.name,
          unit: b.unit ?? '',
          office_hours: b.officeHours ?? '',
          ...phoneFields(b.phone),
        });
        await auditor.append(trx, ctx, {
          action: 'linkage.expert.create',
          objectType: 'linkage_expert',
          objectId: id,
          districtId: n.district_id,
          detail: { role: b.role, node: n.name },
        });
        return { id };
      });
    },

    /** Changes office hours, unit or duty of a roster member. */
    async updateExpert(ctx: RequestContext, id: string, b: z.infer<typeof expertPatch>) {
      return db.transaction().execute(async (trx) => {
        const e = await rowFor(ctx, 'linkage.manage', () => repo.findExpert(trx, id, true));
        checkUpdated(
          await repo.updateExpert(trx, e.district_id, e.id, b.version, {
            unit: b.unit ?? e.unit,
            office_hours: b.officeHours ?? e.office_hours,
            active: b.active ?? e.active,
          }),
        );
        await auditor.append(trx, ctx, {
          action: 'linkage.expert.update',
          objectType: 'linkage_expert',
          objectId: e.id,
          districtId: e.district_id,
          detail: { active: b.active, officeHours: b.officeHours },
        });
        return { ok: true as const };
      });
    },

    /** The cases a roster member took. */
    async expertCases(ctx: RequestContext, id: string) {
      const e = await rowFor(ctx, 'linkage.read', () => repo.findExpert(db, id));
      return (await repo.findCases(db, e.district_id, e.id)).map((c) => ({
        id: c.id,
        takenOn: c.taken_on,
        summary: c.summary,
        outcome: c.outcome,
        closed: c.closed,
      }));
    },

    /** Records a case a roster member took (a consultation, a mediation, a legal aid). */
    async addCase(ctx: RequestContext, id: string, b: z.infer<typeof caseBody>) {
      return db.transaction().execute(async (trx) => {
        const e = await rowFor(ctx, 'linkage.manage', () => repo.findExpert(trx, id));
        const caseId = uuidv7();
        await repo.insertCase(trx, {
          district_id: e.district_id,
          id: caseId,
          expert_id: e.id,
          node_id: e.node_id,
          taken_on: b.takenOn,
          summary: b.summary,
          outcome: b.outcome ?? '',
          closed: b.closed ?? false,
        });
        await auditor.append(trx, ctx, {
          action: 'linkage.case.create',
          objectType: 'linkage_expert_case',
          objectId: caseId,
          districtId: e.district_id,
        });
        return { id: caseId };
      });
    },

    /** Imports a roster sheet under a node: every row checked; a file with a bad row changes nothing. */
    async importRoster(ctx: RequestContext, nodeId: string, file: Buffer) {
      const top = await core.nodeFor(ctx, nodeId, 'linkage.manage');
      const table = readTable(await readRows(file, { maxRows: 5000 }), ROSTER_COLUMNS);
      const { roles } = await rolesOf(db, top.district_id);
      const nodes = await repo.findNodesUnder(db, top.district_id, top.path, [
        'community',
        'grid',
        'micro_grid',
      ]);
      const rows: Parameters<typeof repo.insertExperts>[1] = [];
      const errors = checkRows(table, ctx.lang, (cell, bad) => {
        for (const k of ['node', 'role', 'name']) if (!cell(k)) bad(k, 'linkage.import_required');
        const node = nodes.find((n) => n.name === cell('node'));
        if (cell('node') && !node) bad('node', 'linkage.import_node', { name: cell('node') });
        const role = roles.find((x) => x.code === cell('role') || x.name === cell('role'));
        if (cell('role') && !role) bad('role', 'linkage.unknown_role', { role: cell('role') });
        let phone: ReturnType<typeof phoneFields> = { phone_enc: null, phone_bidx: null, phone_mask: '' };
        try {
          phone = phoneFields(cell('phone'));
        } catch {
          bad('phone', 'linkage.bad_phone');
        }
        if (node && role && cell('name'))
          rows.push({
            district_id: top.district_id,
            id: uuidv7(),
            node_id: node.id,
            role: role.code,
            name: cell('name').slice(0, 40),
            unit: cell('unit').slice(0, 100),
            office_hours: cell('officeHours').slice(0, 200),
            ...phone,
          });
      });
      if (errors.length) return { imported: 0, errors };
      await db.transaction().execute(async (trx) => {
        await repo.insertExperts(trx, rows);
        await auditor.append(trx, ctx, {
          action: 'linkage.expert.import',
          objectType: 'linkage_expert',
          districtId: top.district_id,
          detail: { rows: rows.length, node: top.name },
        });
      });
      return { imported: rows.length, errors: [] };
    },

    /** The roster under a node as Excel (phones masked). */
    async exportRoster(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const paths = await core.roots(ctx, 'linkage.export', q.nodeId);
      const { from, to } = yearRange(q.year ?? thisYear());
      const rows = await repo.findExperts(db, nodeInPaths('e.node_id', paths), from, to);
      const { roles } = rows[0]
        ? await rolesOf(db, rows[0].district_id)
        : { roles: [...DEFAULT_EXPERT_ROLES] };
      return writeWorkbook([
        {
          name: t(ctx.lang, 'linkage.sheet.experts'),
          columns: [
            ...ROSTER_COLUMNS.map((c) => ({
              key: c.key,
              header: c.label,
              width: c.key === 'officeHours' ? 30 : 16,
            })),
            { key: 'active', header: '在岗', width: 8 },
            { key: 'cases', header: '接案数', width: 10, type: 'number' as const },
          ],
          rows: rows.map((e) => ({
            node: e.node_name,
            role: roles.find((r) => r.code === e.role)?.name ?? e.role,
            name: e.name,
            unit: e.unit,
            phone: e.phone_mask,
            officeHours: e.office_hours,
            active: e.active ? '是' : '否',
            cases: e.cases,
          })),
        },
      ]);
    },
  };
}
