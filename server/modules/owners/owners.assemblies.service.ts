/**
 * Assemblies 业主大会: an officer (or the 业委会) opens one on a compound with its matters (ordinary or
 * major), the register's totals by area and head are fixed when it opens; ballots come online from
 * owners or on paper (counted once a second officer confirms); the tally follows the rules (double
 * count, 2/3 quorum, > 1/2 or ≥ 3/4); closing freezes each matter's outcome and numbers the
 * 表决结果公告 gaplessly per district and year. An election's assembly elects its candidates.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  assemblyFor,
  checkUpdated,
  compoundFor,
  compoundNames,
  reachFor,
  today,
  type CompoundRef,
  type OwnersDeps,
} from './owners.core.ts';
import * as repo from './owners.repository.ts';
import * as proxiesRepo from './owners.proxies.repository.ts';
import * as electionsRepo from './owners.elections.repository.ts';
import {
  noticeNumber,
  PROXY_LIMIT,
  squareMetres,
  tallyMatter,
  termEnds,
  type Choice,
  type MatterKind,
} from './owners.rules.ts';
import type { assemblyBody, assemblyRow, assemblyView, matterView } from './owners.schemas.ts';

type MatterRow = Awaited<ReturnType<typeof repo.mattersOf>>[number];
type BallotRow = Awaited<ReturnType<typeof repo.ballotsOf>>[number];

/** Whether a ballot counts: online, or on paper and confirmed by a second officer. */
export const counts = (b: Pick<BallotRow, 'channel' | 'confirmed_by'>) =>
  b.channel === 'online' || b.confirmed_by !== null;

/** The tally of each matter from the counted ballots against the assembly's totals. */
export function tallies(
  a: Pick<repo.AssemblyRow, 'total_area_x100' | 'total_owners'>,
  matters: MatterRow[],
  ballots: BallotRow[],
): z.infer<typeof matterView>[] {
  const counted = ballots.filter(counts);
  const m2 = (c: { area: number; heads: number }) => ({ area: squareMetres(c.area), heads: c.heads });
  return matters.map((m, i) => {
    const r = tallyMatter(
      m.kind as MatterKind,
      { area: a.total_area_x100, heads: a.total_owners },
      counted.map((b) => ({ area: b.area_x100, choice: (b.choices[i] ?? 'abstain') as Choice })),
    );
    return {
      seq: m.seq,
      title: m.title,
      kind: m.kind as MatterKind,
      yes: m2(r.yes),
      no: m2(r.no),
      abstain: m2(r.abstain),
      participating: m2(r.participating),
      quorum: r.quorum,
      pass: r.pass,
      passed: m.passed ?? r.passed,
    };
  });
}

/** Builds the assembly verbs. */
export function createAssembliesService(deps: OwnersDeps) {
  const { db, auditor, notify } = deps;

  function rowOut(a: repo.AssemblyRow, c: CompoundRef | undefined): z.infer<typeof assemblyRow> {
    return {
      id: a.id,
      compoundId: a.compound_id,
      compoundName: c?.name ?? '',
      title: a.title,
      state: a.state as 'open',
      opensOn: a.opens_on,
      closesOn: a.closes_on,
      counted: a.counted,
      pending: a.pending,
      totalOwners: a.total_owners,
      noticeNo: a.notice_year && a.notice_no ? noticeNumber(a.notice_year, a.notice_no) : null,
    };
  }

  /** Completes the election an assembly was opened for: candidates passed, most owners first, fill the seats. */
  async function completeElection(
    trx: Executor,
    a: repo.AssemblyRow,
    results: z.infer<typeof matterView>[],
    matters: MatterRow[],
    closedOn: string,
  ) {
    const e = await electionsRepo.electionOfAssembly(trx, a.district_id, a.id);
    if (!e) return;
    const won = matters
      .map((m, i) => ({ m, r: results[i] }))
      .filter((x) => x.m.candidate_id && x.r.passed)
      .sort((x, y) => y.r.yes.heads - x.r.yes.heads || y.r.yes.area - x.r.yes.area)
      .slice(0, e.seats)
      .map((x) => x.m.candidate_id!);
    await electionsRepo.markElected(trx, a.district_id, won);
    const elected = won.length >= 3;
    checkUpdated(
      await electionsRepo.updateElection(trx, e.district_id, e.id, e.version, {
        state: elected ? 'elected' : 'failed',
        ...(elected ? { term_starts: closedOn, term_ends: termEnds(closedOn) } : {}),
      }),
    );
  }

  /** Opens an assembly inside the caller's transaction; candidates[i] is the candidate matter i elects. */
  async function openIn(
    trx: Executor,
    ctx: RequestContext,
    c: CompoundRef,
    b: z.infer<typeof assemblyBody>,
    candidates: string[],
  ) {
    if (b.closesOn < b.opensOn) throw new InvalidError([{ field: 'closesOn', key: 'owners.dates_order' }]);
    if (b.closesOn < today()) throw new InvalidError([{ field: 'closesOn', key: 'owners.closes_past' }]);
    const f = (await repo.registerFigures(trx, c.districtId, [c.id]))[0];
    if (!f?.owners) throw new InvalidError([{ field: 'compoundId', key: 'owners.register_empty' }]);
    const id = uuidv7();
    await repo.insertAssembly(trx, {
      district_id: c.districtId,
      id,
      compound_id: c.id,
      node_id: c.nodeId,
      title: b.title,
      opens_on: b.opensOn,
      closes_on: b.closesOn,
      total_area_x100: f.area_x100,
      total_owners: f.owners,
      created_by: ctx.actor!.userId,
    });
    await repo.insertMatters(
      trx,
      b.matters.map((m, i) => ({
        district_id: c.districtId,
        assembly_id: id,
        seq: i + 1,
        title: m.title,
        kind: m.kind,
        candidate_id: candidates[i] ?? null,
      })),
    );
    const users = await repo.linkedUsers(trx, c.districtId, c.id);
    await notify.send(
      trx,
      users.map((u) => ({
        districtId: c.districtId,
        userId: u.user_id,
        kind: 'owners.assembly_open',
        title: `业主大会表决：${c.name} ${b.title}（${b.closesOn} 截止）`,
        titleKey: 'owners.notify.assembly_open',
        titleParams: { compound: c.name, title: b.title, closesOn: b.closesOn },
        link: '/owners/vote',
      })),
    );
    await auditor.append(trx, ctx, {
      action: 'owners.assembly.open',
      objectType: 'owners_assembly',
      objectId: id,
      districtId: c.districtId,
      detail: { compound: c.id, matters: b.matters.map((m) => m.kind), owners: f.owners, area: f.area_x100 },
    });
    return { id };
  }

  const service = {
    /** Assemblies in scope (or under a node, of a compound, of a year), newest first. */
    async list(
      ctx: RequestContext,
      q: { nodeId?: string; compoundId?: string; year?: number; state?: 'open' | 'closed' },
    ) {
      const reach = await reachFor(deps, ctx, 'owners.read', q.nodeId);
      const [rows, names] = await Promise.all([
        repo.listAssemblies(db, repo.inReach('a.node_id', 'a.compound_id', reach), {
          from: q.year ? `${q.year}-01-01` : undefined,
          to: q.year ? `${q.year + 1}-01-01` : undefined,
          compoundId: q.compoundId,
          state: q.state,
        }),
        compoundNames(deps, reach),
      ]);
      return {
        items: rows.map((a) => rowOut(a, names.get(a.compound_id))),
        can: { open: can(ctx.actor, 'owners.assembly') },
      };
    },

    /** One assembly with its tally now, its ballots and what the actor may do. */
    async view(ctx: RequestContext, id: string): Promise<z.infer<typeof assemblyView>> {
      const a = await assemblyFor(deps, db, ctx, id, 'owners.read');
      const [matters, ballots, c, proxies] = await Promise.all([
        repo.mattersOf(db, a.district_id, a.id),
        repo.ballotsOf(db, a.district_id, a.id),
        deps.compounds({ id: a.compound_id }),
        proxiesRepo.proxiesOf(db, a.district_id, a.id),
      ]);
      const me = ctx.actor?.userId;
      const runs = a.state === 'open' && can(ctx.actor, 'owners.assembly', a.path);
      return {
        ...rowOut(a, c[0]),
        totals: { area: squareMetres(a.total_area_x100), heads: a.total_owners },
        matters: tallies(a, matters, ballots),
        ballots: ballots.map((b) => ({
          ownerId: b.owner_id,
          name: b.name,
          channel: b.channel as 'online',
          choices: b.choices as Choice[],
          areaM2: squareMetres(b.area_x100),
          confirmed: counts(b),
          mine: b.entered_by === me,
          proxyName: b.proxy_name,
          changes: b.changes,
        })),
        proxies: proxies.map((p) => ({
          principalId: p.principal_id,
          principalName: p.principal_name,
          proxyName: p.proxy_name,
          proxyOwnerId: p.proxy_owner_id,
          document: p.document,
          state: p.state as 'active',
        })),
        proxyLimit: PROXY_LIMIT,
        version: a.version,
        can: {
          enter: runs,
          confirm: runs && ballots.some((b) => !counts(b) && b.entered_by !== me),
          close: runs,
        },
      };
    },

    /** Opens an assembly on a compound with its matters; owners linked to an account are told. */
    async open(ctx: RequestContext, b: z.infer<typeof assemblyBody>, key?: string) {
      const actor = requirePermission(ctx, 'owners.assembly');
      const c = await compoundFor(deps, ctx, b.compoundId, 'owners.assembly');
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(trx, { userId: actor.userId, key, payload: b }, () =>
          openIn(trx, ctx, c, b, []),
        );
        return result;
      });
    },

    /** Closes an assembly: every matter's outcome frozen, the notice numbered; paper ballots still unconfirmed do not count. */
    async close(ctx: RequestContext, id: string, version: number) {
      await db.transaction().execute(async (trx) => {
        const a = await assemblyFor(deps, trx, ctx, id, 'owners.assembly', true);
        if (a.state !== 'open') throw new ConflictError('owners.closed');
        if (a.version !== version) throw new ConflictError('owners.stale');
        const [matters, ballots] = await Promise.all([
          repo.mattersOf(trx, a.district_id, a.id),
          repo.ballotsOf(trx, a.district_id, a.id),
        ]);
        const results = tallies(a, matters, ballots);
        for (const r of results) await repo.setMatterPassed(trx, a.district_id, a.id, r.seq, r.passed);
        const closedOn = today();
        const year = Number(closedOn.slice(0, 4));
        const no = await repo.nextNoticeNo(trx, a.district_id, year);
        checkUpdated(
          await repo.closeAssembly(trx, a.district_id, a.id, a.version, {
            closed_on: closedOn,
            notice_year: year,
            notice_no: no,
          }),
        );
        await completeElection(trx, a, results, matters, closedOn);
        await auditor.append(trx, ctx, {
          action: 'owners.assembly.close',
          objectType: 'owners_assembly',
          objectId: a.id,
          districtId: a.district_id,
          detail: { notice: noticeNumber(year, no), passed: results.map((r) => r.passed) },
        });
      });
      return service.view(ctx, id);
    },

    /** The printable 表决结果公告 of a closed assembly (409 while open). */
    async notice(ctx: RequestContext, id: string) {
      const a = await assemblyFor(deps, db, ctx, id, 'owners.read');
      if (a.state !== 'closed' || !a.notice_year || !a.notice_no) throw new ConflictError('owners.no_notice');
      const [matters, ballots, c] = await Promise.all([
        repo.mattersOf(db, a.district_id, a.id),
        repo.ballotsOf(db, a.district_id, a.id),
        deps.compounds({ id: a.compound_id }),
      ]);
      return {
        noticeNo: noticeNumber(a.notice_year, a.notice_no),
        compoundName: c[0]?.name ?? '',
        nodeName: c[0]?.nodeName ?? '',
        title: a.title,
        opensOn: a.opens_on,
        closesOn: a.closes_on,
        closedOn: a.closed_on ?? '',
        totals: { area: squareMetres(a.total_area_x100), heads: a.total_owners },
        matters: tallies(a, matters, ballots),
      };
    },
  };
  return { ...service, openIn };
}
