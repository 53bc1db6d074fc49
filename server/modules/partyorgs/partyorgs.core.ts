/**
 * What the party-organisation quality verbs share: the org port (organisations of a subtree and
 * by id), the subtree roots an actor reads, an organisation checked against scope.
 */
import { can, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor as platformNodeFor } from '../../platform/access/nodes.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { InvalidError } from '../../platform/errors.ts';
import type { NotifyService } from '../notify/index.ts';
import type { PartyOrgBrief, PartyOrgKind } from '../org/index.ts';

/** The org module's answers this module needs. */
export interface PartyorgsOrgPort {
  partyOrgBriefs(
    ids: string[],
  ): Promise<{ id: string; districtId: string; nodeId: string; path: string; name: string }[]>;
  partyOrgsUnder(path: string, kinds?: readonly PartyOrgKind[]): Promise<PartyOrgBrief[]>;
  livePartyOrgCount(path: string, except?: string[]): Promise<number>;
}

/** What the module is built from. */
export interface PartyorgsDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  org: PartyorgsOrgPort;
  /** Titles named in a year to these nodes (the creation module's, through the composition root). */
  titles?: (districtId: string, nodeIds: readonly string[], year: number) => Promise<TitleFact[]>;
}

import type { TitleFact } from './partyorgs.rules.ts';

export type PartyorgsCore = ReturnType<typeof createPartyorgsCore>;

/** Today in Asia/Shanghai, 'YYYY-MM-DD'. */
export { shanghaiDay as shanghaiToday } from '../../platform/time.ts';

/** Builds the shared part. */
export function createPartyorgsCore(deps: PartyorgsDeps) {
  const { db } = deps;

  /** The node asked for, inside the actor's scope for action (403 without the permission, 404 otherwise). */
  const nodeFor = (ctx: RequestContext, nodeId: string, action: string) =>
    platformNodeFor(db, ctx, nodeId, action);

  /** An organisation the actor may act on for action (a field error otherwise). */
  async function orgFor(ctx: RequestContext, partyOrgId: string, action: string, field = 'partyOrgId') {
    const [o] = await deps.org.partyOrgBriefs([partyOrgId]);
    if (!o || !can(ctx.actor, action, o.path))
      throw new InvalidError([{ field, key: 'partyorgs.org_outside' }]);
    return o;
  }

  /** Live organisations below a path (dissolved ones left out). */
  async function orgsUnder(path: string) {
    return (await deps.org.partyOrgsUnder(path)).filter((o) => !o.dissolvedOn);
  }

  /** Names of organisations by id. */
  async function orgNames(ids: string[]) {
    return new Map((await deps.org.partyOrgBriefs([...new Set(ids)])).map((o) => [o.id, o.name]));
  }

  return { nodeFor, orgFor, orgsUnder, orgNames };
}
