/**
 * 草根领袖与本土社工培养 (seed 001 普陀): the register of people growing into social-work leaders —
 * grass-roots leaders, social workers and certified social workers with their certificate level —
 * their organisation, training records and the figures per street; the register in Excel.
 */
import type { z } from 'zod';
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots, rowFor } from '../../platform/access/nodes.ts';
import { nodeInPaths, pathInPaths } from '../../platform/access/scope.ts';
import { InvalidError } from '../../platform/errors.ts';
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
  share,
  SUPPORT_ZH,
  supportCodeOf,
  talentProblem,
  type CertLevel,
  type TalentKind,
} from './socialorgs.support.rules.ts';
import type { importResult, talentBody, talentList, trainingBody } from './socialorgs.support.schemas.ts';

const MANAGE = 'socialorgs.talents.manage';
const COLUMNS: ColumnSpec[] = [
  { key: 'name', label: '姓名', synonyms: ['name'], required: true },
  { key: 'kind', label: '类别', synonyms: ['人才类别', '类型', 'kind'], required: true },
  { key: 'certLevel', label: '证书等级', synonyms: ['职业水平等级', '等级', 'level'] },
  { key: 'certNo', label: '证书编号', synonyms: ['证书号', 'certificate'] },
  { key: 'org', label: '所在社会组织', synonyms: ['社会组织', '组织', 'organisation'] },
  { key: 'phone', label: '联系电话', synonyms: ['电话', '手机', 'phone'] },
];

/** Builds the talent-register verbs. */
export function createTalentsService(deps: SupportDeps) {
  const { db, auditor } = deps;

  /** An organisation the actor may name for a talent (same district, in the actor's read scope). */
  async function orgFor(ctx: RequestContext, districtId: string, orgId: string | null) {
    if (!orgId) return null;
    const o = await repo.findOrgPlace(db, districtId, orgId);
    if (!o || !can(ctx.actor, 'socialorgs.read', o.path))
      throw new InvalidError([{ field: 'orgId', key: 'socialorgs.support.outside' }]);
    return o;
  }

  const placeOk = (level: string) => level === 'street' || level === 'community';

  return {
    /** The register under a node (or the whole scope) with the figures per street. */
    async listTalents(
      ctx: RequestContext,
      q: { nodeId?: string; kind?: TalentKind },
    ): Promise<z.infer<typeof talentList>> {
      const paths = await readRoots(db, ctx, 'socialorgs.read', q.nodeId);
      const [rows, streets, orgs] = await Promise.all([
        repo.findTalents(db, nodeInPaths('t.node_id', paths), { kind: q.kind }),
        repo.talentsPerStreet(db, pathInPaths('s.path', paths)),
        repo.orgsUnder(db, nodeInPaths('o.node_id', scopePaths(ctx.actor, 'socialorgs.read'))),
      ]);
      return {
        items: rows.map((r) => ({
          id: r.id,
          nodeId: r.node_id,
          nodeName: r.node_name,
          name: r.name,
          kind: r.kind as TalentKind,
          certLevel: r.cert_level as CertLevel | null,
          certNo: r.cert_no,
          orgName: r.org_name,
          phone: r.phone ? maskPhone(r.phone) : '',
          hours: r.trainings.reduce((s, x) => s + Number(x.hours), 0),
          trainings: r.trainings.map((x) => ({ ...x, hours: Number(x.hours) })),
        })),
        streets: streets.map((s) => ({
          nodeId: s.id,
          nodeName: s.name,
          leaders: s.leaders,
          workers: s.workers,
          certified: s.certified,
          certifiedShare: share(s.certified, s.leaders + s.workers + s.certified),
        })),
        orgs,
        can: {
          manage: scopePaths(ctx.actor, MANAGE).length > 0,
          export: scopePaths(ctx.actor, 'socialorgs.export').length > 0,
        },
      };
    },

    /** Registers a talent on a street or community; only a certified social worker has a level. */
    async createTalent(ctx: RequestContext, b: z.infer<typeof talentBody>) {
      const n = await nodeFor(db, ctx, b.nodeId, MANAGE);
      if (!placeOk(n.level)) throw new InvalidError([{ field: 'nodeId', key: 'socialorgs.support.outside' }]);
      const problem = talentProblem(b.kind, b.certLevel);
      if (problem) throw new InvalidError([problem]);
      await orgFor(ctx, n.district_id, b.orgId);
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        await repo.insertTalents(trx, [
          {
            district_id: n.district_id,
            id,
            node_id: n.id,
            name: b.name,
            kind: b.kind,
            cert_level: b.certLevel,
            cert_no: b.certNo,
            org_id: b.orgId,
            phone: b.phone,
          },
        ]);
        await auditor.append(trx, ctx, {
          action: 'socialorgs.talent.add',
          objectType: 'socialorgs_talent',
          objectId: id,
          districtId: n.district_id,
          detail: { kind: b.kind, certLevel: b.certLevel },
        });
      });
      return { id };
    },

    /** Records a training a talent took (not in the future). */
    async addTraining(ctx: RequestContext, id: string, b: z.infer<typeof trainingBody>) {
      requirePermission(ctx, MANAGE);
      const p = await rowFor(ctx, MANAGE, () => repo.findTalent(db, id));
      if (b.trainedOn > today())
        throw new InvalidError([{ field: 'trainedOn', key: 'socialorgs.support.future' }]);
      const rid = uuidv7();
      await db.transaction().execute(async (trx) => {
        await repo.insertTraining(trx, {
          district_id: p.district_id,
          id: rid,
          talent_id: p.id,
          trained_on: b.trainedOn,
          course: b.course,
          hours: b.hours,
        });
        await auditor.append(trx, ctx, {
          action: 'socialorgs.talent.training',
          objectType: 'socialorgs_talent',
          objectId: p.id,
          districtId: p.district_id,
          detail: { trainedOn: b.trainedOn, course: b.course, hours: b.hours },
        });
      });
      return { id: rid };
    },

    /** The register as Excel (phones masked), in the import's columns and more. */
    async exportTalents(ctx: RequestContext, q: { nodeId?: string }) {
      const paths = await readRoots(db, ctx, 'socialorgs.export', q.nodeId);
      const rows = await repo.findTalents(db, nodeInPaths('t.node_id', paths), {});
      return writeWorkbook([
        {
          name: t(ctx.lang, 'socialorgs.sheet.talents'),
          columns: [
            { key: 'name', header: '姓名', width: 12 },
            { key: 'kind', header: '类别', width: 10 },
            { key: 'certLevel', header: '证书等级', width: 16 },
            { key: 'certNo', header: '证书编号', width: 20 },
            { key: 'org', header: '所在社会组织', width: 28 },
            { key: 'phone', header: '联系电话', width: 16 },
            { key: 'node', header: '所在街道社区', width: 16 },
            { key: 'trainings', header: '培训次数', width: 10, type: 'number' },
            { key: 'hours', header: '培训学时', width: 10, type: 'number' },
          ],
          rows: rows.map((r) => ({
            name: r.name,
            kind: SUPPORT_ZH.kind[r.kind as TalentKind],
            certLevel: r.cert_level ? SUPPORT_ZH.certLevel[r.cert_level as CertLevel] : '',
            certNo: r.cert_no,
            org: r.org_name ?? '',
            phone: r.phone ? maskPhone(r.phone) : '',
            node: r.node_name,
            trainings: r.trainings.length,
            hours: r.trainings.reduce((s, x) => s + Number(x.hours), 0),
          })),
        },
      ]);
    },

    /**
     * Adds talents from a sheet onto a street or community: kinds and levels in Chinese, the
     * organisation by its registered name; a file with a bad row adds nothing.
     */
    async importTalents(
      ctx: RequestContext,
      nodeId: string,
      file: Buffer,
    ): Promise<z.infer<typeof importResult>> {
      const n = await nodeFor(db, ctx, nodeId, MANAGE);
      if (!placeOk(n.level)) throw new InvalidError([{ field: 'nodeId', key: 'socialorgs.support.outside' }]);
      const table = readTable(await readRows(file, { maxRows: 5000 }), COLUMNS);
      const orgs = new Map(
        (
          await repo.orgsUnder(
            db,
            nodeInPaths('o.node_id', scopePaths(ctx.actor, 'socialorgs.read')),
            n.district_id,
          )
        ).map((o) => [o.name, o.id]),
      );
      const errors: { row: number; field: string; message: string }[] = [];
      const rows: Parameters<typeof repo.insertTalents>[1] = [];
      for (const r of table.rows) {
        const cell = (k: string) => cellText(r.cells[k] ?? null);
        const bad = (field: string, key: string, params = {}) =>
          errors.push({ row: r.row, field, message: t(ctx.lang, key, params) });
        const name = cell('name');
        if (!name || name.length > 30) bad('name', 'socialorgs.support.required');
        const kind = supportCodeOf('kind', cell('kind'));
        if (!kind) bad('kind', 'socialorgs.support.bad_value', { value: cell('kind') });
        const level = cell('certLevel') ? supportCodeOf('certLevel', cell('certLevel')) : null;
        if (level === undefined)
          bad('certLevel', 'socialorgs.support.bad_value', { value: cell('certLevel') });
        const problem = kind && level !== undefined ? talentProblem(kind, level) : null;
        if (problem) bad(problem.field, problem.key);
        const orgId = cell('org') ? orgs.get(cell('org')) : null;
        if (orgId === undefined) bad('org', 'socialorgs.support.bad_value', { value: cell('org') });
        const phone = cell('phone').replace(/\s+/g, '');
        if (phone && !/^[0-9+-]{3,20}$/.test(phone))
          bad('phone', 'socialorgs.support.bad_value', { value: phone });
        rows.push({
          district_id: n.district_id,
          id: uuidv7(),
          node_id: n.id,
          name,
          kind: kind ?? 'leader',
          cert_level: level ?? null,
          cert_no: cell('certNo').slice(0, 40),
          org_id: orgId ?? null,
          phone,
        });
      }
      if (errors.length) return { created: 0, skipped: 0, errors };
      await db.transaction().execute(async (trx) => {
        await repo.insertTalents(trx, rows);
        await auditor.append(trx, ctx, {
          action: 'socialorgs.talent.import',
          objectType: 'org_node',
          objectId: n.id,
          districtId: n.district_id,
          detail: { created: rows.length },
        });
      });
      return { created: rows.length, skipped: 0, errors: [] };
    },
  };
}
