/**
 * The deputies' vote 票决制 on the year's livelihood projects: a ballot of a node (district or
 * street) with its candidates (typed in, or imported from Excel), put to a secret approval vote of
 * the votes module in which only the people's deputies whose grant reaches the node vote; the tally
 * chooses the candidates with most votes for the ballot's seats (Futian: 20 projects a year).
 */
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError, nullWhenHidden } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { cellText, readRows, readTable, type ColumnSpec } from '../../platform/sheets/index.ts';
import { accountNames } from '../accounts/index.ts';
import type { VoteOutcome, VoteScope, VotesService } from '../votes/index.ts';
import { holdsOn, type ProjectsCore } from './projects.core.ts';
import * as repo from './projects.repository.ts';
import { CATEGORIES, chosenOf, yuanToFen, type Category } from './projects.rules.ts';

/** The vote kind of the deputies' vote. */
export const DEPUTIES_KIND = 'projects.deputies';

/** Columns of a candidate list 候选项目清单 (headers as people write them). */
export const CANDIDATE_COLUMNS: ColumnSpec[] = [
  { key: 'title', label: '项目名称', synonyms: ['名称', '项目', 'title', 'project'], required: true },
  { key: 'description', label: '项目内容', synonyms: ['内容', '简介', '说明', 'description'] },
  { key: 'category', label: '类别', synonyms: ['项目类别', '分类', 'category'] },
  { key: 'unit', label: '责任单位', synonyms: ['承办单位', '牵头单位', 'unit'] },
  { key: 'publicYuan', label: '财政资金（元）', synonyms: ['财政资金', '财政投入', 'public money'] },
  { key: 'socialYuan', label: '社会资金（元）', synonyms: ['社会资金', '社会投入', 'social money'] },
];

/** A candidate project as put on a ballot by hand or from a sheet. */
interface CandidateInput {
  title: string;
  description: string;
  category: Category;
  unitNodeId: string | null;
  publicFen: number;
  socialFen: number;
}

/** Builds the ballot verbs and registers who votes in the deputies' vote. */
export function createBallotsService(deps: {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  core: ProjectsCore;
  votes: Pick<VotesService, 'createVote' | 'get' | 'close' | 'registerKind'>;
  /** Accounts holding a role whose grant reaches the node at path. */
  deputies: { holdersReaching(role: string, path: string): Promise<string[]> };
}) {
  const { db, auditor, core } = deps;

  async function visibleBallot(
    ctx: RequestContext,
    id: string,
    action: string,
    exec: Executor = db,
    lock = false,
  ) {
    const b = await repo.findBallot(exec, id, lock);
    if (!b || !can(ctx.actor, action, b.path)) throw new NotFoundError();
    return b;
  }

  const audit = (
    trx: Executor,
    ctx: RequestContext,
    b: { district_id: string; id: string },
    action: string,
    detail = {},
  ) =>
    auditor.append(trx, ctx, {
      action,
      objectType: 'projects_ballot',
      objectId: b.id,
      districtId: b.district_id,
      detail,
    });

  /** Chooses the candidates once the deputies' vote is tallied. */
  async function decided(trx: Executor, vote: VoteScope, outcome: VoteOutcome) {
    const b = await repo.findBallotByVote(trx, vote.districtId, vote.id);
    if (!b || b.state !== 'voting') return;
    const chosen = chosenOf(outcome.results, b.seats);
    const candidates = await repo.findCandidates(trx, b.district_id, b.id);
    for (const c of candidates) {
      if (c.stage !== 'candidate' || c.ballot_position === null) continue;
      const count = outcome.results.find((r) => r.position === c.ballot_position)?.count ?? 0;
      await repo.updateItem(trx, c.district_id, c.id, {
        stage: chosen.has(c.ballot_position) ? 'chosen' : 'not_chosen',
        ballot_votes: count,
      });
    }
    await repo.updateBallot(trx, b.district_id, b.id, { state: 'decided', decided_at: new Date() });
    await auditor.append(
      trx,
      { actor: null, ip: '127.0.0.1', userAgent: 'gongzhi' },
      {
        action: 'projects.ballot.decided',
        objectType: 'projects_ballot',
        objectId: b.id,
        districtId: b.district_id,
        actorName: 'system',
        detail: {
          voteId: vote.id,
          chosen: chosen.size,
          ballots: outcome.ballots,
          eligible: outcome.eligible,
        },
      },
    );
  }

  deps.votes.registerKind(DEPUTIES_KIND, {
    async votersFor(actor, vote) {
      return holdsOn(actor, 'deputy', vote.nodePath) ? [{ id: actor.userId, label: actor.displayName }] : [];
    },
    async countEligible(vote) {
      return (await deps.deputies.holdersReaching('deputy', vote.nodePath)).length;
    },
    async eligibleAmong(vote, ids) {
      const all = new Set(await deps.deputies.holdersReaching('deputy', vote.nodePath));
      return new Set(ids.filter((i) => all.has(i)));
    },
    // deputies vote in their office: an open (记名) ballot names them by their account's name
    async voterNames(_vote, ids) {
      const rows = await accountNames(db, [...new Set(ids)]);
      return new Map(rows.map((r) => [r.id, r.display_name || r.username]));
    },
    onClosed: decided,
    href: (v) => `/projects/ballots/${v.ownerRef}`,
  });

  /** Adds one candidate to a draft ballot (its position next on the ballot). */
  async function insertCandidate(trx: Executor, ctx: RequestContext, b: repo.BallotRow, c: CandidateInput) {
    const id = uuidv7();
    await repo.insertItem(trx, {
      district_id: b.district_id,
      id,
      node_id: b.node_id,
      kind: 'livelihood',
      year: b.year,
      title: c.title,
      description: c.description,
      category: c.category,
      stage: 'candidate',
      public_fen: c.publicFen,
      social_fen: c.socialFen,
      unit_node_id: c.unitNodeId,
      ballot_id: b.id,
      ballot_position: await repo.nextBallotPosition(trx, b.district_id, b.id),
      created_by: ctx.actor!.userId,
    });
    return id;
  }

  /** A unit named in a candidate list, inside the district. */
  /** What a ballot is, as lists and pages show it. */
  const ballotHead = (b: repo.BallotRow) => ({
    id: b.id,
    nodeId: b.node_id,
    nodeName: b.node_name,
    year: b.year,
    title: b.title,
    seats: b.seats,
  });

  async function unitOf(districtId: string, unitNodeId: string | undefined) {
    if (!unitNodeId) return null;
    const u = await repo.findNode(db, unitNodeId);
    if (!u || u.district_id !== districtId)
      throw new InvalidError([{ field: 'unitNodeId', key: 'projects.unit_unknown' }]);
    return u.id;
  }

  return {
    /** Sets up the deputies' ballot of a node for a year. */
    async createBallot(
      ctx: RequestContext,
      input: { nodeId: string; year: number; title: string; seats: number },
    ) {
      const node = await nodeFor(db, ctx, input.nodeId, 'projects.ballot');
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        await repo.insertBallot(trx, {
          district_id: node.district_id,
          id,
          node_id: node.id,
          year: input.year,
          title: input.title,
          seats: input.seats,
          created_by: ctx.actor!.userId,
        });
        await audit(trx, ctx, { district_id: node.district_id, id }, 'projects.ballot.create', input);
      });
      return { id };
    },

    /** Ballots in scope (deputies: those of their nodes). */
    async listBallots(ctx: RequestContext, q: { year?: number; nodeId?: string }) {
      const actor = requirePermission(ctx, 'projects.read');
      const rows = await repo.findBallots(
        db,
        nodeInPaths('b.node_id', scopePaths(actor, 'projects.read')),
        q,
      );
      return rows.map((b) => ({
        ...ballotHead(b),
        state: b.state as 'draft' | 'voting' | 'decided',
        candidates: Number(b.candidates ?? 0),
        voteId: b.vote_id,
      }));
    },

    /** A ballot with its candidates, its vote (the deputy's own ballot, the tally once closed) and what the actor may do. */
    async getBallot(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'projects.read');
      const b = await visibleBallot(ctx, id, 'projects.read');
      const run = can(actor, 'projects.ballot', b.path);
      // the candidates the actor sees (withdrawn ones only to whoever runs the ballot)
      const shown = async () =>
        (await repo.findCandidates(db, b.district_id, b.id)).filter((c) => run || c.stage !== 'withdrawn');
      const candidates = await shown();
      const vote = b.vote_id ? await deps.votes.get(ctx, b.vote_id).catch(nullWhenHidden) : null;
      const fresh = b.vote_id && vote?.state === 'closed' ? ((await repo.findBallot(db, id)) ?? b) : b;
      const list = fresh !== b ? await shown() : candidates;
      return {
        ...ballotHead(b),
        state: fresh.state as 'draft' | 'voting' | 'decided',
        candidates: list.map((c) => ({
          ...core.summary(c),
          description: c.description,
          position: c.ballot_position,
        })),
        vote,
        can: {
          edit: run && fresh.state === 'draft',
          open: run && fresh.state === 'draft',
          close: run && fresh.state === 'voting' && !!vote?.can.close,
        },
      };
    },

    /** Adds a candidate to a draft ballot. */
    async addCandidate(
      ctx: RequestContext,
      ballotId: string,
      input: {
        title: string;
        description: string;
        category: Category;
        unitNodeId?: string;
        publicFen: number;
        socialFen: number;
      },
    ) {
      requirePermission(ctx, 'projects.ballot');
      return db.transaction().execute(async (trx) => {
        const b = await visibleBallot(ctx, ballotId, 'projects.ballot', trx, true);
        if (b.state !== 'draft') throw new ConflictError('projects.ballot_not_draft');
        const id = await insertCandidate(trx, ctx, b, {
          ...input,
          unitNodeId: await unitOf(b.district_id, input.unitNodeId),
        });
        await audit(trx, ctx, b, 'projects.ballot.candidate', { projectId: id, title: input.title });
        return { id };
      });
    },

    /**
     * Imports a candidate list (.xlsx or CSV: 项目名称, 项目内容, 类别, 责任单位, 财政资金, 社会资金);
     * a file with any bad row adds nothing and reports every one.
     */
    async importCandidates(ctx: RequestContext, ballotId: string, file: Buffer) {
      requirePermission(ctx, 'projects.ballot');
      const b0 = await visibleBallot(ctx, ballotId, 'projects.ballot');
      if (b0.state !== 'draft') throw new ConflictError('projects.ballot_not_draft');
      const table = readTable(await readRows(file, { maxRows: 500 }), CANDIDATE_COLUMNS);
      const errors: { row: number; field: string; message: string }[] = [];
      const cells = table.rows.map((r) => ({
        row: r.row,
        cell: (k: string) => cellText(r.cells[k] ?? null).trim(),
      }));
      const units = await repo.findNodesNamed(db, b0.district_id, [
        ...new Set(cells.map((c) => c.cell('unit')).filter(Boolean)),
      ]);
      const catByLabel = new Map(
        CATEGORIES.flatMap(
          (c) =>
            [
              [c, c],
              [t('zh-CN', `projects.category.${c}`), c],
            ] as const,
        ),
      );
      const rows: CandidateInput[] = [];
      for (const { row, cell } of cells) {
        const bad = (field: string, key: string, params = {}) =>
          errors.push({ row, field, message: t(ctx.lang, key, params) });
        const title = cell('title');
        if (!title) bad('title', 'projects.title_required');
        if (title.length > 100) bad('title', 'projects.import_too_long');
        const category = cell('category') ? catByLabel.get(cell('category')) : 'other';
        if (!category) bad('category', 'projects.import_bad_category', { value: cell('category') });
        const unitName = cell('unit');
        const unit = unitName ? units.find((u) => u.name === unitName || u.code === unitName) : null;
        if (unitName && !unit) bad('unit', 'projects.unit_unknown');
        const money = (k: string) => {
          const v = cell(k).replace(/[,，\s]/g, '');
          if (!v) return 0;
          const f = yuanToFen(v);
          if (f === null) bad(k, 'projects.import_bad_money', { value: cell(k) });
          return f ?? 0;
        };
        rows.push({
          title: title.slice(0, 100),
          description: cell('description').slice(0, 5000),
          category: (category ?? 'other') as Category,
          unitNodeId: unit?.id ?? null,
          publicFen: money('publicYuan'),
          socialFen: money('socialYuan'),
        });
      }
      if (!rows.length) errors.push({ row: 0, field: 'file', message: t(ctx.lang, 'projects.import_empty') });
      if (errors.length) return { added: 0, errors };
      await db.transaction().execute(async (trx) => {
        const b = await visibleBallot(ctx, ballotId, 'projects.ballot', trx, true);
        if (b.state !== 'draft') throw new ConflictError('projects.ballot_not_draft');
        for (const r of rows) await insertCandidate(trx, ctx, b, r);
        await audit(trx, ctx, b, 'projects.ballot.import', { added: rows.length });
      });
      return { added: rows.length, errors };
    },

    /**
     * Opens the deputies' vote: a secret approval vote, each deputy choosing up to `seats`
     * candidates, closing at closesAt; the deputies on the node are told.
     */
    async openVote(ctx: RequestContext, ballotId: string, input: { closesAt: string }) {
      requirePermission(ctx, 'projects.ballot');
      return db.transaction().execute(async (trx) => {
        const b = await visibleBallot(ctx, ballotId, 'projects.ballot', trx, true);
        if (b.state !== 'draft') throw new ConflictError('projects.ballot_not_draft');
        const candidates = (await repo.findCandidates(trx, b.district_id, b.id)).filter(
          (c) => c.stage === 'candidate',
        );
        if (candidates.length < 2 || candidates.length > 30)
          throw new InvalidError([{ field: 'candidates', key: 'projects.ballot_size' }]);
        if (candidates.length <= b.seats)
          throw new InvalidError([{ field: 'seats', key: 'projects.ballot_more_than_seats' }]);
        const closesAt = new Date(input.closesAt);
        const now = new Date();
        if (!(closesAt > now))
          throw new InvalidError([{ field: 'closesAt', key: 'projects.closes_in_past' }]);
        // the vote's options in ballot order; positions are renumbered to match them
        for (const [i, c] of candidates.entries())
          if (c.ballot_position !== i + 1)
            await repo.updateItem(trx, c.district_id, c.id, { ballot_position: i + 1 });
        const { id: voteId } = await deps.votes.createVote(trx, ctx, {
          districtId: b.district_id,
          nodeId: b.node_id,
          owner: 'projects',
          ownerRef: b.id,
          kind: DEPUTIES_KIND,
          title: b.title,
          description: candidates
            .map((c, i) => `${i + 1}. ${c.title}`)
            .join('\n')
            .slice(0, 10_000),
          method: 'approval',
          maxChoices: b.seats,
          secret: true,
          opensAt: now,
          closesAt,
          options: candidates.map((c, i) => `${i + 1}. ${c.title}`.slice(0, 200)),
        });
        await repo.updateBallot(trx, b.district_id, b.id, { state: 'voting', vote_id: voteId });
        await audit(trx, ctx, b, 'projects.ballot.open', { voteId, closesAt: input.closesAt });
        return { voteId };
      });
    },

    /** Closes the deputies' vote now; its tally chooses the projects. */
    async closeVote(ctx: RequestContext, ballotId: string) {
      requirePermission(ctx, 'projects.ballot');
      const b = await visibleBallot(ctx, ballotId, 'projects.ballot');
      if (b.state !== 'voting' || !b.vote_id) throw new ConflictError('projects.ballot_not_voting');
      await deps.votes.close(ctx, b.vote_id);
      return {
        state: ((await repo.findBallot(db, b.id))?.state ?? b.state) as 'draft' | 'voting' | 'decided',
      };
    },
  };
}
