/** What the visitteam verbs share: deps, the version check, today, the actor's district and the views. */
import type { z } from 'zod';
import { requirePermission, roleCan, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import type { PiiCipher } from '../../platform/pii/pii.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type * as repo from './visitteam.repository.ts';
import { inTerm, roundState, type CheckItem } from './visitteam.rules.ts';
import type { memberRow, roundRow } from './visitteam.schemas.ts';

/** What the visitteam verbs are built from (passed in by the composition root). */
export interface VisitteamDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  pii: Pick<PiiCipher, 'encrypt' | 'blindIndex'>;
}

/** Throws 409 when an update guarded by a version touched no row. */
export function checkUpdated(done: boolean) {
  if (!done) throw new ConflictError('visitteam.stale');
}

/** Today in Asia/Shanghai. */
export const today = () => shanghaiDay();

/** The district whose roster the actor keeps (a grant on the district node itself), or 404. */
export function rosterDistrict(ctx: RequestContext, action = 'visitteam.manage'): string {
  const actor = requirePermission(ctx, action);
  const g = actor.grants.find((x) => x.nodeId === x.districtId && roleCan(x.role, action));
  if (!g) throw new NotFoundError();
  return g.districtId;
}

/** A member as the API shows it (the phone masked). */
export function memberOut(m: repo.MemberRow, day = today()): z.infer<typeof memberRow> {
  const termStart = m.term_start;
  const termEnd = m.term_end;
  return {
    id: m.id,
    name: m.name,
    phone: m.phone_mask,
    street: m.street,
    termStart,
    termEnd,
    inTerm: inTerm({ termStart, termEnd }, day),
  };
}

/** A round as the list shows it. */
export function roundOut(r: repo.RoundRow, now = today()): z.infer<typeof roundRow> {
  return {
    id: r.id,
    nodeId: r.node_id,
    nodeName: r.node_name,
    streetName: r.street_name ?? '',
    heldOn: r.held_on,
    state: roundState(r.held_on, now),
    items: r.items as CheckItem[],
    members: Number(r.members ?? 0),
    findings: Number(r.findings ?? 0),
    fixed: Number(r.fixed ?? 0),
  };
}
