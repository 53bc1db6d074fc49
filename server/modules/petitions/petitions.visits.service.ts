/**
 * 来访登记: a street or community officer (or a mediator on duty) registers a visit, or a resident files
 * their own matter online from the phone (Idempotency-Key). The person is named from the register
 * when known; the ID number and phone are checked, stored encrypted with a blind index and shown
 * masked; an earlier visit by the same person links the new one as a repeat visit 重复访; five or
 * more people make a 集体访. The acceptance deadline follows the district's settings.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import { InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { parseNationalId } from '../../platform/pii/national-id.ts';
import { maskNationalId } from '../../platform/pii/pii.ts';
import { phoneColumns } from '../../platform/pii/phone.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { shanghaiDay, shanghaiThisYear } from '../../platform/time.ts';
import type { PetitionsCore, PetitionsDeps } from './petitions.core.ts';
import * as repo from './petitions.repository.ts';
import { addDays, isCollective, type Route, type State } from './petitions.rules.ts';
import type { submitBody, visitBody, visitsQuery } from './petitions.schemas.ts';

type VisitInput = z.infer<typeof visitBody> & { channel: 'walk_in' | 'online' };

/** Builds the registration, the lists and the export. */
export function createVisitsService(deps: PetitionsDeps & { core: PetitionsCore }) {
  const { db, auditor, pii, core } = deps;

  async function place(ctx: RequestContext, nodeId: string, action: string) {
    const n = await nodeFor(db, ctx, nodeId, action);
    if (n.level !== 'street' && n.level !== 'community')
      throw new InvalidError([{ field: 'nodeId', key: 'petitions.not_place' }]);
    return n;
  }

  async function store(ctx: RequestContext, b: VisitInput, idemKey: string | undefined, action: string) {
    const actor = requirePermission(ctx, action);
    const n = await place(ctx, b.nodeId, action);
    let idNumber: string | null = null;
    if (b.idNumber) {
      const r = parseNationalId(b.idNumber);
      if (!r.ok) throw new InvalidError([{ field: 'idNumber', key: 'petitions.bad_id' }]);
      idNumber = r.value;
    }
    const phone = phoneColumns(pii, b.phone, { field: 'phone', key: 'petitions.bad_phone' });
    let name = b.name;
    if (b.personId) {
      const full = await deps.people.fullName(n.district_id, b.personId);
      if (!full) throw new InvalidError([{ field: 'personId', key: 'petitions.person_unknown' }]);
      name = full;
    }
    if (b.studioId) {
      const s = await repo.findStudio(db, b.studioId);
      if (!s || s.district_id !== n.district_id || !n.path.startsWith(s.path))
        throw new InvalidError([{ field: 'studioId', key: 'petitions.studio_unknown' }]);
    }
    const visitedOn = b.visitedOn ?? shanghaiDay();
    if (visitedOn > shanghaiDay())
      throw new InvalidError([{ field: 'visitedOn', key: 'petitions.future_day' }]);
    const id = uuidv7();
    return db.transaction().execute(async (trx) => {
      const r = await withIdempotency(
        trx,
        { userId: actor.userId, key: idemKey, payload: b, answer: { id } },
        async () => {
          const d = await core.deadlines(n.district_id, trx);
          const idBidx = idNumber ? pii.blindIndex('id', idNumber) : null;
          const earlier = await repo.earlierVisit(trx, n.district_id, {
            personId: b.personId ?? null,
            idBidx,
            phoneBidx: phone.phone_bidx,
          });
          await repo.insertVisit(trx, {
            district_id: n.district_id,
            id,
            node_id: n.id,
            studio_id: b.studioId ?? null,
            channel: b.channel,
            person_id: b.personId ?? null,
            name,
            id_enc: idNumber ? pii.encrypt(idNumber) : null,
            id_bidx: idBidx,
            id_mask: idNumber ? maskNationalId(idNumber) : '',
            ...phone,
            resident_user_id: b.channel === 'online' ? actor.userId : null,
            matter: b.matter,
            category: b.category,
            people_count: b.peopleCount,
            visited_on: visitedOn,
            repeat_of: earlier?.id ?? null,
            state: 'registered',
            accept_due: addDays(visitedOn, d.acceptDays),
            created_by: actor.userId,
          });
          await auditor.append(trx, ctx, {
            action: 'petitions.visit.register',
            objectType: 'petitions_visit',
            objectId: id,
            districtId: n.district_id,
            detail: {
              node: n.id,
              channel: b.channel,
              category: b.category,
              people: b.peopleCount,
              repeatOf: earlier?.id ?? null,
            },
          });
          const collective = isCollective(b.peopleCount);
          await deps.notify.send(trx, [
            {
              districtId: n.district_id,
              nodeId: n.id,
              kind: 'petitions.registered',
              title: `${collective ? '集体访' : '来访'}待分流：${b.matter.slice(0, 30)}`,
              titleKey: collective ? 'petitions.notice.collective' : 'petitions.notice.registered',
              titleParams: { matter: b.matter.slice(0, 30) },
              link: '/petitions',
              objectType: 'petitions_visit',
              objectId: id,
            },
          ]);
          return { id };
        },
      );
      return r.result;
    });
  }

  return {
    /** An officer (or a mediator on duty) registers a visit 来访登记. */
    register: (ctx: RequestContext, b: z.infer<typeof visitBody>, idemKey?: string) =>
      store(ctx, { ...b, channel: 'walk_in' }, idemKey, 'petitions.register'),

    /** A resident files their own matter online; their name and register person come from the account. */
    submit(ctx: RequestContext, b: z.infer<typeof submitBody>, idemKey?: string) {
      const actor = requirePermission(ctx, 'petitions.submit');
      return store(
        ctx,
        {
          ...b,
          name: actor.displayName,
          personId: actor.personId ?? undefined,
          channel: 'online',
        },
        idemKey,
        'petitions.submit',
      );
    },

    /** The visits the actor reaches, newest first; mine=1: only those they filed. */
    async list(ctx: RequestContext, q: z.infer<typeof visitsQuery>) {
      const r = await core.reach(ctx, q.nodeId);
      const own = q.mine === '1';
      const rows = await repo.findVisits(db, {
        ...(own ? { residentUserId: r.actor.userId } : r),
        states: q.state ? [q.state] : undefined,
        year: q.year,
      });
      const studios = await core.studiosOf(r.actor);
      return rows.map((v) => core.out(r.actor, studios, v));
    },

    /** One visit. */
    async get(ctx: RequestContext, id: string) {
      const { v, actor } = await core.visitFor(ctx, id);
      return core.out(actor, await core.studiosOf(actor), v);
    },

    /**
     * A visitor's full ID number and phone for a stated reason (holders of petitions.reveal on the
     * visit's place; 404 otherwise); the reveal and its reason are audited in the same transaction.
     */
    async reveal(ctx: RequestContext, id: string, reason: string) {
      return db.transaction().execute(async (trx) => {
        const { v, actor } = await core.visitFor(ctx, id, trx);
        if (!can(actor, 'petitions.reveal', v.path)) throw new NotFoundError();
        const secret = await repo.visitSecrets(trx, v.district_id, v.id);
        await auditor.append(trx, ctx, {
          action: 'petitions.visit.reveal',
          objectType: 'petitions_visit',
          objectId: v.id,
          districtId: v.district_id,
          detail: { fields: ['idNumber', 'phone'], reason },
        });
        return {
          idNumber: secret.id_enc ? pii.decrypt(secret.id_enc) : null,
          phone: secret.phone_enc ? pii.decrypt(secret.phone_enc) : null,
        };
      });
    },

    /** The visits register of the subtree as Excel. */
    async exportVisits(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      requirePermission(ctx, 'petitions.export');
      const r = await core.reach(ctx, q.nodeId);
      const year = q.year ?? shanghaiThisYear();
      const rows = await repo.findVisits(db, { inScope: r.inScope, within: r.within, year, limit: 100_000 });
      const L = (k: string) => t(ctx.lang, k);
      return writeWorkbook([
        {
          name: L('petitions.sheet.visits'),
          columns: [
            { key: 'visitedOn', header: '来访日期', width: 12 },
            { key: 'node', header: '接待地点', width: 14 },
            { key: 'studio', header: '工作室', width: 20 },
            { key: 'name', header: '来访人', width: 10 },
            { key: 'phone', header: '电话', width: 14 },
            { key: 'people', header: '人数', width: 8, type: 'number' },
            { key: 'category', header: '类别', width: 10 },
            { key: 'matter', header: '事项', width: 40 },
            { key: 'route', header: '分流去向', width: 14 },
            { key: 'state', header: '状态', width: 10 },
            { key: 'notice', header: '告知书编号', width: 26 },
            { key: 'dept', header: '承办部门', width: 16 },
            { key: 'handleDue', header: '办理期限', width: 12 },
            { key: 'repliedOn', header: '答复日期', width: 12 },
            { key: 'satisfaction', header: '满意度', width: 10 },
            { key: 'repeat', header: '重复访', width: 8 },
          ],
          rows: rows.map((v) => ({
            visitedOn: v.visited_on,
            node: v.node_name,
            studio: v.studio_name ?? '',
            name: v.name,
            phone: v.phone_mask,
            people: v.people_count,
            category: L(`petitions.category.${v.category}`),
            matter: v.matter,
            route: v.route ? L(`petitions.route.${v.route}`) : '',
            state: L(`petitions.state.${v.state as State}`),
            notice: v.notice_no ?? '',
            dept: v.dept_name ?? '',
            handleDue: v.handle_due ?? '',
            repliedOn: v.replied_on ?? '',
            satisfaction: v.satisfaction ? L(`petitions.satisfaction.${v.satisfaction}`) : '',
            repeat: v.repeat_of ? '是' : '',
          })),
        },
      ]);
    },

    /** The printable 受理 / 不予受理告知书 of a triaged visit (404 before triage or for psych). */
    async notice(ctx: RequestContext, id: string) {
      const { v } = await core.visitFor(ctx, id);
      if (!v.notice_no || !v.route || !v.triaged_on)
        throw new InvalidError([{ field: 'id', key: 'petitions.no_notice' }]);
      return {
        kind: (v.route === 'petition' ? 'accept' : 'reject') as 'accept' | 'reject',
        number: v.notice_no,
        districtName: await repo.nodeName(db, v.district_id, v.district_id),
        name: v.name,
        visitedOn: v.visited_on,
        matter: v.matter,
        route: v.route as Route,
        note: v.route_note,
        issuedOn: v.triaged_on,
        handleDue: v.handle_due,
        studioName: v.studio_name,
      };
    },
  };
}
