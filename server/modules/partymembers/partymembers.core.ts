/**
 * What the mobile party member verbs share: the ports to people and org, the actor's reach (an
 * officer's subtree, or a party member's own record), branches checked against scope, and a
 * member as views show it (personal data masked, the five clears judged).
 */
import { can, type RequestContext } from '../../platform/access/access.ts';
import { readRoots } from '../../platform/access/nodes.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { InvalidError, NotFoundError } from '../../platform/errors.ts';
import type { PiiCipher } from '../../platform/pii/pii.ts';
import type { NotifyService } from '../notify/index.ts';
import type { PartyOrgBrief } from '../org/index.ts';
import type { PartyMemberBrief, PartyMembersReader } from '../people/index.ts';
import * as repo from './partymembers.repository.ts';
import type { MemberRow } from './partymembers.repository.ts';
import { clearsOf, type Direction } from './partymembers.rules.ts';

/** The org module's answers this module needs. */
export interface PartymembersOrgPort {
  partyOrgBriefs(
    ids: string[],
  ): Promise<{ id: string; districtId: string; nodeId: string; path: string; name: string }[]>;
  partyOrgsUnder(path: string): Promise<PartyOrgBrief[]>;
}

/** What the module is built from. */
export interface PartymembersDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  members: Pick<PartyMembersReader, 'partyMembersOf' | 'partyMemberByPerson'>;
  org: PartymembersOrgPort;
  pii: Pick<PiiCipher, 'blindIndex'>;
  people: { personIdsByBidx(districtId: string, bidxs: Buffer[]): Promise<Map<string, string>> };
  /** Accounts of persons (person id → account id), to tell a paired member (结对联系). */
  accountsOf?: (districtId: string, personIds: string[]) => Promise<Map<string, string>>;
}

export type PartymembersCore = ReturnType<typeof createPartymembersCore>;

/** Today in Asia/Shanghai, 'YYYY-MM-DD'. */
export { shanghaiDay as shanghaiToday } from '../../platform/time.ts';

/** Builds the shared part. */
export function createPartymembersCore(deps: PartymembersDeps) {
  const { db } = deps;

  /** The subtree roots to read for action: a node asked for (inside scope) or the whole scope. */
  const roots = (ctx: RequestContext, action: string, nodeId?: string) => readRoots(db, ctx, action, nodeId);

  /** A member the actor may see: an officer's subtree, or a party member's own record; else 404. */
  async function visibleMember(
    ctx: RequestContext,
    id: string,
    action: string,
    exec: Executor = db,
    lock = false,
  ) {
    const m = await repo.findMember(exec, id, lock);
    if (!m) throw new NotFoundError();
    if (can(ctx.actor, action, m.path)) return m;
    if (action === 'partymembers.read' && ctx.actor?.personId && m.person_id === ctx.actor.personId) return m;
    throw new NotFoundError();
  }

  /** A branch the actor may act on for action (an unknown or out-of-scope branch is a field error). */
  async function branchFor(ctx: RequestContext, partyOrgId: string, action: string, field = 'partyOrgId') {
    const [o] = await deps.org.partyOrgBriefs([partyOrgId]);
    if (!o || !can(ctx.actor, action, o.path))
      throw new InvalidError([{ field, key: 'partymembers.branch_outside' }]);
    return o;
  }

  /** The party member a person is, in a district (a field error otherwise). */
  async function partyMember(districtId: string, personId: string, field = 'personId') {
    const [p] = await deps.members.partyMembersOf(districtId, { personIds: [personId] });
    if (!p) throw new InvalidError([{ field, key: 'partymembers.not_party_member' }]);
    return p;
  }

  /** Persons of rows by id (masked), read per district. */
  async function personsOf(rows: { district_id: string; person_id: string }[]) {
    const byDistrict = new Map<string, string[]>();
    for (const r of rows)
      byDistrict.set(r.district_id, [...(byDistrict.get(r.district_id) ?? []), r.person_id]);
    const out = new Map<string, PartyMemberBrief>();
    for (const [d, ids] of byDistrict)
      for (const p of await deps.members.partyMembersOf(d, { personIds: ids })) out.set(p.personId, p);
    return out;
  }

  /** Names of branches by id. */
  async function branchNames(ids: string[]) {
    return new Map((await deps.org.partyOrgBriefs([...new Set(ids)])).map((o) => [o.id, o.name]));
  }

  /** Members as views show them (names in full for officers, ID and phone masked). */
  async function views(ctx: RequestContext, rows: MemberRow[]) {
    const persons = await personsOf(rows);
    const orgs = await branchNames(rows.map((r) => r.party_org_id));
    const counts = new Map<string, { n: number; hours: number }>();
    for (const d of new Set(rows.map((r) => r.district_id)))
      for (const [k, v] of await repo.serviceCounts(
        db,
        d,
        rows.filter((r) => r.district_id === d).map((r) => r.id),
      ))
        counts.set(k, v);
    return rows.map((m) => {
      const p = persons.get(m.person_id);
      const c = clearsOf({
        basicChecked: m.basic_checked,
        hasPhone: !!p?.hasPhone,
        leftOn: m.left_on,
        destination: m.destination,
        work: m.work,
        conduct: m.conduct,
      });
      return {
        id: m.id,
        personId: m.person_id,
        name: p?.name ?? '—',
        gender: p?.gender ?? ('M' as const),
        nationalId: p?.nationalIdMasked ?? '',
        phone: p?.phoneMasked ?? null,
        partyOrgId: m.party_org_id,
        partyOrgName: orgs.get(m.party_org_id) ?? '',
        nodeId: m.node_id,
        nodeName: m.node_name,
        direction: m.direction as Direction,
        leftOn: m.left_on,
        origin: m.origin,
        destination: m.destination,
        lat: m.lat,
        lng: m.lng,
        work: m.work,
        conduct: m.conduct,
        basicChecked: m.basic_checked,
        clears: c.met,
        missing: c.missing,
        status: m.status as 'active' | 'returned',
        returnedOn: m.returned_on,
        teamId: m.team_id,
        source: m.source as 'register' | 'scan' | 'import',
        services: counts.get(m.id)?.n ?? 0,
        serviceHours: counts.get(m.id)?.hours ?? 0,
        version: m.version,
        can: { write: can(ctx.actor, 'partymembers.write', m.path) },
      };
    });
  }

  return { roots, visibleMember, branchFor, partyMember, personsOf, branchNames, views };
}
