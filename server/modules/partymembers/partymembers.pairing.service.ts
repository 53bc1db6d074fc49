/**
 * 结对联系 (seed 001, Beilun: "建立支部党员联系结对流动党员机制"): the branch pairs each outflowing
 * mobile member with a resident branch member (one active pair; re-pairing ends the old one), the
 * paired member logs each contact from a phone (what the member and family need, the study done),
 * a difficulty goes to the branch as a help request the officer marks helped, and the make-up
 * study 送学补课 a member completed is recorded per month. Every write audited.
 */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { maskName } from '../../platform/pii/pii.ts';
import { shanghaiToday, type PartymembersCore, type PartymembersDeps } from './partymembers.core.ts';
import * as repo from './partymembers.pairing.repository.ts';
import type { MonthBounds, PairRow } from './partymembers.pairing.repository.ts';
import {
  contactDateProblem,
  contactRisk,
  monthMarks,
  previousMonth,
  type Channel,
} from './partymembers.pairing.rules.ts';
import type { ContactInput, PairInput, PairQuery } from './partymembers.pairing.schemas.ts';
import { monthOf, monthRange } from './partymembers.rules.ts';

/** This Shanghai month's bounds (and the month before's start), for a pair's standing. */
export function monthBounds(month = monthOf(shanghaiToday())): MonthBounds & { month: string } {
  const r = monthRange(month);
  return { month, from: r.from, to: r.to, prevFrom: monthRange(previousMonth(month)).from };
}

/** The twelve months up to `month`, oldest first. */
function lastTwelve(month: string) {
  const out = [month];
  while (out.length < 12) out.unshift(previousMonth(out[0]));
  return out;
}

export type PairingService = ReturnType<typeof createPairingService>;

/** Builds the pairing verbs. */
export function createPairingService(deps: PartymembersDeps & { core: PartymembersCore }) {
  const { db, auditor, core } = deps;

  /** The actor is the pair's contact person (a party member keeping in touch). */
  const isContact = (ctx: RequestContext, p: { contact_person_id: string }) =>
    can(ctx.actor, 'partymembers.contact') &&
    !!ctx.actor?.personId &&
    ctx.actor.personId === p.contact_person_id;

  /** A pair the actor may see ('read') or work on ('contact': its contact person or a pairing officer); else 404. */
  async function visiblePair(
    ctx: RequestContext,
    id: string,
    need: 'read' | 'contact' | 'pair',
    exec: Executor = db,
    lock = false,
  ) {
    const p = await repo.findPair(exec, id, monthBounds(), lock);
    if (!p) throw new NotFoundError();
    const officer = can(ctx.actor, need === 'read' ? 'partymembers.read' : 'partymembers.pair', p.path);
    if (officer || (need !== 'pair' && isContact(ctx, p))) return p;
    throw new NotFoundError();
  }

  /** Pairs as views show them: both names in full, phones masked, judged in this month. */
  async function views(ctx: RequestContext, rows: PairRow[]) {
    const persons = await core.personsOf(
      rows.flatMap((r) => [
        { district_id: r.district_id, person_id: r.member_person_id },
        { district_id: r.district_id, person_id: r.contact_person_id },
      ]),
    );
    const orgs = await core.branchNames(rows.map((r) => r.party_org_id));
    const { month } = monthBounds();
    return rows.map((r) => {
      const months = [
        ...(r.contacted_this ? [month] : []),
        ...(r.contacted_prev ? [previousMonth(month)] : []),
      ];
      return {
        id: r.id,
        memberId: r.member_id,
        memberName: persons.get(r.member_person_id)?.name ?? '—',
        memberPhone: persons.get(r.member_person_id)?.phoneMasked ?? null,
        destination: r.destination,
        work: r.work,
        partyOrgName: orgs.get(r.party_org_id) ?? '',
        nodeName: r.node_name,
        contactPersonId: r.contact_person_id,
        contactName: persons.get(r.contact_person_id)?.name ?? '—',
        status: r.status as 'active' | 'ended',
        startedOn: r.started_on,
        endedOn: r.ended_on,
        endReason: r.end_reason as 'returned' | 'transferred' | 'other' | null,
        endNote: r.end_note,
        note: r.note,
        lastContact: r.last_contact,
        contactedThisMonth: r.contacted_this,
        risk: r.status === 'active' ? contactRisk(months, month, r.started_on) : null,
        can: {
          pair: can(ctx.actor, 'partymembers.pair', r.path),
          contact:
            r.status === 'active' && (can(ctx.actor, 'partymembers.pair', r.path) || isContact(ctx, r)),
        },
      };
    });
  }

  /** Help requests as views show them. */
  async function helpViews(ctx: RequestContext, rows: Awaited<ReturnType<typeof repo.listHelp>>) {
    const persons = await core.personsOf(rows);
    return rows.map((h) => ({
      id: h.id,
      pairId: h.pair_id,
      memberId: h.member_id,
      memberName: persons.get(h.person_id)?.name ?? '—',
      nodeName: h.node_name,
      need: h.need,
      status: h.status as 'open' | 'helped',
      helpedNote: h.helped_note,
      helpedAt: h.helped_at ? new Date(h.helped_at).toISOString() : null,
      createdAt: new Date(h.created_at).toISOString(),
      version: h.version,
      can: { help: h.status === 'open' && can(ctx.actor, 'partymembers.pair', h.path) },
    }));
  }

  /** Pairs the member (by person) and the contact: checks both, ends an active pair with someone else. */
  async function pairIn(trx: Executor, ctx: RequestContext, input: PairInput) {
    const m = await core.visibleMember(ctx, input.memberId, 'partymembers.pair', trx, true);
    if (m.direction !== 'out' || m.status !== 'active')
      throw new InvalidError([{ field: 'memberId', key: 'partymembers.pairing.not_outflowing' }]);
    const contact = await core.partyMember(m.district_id, input.contactPersonId, 'contactPersonId');
    const [branch] = await deps.org.partyOrgBriefs([contact.partyOrgId]);
    const problem =
      contact.personId === m.person_id
        ? 'partymembers.pairing.contact_self'
        : !branch || !can(ctx.actor, 'partymembers.pair', branch.path)
          ? 'partymembers.pairing.contact_outside'
          : (await repo.awayPersons(trx, m.district_id, [contact.personId])).size
            ? 'partymembers.pairing.contact_away'
            : null;
    if (problem) throw new InvalidError([{ field: 'contactPersonId', key: problem }]);
    const old = await repo.activePairOf(trx, m.district_id, m.id);
    if (old?.contact_person_id === contact.personId) return { id: old.id, added: false };
    const today = shanghaiToday();
    if (old) await repo.endPair(trx, m.district_id, old.id, today);
    const id = uuidv7();
    await repo.insertPair(trx, {
      district_id: m.district_id,
      id,
      member_id: m.id,
      node_id: m.node_id,
      contact_person_id: contact.personId,
      started_on: today,
      note: input.note,
      created_by: ctx.actor!.userId,
    });
    await auditor.append(trx, ctx, {
      action: 'partymembers.pair.create',
      objectType: 'partymembers_pair',
      objectId: id,
      districtId: m.district_id,
      detail: { memberId: m.id, contactPersonId: contact.personId, ended: old?.id ?? null },
    });
    const accounts = (await deps.accountsOf?.(m.district_id, [contact.personId, m.person_id])) ?? new Map();
    const member = (await core.personsOf([m]))?.get(m.person_id);
    const params = { member: maskName(member?.name ?? ''), contact: maskName(contact.name) };
    await deps.notify.send(
      trx,
      [contact.personId, m.person_id]
        .filter((p) => accounts.has(p))
        .map((p) => ({
          districtId: m.district_id,
          userId: accounts.get(p)!,
          kind: 'partymembers.paired',
          title: `${params.contact}与流动党员${params.member}结成联系对子`,
          titleKey: 'partymembers.notice.paired',
          titleParams: params,
          link: p === contact.personId ? `/partymembers/pairing/mine` : null,
          objectType: 'partymembers_pair',
          objectId: id,
        })),
    );
    return { id, added: true };
  }

  return {
    pairIn,
    visiblePair,

    /** Pairs in the actor's subtree (or below a node). */
    async listPairs(ctx: RequestContext, q: PairQuery) {
      const paths = await core.roots(ctx, 'partymembers.read', q.nodeId);
      const rows = await repo.listPairs(db, { ...q, paths }, monthBounds());
      return { total: rows[0]?.total ?? 0, items: await views(ctx, rows) };
    },

    /** The actor's own active pairs (a party member keeping in touch). */
    async myPairs(ctx: RequestContext) {
      const actor = requirePermission(ctx, 'partymembers.contact');
      if (!actor.personId) return { total: 0, items: [] };
      const rows = await repo.listPairs(
        db,
        { paths: [], contactPersonId: actor.personId, status: 'active', limit: 100, offset: 0 },
        monthBounds(),
      );
      return { total: rows.length, items: await views(ctx, rows) };
    },

    /** Outflowing members with no pair yet, in the actor's subtree (or below a node). */
    async unpaired(ctx: RequestContext, nodeId?: string) {
      const paths = await core.roots(ctx, 'partymembers.pair', nodeId);
      const rows = await repo.unpairedMembers(db, paths);
      const persons = await core.personsOf(rows);
      const orgs = await core.branchNames(rows.map((r) => r.party_org_id));
      return rows.map((r) => ({
        memberId: r.id,
        name: persons.get(r.person_id)?.name ?? '—',
        phone: persons.get(r.person_id)?.phoneMasked ?? null,
        partyOrgId: r.party_org_id,
        partyOrgName: orgs.get(r.party_org_id) ?? '',
        nodeName: r.node_name,
        destination: r.destination,
        work: r.work,
        leftOn: r.left_on,
      }));
    },

    /** Resident members of the branches of the member's community (those the actor may pair in), not away themselves. */
    async candidates(ctx: RequestContext, memberId: string) {
      const m = await core.visibleMember(ctx, memberId, 'partymembers.pair');
      const branches = (await deps.org.partyOrgsUnder(await repo.communityPath(db, m.path))).filter((b) =>
        can(ctx.actor, 'partymembers.pair', b.path),
      );
      const people = (
        await deps.members.partyMembersOf(m.district_id, {
          partyOrgIds: branches.map((b) => b.id),
          limit: 500,
        })
      ).filter((p) => p.personId !== m.person_id);
      const away = await repo.awayPersons(
        db,
        m.district_id,
        people.map((p) => p.personId),
      );
      const names = new Map(branches.map((b) => [b.id, b.name]));
      return people
        .filter((p) => !away.has(p.personId))
        .map((p) => ({
          personId: p.personId,
          name: p.name,
          phone: p.phoneMasked,
          partyOrgName: names.get(p.partyOrgId) ?? '',
        }));
    },

    /** Pairs a mobile member with a resident branch member (re-pairing ends the old pair). */
    async createPair(ctx: RequestContext, input: PairInput) {
      requirePermission(ctx, 'partymembers.pair');
      const r = await db.transaction().execute((trx) => pairIn(trx, ctx, input));
      return { id: r.id };
    },

    /** One pair with the member's last twelve months, contacts, help requests and study. */
    async getPair(ctx: RequestContext, id: string) {
      const p = await visiblePair(ctx, id, 'read');
      const [v] = await views(ctx, [p]);
      const { month } = monthBounds();
      const months = lastTwelve(month);
      const contacts = await repo.contactsOf(db, p.district_id, p.member_id, `${months[0]}-01`);
      const counts = new Map<string, number>();
      for (const c of contacts)
        counts.set(monthOf(c.contacted_on), (counts.get(monthOf(c.contacted_on)) ?? 0) + 1);
      const marks = monthMarks(
        months,
        counts.keys(),
        { startedOn: p.started_on, endedOn: p.ended_on },
        shanghaiToday(),
      );
      const help = await repo.listHelp(db, {
        paths: [],
        member: { districtId: p.district_id, id: p.member_id },
      });
      const study = await repo.studyOf(db, p.district_id, p.member_id, months[0]);
      return {
        ...v,
        months: months.map((m, i) => ({ month: m, mark: marks[i], contacts: counts.get(m) ?? 0 })),
        contacts: contacts.map((c) => ({
          id: c.id,
          pairId: c.pair_id,
          contactedOn: c.contacted_on,
          channel: c.channel as Channel,
          needs: c.needs,
          study: c.study,
        })),
        help: await helpViews(ctx, help),
        study: study.map((s) => ({ id: s.id, month: s.month, item: s.item, doneOn: s.done_on })),
      };
    },

    /**
     * Logs a contact (a retry with the same Idempotency-Key answers the first contact's id); with
     * askHelp the difficulties go to the branch as a help request and its officers are told.
     */
    async logContact(ctx: RequestContext, pairId: string, input: ContactInput, key?: string) {
      const actor = requirePermission(
        ctx,
        can(ctx.actor, 'partymembers.pair') ? 'partymembers.pair' : 'partymembers.contact',
      );
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(
          trx,
          { userId: actor.userId, key, payload: { pairId, ...input } },
          async () => {
            const p = await visiblePair(ctx, pairId, 'contact', trx, true);
            if (p.status !== 'active') throw new ConflictError('partymembers.pairing.pair_ended');
            const problem = contactDateProblem(input.contactedOn, p.started_on, shanghaiToday());
            if (problem) throw new InvalidError([{ field: 'contactedOn', key: problem }]);
            if (input.askHelp && !input.needs)
              throw new InvalidError([{ field: 'needs', key: 'partymembers.pairing.help_needs_text' }]);
            const id = uuidv7();
            await repo.insertContact(trx, {
              district_id: p.district_id,
              id,
              pair_id: p.id,
              member_id: p.member_id,
              contacted_on: input.contactedOn,
              channel: input.channel,
              needs: input.needs,
              study: input.study,
              created_by: actor.userId,
            });
            let helpId: string | null = null;
            if (input.askHelp) {
              helpId = uuidv7();
              await repo.insertHelp(trx, {
                district_id: p.district_id,
                id: helpId,
                pair_id: p.id,
                contact_id: id,
                member_id: p.member_id,
                node_id: p.node_id,
                need: input.needs,
              });
              const member = (
                await core.personsOf([{ district_id: p.district_id, person_id: p.member_person_id }])
              ).get(p.member_person_id);
              const name = maskName(member?.name ?? '');
              await deps.notify.send(trx, [
                {
                  districtId: p.district_id,
                  nodeId: p.node_id,
                  kind: 'partymembers.help',
                  title: `流动党员${name}有困难需求待帮扶`,
                  titleKey: 'partymembers.notice.help',
                  titleParams: { name },
                  link: `/partymembers/pairing/pairs/${p.id}`,
                  objectType: 'partymembers_help',
                  objectId: helpId,
                },
              ]);
            }
            await auditor.append(trx, ctx, {
              action: 'partymembers.contact.create',
              objectType: 'partymembers_pair',
              objectId: p.id,
              districtId: p.district_id,
              detail: { contactId: id, contactedOn: input.contactedOn, channel: input.channel, helpId },
            });
            return { id };
          },
        );
        return result;
      });
    },

    /** Help requests in the actor's subtree, open first. */
    async listHelp(ctx: RequestContext, q: { nodeId?: string; status?: 'open' | 'helped' }) {
      const paths = await core.roots(ctx, 'partymembers.read', q.nodeId);
      return helpViews(ctx, await repo.listHelp(db, { paths, status: q.status }));
    },

    /** The branch officer marks a help request helped, with what was done, at the version seen. */
    async markHelped(ctx: RequestContext, id: string, input: { note: string; version: number }) {
      const actor = requirePermission(ctx, 'partymembers.pair');
      return db.transaction().execute(async (trx) => {
        const h = await repo.findHelp(trx, id, true);
        if (!h || !can(actor, 'partymembers.pair', h.path)) throw new NotFoundError();
        if (h.status !== 'open') throw new ConflictError('partymembers.pairing.already_helped');
        if (h.version !== input.version) throw new ConflictError('error.stale');
        await repo.markHelped(
          trx,
          { district_id: h.district_id, id, version: h.version },
          {
            helped_note: input.note,
            helped_by: actor.userId,
          },
        );
        await auditor.append(trx, ctx, {
          action: 'partymembers.help.helped',
          objectType: 'partymembers_help',
          objectId: id,
          districtId: h.district_id,
          detail: { note: input.note },
        });
        return { version: h.version + 1 };
      });
    },

    /** Records a make-up study item 送学补课 the member completed (the same item of a month once). */
    async recordStudy(
      ctx: RequestContext,
      pairId: string,
      input: { month: string; item: string; doneOn: string },
    ) {
      return db.transaction().execute(async (trx) => {
        const p = await visiblePair(ctx, pairId, 'contact', trx);
        if (input.doneOn > shanghaiToday())
          throw new InvalidError([{ field: 'doneOn', key: 'partymembers.pairing.contact_future' }]);
        const id = uuidv7();
        const added = await repo.insertStudy(trx, {
          district_id: p.district_id,
          id,
          member_id: p.member_id,
          month: input.month,
          item: input.item,
          done_on: input.doneOn,
          created_by: ctx.actor!.userId,
        });
        if (added)
          await auditor.append(trx, ctx, {
            action: 'partymembers.study.create',
            objectType: 'partymembers_member',
            objectId: p.member_id,
            districtId: p.district_id,
            detail: { month: input.month, item: input.item },
          });
        return { added };
      });
    },
  };
}
