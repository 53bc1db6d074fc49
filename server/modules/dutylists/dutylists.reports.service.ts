/**
 * 年度专项述职 (seed 004): each organisation's secretary files a written report on the year's
 * responsibility list; the office scores it and the rating (好/较好/一般/差) follows from the score
 * and the list's completion rate by the rules' table; the summary table lists them. Beside it, the
 * records of cases the office handed to accountability 问责, citing the catalogue of situations
 * (the record only: the accountability itself happens elsewhere), with 容错纠错 exemptions.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { keyedTitle } from '../notify/index.ts';
import { checkUpdated, itemFacts, type DutylistsCore, type DutylistsDeps } from './dutylists.core.ts';
import * as repo from './dutylists.repository.ts';
import { SITUATIONS, categoryOf, completionRate, ratingOf, type Rating } from './dutylists.rules.ts';
import type { fileReportBody, rateBody, referralBody } from './dutylists.schemas.ts';

/** Builds the report and hand-over verbs. */
export function createReportsService(deps: DutylistsDeps & { core: DutylistsCore }) {
  const { db, auditor, notify, core } = deps;

  /** A node's yearly completion rate over its organisation lists (by the year's end, or today). */
  async function nodeCompletion(nodeId: string, path: string, year: number) {
    const today = core.today();
    const end = `${year}-12-31`;
    const rows = (await core.listsWithItems(year, nodeInPaths('l.node_id', [path]))).filter(
      (r) => r.list.node_id === nodeId && r.list.target === 'org',
    );
    return completionRate(
      rows.flatMap((r) => r.items.map(itemFacts)),
      today < end ? today : end,
      today,
    );
  }

  const out = (ctx: RequestContext, r: repo.ReportRow) => ({
    id: r.id,
    year: r.year,
    nodeId: r.node_id,
    nodeName: r.node_name,
    secretary: r.secretary,
    body: r.body,
    filedAt: new Date(r.filed_at).toISOString(),
    completion: r.completion,
    score: r.score,
    rating: (r.rating as Rating | null) ?? null,
    comment: r.comment,
    version: r.version,
    can: { rate: can(ctx.actor, 'dutylists.manage', r.path) },
  });

  return {
    /** The year's reports in scope (the summary table 述职评议汇总表). */
    async reports(ctx: RequestContext, q: { year?: number; nodeId?: string }) {
      const paths = await core.roots(ctx, 'dutylists.read', q.nodeId);
      const year = q.year ?? Number(core.today().slice(0, 4));
      return (await repo.findReports(db, year, nodeInPaths('r.node_id', paths))).map((r) => out(ctx, r));
    },

    /** The secretary files the organisation's yearly report; one per organisation and year (409). */
    async fileReport(ctx: RequestContext, b: z.infer<typeof fileReportBody>) {
      const actor = requirePermission(ctx, 'dutylists.report');
      const n = await core.nodeFor(ctx, b.nodeId, 'dutylists.report');
      const lists = await repo.findLists(db, b.year, nodeInPaths('l.node_id', [n.path]));
      if (!lists.some((l) => l.node_id === n.id && l.target === 'org'))
        throw new InvalidError([{ field: 'nodeId', key: 'dutylists.no_list' }]);
      return db.transaction().execute(async (trx) => {
        const id = uuidv7();
        const stored = await repo.insertReport(trx, {
          district_id: n.district_id,
          id,
          year: b.year,
          node_id: n.id,
          secretary: b.secretary,
          body: b.body,
          filed_by: actor.userId,
        });
        if (!stored) throw new ConflictError('dutylists.report_exists', { year: b.year });
        await auditor.append(trx, ctx, {
          action: 'dutylists.report.file',
          objectType: 'dutylists_report',
          objectId: id,
          districtId: n.district_id,
          detail: { year: b.year, node: n.id },
        });
        return { id };
      });
    },

    /** The office scores a report; the rating follows from the score and the completion rate. */
    async rateReport(ctx: RequestContext, id: string, b: z.infer<typeof rateBody>) {
      const actor = requirePermission(ctx, 'dutylists.manage');
      return db.transaction().execute(async (trx) => {
        const r = await repo.findReport(trx, id);
        if (!r || !can(ctx.actor, 'dutylists.manage', r.path)) throw new NotFoundError();
        const completion = await nodeCompletion(r.node_id, r.path, r.year);
        const rating = ratingOf(b.score, completion);
        checkUpdated(
          await repo.updateReport(trx, r.district_id, r.id, b.version, {
            score: b.score,
            completion,
            rating,
            comment: b.comment,
            rated_at: new Date().toISOString(),
            rated_by: actor.userId,
          }),
        );
        await auditor.append(trx, ctx, {
          action: 'dutylists.report.rate',
          objectType: 'dutylists_report',
          objectId: r.id,
          districtId: r.district_id,
          detail: { score: b.score, completion, rating },
        });
        await notify.send(trx, [
          {
            districtId: r.district_id,
            nodeId: r.node_id,
            kind: 'dutylists.rated',
            ...keyedTitle('dutylists.notice.rated', {
              year: r.year,
              rating: { $t: `dutylists.rating.${rating}` },
            }),
            link: '/dutylists/reports',
            objectType: 'dutylists_report',
            objectId: r.id,
          },
        ]);
        return { rating, completion };
      });
    },

    /** The catalogue of situations 问责情形 by category, in the user's language. */
    situations(ctx: RequestContext) {
      requirePermission(ctx, 'dutylists.read');
      return SITUATIONS.map((c) => ({
        category: c.category,
        label: t(ctx.lang, `dutylists.category.${c.category}`),
        situations: c.keys.map((k) => ({ key: k, label: t(ctx.lang, `dutylists.situation.${k}`) })),
      }));
    },

    /** Records that a case was handed to accountability (or exempted under 容错纠错), citing a situation. */
    async recordReferral(ctx: RequestContext, b: z.infer<typeof referralBody>) {
      const actor = requirePermission(ctx, 'dutylists.manage');
      const n = await core.nodeFor(ctx, b.nodeId, 'dutylists.manage');
      if (b.exempt && !b.exemptReason)
        throw new InvalidError([{ field: 'exemptReason', key: 'dutylists.exempt_reason_required' }]);
      return db.transaction().execute(async (trx) => {
        const id = uuidv7();
        await repo.insertReferral(trx, {
          district_id: n.district_id,
          id,
          node_id: n.id,
          year: b.year,
          situation: b.situation,
          facts: b.facts,
          handed_on: b.handedOn,
          exempt: b.exempt,
          exempt_reason: b.exempt ? b.exemptReason : '',
          recorded_by: actor.userId,
        });
        await auditor.append(trx, ctx, {
          action: 'dutylists.referral.record',
          objectType: 'dutylists_referral',
          objectId: id,
          districtId: n.district_id,
          detail: { node: n.id, situation: b.situation, exempt: b.exempt },
        });
        return { id };
      });
    },

    /** The hand-over records in scope, newest first. */
    async referrals(ctx: RequestContext, q: { year?: number; nodeId?: string }) {
      const paths = await core.roots(ctx, 'dutylists.read', q.nodeId);
      return (await repo.findReferrals(db, q.year, nodeInPaths('r.node_id', paths))).map((r) => ({
        id: r.id,
        nodeId: r.node_id,
        nodeName: r.node_name,
        year: r.year,
        category: t(ctx.lang, `dutylists.category.${categoryOf(r.situation) ?? 'leadership'}`),
        situation: t(ctx.lang, `dutylists.situation.${r.situation}`),
        facts: r.facts,
        handedOn: r.handed_on,
        exempt: r.exempt,
        exemptReason: r.exempt_reason,
      }));
    },
  };
}
