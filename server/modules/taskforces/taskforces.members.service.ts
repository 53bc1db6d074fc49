/**
 * Task-force members (selected applications): yearly ratings 优秀/称职/基本称职/不称职, the promotion
 * incentive declared into assessment through the IncentiveDeclarer port, the separate ranking of the
 * 退职领导 (单列考核), and the home page's to-dos and the dashboard's figures.
 */
import type { z } from 'zod';
import { requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { rowFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { districtsOf, memberOut, postsOf, todayOf, type TaskforcesDeps } from './taskforces.core.ts';
import * as repo from './taskforces.repository.ts';
import { INCENTIVE_SITUATION, orderOpen, rankRetired, RATING_LABELS, shiftDay } from './taskforces.rules.ts';
import type { rateBody } from './taskforces.schemas.ts';

/** Builds the member verbs. */
export function createMembersService(deps: TaskforcesDeps) {
  const { db, auditor } = deps;

  /** The members under some subtree roots (of a district when given), with their ratings. */
  async function membersUnder(paths: string[], districtId?: string) {
    if (!paths.length) return [];
    const rows = await repo.findApplications(db, nodeInPaths('o.node_id', paths), { states: ['selected'] });
    const own = districtId ? rows.filter((a) => a.district_id === districtId) : rows;
    const ratings = await repo.findRatings(
      db,
      [...new Set(own.map((a) => a.district_id))],
      own.map((a) => a.id),
    );
    const today = todayOf(deps);
    return own
      .map((a) => memberOut(a, ratings, today))
      .sort((x, y) => x.orderNumber.localeCompare(y.orderNumber) || x.personName.localeCompare(y.personName));
  }

  /** A member the department may act on, locked. */
  const memberFor = (ctx: RequestContext, trx: typeof db, id: string) =>
    rowFor(ctx, 'taskforces.manage', async () => {
      const a = await repo.findApplication(trx, id, true);
      return a?.state === 'selected' ? a : undefined;
    });

  return {
    /** The members the department keeps. */
    async members(ctx: RequestContext, q: { districtId?: string }) {
      const actor = requirePermission(ctx, 'taskforces.manage');
      return membersUnder(scopePaths(actor, 'taskforces.manage'), q.districtId);
    },

    /** The task force rates a member (at least yearly). */
    async rate(ctx: RequestContext, id: string, b: z.infer<typeof rateBody>) {
      return db.transaction().execute(async (trx) => {
        const a = await memberFor(ctx, trx, id);
        const ratedOn = b.ratedOn ?? todayOf(deps);
        if (a.start_date && ratedOn < a.start_date)
          throw new InvalidError([{ field: 'ratedOn', key: 'taskforces.rated_before_start' }]);
        const rid = uuidv7();
        await repo.insertRating(trx, {
          district_id: a.district_id,
          id: rid,
          application_id: a.id,
          rated_on: ratedOn,
          rating: b.rating,
          comment: b.comment,
          rated_by: ctx.actor!.userId,
        });
        await auditor.append(trx, ctx, {
          action: 'taskforces.rate',
          objectType: 'taskforces_application',
          objectId: a.id,
          districtId: a.district_id,
          detail: { rating: b.rating, ratedOn },
        });
        return { id: rid };
      });
    },

    /**
     * Declares an eligible member (12 months served, latest rating 优秀) into the promotion months of
     * cadre assessment as the listed situation P7, once; the member row stays locked meanwhile.
     */
    async declareIncentive(ctx: RequestContext, id: string) {
      return db.transaction().execute(async (trx) => {
        const a = await memberFor(ctx, trx, id);
        if (a.incentive_declaration_id) throw new ConflictError('taskforces.already_declared');
        const ratings = await repo.findRatings(trx, [a.district_id], [a.id]);
        const today = todayOf(deps);
        const m = memberOut(a, ratings, today);
        if (!m.eligible) throw new ConflictError('taskforces.not_eligible');
        if (!deps.incentive) throw new ConflictError('taskforces.no_incentive_port');
        const d = await deps.incentive(ctx, {
          personId: a.person_id,
          year: Number(today.slice(0, 4)),
          code: INCENTIVE_SITUATION,
          note: `${a.order_number}“${a.order_name}”专班${m.postTitle}，自${m.startDate}起${m.months}个月，最近评定${RATING_LABELS[m.latest!]}（${m.latestOn}）`,
        });
        const now = new Date();
        const r = await repo.updateApplication(trx, a.district_id, a.id, a.version, {
          incentive_declaration_id: d.id,
          incentive_declared_at: now,
        });
        if (!r.numUpdatedRows) throw new ConflictError('taskforces.stale');
        await auditor.append(trx, ctx, {
          action: 'taskforces.incentive.declare',
          objectType: 'taskforces_application',
          objectId: a.id,
          districtId: a.district_id,
          detail: { declarationId: d.id, code: INCENTIVE_SITUATION },
        });
        return { declarationId: d.id, declaredAt: now.toISOString() };
      });
    },

    /** 单列考核: the 退职领导 serving, ranked by latest rating and months served. */
    async retiredRanking(ctx: RequestContext, q: { districtId?: string }) {
      const actor = requirePermission(ctx, 'taskforces.manage');
      const members = (await membersUnder(scopePaths(actor, 'taskforces.manage'), q.districtId)).filter(
        (m) => m.retiredLeader && m.startDate <= todayOf(deps),
      );
      return rankRetired(members.map((m) => ({ ...m, name: m.personName }))).map((m) => ({
        id: m.id,
        rank: m.rank,
        personName: m.personName,
        unitName: m.unitName,
        orderName: m.orderName,
        postTitle: m.postTitle,
        months: m.months,
        latest: m.latest,
        eligible: m.eligible,
      }));
    },

    /** What waits: a cadre's open orders and pending applications; the department's applications and ratings due. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const actor = ctx.actor;
      if (!actor) return [];
      const out: TodoItem[] = [];
      const today = todayOf(deps);
      const item = (key: string, count: number, level: TodoItem['level'], entries: TodoItem['entries']) => ({
        key: `taskforces.${key}`,
        module: 'taskforces',
        label: t(ctx.lang, `taskforces.todo.${key}`),
        count,
        href: '/taskforces',
        level,
        entries,
      });
      const districts = districtsOf(actor, 'taskforces.apply');
      if (districts.length && actor.personId) {
        const orders = await repo.findOrdersForCadre(db, districts, today, actor.personId);
        const mine = await repo.findApplicationsOfPerson(db, actor.personId);
        const applied = new Set(mine.map((a) => a.order_id));
        const open = orders.filter(
          (o) =>
            !applied.has(o.id) &&
            orderOpen({ openFrom: o.open_from, openTo: o.open_to, closed: o.closed }, today),
        );
        if (open.length)
          out.push(
            item(
              'open_orders',
              open.length,
              'normal',
              open.slice(0, 5).map((o) => ({
                id: o.id,
                title: `${o.number} ${o.name}`,
                href: '/taskforces',
                due: o.open_to,
              })),
            ),
          );
        const pending = mine.filter((a) => a.state === 'applied' || a.state === 'shortlisted');
        if (pending.length)
          out.push(
            item(
              'my_pending',
              pending.length,
              'normal',
              pending.slice(0, 5).map((a) => ({
                id: a.id,
                title: `${a.order_number} ${a.order_name} · ${t(ctx.lang, `taskforces.state.${a.state}`)}`,
                href: '/taskforces',
              })),
            ),
          );
        // selected lately: report for duty on the start day (shown until a week after it)
        const selected = mine.filter(
          (a) => a.state === 'selected' && (a.start_date ?? '') >= shiftDay(today, -7),
        );
        if (selected.length)
          out.push(
            item(
              'my_selected',
              selected.length,
              'normal',
              selected.slice(0, 5).map((a) => ({
                id: a.id,
                title: `${a.order_number} ${a.order_name} · ${postsOf(a)[a.post_index]?.title ?? ''}`,
                href: '/taskforces',
                due: a.start_date,
              })),
            ),
          );
      }
      const manage = scopePaths(actor, 'taskforces.manage');
      if (manage.length) {
        const waiting = await repo.findApplications(db, nodeInPaths('o.node_id', manage), {
          states: ['applied', 'shortlisted'],
        });
        if (waiting.length)
          out.push(
            item(
              'to_decide',
              waiting.length,
              'yellow',
              waiting.slice(0, 5).map((a) => ({
                id: a.id,
                title: `${a.order_number} ${a.person_name}`,
                href: '/taskforces',
              })),
            ),
          );
        const due = (await membersUnder(manage)).filter((m) => m.ratingDue);
        if (due.length)
          out.push(
            item(
              'ratings_due',
              due.length,
              'yellow',
              due
                .slice(0, 5)
                .map((m) => ({ id: m.id, title: `${m.personName} · ${m.orderName}`, href: '/taskforces' })),
            ),
          );
      }
      return out;
    },

    /** The figures of a district: open orders, members serving, 退职领导 serving, eligible for the incentive. */
    async stats(ctx: RequestContext, node: StatNode): Promise<NodeStat[]> {
      if (node.level !== 'district' && node.level !== 'city') return [];
      const today = todayOf(deps);
      const orders = await repo.findOrders(db, nodeInPaths('o.node_id', [node.path]));
      const members = (await membersUnder([node.path])).filter((m) => m.startDate <= today);
      const stat = statMaker(ctx.lang, 'taskforces');
      return [
        stat(
          'open_orders',
          orders.filter((o) =>
            orderOpen({ openFrom: o.open_from, openTo: o.open_to, closed: o.closed }, today),
          ).length,
          'count',
        ),
        stat('members', members.length, 'count'),
        stat('retired_members', members.filter((m) => m.retiredLeader).length, 'count'),
        stat('eligible', members.filter((m) => m.eligible).length, 'count'),
      ];
    },
  };
}
