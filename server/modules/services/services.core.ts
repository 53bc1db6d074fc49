/**
 * What the marketplace's families of verbs share: the organisation an account acts for, the
 * nodes over a resident's home (whose items reach them), the year's bounds, and an order as each
 * reader may see it (a social organisation never gets the resident's phone or name).
 */
import { can, type Actor, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ForbiddenError, NotFoundError } from '../../platform/errors.ts';
import type { PiiCipher } from '../../platform/pii/pii.ts';
import { maskPhone } from '../../platform/pii/pii.ts';
import type { NotifyService } from '../notify/index.ts';
import type { StaffOrg } from '../socialorgs/index.ts';
import { findNode, type OrderRow } from './services.repository.ts';
import { actionsFor, type List, type OrderState, type ServiceCategory } from './services.rules.ts';

/** The socialorgs reads the marketplace needs. */
export interface MarketOrgs {
  staffOrg(userId: string): Promise<StaffOrg | null>;
  orgNames(ids: readonly string[]): Promise<Map<string, { name: string; category: string }>>;
}

/** What the marketplace is built from (passed in by the composition root). */
export interface ServicesDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  pii: Pick<PiiCipher, 'encrypt' | 'decrypt'>;
  orgs: MarketOrgs;
}

/** The nodes on the way down to each of the actor's grants for an action (items up there reach them). */
export { pathsAbove } from '../../platform/access/above.ts';

/** The instants a Shanghai calendar year runs from and to. */
export { shanghaiYearRange as shanghaiYear } from '../../platform/time.ts';

/** This Shanghai calendar year. */
export { shanghaiThisYear as thisYear } from '../../platform/time.ts';

/** The path of the node asked for, when it lies under one of the actor's grants; 404 otherwise. */
export async function grantedPath(db: Executor, actor: Actor, nodeId: string) {
  const n = await findNode(db, nodeId);
  if (!n || !actor.grants.some((g) => n.path.startsWith(g.path))) throw new NotFoundError();
  return n.path;
}

/** The organisation the actor acts for, or 403 when they act for none. */
export async function requireOrg(orgs: MarketOrgs, ctx: RequestContext): Promise<StaffOrg> {
  const o = ctx.actor ? await orgs.staffOrg(ctx.actor.userId) : null;
  if (!o) throw new ForbiddenError('services.no_org');
  return o;
}

/** An order as the reader may see it, with the actions they may take. */
export function orderView(
  r: OrderRow,
  ctx: RequestContext,
  myOrg: StaffOrg | null,
  pii: Pick<PiiCipher, 'decrypt'>,
) {
  const actor = ctx.actor;
  const mine = !!actor && r.resident_user_id === actor.userId;
  const officer = can(actor, 'services.manage', r.path);
  const asOrg =
    !!myOrg &&
    can(actor, 'services.accept', r.path) &&
    (r.org_id === myOrg.id || (r.state === 'open' && (!r.provider_org_id || r.provider_org_id === myOrg.id)));
  const showPhone = (mine || officer) && !asOrg && r.contact_phone_enc;
  return {
    id: r.id,
    nodeId: r.node_id,
    nodeName: r.node_name,
    list: r.list as List,
    category: r.category as ServiceCategory,
    title: r.title,
    note: r.note,
    residentLabel: r.resident_label,
    ...(showPhone ? { contactPhone: maskPhone(pii.decrypt(r.contact_phone_enc!)) } : {}),
    state: r.state as OrderState,
    orgName: r.org_name,
    placedAt: r.placed_at.toISOString(),
    acceptedAt: r.accepted_at?.toISOString() ?? null,
    deliveredAt: r.delivered_at?.toISOString() ?? null,
    deliveryNote: r.delivery_note,
    rating: r.rating,
    ratingComment: r.rating_comment,
    ratedAt: r.rated_at?.toISOString() ?? null,
    actions: actionsFor(r.state as OrderState, {
      org: asOrg,
      resident: mine && can(actor, 'services.order'),
    }),
  };
}
