/**
 * A closed vote to Excel: the result (each option's count and share in outcome order, the method,
 * the turnout against the eligible) and, for an open (non-secret) vote only, its ballots with the
 * voters' names masked unless the reader may reveal them (`votes.reveal`). A secret vote's ballots
 * carry no voter and are never listed: the export says how many voted, never who voted what.
 * Every export is audited, with whether names were shown.
 */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { LaneAuditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { ConflictError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { maskName } from '../../platform/pii/pii.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import type { VotesCore } from './votes.core.ts';
import { findOpenBallots } from './votes.export.repository.ts';
import * as repo from './votes.repository.ts';
import { METHOD_NAMES, turnout, withShares, type Method } from './votes.rules.ts';

const percent = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
const shanghai = (d: Date | null) =>
  d ? d.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16) : '';

/** Builds the export of a closed vote. */
export function createExportService(deps: {
  db: Db;
  auditor: Pick<LaneAuditor, 'append'>;
  core: VotesCore;
  /** Tallies a vote whose time is up (true when it did). */
  settle: (voteId: string) => Promise<boolean>;
}) {
  const { db, auditor, core } = deps;
  return {
    /** The closed vote's workbook and its file name; 409 before the tally, 404 out of scope. */
    async exportVote(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'votes.export');
      let v = await core.visible(ctx, id, 'votes.export');
      if (core.state(v) === 'closing' && (await deps.settle(v.id)))
        v = await core.visible(ctx, id, 'votes.export');
      if (core.state(v) !== 'closed') throw new ConflictError('votes.not_closed');
      const method = v.method as Method;
      const ballots = v.ballots_count ?? 0;
      const options = await repo.findOptions(db, v.district_id, [v.id]);
      const labelOf = new Map(options.map((o) => [o.position, o.label]));
      const results = withShares(
        options.map((o) => ({
          position: o.position,
          count: o.count ?? 0,
          first: o.first ?? 0,
          points: o.points ?? 0,
        })),
        ballots,
      );
      const reveal = can(ctx.actor, 'votes.reveal', v.path);
      const rows = v.secret ? [] : await findOpenBallots(db, v.district_id, v.id);
      const kind = core.kindOf(v.kind);
      const names =
        rows.length && kind.voterNames
          ? await kind.voterNames(
              core.scopeOf(v),
              rows.map((r) => r.voter_id!),
            )
          : new Map<string, string>();
      const nameOf = (voterId: string) => {
        const n = names.get(voterId);
        if (!n) return t(ctx.lang, 'votes.export.no_name');
        return reveal ? n : maskName(n);
      };
      const ranking = method === 'ranking';
      const summary: [string, string | number | null][] = [
        ['投票事项', v.title],
        ['所属', v.node_name],
        ['表决方式', METHOD_NAMES[method]],
        ['可选项数', v.max_choices],
        ['投票类型', v.secret ? '无记名投票' : '记名投票'],
        ['开始时间', shanghai(v.opens_at)],
        ['截止时间', shanghai(v.closes_at)],
        ['计票时间', shanghai(v.closed_at)],
        ['应投人数', v.eligible_count],
        ['实投票数', ballots],
        ['投票率（%）', percent(turnout(ballots, v.eligible_count))],
      ];
      const sheets = [
        {
          name: t(ctx.lang, 'votes.sheet.summary'),
          columns: [
            { key: 'item', header: '项目', width: 14 },
            { key: 'value', header: '内容', width: 40 },
          ],
          rows: summary.map(([item, value]) => ({ item, value })),
        },
        {
          name: t(ctx.lang, 'votes.sheet.result'),
          columns: [
            { key: 'rank', header: '名次', width: 6, type: 'number' as const },
            { key: 'label', header: '选项', width: 30 },
            { key: 'count', header: ranking ? '被排序票数' : '得票数', width: 10, type: 'number' as const },
            { key: 'share', header: '占实投票数（%）', width: 14, type: 'number' as const },
            ...(ranking
              ? [
                  { key: 'first', header: '首选票数', width: 10, type: 'number' as const },
                  { key: 'points', header: '博达得分', width: 10, type: 'number' as const },
                  { key: 'pointsShare', header: '占总得分（%）', width: 14, type: 'number' as const },
                ]
              : []),
          ],
          rows: results.map((r) => ({
            rank: r.rank,
            label: labelOf.get(r.position) ?? '',
            count: r.count,
            share: percent(r.share),
            first: r.first,
            points: r.points,
            pointsShare: percent(r.pointsShare),
          })),
          notes: [
            ranking
              ? `博达计分：每张选票排第 1 位的选项得 ${v.max_choices} 分，依次递减 1 分；名次按得分，同分按首选票数。`
              : '名次按得票数，同票按选项顺序。',
            v.secret ? '无记名投票：只导出计票结果，不导出投票人与选票的对应。' : '',
          ].filter(Boolean),
        },
        ...(v.secret
          ? []
          : [
              {
                name: t(ctx.lang, 'votes.sheet.ballots'),
                columns: [
                  { key: 'n', header: '序号', width: 6, type: 'number' as const },
                  { key: 'voter', header: reveal ? '投票人' : '投票人（已脱敏）', width: 14 },
                  { key: 'channel', header: '方式', width: 8 },
                  { key: 'at', header: '投票时间', width: 18 },
                  { key: 'choices', header: ranking ? '排序（由先到后）' : '所选', width: 40 },
                ],
                rows: rows.map((r, i) => ({
                  n: i + 1,
                  voter: nameOf(r.voter_id!),
                  channel: r.channel === 'paper' ? '纸质' : '线上',
                  at: shanghai(r.cast_at),
                  choices: r.choices.map((c) => labelOf.get(c) ?? String(c)).join(ranking ? ' > ' : '、'),
                })),
              },
            ]),
      ];
      const bytes = await writeWorkbook(sheets);
      await db.transaction().execute((trx) =>
        auditor.append(trx, ctx, {
          action: 'votes.export',
          objectType: 'vote',
          objectId: v.id,
          districtId: v.district_id,
          detail: { secret: v.secret, ballots: rows.length, revealed: reveal && rows.length > 0 },
        }),
      );
      return { name: `${v.title}·投票结果`, bytes };
    },
  };
}
