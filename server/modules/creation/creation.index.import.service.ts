/**
 * 先锋指数 scores in and out of Excel (seed 003: 基层党建先锋指数测评): the street or the district
 * downloads the sheet of the party organisations it may score for a quarter (one column per
 * indicator of the district, the scores given so far filled in), fills it in WPS or Excel and sends
 * it back through importRegister. Every problem of the file comes back at once and nothing is
 * written; a blank cell leaves that indicator unscored; a row of blanks is skipped. An organisation
 * the actor may not score (out of scope, or its own node's) is unknown to the file, as to the page.
 */
import { ownSide, type CreationDeps } from './creation.core.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import type { RequestContext } from '../../platform/access/access.ts';
import { InvalidError, type FieldProblem } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import {
  cellText,
  importRegister,
  rowChecks,
  writeWorkbook,
  type ColumnSpec,
  type TableRead,
} from '../../platform/sheets/index.ts';
import type { PartyOrgBrief } from '../org/index.ts';
import * as repo from './creation.repository.ts';
import { DEFAULT_INDEX_INDICATORS, INDEX_KINDS, quarterLabel } from './creation.rules.ts';

type Q = { nodeId: string; year: number; quarter: number };

/** Builds the verbs of the scores sheet. */
export function createIndexSheetService(deps: Pick<CreationDeps, 'db' | 'auditor' | 'org'>) {
  const { db, auditor, org } = deps;

  /** The node (in scope for scoring), the district's indicators and the organisations the actor may score. */
  async function scorable(ctx: RequestContext, nodeId: string) {
    const n = await nodeFor(db, ctx, nodeId, 'creation.index.score');
    const own = await repo.findIndexIndicators(db, n.district_id);
    const indicators = own.length
      ? own.map((i) => ({ code: i.code, name: i.name }))
      : DEFAULT_INDEX_INDICATORS.map((i) => ({ code: i.code, name: i.name }));
    const orgs = (await org.partyOrgsUnder(n.path)).filter(
      (o) =>
        !o.dissolvedOn &&
        (INDEX_KINDS as readonly string[]).includes(o.kind) &&
        !ownSide(ctx.actor, { node_id: o.nodeId, created_by: null }),
    );
    return { node: n, indicators, orgs };
  }

  /** The sheet's columns: the organisation, where it sits, then each indicator by name (or code). */
  const columnsOf = (indicators: { code: string; name: string }[]): ColumnSpec[] => [
    {
      key: 'org',
      label: '党组织',
      synonyms: ['党组织名称', 'Party organisation', 'Organisation'],
      required: true,
    },
    { key: 'node', label: '所在', synonyms: ['所在单位', '所在社区', 'Node', 'Where'] },
    ...indicators.map((i) => ({ key: `i:${i.code}`, label: i.name, synonyms: [i.code] })),
  ];

  return {
    /** The sheet to fill in for a quarter: the organisations the actor may score, with the scores so far. */
    async scoresSheet(ctx: RequestContext, q: Q) {
      const { node, indicators, orgs } = await scorable(ctx, q.nodeId);
      const given = await repo.findIndexScores(db, node.district_id, q.year);
      const by = new Map<string, number>();
      for (const s of given) if (s.quarter === q.quarter) by.set(`${s.party_org_id}/${s.code}`, s.score);
      return writeWorkbook([
        {
          name: t(ctx.lang, 'creation.sheet.scores', { quarter: quarterLabel(q.year, q.quarter) }),
          columns: [
            { key: 'org', header: '党组织', width: 30 },
            { key: 'node', header: '所在', width: 16 },
            ...indicators.map((i) => ({
              key: `i:${i.code}`,
              header: `${i.name}（${i.code}）`,
              width: 14,
              type: 'number' as const,
            })),
          ],
          rows: orgs.map((o) => ({
            org: o.name,
            node: o.nodeName,
            ...Object.fromEntries(indicators.map((i) => [`i:${i.code}`, by.get(`${o.id}/${i.code}`) ?? ''])),
          })),
        },
      ]);
    },

    /** Scores a quarter from the filled sheet; dryRun only checks. */
    async importScores(ctx: RequestContext, q: Q, file: Buffer, dryRun: boolean) {
      const { node, indicators, orgs } = await scorable(ctx, q.nodeId);
      const columns = columnsOf(indicators);
      type Row = {
        row: number;
        partyOrgId: string;
        name: string;
        scores: { code: string; score: number }[];
        action: 'add' | 'skip';
      };
      const plan = async (_: unknown, table: TableRead) => {
        if (!indicators.some((i) => table.mapping[`i:${i.code}`] != null))
          throw new InvalidError([{ field: 'file', key: 'creation.import.no_indicator' }]);
        const errors: FieldProblem[] = [];
        const rows: Row[] = [];
        const seen = new Map<string, number>();
        for (const r of table.rows) {
          const before = errors.length;
          const { bad, text } = rowChecks(ctx.lang, 'creation.import', r, errors);
          const name = text('org', 100, true);
          const where = cellText(r.cells.node ?? null).trim();
          let found: PartyOrgBrief[] = name ? orgs.filter((o) => o.name === name) : [];
          if (found.length > 1 && where) found = found.filter((o) => o.nodeName === where);
          if (name && found.length === 0) bad('org', 'creation.import.org_unknown', { name });
          if (found.length > 1) bad('org', 'creation.import.org_ambiguous', { name });
          const scores: { code: string; score: number }[] = [];
          for (const i of indicators) {
            const v = text(`i:${i.code}`, 5);
            if (!v) continue;
            const n = /^\d{1,3}(\.0+)?$/.test(v) ? Number(v) : NaN;
            if (!(n >= 0 && n <= 100)) bad(`i:${i.code}`, 'creation.import.bad_score');
            else scores.push({ code: i.code, score: n });
          }
          if (errors.length > before || found.length !== 1) continue;
          const o = found[0];
          if (seen.has(o.id)) {
            bad('org', 'creation.import.duplicate', { row: seen.get(o.id) });
            continue;
          }
          seen.set(o.id, r.row);
          rows.push({
            row: r.row,
            partyOrgId: o.id,
            name: o.name,
            scores,
            action: scores.length ? 'add' : 'skip',
          });
        }
        return { rows, errors };
      };
      const out = await importRegister(db, { file, columns, maxRows: 2000, dryRun }, plan, async (trx, p) => {
        const adds = p.rows.filter((r) => r.action === 'add');
        if (!adds.length) return;
        await repo.upsertIndexScores(
          trx,
          adds.flatMap((r) =>
            r.scores.map((s) => ({
              district_id: node.district_id,
              party_org_id: r.partyOrgId,
              year: q.year,
              quarter: q.quarter,
              code: s.code,
              score: s.score,
              scored_by: ctx.actor!.userId,
            })),
          ),
        );
        await auditor.append(trx, ctx, {
          action: 'creation.index.import_scores',
          objectType: 'creation_index',
          objectId: node.id,
          districtId: node.district_id,
          detail: { quarter: quarterLabel(q.year, q.quarter), orgs: adds.map((r) => r.partyOrgId) },
        });
      });
      return {
        ...out,
        rows: out.rows.map((r) => ({ row: r.row, name: r.name, scored: r.scores.length, action: r.action })),
      };
    },
  };
}
