/**
 * Votes for every module: an owner creates a vote in its own transaction and registers the kind
 * that says who may vote; residents cast on their phones, officers enter paper ballots, and the
 * tally runs once the closing time has passed (on the first read after it, or when closed early).
 */
import { requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { LaneAuditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { PiiCipher } from '../../platform/pii/pii.ts';
import type { StatNode, NodeStat, TodoItem } from '../../platform/workbench.ts';
import { shanghaiYearRange } from '../../platform/time.ts';
import type { NotifyService } from '../notify/index.ts';
import { createBallotsService } from './votes.ballots.service.ts';
import { createVotesCore } from './votes.core.ts';
import type { VoteKind, VoteScope } from './votes.kinds.ts';
import { createExportService } from './votes.export.service.ts';
import { createPaperService } from './votes.paper.service.ts';
import * as repo from './votes.repository.ts';
import { setupProblem, turnout, type Method, type VoteState } from './votes.rules.ts';

export type VotesService = ReturnType<typeof createVotesService>;

/** What an owner module gives to create a vote. */
export interface NewVote {
  districtId: string;
  nodeId: string;
  owner: string;
  ownerRef?: string | null;
  kind: string;
  params?: Record<string, unknown>;
  title: string;
  description?: string;
  method: Method;
  maxChoices?: number;
  secret: boolean;
  opensAt: Date;
  closesAt: Date;
  options: string[];
  /** Tell every account on the node that the vote is open (default); false when the owner tells its own voters. */
  announce?: boolean;
}

/** Builds the votes service. */
export function createVotesService(deps: {
  db: Db;
  auditor: Pick<LaneAuditor, 'append' | 'appendAll' | 'laneLock' | 'chain'>;
  pii: Pick<PiiCipher, 'encrypt' | 'decrypt'>;
  notify: Pick<NotifyService, 'send'>;
}) {
  const { db, auditor } = deps;
  const core = createVotesCore(deps);
  const ballots = createBallotsService({ ...deps, core });
  const paper = createPaperService({ ...deps, core });
  const exports = createExportService({ ...deps, core, settle: ballots.settle });

  /** A vote after settling it when its time is up (so every read shows its tally). */
  async function fresh(ctx: RequestContext, id: string, action: string) {
    const v = await core.visible(ctx, id, action);
    if (core.state(v) === 'closing' && (await ballots.settle(v.id))) return core.visible(ctx, id, action);
    return v;
  }

  return {
    ...ballots,
    ...paper,
    ...exports,

    /**
     * Registers who may vote in votes of a kind (the owner module's resolver) and, optionally,
     * where the web shows such a vote.
     */
    registerKind(name: string, kind: VoteKind & { href?: (v: VoteScope) => string }) {
      core.kinds.set(name, kind);
    },

    /**
     * Creates a vote inside the owner's transaction (the owner's verb has checked the actor's
     * permission) and tells the node's accounts it is coming.
     */
    async createVote(trx: Executor, ctx: RequestContext, input: NewVote): Promise<{ id: string }> {
      const kind = core.kindOf(input.kind);
      const options = input.options.map((o) => o.trim());
      const maxChoices = input.method === 'single' ? 1 : (input.maxChoices ?? options.length);
      const problem = setupProblem({ ...input, options, maxChoices });
      if (problem) throw new InvalidError([problem]);
      const id = uuidv7();
      await repo.insertVote(trx, {
        ...input,
        id,
        ownerRef: input.ownerRef ?? null,
        params: input.params ?? {},
        description: input.description ?? '',
        maxChoices,
        options,
        createdBy: ctx.actor?.userId ?? null,
      });
      await auditor.append(trx, ctx, {
        action: 'votes.create',
        objectType: 'vote',
        objectId: id,
        districtId: input.districtId,
        detail: { owner: input.owner, ownerRef: input.ownerRef, method: input.method, secret: input.secret },
      });
      const scope: VoteScope = {
        id,
        districtId: input.districtId,
        nodeId: input.nodeId,
        nodePath: '',
        owner: input.owner,
        ownerRef: input.ownerRef ?? null,
        kind: input.kind,
        params: input.params ?? {},
        title: input.title,
      };
      if (input.announce !== false)
        await deps.notify.send(trx, [
          {
            districtId: input.districtId,
            nodeId: input.nodeId,
            kind: 'votes.opened',
            title: `投票开始：${input.title}`,
            titleKey: 'votes.opened',
            titleParams: { title: input.title },
            link: kind.href?.(scope) ?? `/votes/${id}`,
            objectType: 'vote',
            objectId: id,
            dedupeKey: `votes.opened:${id}`,
          },
        ]);
      return { id };
    },

    /** A vote with its options, the voters the actor may vote as, and (once closed) its tally. */
    async get(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'votes.read');
      return core.view(ctx, await fresh(ctx, id, 'votes.read'));
    },

    /** Votes in the actor's scope, newest closing first. */
    async list(
      ctx: RequestContext,
      q: { nodeId?: string; state?: VoteState; owner?: string; limit: number; offset: number },
    ) {
      const actor = requirePermission(ctx, 'votes.read');
      const { total, rows } = await repo.findVotes(db, {
        inScope: nodeInPaths('v.node_id', scopePaths(actor, 'votes.read')),
        nodeIds: q.nodeId ? [q.nodeId] : undefined,
        owner: q.owner,
        state: q.state,
        limit: q.limit,
        offset: q.offset,
      });
      const byDistrict = new Map<string, string[]>();
      for (const r of rows)
        if (!r.closed_at) byDistrict.set(r.district_id, [...(byDistrict.get(r.district_id) ?? []), r.id]);
      const counts = new Map<string, number>();
      for (const [d, ids] of byDistrict)
        for (const [k, n] of await repo.countVoters(db, d, ids)) counts.set(k, n);
      return {
        total,
        items: rows.map((r) =>
          core.summary(r, r.closed_at ? (r.ballots_count ?? 0) : (counts.get(r.id) ?? 0)),
        ),
      };
    },

    /** Closes an open vote now and tallies it. */
    async close(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'votes.manage');
      const v = await core.visible(ctx, id, 'votes.manage');
      const s = core.state(v);
      if (s !== 'open' && s !== 'scheduled' && s !== 'closing')
        throw new ConflictError('votes.already_closed');
      await db.transaction().execute(async (trx) => {
        await repo.closeNow(trx, v.district_id, v.id);
        await auditor.append(trx, ctx, {
          action: 'votes.close',
          objectType: 'vote',
          objectId: v.id,
          districtId: v.district_id,
        });
      });
      await ballots.settle(v.id);
      return core.view(ctx, await core.visible(ctx, id, 'votes.manage'));
    },

    /** Cancels a vote that is not yet tallied, with the reason (its ballots are not counted). */
    async cancel(ctx: RequestContext, id: string, reason: string) {
      requirePermission(ctx, 'votes.manage');
      const v = await core.visible(ctx, id, 'votes.manage');
      await db.transaction().execute(async (trx) => {
        await repo.lockVote(trx, v.id, 'exclusive');
        if (!(await repo.cancelVote(trx, v.district_id, v.id, reason)))
          throw new ConflictError('votes.already_closed');
        await auditor.append(trx, ctx, {
          action: 'votes.cancel',
          objectType: 'vote',
          objectId: v.id,
          districtId: v.district_id,
          detail: { reason },
        });
      });
    },

    /** Tallies every vote whose time is up (a periodic sweep; reads also settle what they touch). */
    async settleDue(limit = 100) {
      let n = 0;
      for (const { id } of await repo.findVotesDue(db, limit)) if (await ballots.settle(id)) n++;
      return n;
    },

    /**
     * Results of votes for an owner's public pages (no permission: the owner decides what is
     * public). Tallies only for closed votes; never who voted.
     */
    async publicResults(districtId: string, ids: string[]) {
      if (ids.length === 0) return new Map<string, ReturnType<typeof publicView>>();
      const out = new Map<string, ReturnType<typeof publicView>>();
      for (const id of ids) {
        let v = await repo.findVote(db, id);
        if (!v || v.district_id !== districtId) continue;
        if (core.state(v) === 'closing' && (await ballots.settle(id))) v = (await repo.findVote(db, id))!;
        const [options, counts] = await Promise.all([
          repo.findOptions(db, districtId, [id]),
          v.closed_at ? new Map([[id, v.ballots_count ?? 0]]) : repo.countVoters(db, districtId, [id]),
        ]);
        out.set(id, publicView(v, options, counts.get(id) ?? 0));
      }
      return out;

      function publicView(
        v: repo.VoteRow,
        options: Awaited<ReturnType<typeof repo.findOptions>>,
        voted: number,
      ) {
        const closed = !!v.closed_at;
        return {
          id: v.id,
          title: v.title,
          method: v.method as Method,
          secret: v.secret,
          state: core.state(v),
          opensAt: v.opens_at.toISOString(),
          closesAt: v.closes_at.toISOString(),
          voted,
          ballots: v.ballots_count,
          eligible: v.eligible_count,
          turnout: closed ? turnout(v.ballots_count ?? 0, v.eligible_count) : null,
          options: options.map((o) => ({
            position: o.position,
            label: o.label,
            count: closed ? (o.count ?? 0) : null,
            points: closed ? (o.points ?? 0) : null,
          })),
        };
      }
    },

    /** What waits for the actor: votes open to them, paper ballots to confirm. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const actor = ctx.actor;
      if (!actor) return [];
      const out: TodoItem[] = [];
      const castPaths = scopePaths(actor, 'votes.cast');
      if (castPaths.length) {
        const open = await repo.findOpenVotesIn(db, nodeInPaths('v.node_id', castPaths), 50);
        const waiting = [];
        for (const v of open) {
          const mine = await core.myVoters(actor, v);
          if (mine.some((m) => !m.voted)) waiting.push(v);
        }
        if (waiting.length)
          out.push({
            key: 'votes.open',
            module: 'votes',
            label: t(ctx.lang, 'votes.todo.open'),
            count: waiting.length,
            href: '/votes',
            level: 'yellow',
            entries: waiting.slice(0, 5).map((v) => ({
              id: v.id,
              title: v.title,
              href: core.kindOf(v.kind).href?.(core.scopeOf(v)) ?? `/votes/${v.id}`,
              due: v.closes_at.toISOString(),
            })),
          });
      }
      const paperPaths = scopePaths(actor, 'votes.paper');
      if (paperPaths.length) {
        const pending = (
          await repo.findPaperBatches(db, nodeInPaths('v.node_id', paperPaths), { pending: true })
        ).filter((b) => b.entered_by !== actor.userId);
        if (pending.length)
          out.push({
            key: 'votes.paper',
            module: 'votes',
            label: t(ctx.lang, 'votes.todo.paper'),
            count: pending.length,
            href: '/votes/paper',
            level: 'red',
            entries: pending.slice(0, 5).map((b) => ({
              id: b.id,
              title: `${b.vote_title}（${b.voters.length}）`,
              href: '/votes/paper',
            })),
          });
      }
      return out;
    },

    /** Tallied votes of an owner under a subtree closing in a period: how many, ballots and eligible. */
    figures(nodePath: string, from: Date, to: Date, owner?: string) {
      return repo.closedVoteFigures(db, { inScope: nodeInPaths('v.node_id', [nodePath]), from, to, owner });
    },

    /** Votes held and their average turnout under a node in a year. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      const { from, to } = shanghaiYearRange(year);
      const f = await repo.closedVoteFigures(db, {
        inScope: nodeInPaths('v.node_id', [node.path]),
        from,
        to,
      });
      return [
        {
          key: 'votes.closed',
          module: 'votes',
          label: t(ctx.lang, 'votes.stat.closed'),
          value: f.votes,
          unit: 'count',
          definition: t(ctx.lang, 'votes.stat.closed.def'),
        },
        {
          key: 'votes.turnout',
          module: 'votes',
          label: t(ctx.lang, 'votes.stat.turnout'),
          value: f.eligible ? Math.round((1000 * f.ballots) / f.eligible) / 10 : null,
          unit: 'percent',
          definition: t(ctx.lang, 'votes.stat.turnout.def'),
        },
      ];
    },
  };
}
