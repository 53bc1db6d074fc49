/** What the secretaries verbs share: scope checks, the version check, and taking office in a community. */
import type { RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots } from '../../platform/access/nodes.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { NotifyService } from '../notify/index.ts';
import * as repo from './secretaries.repository.ts';
import { nextTermNo, type Method } from './secretaries.rules.ts';

/** Throws 409 when an update guarded by a version touched no row. */
export function checkUpdated(r: { numUpdatedRows: bigint }) {
  if (r.numUpdatedRows === 0n) throw new ConflictError('secretaries.stale');
}

/** The people register as this module reads it: a person's full name (null when not there). */
export interface SecretaryPeople {
  fullName(districtId: string, personId: string): Promise<string | null>;
}

/** What the secretaries verbs are built from (passed in by the composition root). */
export interface SecretariesDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  people: SecretaryPeople;
}

/** Who takes office in a community. */
export interface Incoming {
  districtId: string;
  nodeId: string;
  name: string;
  personId?: string | null;
  userId?: string | null;
  method: Method;
  startedOn: string;
  termNo?: number;
  selectionId?: string | null;
}

export type SecretariesCore = ReturnType<typeof createSecretariesCore>;

/** Builds the shared part. */
export function createSecretariesCore(deps: SecretariesDeps) {
  const { db } = deps;
  return {
    /** A node the actor may perform action on; 404 otherwise. */
    nodeFor: (ctx: RequestContext, nodeId: string, action: string, exec: Executor = db) =>
      nodeFor(exec, ctx, nodeId, action),
    /** The subtree roots to read: the node asked for (inside the scope) or the whole scope. */
    roots: (ctx: RequestContext, action: string, nodeId?: string) => readRoots(db, ctx, action, nodeId),

    /** The name of who is named by a person of the register, or the name given; 422 when neither. */
    async nameOf(districtId: string, b: { name?: string; personId?: string }, field = 'name') {
      if (b.personId) {
        const n = await deps.people.fullName(districtId, b.personId);
        if (!n) throw new InvalidError([{ field: 'personId', key: 'secretaries.person_unknown' }]);
        return n;
      }
      if (!b.name) throw new InvalidError([{ field, key: 'secretaries.name_required' }]);
      return b.name;
    },

    /**
     * Puts someone in office in a vacant community (409 when it has a secretary): the term number
     * follows on from the same person's last term there unless given; audited. Answers the term's id.
     */
    async takeOffice(trx: Executor, ctx: RequestContext, x: Incoming) {
      const last = await repo.findLastTerm(trx, x.districtId, x.nodeId);
      if (last && last.ended_on && last.ended_on > x.startedOn)
        throw new InvalidError([{ field: 'startedOn', key: 'secretaries.end_before_start' }]);
      const termNo =
        x.termNo ??
        nextTermNo(
          last
            ? { termNo: last.term_no, personId: last.person_id, userId: last.user_id, name: last.name }
            : null,
          { personId: x.personId ?? null, userId: x.userId ?? null, name: x.name },
        );
      const id = uuidv7();
      const stored = await repo.insertTerm(trx, {
        district_id: x.districtId,
        id,
        node_id: x.nodeId,
        name: x.name,
        person_id: x.personId ?? null,
        user_id: x.userId ?? null,
        term_no: termNo,
        method: x.method,
        started_on: x.startedOn,
        selection_id: x.selectionId ?? null,
      });
      if (!stored) throw new ConflictError('secretaries.not_vacant');
      await deps.auditor.append(trx, ctx, {
        action: 'secretaries.term.start',
        objectType: 'secretaries_term',
        objectId: id,
        districtId: x.districtId,
        detail: { node: x.nodeId, method: x.method, termNo, startedOn: x.startedOn },
      });
      return { id, termNo };
    },
  };
}
