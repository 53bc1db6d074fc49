/**
 * 基层党建先锋指数测评 (seed 003, one of 福田's five 工作体系): the party organisations of the tree
 * scored each quarter on the district's weighted indicators by the street or the district (never
 * their own node's), the index 0–100 by the rules, ranked across the district, the bottom ones
 * flagged for 整改 until the 整改 is recorded. Organisations come through the org port.
 */
import type { z } from 'zod';
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots } from '../../platform/access/nodes.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError, type FieldProblem } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import {
  importRegister,
  rowChecks,
  writeWorkbook,
  type ColumnSpec,
  type TableRead,
} from '../../platform/sheets/index.ts';
import type { PartyOrgBrief } from '../org/index.ts';
import { ownSide, type CreationDeps } from './creation.core.ts';
import * as repo from './creation.repository.ts';
import {
  DEFAULT_INDEX_INDICATORS,
  INDEX_KINDS,
  pioneerIndex,
  quarterLabel,
  rankAndFlag,
  type IndexIndicator,
} from './creation.rules.ts';
import type { indexScoreBody, indicatorsBody, rectifyBody } from './creation.schemas.ts';

const QUARTERS = [1, 2, 3, 4] as const;

const COLUMNS = [
  { key: 'code', label: '代码', synonyms: ['Code'], required: true },
  { key: 'name', label: '指标', synonyms: ['测评指标', 'Indicator', 'Name'], required: true },
  { key: 'weight', label: '权重', synonyms: ['Weight'], required: true },
] as const satisfies readonly ColumnSpec[];

/** Builds the index verbs. */
export function createIndexService(deps: Pick<CreationDeps, 'db' | 'auditor' | 'org'>) {
  const { db, auditor, org } = deps;

  /** A district's indicators (the defaults while it set none). */
  async function indicatorsOf(exec: Executor, districtId: string) {
    const own = await repo.findIndexIndicators(exec, districtId);
    return own.length
      ? { defaults: false, list: own.map((i) => ({ code: i.code, name: i.name, weight: i.weight })) }
      : { defaults: true, list: [...DEFAULT_INDEX_INDICATORS] };
  }

  /** The live, scored organisations under a path. */
  async function orgsUnder(path: string) {
    return (await org.partyOrgsUnder(path)).filter(
      (o) => !o.dissolvedOn && (INDEX_KINDS as readonly string[]).includes(o.kind),
    );
  }

  /** Every organisation of a district with its four quarters (ranked and flagged across the district). */
  async function districtYear(districtId: string, year: number, indicators: IndexIndicator[]) {
    const district = await repo.findNode(db, districtId);
    if (!district) return new Map<string, never>();
    const [orgs, scores, fixes] = await Promise.all([
      orgsUnder(district.path),
      repo.findIndexScores(db, districtId, year),
      repo.findRectifications(db, districtId, year),
    ]);
    const by = new Map<string, Record<string, number>>();
    for (const s of scores) {
      const k = `${s.party_org_id}/${s.quarter}`;
      by.set(k, { ...(by.get(k) ?? {}), [s.code]: s.score });
    }
    const fixed = new Set(fixes.map((f) => `${f.party_org_id}/${f.quarter}`));
    const out = new Map(orgs.map((o) => [o.id, { org: o, quarters: [] as QuarterOut[] }]));
    for (const q of QUARTERS) {
      const rows = orgs.map((o) => {
        const s = by.get(`${o.id}/${q}`) ?? {};
        return { id: o.id, scores: s, index: pioneerIndex(indicators, s) };
      });
      for (const r of rankAndFlag(rows))
        out.get(r.id)!.quarters.push({
          quarter: q,
          index: r.index,
          rank: r.rank,
          flagged: r.flagged,
          flagReason: r.flagReason,
          rectified: fixed.has(`${r.id}/${q}`),
          scores: r.scores,
        });
    }
    return out;
  }
  type QuarterOut = {
    quarter: number;
    index: number | null;
    rank: number | null;
    flagged: boolean;
    flagReason: 'floor' | 'bottom' | null;
    rectified: boolean;
    scores: Record<string, number>;
  };

  /** The organisations in scope (under the roots) with their district's figures of a year. */
  async function inScope(roots: string[], year: number) {
    const orgs = new Map<string, PartyOrgBrief>();
    for (const r of roots) for (const o of await orgsUnder(r)) orgs.set(o.id, o);
    const districts = [...new Set([...orgs.values()].map((o) => o.districtId))];
    const rows: { org: PartyOrgBrief; quarters: QuarterOut[] }[] = [];
    let first: { defaults: boolean; list: IndexIndicator[] } | null = null;
    for (const d of districts) {
      const ind = await indicatorsOf(db, d);
      first ??= ind;
      const all = await districtYear(d, year, ind.list);
      for (const [id, v] of all) if (orgs.has(id)) rows.push(v);
    }
    return { rows, indicators: first ?? { defaults: true, list: [...DEFAULT_INDEX_INDICATORS] } };
  }

  /** An organisation the actor may act on for action (404 otherwise). */
  async function orgFor(ctx: RequestContext, partyOrgId: string, action: string) {
    requirePermission(ctx, action);
    const [o] = await org.partyOrgBriefs([partyOrgId]);
    if (!o || !can(ctx.actor, action, o.path)) throw new NotFoundError();
    return o;
  }

  return {
    /** The index of the organisations in scope for a year, ranked, with the flags. */
    async index(ctx: RequestContext, q: { year: number; nodeId?: string }) {
      const roots = await readRoots(db, ctx, 'creation.index.read', q.nodeId);
      const { rows, indicators } = await inScope(roots, q.year);
      return {
        year: q.year,
        indicators: indicators.list,
        defaults: indicators.defaults,
        orgs: rows.map((r) => ({
          partyOrgId: r.org.id,
          name: r.org.name,
          nodeName: r.org.nodeName,
          quarters: r.quarters,
          canScore:
            can(ctx.actor, 'creation.index.score', r.org.path) &&
            !ownSide(ctx.actor, { node_id: r.org.nodeId, created_by: null }),
          canRectify: can(ctx.actor, 'creation.index.rectify', r.org.path),
        })),
        can: { manage: can(ctx.actor, 'creation.manage') },
      };
    },

    /** Scores an organisation for a quarter on the district's indicators (never one's own node's). */
    async scoreIndex(ctx: RequestContext, b: z.infer<typeof indexScoreBody>) {
      const o = await orgFor(ctx, b.partyOrgId, 'creation.index.score');
      if (ownSide(ctx.actor, { node_id: o.nodeId, created_by: null }))
        throw new ConflictError('creation.own_node');
      const codes = new Set((await indicatorsOf(db, o.districtId)).list.map((i) => i.code));
      const seen = new Set<string>();
      b.scores.forEach((s, i) => {
        if (!codes.has(s.code) || seen.has(s.code))
          throw new InvalidError([{ field: `scores.${i}.code`, key: 'creation.code_unknown' }]);
        seen.add(s.code);
      });
      await db.transaction().execute(async (trx) => {
        await repo.upsertIndexScores(
          trx,
          b.scores.map((s) => ({
            district_id: o.districtId,
            party_org_id: o.id,
            year: b.year,
            quarter: b.quarter,
            code: s.code,
            score: s.score,
            scored_by: ctx.actor!.userId,
          })),
        );
        await auditor.append(trx, ctx, {
          action: 'creation.index.score',
          objectType: 'party_org',
          objectId: o.id,
          districtId: o.districtId,
          detail: { quarter: quarterLabel(b.year, b.quarter), scores: b.scores },
        });
      });
      return { ok: true as const };
    },

    /** Sets the district's indicators and weights. */
    async setIndicators(ctx: RequestContext, b: z.infer<typeof indicatorsBody>) {
      const n = await nodeFor(db, ctx, b.nodeId, 'creation.manage');
      if (n.id !== n.district_id) throw new InvalidError([{ field: 'nodeId', key: 'creation.not_district' }]);
      const codes = b.indicators.map((i) => i.code);
      const dup = codes.findIndex((c, i) => codes.indexOf(c) !== i);
      if (dup >= 0)
        throw new InvalidError([{ field: `indicators.${dup}.code`, key: 'creation.code_repeated' }]);
      await db.transaction().execute(async (trx) => {
        await repo.replaceIndexIndicators(trx, n.id, b.indicators);
        await auditor.append(trx, ctx, {
          action: 'creation.index.indicators',
          objectType: 'creation_index',
          objectId: n.id,
          districtId: n.id,
          detail: { indicators: b.indicators },
        });
      });
      return { ok: true as const };
    },

    /** Replaces the district's indicators from Excel (code, name, weight); dryRun only checks. */
    async importIndicators(ctx: RequestContext, nodeId: string, file: Buffer, dryRun: boolean) {
      const n = await nodeFor(db, ctx, nodeId, 'creation.manage');
      if (n.id !== n.district_id) throw new InvalidError([{ field: 'nodeId', key: 'creation.not_district' }]);
      const plan = async (_: Executor, table: TableRead) => {
        const errors: FieldProblem[] = [];
        const rows: { row: number; code: string; name: string; weight: number; action: 'add' | 'skip' }[] =
          [];
        const seen = new Map<string, number>();
        for (const r of table.rows) {
          const before = errors.length;
          const { bad, text } = rowChecks<(typeof COLUMNS)[number]['key']>(
            ctx.lang,
            'creation.import',
            r,
            errors,
          );
          const code = text('code', 30, true);
          const name = text('name', 60, true);
          const w = text('weight', 3, true);
          if (code && !/^[a-z][a-z0-9_]{0,29}$/.test(code)) bad('code', 'creation.import.bad_code');
          const weight = w && /^\d{1,3}$/.test(w) ? Number(w) : NaN;
          if (w && !(weight >= 1 && weight <= 100)) bad('weight', 'creation.import.bad_points');
          if (errors.length > before || !code || !name) continue;
          if (seen.has(code)) {
            bad('code', 'creation.import.duplicate', { row: seen.get(code) });
            continue;
          }
          seen.set(code, r.row);
          rows.push({ row: r.row, code, name, weight, action: 'add' });
        }
        return { rows, errors };
      };
      return importRegister(db, { file, columns: COLUMNS, maxRows: 100, dryRun }, plan, async (trx, p) => {
        await repo.replaceIndexIndicators(
          trx,
          n.id,
          p.rows.map((r) => ({ code: r.code, name: r.name, weight: r.weight })),
        );
        await auditor.append(trx, ctx, {
          action: 'creation.index.import',
          objectType: 'creation_index',
          objectId: n.id,
          districtId: n.id,
          detail: { indicators: p.rows.length },
        });
      });
    },

    /** Records the 整改 of an organisation flagged in a quarter (once). */
    async rectify(ctx: RequestContext, b: z.infer<typeof rectifyBody>) {
      const o = await orgFor(ctx, b.partyOrgId, 'creation.index.rectify');
      const ind = await indicatorsOf(db, o.districtId);
      const q = (await districtYear(o.districtId, b.year, ind.list)).get(o.id)?.quarters[b.quarter - 1];
      if (!q?.flagged) throw new ConflictError('creation.not_flagged');
      await db.transaction().execute(async (trx) => {
        const done = await repo.insertRectification(trx, {
          district_id: o.districtId,
          party_org_id: o.id,
          year: b.year,
          quarter: b.quarter,
          note: b.note,
          done_by: ctx.actor!.userId,
        });
        if (!done) throw new ConflictError('creation.already_rectified');
        await auditor.append(trx, ctx, {
          action: 'creation.index.rectify',
          objectType: 'party_org',
          objectId: o.id,
          districtId: o.districtId,
          detail: { quarter: quarterLabel(b.year, b.quarter) },
        });
      });
      return { ok: true as const };
    },

    /** The index of a year as Excel: one row per organisation, the four quarters' index and rank. */
    async exportIndex(ctx: RequestContext, q: { year: number; nodeId?: string }) {
      const roots = await readRoots(db, ctx, 'creation.export', q.nodeId);
      const { rows } = await inScope(roots, q.year);
      const cell = (v: number | null) => v ?? '';
      return writeWorkbook([
        {
          name: t(ctx.lang, 'creation.sheet.index'),
          columns: [
            { key: 'name', header: '党组织', width: 30 },
            { key: 'node', header: '所在', width: 16 },
            ...QUARTERS.flatMap((n) => [
              { key: `i${n}`, header: `${q.year}Q${n} 指数`, width: 12, type: 'number' as const },
              { key: `r${n}`, header: `${q.year}Q${n} 排名`, width: 10, type: 'number' as const },
            ]),
          ],
          rows: rows.map((r) => ({
            name: r.org.name,
            node: r.org.nodeName,
            ...Object.fromEntries(
              r.quarters.flatMap((x) => [
                [`i${x.quarter}`, cell(x.index)],
                [`r${x.quarter}`, cell(x.rank)],
              ]),
            ),
          })),
        },
      ]);
    },

    /** For the home page: the organisations in the actor's scope flagged and not yet rectified, this year. */
    async flaggedFor(ctx: RequestContext, year: number) {
      const actor = ctx.actor;
      if (!actor || !can(actor, 'creation.index.rectify')) return [];
      const { rows } = await inScope(scopePaths(actor, 'creation.index.rectify'), year);
      return rows.flatMap((r) =>
        r.quarters
          .filter((x) => x.flagged && !x.rectified)
          .map((x) => ({ org: r.org, quarter: x.quarter, index: x.index! })),
      );
    },

    /** For the home page: organisations in the scorer's scope missing a score in a quarter. */
    async unscoredFor(ctx: RequestContext, year: number, quarter: number) {
      const actor = ctx.actor;
      if (!actor || !can(actor, 'creation.index.score')) return [];
      const { rows } = await inScope(scopePaths(actor, 'creation.index.score'), year);
      return rows
        .filter((r) => r.quarters[quarter - 1].index === null)
        .filter((r) => !ownSide(actor, { node_id: r.org.nodeId, created_by: null }))
        .map((r) => r.org);
    },
  };
}
