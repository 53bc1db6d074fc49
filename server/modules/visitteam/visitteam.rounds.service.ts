/**
 * Visit rounds 巡访: the organiser schedules a walk of a community on a day with the checklist items it
 * looks at and the members on it (members in term that day only; staffing changes until the day has
 * passed); the district or the street records what a member saw (phone writes, once per
 * Idempotency-Key); the community of the area marks a finding fixed with a note.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots, rowFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { checkUpdated, memberOut, roundOut, today, type VisitteamDeps } from './visitteam.core.ts';
import * as repo from './visitteam.repository.ts';
import {
  AREA_LEVELS,
  CHECK_ITEMS,
  findingProblem,
  fixDayOk,
  inTerm,
  pct,
  type CheckItem,
} from './visitteam.rules.ts';
import type { findingBody, fixBody, roundBody, roundView, staffBody } from './visitteam.schemas.ts';

/** Builds the round verbs. */
export function createRoundsService(deps: VisitteamDeps) {
  const { db, auditor } = deps;

  const roundFor = (exec: Executor, ctx: RequestContext, id: string, action: string, lock = false) =>
    rowFor(ctx, action, () => repo.findRound(exec, id, lock));

  /** The member ids, each on the roster and in term on the day (422 on memberIds otherwise). */
  async function checkMembers(exec: Executor, districtId: string, ids: string[], day: string) {
    const unique = [...new Set(ids)];
    if (!unique.length) return unique;
    const roster = new Map((await repo.findMembers(exec, districtId)).map((m) => [m.id, m]));
    for (const id of unique) {
      const m = roster.get(id);
      if (!m || !inTerm({ termStart: m.term_start, termEnd: m.term_end }, day))
        throw new InvalidError([{ field: 'memberIds', key: 'visitteam.not_member' }]);
    }
    return unique;
  }

  return {
    /** The roster (for those who keep it), the year's rounds in scope and the figures. */
    async overview(ctx: RequestContext, q: { year?: number }) {
      const paths = await readRoots(db, ctx, 'visitteam.read');
      const now = today();
      const year = q.year ?? Number(now.slice(0, 4));
      const from = `${year}-01-01`;
      const to = `${year + 1}-01-01`;
      const rounds = await repo.findRounds(db, nodeInPaths('r.node_id', paths), from, to);
      const manage = can(ctx.actor, 'visitteam.manage');
      const districtId = ctx.actor?.grants[0]?.districtId;
      const members = manage && districtId ? await repo.findMembers(db, districtId) : [];
      const f = await repo.findYearFigures(db, nodeInPaths('r.node_id', paths), from, to, now);
      return {
        members: members.map((m) => memberOut(m, now)),
        rounds: rounds.map((r) => roundOut(r, now)),
        figures: { year, ...f, fixedShare: pct(f.fixed, f.findings) },
        can: {
          manage,
          record: can(ctx.actor, 'visitteam.record'),
          fix: can(ctx.actor, 'visitteam.fix'),
        },
      };
    },

    /** Schedules a round of a community with its checklist and (maybe) its members. */
    async schedule(ctx: RequestContext, b: z.infer<typeof roundBody>) {
      const n = await nodeFor(db, ctx, b.nodeId, 'visitteam.manage');
      if (!(AREA_LEVELS as readonly string[]).includes(n.level))
        throw new InvalidError([{ field: 'nodeId', key: 'visitteam.not_area' }]);
      return db.transaction().execute(async (trx) => {
        const memberIds = await checkMembers(trx, n.district_id, b.memberIds, b.heldOn);
        const id = uuidv7();
        await repo.insertRound(trx, {
          district_id: n.district_id,
          id,
          node_id: n.id,
          held_on: b.heldOn,
          items: CHECK_ITEMS.filter((i) => b.items.includes(i)),
          note: b.note,
          created_by: ctx.actor?.userId ?? null,
        });
        await repo.setRoundMembers(trx, n.district_id, id, memberIds);
        await auditor.append(trx, ctx, {
          action: 'visitteam.round.schedule',
          objectType: 'visitteam_round',
          objectId: id,
          districtId: n.district_id,
          detail: { node: n.id, heldOn: b.heldOn, items: b.items, members: memberIds.length },
        });
        return { id };
      });
    },

    /** A round with its members, its findings and what the actor may do on it. */
    async view(ctx: RequestContext, id: string): Promise<z.infer<typeof roundView>> {
      const r = await roundFor(db, ctx, id, 'visitteam.read');
      const now = today();
      const members = await repo.findRoundMembers(db, r.district_id, r.id);
      const findings = await repo.findFindings(db, r.district_id, r.id);
      const staff = can(ctx.actor, 'visitteam.manage', r.path) && r.held_on >= now;
      const roster = staff ? await repo.findMembers(db, r.district_id) : [];
      return {
        ...roundOut(r, now),
        note: r.note,
        version: r.version,
        memberList: members.map((m) => memberOut(m, r.held_on)),
        findingList: findings.map((f) => ({
          id: f.id,
          item: f.item as CheckItem,
          place: f.place,
          seen: f.seen,
          memberName: f.member_name,
          foundOn: r.held_on,
          fixedOn: f.fixed_on,
          fixedNote: f.fixed_note,
          version: f.version,
        })),
        candidates: roster
          .map((m) => memberOut(m, r.held_on))
          .filter((m) => m.inTerm)
          .map((m) => ({ ...m, inTerm: true })),
        can: {
          staff,
          record: can(ctx.actor, 'visitteam.record', r.path) && r.held_on <= now,
          fix: can(ctx.actor, 'visitteam.fix', r.path),
        },
      };
    },

    /** Sets the members on a round that has not passed (at the version read). */
    async staff(ctx: RequestContext, id: string, b: z.infer<typeof staffBody>) {
      return db.transaction().execute(async (trx) => {
        const r = await roundFor(trx, ctx, id, 'visitteam.manage', true);
        if (r.held_on < today()) throw new ConflictError('visitteam.round_held');
        const memberIds = await checkMembers(trx, r.district_id, b.memberIds, r.held_on);
        checkUpdated(await repo.bumpRound(trx, r.district_id, r.id, b.version));
        await repo.setRoundMembers(trx, r.district_id, r.id, memberIds);
        await auditor.append(trx, ctx, {
          action: 'visitteam.round.staff',
          objectType: 'visitteam_round',
          objectId: r.id,
          districtId: r.district_id,
          detail: { members: memberIds.length },
        });
        return { ok: true as const };
      });
    },

    /** Records what a member saw on a round (once per Idempotency-Key). */
    async record(ctx: RequestContext, id: string, b: z.infer<typeof findingBody>, key?: string) {
      const actor = requirePermission(ctx, 'visitteam.record');
      return db.transaction().execute(async (trx) => {
        const r = await roundFor(trx, ctx, id, 'visitteam.record', true);
        const problem = findingProblem({ heldOn: r.held_on, items: r.items }, b.item, today());
        if (problem === 'not_held') throw new ConflictError('visitteam.not_held');
        if (problem) throw new InvalidError([{ field: 'item', key: `visitteam.${problem}` }]);
        if (b.memberId) {
          const on = await repo.findRoundMembers(trx, r.district_id, r.id);
          if (!on.some((m) => m.id === b.memberId))
            throw new InvalidError([{ field: 'memberId', key: 'visitteam.not_on_round' }]);
        }
        const { result } = await withIdempotency(trx, { userId: actor.userId, key, payload: b }, async () => {
          const fid = uuidv7();
          await repo.insertFinding(trx, {
            district_id: r.district_id,
            id: fid,
            round_id: r.id,
            member_id: b.memberId ?? null,
            item: b.item,
            place: b.place,
            seen: b.seen,
            created_by: actor.userId,
          });
          await auditor.append(trx, ctx, {
            action: 'visitteam.finding.record',
            objectType: 'visitteam_finding',
            objectId: fid,
            districtId: r.district_id,
            detail: { round: r.id, item: b.item },
          });
          return { id: fid };
        });
        return result;
      });
    },

    /** Marks a finding of the area fixed, with a note (at the version read). */
    async fix(ctx: RequestContext, id: string, b: z.infer<typeof fixBody>) {
      return db.transaction().execute(async (trx) => {
        const f = await rowFor(ctx, 'visitteam.fix', () => repo.findFinding(trx, id, true));
        if (f.fixed_on) throw new ConflictError('visitteam.fixed');
        if (!fixDayOk(b.fixedOn, f.held_on, today()))
          throw new InvalidError([{ field: 'fixedOn', key: 'visitteam.fix_day' }]);
        checkUpdated(
          await repo.fixFinding(
            trx,
            { districtId: f.district_id, id: f.id, version: b.version },
            { fixed_on: b.fixedOn, fixed_note: b.note, fixed_by: ctx.actor?.userId ?? null },
          ),
        );
        await auditor.append(trx, ctx, {
          action: 'visitteam.finding.fix',
          objectType: 'visitteam_finding',
          objectId: f.id,
          districtId: f.district_id,
          detail: { fixedOn: b.fixedOn },
        });
        return { ok: true as const };
      });
    },
  };
}
