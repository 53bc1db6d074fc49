/**
 * Programmes 示范创建项目 (seeds 000, 004): a district defines a programme with its settings (pass
 * mark, 公示 days, years before 复核) and a standard of indicators with points; the standard goes
 * out to Excel and comes in from it (dry run, per-row errors) until the first declaration fixes it.
 */
import type { z } from 'zod';
import { can, districtsWith, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError, type FieldProblem } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  importRegister,
  rowChecks,
  writeWorkbook,
  type ColumnSpec,
  type TableRead,
} from '../../platform/sheets/index.ts';
import { checkUpdated, type CreationDeps } from './creation.core.ts';
import * as repo from './creation.repository.ts';
import type { programmeBody, settingsBody } from './creation.schemas.ts';

/** The most rows one import reads. */
export const IMPORT_MAX_ROWS = 200;

const COLUMNS = [
  { key: 'name', label: '指标', synonyms: ['测评指标', '创建标准', 'Indicator', 'Name'], required: true },
  { key: 'points', label: '分值', synonyms: ['分数', 'Points'], required: true },
  { key: 'guide', label: '评分说明', synonyms: ['说明', 'Guide'] },
] as const satisfies readonly ColumnSpec[];

/** A programme as the API shows it. */
function programmeOut(p: repo.ProgrammeRow & { indicators: number; points: number }) {
  return {
    id: p.id,
    districtId: p.district_id,
    name: p.name,
    description: p.description,
    passPct: p.pass_pct,
    publicityDays: p.publicity_days,
    renewYears: p.renew_years,
    indicators: p.indicators,
    points: p.points,
    version: p.version,
  };
}

/** Builds the programme verbs. */
export function createProgrammesService(deps: Pick<CreationDeps, 'db' | 'auditor'>) {
  const { db, auditor } = deps;

  /** A programme of a district the actor holds action in (404 otherwise; locked when asked). */
  async function programmeFor(exec: Executor, ctx: RequestContext, id: string, action: string, lock = false) {
    const actor = requirePermission(ctx, action);
    const p = await repo.findProgramme(exec, id, lock);
    if (!p || !districtsWith(actor, action).includes(p.district_id)) throw new NotFoundError();
    return p;
  }

  /** The district node asked for, where the actor manages (422 when it is no district). */
  async function districtNode(ctx: RequestContext, nodeId: string) {
    const n = await nodeFor(db, ctx, nodeId, 'creation.manage');
    if (n.id !== n.district_id) throw new InvalidError([{ field: 'nodeId', key: 'creation.not_district' }]);
    return n;
  }

  async function plan(exec: Executor, ctx: RequestContext, p: repo.ProgrammeRow, table: TableRead) {
    const have = new Set((await repo.findIndicators(exec, p.district_id, p.id)).map((i) => i.name));
    const seen = new Map<string, number>();
    const rows: { row: number; name: string; points: number; action: 'add' | 'skip' }[] = [];
    const adds: { name: string; points: number; guide: string }[] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<(typeof COLUMNS)[number]['key']>(
        ctx.lang,
        'creation.import',
        r,
        errors,
      );
      const name = text('name', 100, true);
      const pointsText = text('points', 5, true);
      const guide = text('guide', 500) ?? '';
      const points = pointsText && /^\d{1,3}$/.test(pointsText) ? Number(pointsText) : NaN;
      if (pointsText && !(points >= 1 && points <= 100)) bad('points', 'creation.import.bad_points');
      if (errors.length > before || !name) continue;
      const earlier = seen.get(name);
      if (earlier) {
        bad('name', 'creation.import.duplicate', { row: earlier });
        continue;
      }
      seen.set(name, r.row);
      const action = have.has(name) ? 'skip' : 'add';
      rows.push({ row: r.row, name, points, action });
      if (action === 'add') adds.push({ name, points, guide });
    }
    return { rows, adds, errors };
  }

  return {
    programmeFor,

    /** The programmes of the districts in scope. */
    async listProgrammes(ctx: RequestContext) {
      const actor = requirePermission(ctx, 'creation.read');
      const rows = await repo.findProgrammes(db, districtsWith(actor, 'creation.read'));
      return {
        items: rows.map(programmeOut),
        can: {
          manage: can(actor, 'creation.manage'),
          declare: can(actor, 'creation.declare'),
          review: can(actor, 'creation.review'),
          prereview: can(actor, 'creation.prereview'),
          export: can(actor, 'creation.export'),
        },
      };
    },

    /** One programme with its standard. */
    async programme(ctx: RequestContext, id: string) {
      const p = await programmeFor(db, ctx, id, 'creation.read');
      const [standard, declared] = await Promise.all([
        repo.findIndicators(db, p.district_id, p.id),
        repo.countDeclarations(db, p.district_id, p.id),
      ]);
      return {
        ...programmeOut({
          ...p,
          indicators: standard.length,
          points: standard.reduce((s, i) => s + i.points, 0),
        }),
        standard: standard.map((i) => ({ id: i.id, name: i.name, points: i.points, guide: i.guide })),
        fixed: declared > 0,
      };
    },

    /** Defines a programme of the district with its standard. */
    async createProgramme(ctx: RequestContext, b: z.infer<typeof programmeBody>) {
      const n = await districtNode(ctx, b.nodeId);
      const names = b.indicators.map((i) => i.name);
      const dup = names.findIndex((x, i) => names.indexOf(x) !== i);
      if (dup >= 0)
        throw new InvalidError([{ field: `indicators.${dup}.name`, key: 'creation.indicator_repeated' }]);
      return db.transaction().execute(async (trx) => {
        const id = uuidv7();
        const taken = (await repo.findProgrammes(trx, [n.id])).some((p) => p.name === b.name);
        if (taken) throw new InvalidError([{ field: 'name', key: 'creation.programme_exists' }]);
        await repo.insertProgramme(trx, {
          district_id: n.id,
          id,
          name: b.name,
          description: b.description,
          pass_pct: b.passPct,
          publicity_days: b.publicityDays,
          renew_years: b.renewYears,
        });
        for (const [i, x] of b.indicators.entries())
          await repo.insertIndicator(trx, {
            district_id: n.id,
            id: uuidv7(),
            programme_id: id,
            sort: i + 1,
            ...x,
          });
        await auditor.append(trx, ctx, {
          action: 'creation.programme.create',
          objectType: 'creation_programme',
          objectId: id,
          districtId: n.id,
          detail: { name: b.name, indicators: b.indicators.length, passPct: b.passPct },
        });
        return { id };
      });
    },

    /** Changes a programme's pass mark, 公示 days and years before 复核 (at the version read). */
    async setSettings(ctx: RequestContext, id: string, b: z.infer<typeof settingsBody>) {
      await db.transaction().execute(async (trx) => {
        const p = await programmeFor(trx, ctx, id, 'creation.manage', true);
        const set = { pass_pct: b.passPct, publicity_days: b.publicityDays, renew_years: b.renewYears };
        checkUpdated(await repo.updateProgramme(trx, p.district_id, p.id, b.version, set));
        await auditor.append(trx, ctx, {
          action: 'creation.programme.settings',
          objectType: 'creation_programme',
          objectId: p.id,
          districtId: p.district_id,
          detail: set,
        });
      });
      return { ok: true as const };
    },

    /** The standard as Excel. */
    async exportStandard(ctx: RequestContext, id: string) {
      const p = await programmeFor(db, ctx, id, 'creation.read');
      const standard = await repo.findIndicators(db, p.district_id, p.id);
      return {
        name: p.name,
        bytes: await writeWorkbook([
          {
            name: p.name.slice(0, 28),
            columns: [
              { key: 'name', header: '指标', width: 40 },
              { key: 'points', header: '分值', width: 8, type: 'number' },
              { key: 'guide', header: '评分说明', width: 60 },
            ],
            rows: standard.map((i) => ({ name: i.name, points: i.points, guide: i.guide })),
          },
        ]),
      };
    },

    /** Adds indicators from Excel to a standard no declaration has fixed; dryRun only says what would happen. */
    async importStandard(ctx: RequestContext, id: string, file: Buffer, dryRun: boolean) {
      const p = await programmeFor(db, ctx, id, 'creation.manage');
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        async (exec, table) => {
          if ((await repo.countDeclarations(exec, p.district_id, p.id)) > 0)
            throw new ConflictError('creation.standard_fixed');
          return plan(exec, ctx, p, table);
        },
        async (trx, x) => {
          await repo.findProgramme(trx, p.id, true);
          const sort = (await repo.findIndicators(trx, p.district_id, p.id)).length;
          for (const [i, a] of x.adds.entries())
            await repo.insertIndicator(trx, {
              district_id: p.district_id,
              id: uuidv7(),
              programme_id: p.id,
              sort: sort + i + 1,
              ...a,
            });
          await auditor.append(trx, ctx, {
            action: 'creation.standard.import',
            objectType: 'creation_programme',
            objectId: p.id,
            districtId: p.district_id,
            detail: { added: x.adds.length },
          });
        },
      );
    },
  };
}
