/**
 * What 帮教 stands on (seeds 000 and 003): the protection centres, legal-education bases and 帮教点
 * on the tree with their activities and attendance; the social workers' roster 社工能力库 with skills
 * and capacity; the district's libraries (问题库, 矫治技术库 with guidance, 效果评估库), Excel in and out.
 */
import type { z } from 'zod';
import { can, requirePermission, roleCan, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import { InvalidError, NotFoundError, type FieldProblem } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  codeOfCell,
  importRegister,
  rowChecks,
  writeWorkbook,
  type ColumnSpec,
  type TableRead,
} from '../../platform/sheets/index.ts';
import { shanghaiThisYear } from '../../platform/time.ts';
import { checkUpdated, districtFor, libraryOf, today, type JuvenileDeps } from './juvenile.core.ts';
import * as repo from './juvenile.repository.ts';
import { LIBRARY_KINDS, type LibraryKind, type SiteKind } from './juvenile.rules.ts';
import type { activityBody, siteBody, workerBody, workerUpdate } from './juvenile.schemas.ts';

/** The most rows one import reads. */
export const IMPORT_MAX_ROWS = 1_000;

/** The roles a worker's account may hold: a 社工机构's social_org, or a community officer. */
const WORKER_ROLES = ['social_org', 'community_officer'];

const COLUMNS = [
  { key: 'kind', label: '库', synonyms: ['类别', 'Library', 'Kind'], required: true },
  { key: 'code', label: '编码', synonyms: ['代码', 'Code'], required: true },
  { key: 'name', label: '名称', synonyms: ['Name'], required: true },
  { key: 'guidance', label: '指引', synonyms: ['说明', '技术指引', 'Guidance'] },
] as const satisfies readonly ColumnSpec[];

/** Builds the sites, roster and library verbs. */
export function createSetupService(deps: JuvenileDeps) {
  const { db, auditor } = deps;

  /** What an import does: a code already there with the same name and guidance is skipped. */
  async function plan(exec: Executor, ctx: RequestContext, districtId: string, table: TableRead) {
    const have = new Map((await libraryOf(exec, districtId)).entries.map((e) => [`${e.kind}/${e.code}`, e]));
    const seen = new Map<string, number>();
    const rows: { row: number; kind: string; code: string; name: string; action: 'add' | 'skip' }[] = [];
    const puts: { kind: LibraryKind; code: string; name: string; guidance: string }[] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<(typeof COLUMNS)[number]['key']>(
        ctx.lang,
        'juvenile.import',
        r,
        errors,
      );
      const kindText = text('kind', 20, true);
      const code = text('code', 20, true);
      const name = text('name', 60, true);
      const guidance = text('guidance', 1000) ?? '';
      const kind = kindText ? codeOfCell(LIBRARY_KINDS, 'juvenile.library', kindText) : null;
      if (kindText && !kind) bad('kind', 'juvenile.import.unknown_kind', { value: kindText });
      if (errors.length > before || !kind || !code || !name) continue;
      const k = `${kind}/${code}`;
      const earlier = seen.get(k);
      if (earlier) {
        bad('code', 'juvenile.import.duplicate', { row: earlier });
        continue;
      }
      seen.set(k, r.row);
      const same = have.get(k);
      const action = same && same.name === name && same.guidance === guidance ? 'skip' : 'add';
      rows.push({ row: r.row, kind, code, name, action });
      if (action === 'add') puts.push({ kind, code, name, guidance });
    }
    return { rows, puts, errors };
  }

  return {
    /** Sites under a node (or the whole reach), with this year's activities and attendance. */
    async sites(ctx: RequestContext, q: { nodeId?: string }) {
      const paths = await readRoots(db, ctx, 'juvenile.read', q.nodeId);
      const year = shanghaiThisYear();
      const rows = await repo.findSites(
        db,
        nodeInPaths('s.node_id', paths),
        `${year}-01-01`,
        `${year + 1}-01-01`,
      );
      return {
        items: rows.map((s) => ({
          id: s.id,
          nodeId: s.node_id,
          nodeName: s.node_name,
          kind: s.kind as SiteKind,
          name: s.name,
          address: s.address,
          activities: s.activities,
          attendance: s.attendance,
        })),
        can: { manage: can(ctx.actor, 'juvenile.manage') },
      };
    },

    /** Puts a site on the tree (a name is unique in the district). */
    async addSite(ctx: RequestContext, b: z.infer<typeof siteBody>) {
      const n = await nodeFor(db, ctx, b.nodeId, 'juvenile.manage');
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        const done = await repo.insertSite(trx, {
          district_id: n.district_id,
          id,
          node_id: n.id,
          kind: b.kind,
          name: b.name,
          address: b.address,
        });
        if (!done) throw new InvalidError([{ field: 'name', key: 'juvenile.site_exists' }]);
        await auditor.append(trx, ctx, {
          action: 'juvenile.site.add',
          objectType: 'juvenile_site',
          objectId: id,
          districtId: n.district_id,
          detail: { node: n.id, kind: b.kind, name: b.name },
        });
      });
      return { id };
    },

    /** The roster under a node (or the whole reach) with each worker's load. */
    async workers(ctx: RequestContext, q: { nodeId?: string }) {
      const paths = await readRoots(db, ctx, 'juvenile.manage', q.nodeId);
      const rows = await repo.findWorkers(db, nodeInPaths('w.node_id', paths));
      return {
        items: rows.map((w) => ({
          id: w.id,
          nodeId: w.node_id,
          nodeName: w.node_name,
          name: w.name,
          agency: w.agency,
          skills: w.skills,
          capacity: w.capacity,
          load: w.load,
          active: w.active,
          version: w.version,
        })),
        can: { manage: can(ctx.actor, 'juvenile.manage') },
      };
    },

    /** Puts an account (social_org or community officer of the district) on the roster. */
    async addWorker(ctx: RequestContext, b: z.infer<typeof workerBody>) {
      const n = await nodeFor(db, ctx, b.nodeId, 'juvenile.manage');
      const account = await deps.actorByUsername(b.username);
      if (!account?.grants.some((g) => g.districtId === n.district_id && WORKER_ROLES.includes(g.role)))
        throw new InvalidError([{ field: 'username', key: 'juvenile.not_worker_account' }]);
      const skills = new Set(
        (await libraryOf(db, n.district_id)).entries.filter((e) => e.kind === 'problem').map((e) => e.code),
      );
      const unknown = b.skills.filter((s) => !skills.has(s));
      if (unknown.length)
        throw new InvalidError([
          { field: 'skills', key: 'juvenile.unknown_code', params: { codes: unknown.join('、') } },
        ]);
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        const done = await repo.insertWorker(trx, {
          district_id: n.district_id,
          id,
          node_id: n.id,
          user_id: account.userId,
          name: b.name,
          agency: b.agency,
          skills: [...new Set(b.skills)],
          capacity: b.capacity,
        });
        if (!done) throw new InvalidError([{ field: 'username', key: 'juvenile.worker_exists' }]);
        await auditor.append(trx, ctx, {
          action: 'juvenile.worker.add',
          objectType: 'juvenile_worker',
          objectId: id,
          districtId: n.district_id,
          detail: { node: n.id, user: account.userId, skills: b.skills, capacity: b.capacity },
        });
      });
      return { id };
    },

    /** Changes a worker's skills, capacity or whether they take cases (at the version read). */
    async updateWorker(ctx: RequestContext, id: string, b: z.infer<typeof workerUpdate>) {
      requirePermission(ctx, 'juvenile.manage');
      await db.transaction().execute(async (trx) => {
        const w = await repo.findWorker(trx, id, true);
        if (!w || !can(ctx.actor, 'juvenile.manage', w.path)) throw new NotFoundError();
        if (b.capacity < w.load && b.active)
          throw new InvalidError([
            { field: 'capacity', key: 'juvenile.capacity_below_load', params: { load: w.load } },
          ]);
        checkUpdated(
          await repo.updateWorker(trx, w.district_id, w.id, b.version, {
            skills: [...new Set(b.skills)],
            capacity: b.capacity,
            active: b.active,
          }),
        );
        await auditor.append(trx, ctx, {
          action: 'juvenile.worker.update',
          objectType: 'juvenile_worker',
          objectId: w.id,
          districtId: w.district_id,
          detail: { skills: b.skills, capacity: b.capacity, active: b.active },
        });
      });
      return { ok: true as const };
    },

    /** The district's libraries (the defaults while it has none of its own). */
    async library(ctx: RequestContext, q: { nodeId?: string }) {
      const district = await districtFor(db, ctx, 'juvenile.read', q.nodeId);
      const lib = await libraryOf(db, district.id);
      return {
        districtId: district.id,
        defaults: lib.defaults,
        entries: lib.entries,
        can: {
          manage: !!ctx.actor?.grants.some(
            (g) => g.nodeId === district.id && roleCan(g.role, 'juvenile.library'),
          ),
        },
      };
    },

    /** The libraries as Excel (the same columns the import reads). */
    async exportLibrary(ctx: RequestContext, q: { nodeId?: string }) {
      const district = await districtFor(db, ctx, 'juvenile.read', q.nodeId);
      const lib = await libraryOf(db, district.id);
      return writeWorkbook([
        {
          name: t(ctx.lang, 'juvenile.sheet.library'),
          columns: [
            { key: 'kind', header: '库', width: 12 },
            { key: 'code', header: '编码', width: 10 },
            { key: 'name', header: '名称', width: 24 },
            { key: 'guidance', header: '指引', width: 60 },
          ],
          rows: lib.entries.map((e) => ({ ...e, kind: t(ctx.lang, `juvenile.library.${e.kind}`) })),
        },
      ]);
    },

    /** Imports library entries (a code already there takes the new name and guidance); dryRun only checks. */
    async importLibrary(ctx: RequestContext, nodeId: string, file: Buffer, dryRun: boolean) {
      const n = await nodeFor(db, ctx, nodeId, 'juvenile.library');
      if (n.id !== n.district_id) throw new InvalidError([{ field: 'nodeId', key: 'juvenile.not_district' }]);
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        (exec, table) => plan(exec, ctx, n.id, table),
        async (trx, p) => {
          // a district's first import starts from the defaults, so codes it leaves out are kept
          const own = await repo.findLibrary(trx, n.id);
          const base = own.length ? [] : (await libraryOf(trx, n.id)).entries;
          for (const e of [...base, ...p.puts])
            await repo.upsertLibrary(trx, { district_id: n.id, id: uuidv7(), ...e });
          await auditor.append(trx, ctx, {
            action: 'juvenile.library.import',
            objectType: 'juvenile_library',
            objectId: n.id,
            districtId: n.id,
            detail: { entries: p.puts.length },
          });
        },
      );
    },

    /** Legal-education activities at the sites under a node in a year. */
    async activities(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const paths = await readRoots(db, ctx, 'juvenile.read', q.nodeId);
      const year = q.year ?? shanghaiThisYear();
      const rows = await repo.findActivities(
        db,
        nodeInPaths('s.node_id', paths),
        `${year}-01-01`,
        `${year + 1}-01-01`,
      );
      return {
        items: rows.map((a) => ({
          id: a.id,
          siteId: a.site_id,
          siteName: a.site_name,
          heldOn: a.held_on,
          title: a.title,
          attendance: a.attendance,
        })),
      };
    },

    /** Records a legal-education activity at a site (Idempotency-Key). */
    async addActivity(ctx: RequestContext, b: z.infer<typeof activityBody>, key?: string) {
      const actor = requirePermission(ctx, 'juvenile.manage');
      const s = await repo.findSite(db, b.siteId);
      if (!s || !can(actor, 'juvenile.manage', s.path)) throw new NotFoundError();
      if (b.heldOn > today()) throw new InvalidError([{ field: 'heldOn', key: 'juvenile.in_future' }]);
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(trx, { userId: actor.userId, key, payload: b }, async () => {
          const id = uuidv7();
          await repo.insertActivity(trx, {
            district_id: s.district_id,
            id,
            site_id: s.id,
            held_on: b.heldOn,
            title: b.title,
            attendance: b.attendance,
            created_by: actor.userId,
          });
          await auditor.append(trx, ctx, {
            action: 'juvenile.activity.add',
            objectType: 'juvenile_site',
            objectId: s.id,
            districtId: s.district_id,
            detail: { heldOn: b.heldOn, attendance: b.attendance },
          });
          return { id };
        });
        return result;
      });
    },
  };
}
