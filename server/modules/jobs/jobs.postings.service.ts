/**
 * Postings 岗位 (seed 001 开放“海创市集”): the station and employers (social organisations and
 * property companies through their accounts) publish jobs with a pay range in fen, hours, place,
 * headcount and closing date, some as stalls of a fair; the register out to Excel.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { rowFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { checkUpdated, type JobsCore, type JobsDeps } from './jobs.core.ts';
import * as repo from './jobs.repository.ts';
import { postingOpen, type PostingHours, type WorkKind } from './jobs.rules.ts';
import type { postingBody, postingPatch, postingView } from './jobs.schemas.ts';

/**
 * The one create path of a posting, inside the caller's transaction: the station must be open and
 * in the actor's jobs.post scope (404 otherwise); a fair must be the station's. POST /postings and
 * the import both come here.
 */
export async function publishPosting(
  deps: Pick<JobsDeps, 'auditor'>,
  trx: Executor,
  ctx: RequestContext,
  b: z.infer<typeof postingBody>,
) {
  const s = await rowFor(ctx, 'jobs.post', () => repo.findStation(trx, b.stationId));
  if (!s.active) throw new ConflictError('jobs.station_closed');
  if (b.fairId) {
    const f = await repo.findFair(trx, b.fairId);
    if (!f || f.station_id !== s.id)
      throw new InvalidError([{ field: 'fairId', key: 'jobs.fair_elsewhere' }]);
  }
  if (b.closesOn < shanghaiDay()) throw new InvalidError([{ field: 'closesOn', key: 'jobs.closes_past' }]);
  const id = uuidv7();
  await repo.insertPosting(trx, {
    district_id: s.district_id,
    id,
    station_id: s.id,
    node_id: s.node_id,
    fair_id: b.fairId ?? null,
    employer: b.employer,
    title: b.title,
    kind: b.kind,
    hours: b.hours,
    pay_min_fen: b.payMinFen,
    pay_max_fen: b.payMaxFen,
    place: b.place ?? '',
    headcount: b.headcount,
    closes_on: b.closesOn,
    description: b.description ?? '',
    owner_user_id: ctx.actor!.userId,
  });
  await deps.auditor.append(trx, ctx, {
    action: 'jobs.posting.create',
    objectType: 'jobs_posting',
    objectId: id,
    districtId: s.district_id,
    detail: { employer: b.employer, title: b.title, fair: b.fairId ?? null },
  });
  return { id };
}

/** Builds the posting verbs. */
export function createPostingsService(deps: JobsDeps & { core: JobsCore }) {
  const { db, auditor, core } = deps;

  const mayClose = (ctx: RequestContext, p: repo.PostingRow) =>
    can(ctx.actor, 'jobs.manage', p.path) ||
    (p.owner_user_id === ctx.actor?.userId && can(ctx.actor, 'jobs.post', p.path));

  const out = (ctx: RequestContext, p: repo.PostingRow, day: string): z.infer<typeof postingView> => ({
    id: p.id,
    stationId: p.station_id,
    stationName: p.station_name,
    nodeName: p.node_name,
    fairId: p.fair_id,
    fairName: p.fair_name,
    employer: p.employer,
    title: p.title,
    kind: p.kind as WorkKind,
    hours: p.hours as PostingHours,
    payMinFen: p.pay_min_fen,
    payMaxFen: p.pay_max_fen,
    place: p.place,
    headcount: p.headcount,
    hired: p.hired,
    closesOn: p.closes_day,
    description: p.description,
    closed: p.closed,
    open: postingOpen(
      { closesOn: p.closes_day, closed: p.closed, hired: p.hired, headcount: p.headcount },
      day,
    ),
    mine: p.owner_user_id === ctx.actor?.userId,
    version: p.version,
    can: { close: mayClose(ctx, p) },
  });

  async function rows(
    ctx: RequestContext,
    action: string,
    q: { nodeId?: string; stationId?: string; fairId?: string; open?: string; mine?: string },
  ) {
    const actor = requirePermission(ctx, action);
    const day = shanghaiDay();
    if (q.mine === '1')
      return repo.findPostings(db, { owner: actor.userId, stationId: q.stationId, fairId: q.fairId });
    const roots = await core.roots(ctx, action, q.nodeId);
    return repo.findPostings(db, {
      inScope: nodeInPaths('p.node_id', roots),
      stationId: q.stationId,
      fairId: q.fairId,
      openOn: q.open === '1' ? day : undefined,
    });
  }

  return {
    /** Postings under a node, of a station or fair, open only, or the actor's own. */
    async listPostings(
      ctx: RequestContext,
      q: { nodeId?: string; stationId?: string; fairId?: string; open?: '0' | '1'; mine?: '0' | '1' },
    ) {
      const day = shanghaiDay();
      const list = (await rows(ctx, 'jobs.read', q)).map((p) => out(ctx, p, day));
      return q.open === '1' ? list.filter((p) => p.open) : list;
    },

    /** Publishes a posting at a station (the station's officers or an employer's account). */
    async createPosting(ctx: RequestContext, b: z.infer<typeof postingBody>) {
      requirePermission(ctx, 'jobs.post');
      return db.transaction().execute((trx) => publishPosting(deps, trx, ctx, b));
    },

    /** Closes (or reopens) a posting: its publisher or the station (version checked). */
    async updatePosting(ctx: RequestContext, id: string, b: z.infer<typeof postingPatch>) {
      requirePermission(ctx, 'jobs.read');
      return db.transaction().execute(async (trx) => {
        const p = await repo.findPosting(trx, id, true);
        if (!p || !can(ctx.actor, 'jobs.read', p.path)) throw new NotFoundError();
        if (!mayClose(ctx, p)) throw new ForbiddenError();
        checkUpdated(await repo.updatePosting(trx, p.district_id, p.id, b.version, { closed: b.closed }));
        await auditor.append(trx, ctx, {
          action: b.closed ? 'jobs.posting.close' : 'jobs.posting.reopen',
          objectType: 'jobs_posting',
          objectId: p.id,
          districtId: p.district_id,
          detail: { title: p.title },
        });
        return { ok: true as const };
      });
    },

    /** The postings register as Excel (the import's own columns first). */
    async exportPostings(ctx: RequestContext, q: { nodeId?: string }) {
      const list = await rows(ctx, 'jobs.export', q);
      const day = shanghaiDay();
      return writeWorkbook([
        {
          name: t(ctx.lang, 'jobs.sheet.postings'),
          columns: [
            { key: 'station', header: '服务站', width: 22 },
            { key: 'employer', header: '用人单位', width: 22 },
            { key: 'title', header: '岗位', width: 18 },
            { key: 'kind', header: '工种', width: 10 },
            { key: 'hours', header: '用工形式', width: 10 },
            { key: 'payMin', header: '月薪下限(元)', width: 12, type: 'number' },
            { key: 'payMax', header: '月薪上限(元)', width: 12, type: 'number' },
            { key: 'place', header: '工作地点', width: 20 },
            { key: 'headcount', header: '招聘人数', width: 10, type: 'number' },
            { key: 'closes', header: '截止日期', width: 12 },
            { key: 'fair', header: '海创市集', width: 18 },
            { key: 'hired', header: '已录用', width: 8, type: 'number' },
            { key: 'state', header: '状态', width: 8 },
          ],
          rows: list.map((p) => ({
            station: p.station_name,
            employer: p.employer,
            title: p.title,
            kind: t(ctx.lang, `jobs.kind.${p.kind}`),
            hours: t(ctx.lang, `jobs.hours.${p.hours}`),
            payMin: p.pay_min_fen / 100,
            payMax: p.pay_max_fen / 100,
            place: p.place,
            headcount: p.headcount,
            closes: p.closes_day,
            fair: p.fair_name ?? '',
            hired: p.hired,
            state: t(
              ctx.lang,
              postingOpen(
                { closesOn: p.closes_day, closed: p.closed, hired: p.hired, headcount: p.headcount },
                day,
              )
                ? 'jobs.posting.open'
                : 'jobs.posting.closed',
            ),
          })),
        },
      ]);
    },
  };
}
