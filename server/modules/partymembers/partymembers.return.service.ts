/**
 * The return code 归队码 (seed 001, Beilun): the street's party service centre publishes a code;
 * a mobile member scans it on a phone (logged in as a party member, or through a one-time link the
 * branch sent) and registers with the branch where they now live. The registration enters the
 * month's inflow table at once, the member's home branch learns where they are, and the new
 * branch is told. A repeated scan for the same branch changes nothing (safe for phones to retry).
 */
import QRCode from 'qrcode';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import { ConflictError, InvalidError, NotFoundError, UnauthenticatedError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { maskName } from '../../platform/pii/pii.ts';
import { shanghaiToday, type PartymembersCore, type PartymembersDeps } from './partymembers.core.ts';
import * as repo from './partymembers.repository.ts';
import { CODE_DAYS, monthOf, newToken } from './partymembers.rules.ts';
import type { ScanInput } from './partymembers.schemas.ts';

/** Kinds of party organisation a member registers with (not groups, not dissolved ones). */
const BRANCH_KINDS = ['branch', 'general_branch', 'four_in_one', 'building', 'hometown', 'project_branch'];

/** The phone page's address for a token. */
export const returnPath = (token: string) => `/m/return/${token}`;

/** Builds the return code verbs. */
export function createReturnService(deps: PartymembersDeps & { core: PartymembersCore }) {
  const { db, auditor, core } = deps;

  async function branchesAt(path: string) {
    return (await deps.org.partyOrgsUnder(path)).filter(
      (o) => BRANCH_KINDS.includes(o.kind) && !o.dissolvedOn,
    );
  }

  async function view(
    c: {
      id: string;
      token: string;
      node_id: string;
      node_name: string;
      person_id: string | null;
      expires_at: Date;
    },
    origin: string,
  ) {
    const url = `${origin}${returnPath(c.token)}`;
    return {
      id: c.id,
      token: c.token,
      nodeId: c.node_id,
      nodeName: c.node_name,
      url,
      svg: await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
      oneTime: !!c.person_id,
      expiresAt: c.expires_at.toISOString(),
    };
  }

  return {
    /** Issues a node's public return code, or a one-time link for one party member (audited). */
    async createCode(
      ctx: RequestContext,
      input: { nodeId: string; personId?: string | null },
      origin: string,
    ) {
      const actor = requirePermission(ctx, 'partymembers.write');
      const made = await db.transaction().execute(async (trx) => {
        const n = await nodeFor(trx, ctx, input.nodeId, 'partymembers.write');
        if (input.personId) await core.partyMember(n.district_id, input.personId);
        const row = {
          district_id: n.district_id,
          id: uuidv7(),
          node_id: n.id,
          token: newToken(),
          person_id: input.personId ?? null,
          expires_at: new Date(Date.now() + CODE_DAYS[input.personId ? 'one_time' : 'public'] * 86400_000),
          created_by: actor.userId,
        };
        await repo.insertCode(trx, row);
        await auditor.append(trx, ctx, {
          action: 'partymembers.code.create',
          objectType: 'partymembers_code',
          objectId: row.id,
          districtId: n.district_id,
          detail: { nodeId: n.id, oneTime: !!input.personId },
        });
        return { ...row, node_name: n.name };
      });
      return view(made, origin);
    },

    /** The valid public codes of the actor's subtree (or below a node), to print and post. */
    async codes(ctx: RequestContext, nodeId: string, origin: string) {
      const paths = await core.roots(ctx, 'partymembers.read', nodeId);
      const rows = await repo.publicCodes(db, paths);
      return Promise.all(rows.map((r) => view({ ...r, person_id: null }, origin)));
    },

    /** What the phone page shows: the place, its branches, whether a login is needed. */
    async scanInfo(ctx: RequestContext, token: string) {
      const c = await repo.findCode(db, token);
      if (!c) throw new NotFoundError();
      if (c.expires_at <= new Date()) throw new ConflictError('partymembers.code_expired');
      const branches = await branchesAt(c.path);
      return {
        nodeName: c.node_name,
        oneTime: !!c.person_id,
        needsLogin: !c.person_id && !(ctx.actor?.personId && can(ctx.actor, 'partymembers.own')),
        branches: branches.map((b) => ({ id: b.id, name: b.name, nodeName: b.nodeName })),
      };
    },

    /** Registers the scanning member with a branch where the code is; the inflow table shows it. */
    async scan(ctx: RequestContext, token: string, input: ScanInput) {
      const today = shanghaiToday();
      return db.transaction().execute(async (trx) => {
        const c = await repo.findCode(trx, token, true);
        if (!c) throw new NotFoundError();
        if (c.expires_at <= new Date()) throw new ConflictError('partymembers.code_expired');
        let personId = c.person_id;
        if (!personId) {
          if (!ctx.actor?.personId || !can(ctx.actor, 'partymembers.own'))
            throw new UnauthenticatedError('partymembers.login_needed');
          personId = ctx.actor.personId;
        }
        const person = await core.partyMember(c.district_id, personId, 'token');
        const branch = (await branchesAt(c.path)).find((b) => b.id === input.partyOrgId);
        if (!branch) throw new InvalidError([{ field: 'partyOrgId', key: 'partymembers.branch_not_here' }]);
        const existing = await repo.findActive(trx, c.district_id, person.personId, 'in');
        if (c.person_id && c.used_at && existing)
          return { memberId: existing.id, partyOrgName: branch.name, month: monthOf(today) };
        let memberId: string;
        let moved = true;
        if (existing) {
          memberId = existing.id;
          moved = existing.party_org_id !== branch.id;
          await repo.updateMember(
            trx,
            { district_id: c.district_id, id: existing.id, version: existing.version },
            {
              party_org_id: branch.id,
              node_id: branch.nodeId,
              destination: input.destination,
              lat: input.lat ?? existing.lat,
              lng: input.lng ?? existing.lng,
              work: input.work,
              ...(moved ? { left_on: today } : {}),
            },
          );
        } else {
          memberId = uuidv7();
          const home = (await deps.org.partyOrgBriefs([person.partyOrgId]))[0];
          await repo.insertMember(trx, {
            district_id: c.district_id,
            id: memberId,
            person_id: person.personId,
            party_org_id: branch.id,
            node_id: branch.nodeId,
            direction: 'in',
            left_on: today,
            origin: input.origin || home?.name || '',
            destination: input.destination,
            lat: input.lat ?? null,
            lng: input.lng ?? null,
            work: input.work,
            conduct: '',
            basic_checked: false,
            source: 'scan',
          });
        }
        if (moved)
          await repo.insertMove(trx, {
            district_id: c.district_id,
            id: uuidv7(),
            member_id: memberId,
            node_id: branch.nodeId,
            direction: 'in',
            moved_on: today,
            place: input.origin,
            source: 'scan',
          });
        // the home branch's outflow record learns where the member is now
        const out = await repo.findActive(trx, c.district_id, person.personId, 'out');
        if (out)
          await repo.updateMember(
            trx,
            { district_id: c.district_id, id: out.id, version: out.version },
            {
              destination: `${branch.nodeName}·${branch.name}`,
              lat: input.lat ?? out.lat,
              lng: input.lng ?? out.lng,
              work: input.work,
            },
          );
        if (c.person_id) await repo.useCode(trx, c.district_id, c.id);
        await auditor.append(trx, ctx, {
          action: 'partymembers.scan',
          objectType: 'partymembers_member',
          objectId: memberId,
          districtId: c.district_id,
          detail: { codeId: c.id, partyOrgId: branch.id, oneTime: !!c.person_id, personId: person.personId },
        });
        if (moved)
          await deps.notify.send(trx, [
            {
              districtId: c.district_id,
              nodeId: branch.nodeId,
              kind: 'partymembers.scanned',
              title: `流动党员${maskName(person.name)}扫码归队，登记到${branch.name}`,
              titleKey: 'partymembers.notice.scanned',
              titleParams: { name: maskName(person.name), branch: branch.name },
              link: `/partymembers/members/${memberId}`,
              objectType: 'partymembers_member',
              objectId: memberId,
            },
          ]);
        return { memberId, partyOrgName: branch.name, month: monthOf(today) };
      });
    },
  };
}
