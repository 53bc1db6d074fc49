/**
 * What the people use-case files share: the page cache and the transaction that forgets it, the
 * actor's scope, the person and node checks (404 outside scope), decryption for views, and the
 * national-ID duplicate check that tells only of registrations the actor may see.
 */
import type { Transaction } from 'kysely';
import { can, roleCan, scopePaths, type Actor, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import { cacheInvalidatedByNotify, noChanges, type Changes } from '../../platform/db/changes.ts';
import type { DB, Db, Executor } from '../../platform/db/db.ts';
import { InvalidError, NotFoundError } from '../../platform/errors.ts';
import type { PiiCipher } from '../../platform/pii/pii.ts';
import * as repo from './people.repository.ts';
import * as listRepo from './people.list.repository.ts';
import { maskPersonal } from './people.rules.ts';

/** The org module's answers people needs (names and party organisations). */
export interface PeopleOrgPort {
  partyOrgBriefs(
    ids: string[],
  ): Promise<{ id: string; districtId: string; nodeId: string; path: string; name: string }[]>;
  nodeNames(ids: string[]): Promise<Map<string, string>>;
}

/** What the people service is built from. */
export interface PeopleDeps {
  db: Db;
  auditor: Auditor;
  pii: PiiCipher;
  /** Notifications that keep the page cache true; without them no page is kept. */
  changes?: Changes;
  /** Names and party organisations from the org module; without it ids are shown as they are. */
  org?: PeopleOrgPort;
}

/** The channel on which writes to people and the tree are announced (pages kept in memory listen). */
export const PAGES_CHANNEL = 'gz_people';

/** A page of the list as served (masked). */
export type PeoplePage = {
  total: number;
  totalCapped: boolean;
  items: ReturnType<ReturnType<typeof createPeopleCore>['listItem']>[];
};

export type PeopleCore = ReturnType<typeof createPeopleCore>;

/** The shared pieces of the people service. */
export function createPeopleCore(deps: PeopleDeps) {
  const { db, pii } = deps;
  // Browse pages (no search term) as served, masked, kept while every write to persons, identities
  // or the tree is heard (migration people_pages_notify): the next request for the same page under
  // the same scope is answered from memory. Searches are always read from the database.
  const changes = deps.changes ?? noChanges;
  const pages = cacheInvalidatedByNotify<PeoplePage>(changes, PAGES_CHANNEL, 2_000);
  /** After this process committed a change to people: its kept pages are forgotten now. */
  const pagesChanged = () => changes.announce(PAGES_CHANNEL, '*');

  /** Subtree roots and the districts they reach, for the action. */
  async function scopeOf(actor: Actor, action: string) {
    const paths = scopePaths(actor, action);
    const grants = actor.grants.filter((g) => roleCan(g.role, action) && paths.includes(g.path));
    const depth = (p: string) => p.split('/').filter(Boolean).length;
    const districts = new Set(grants.filter((g) => depth(g.path) > 1).map((g) => g.districtId));
    // a grant on a root node (a city, or a district at the root) reaches the districts below it
    const roots = grants.filter((g) => depth(g.path) <= 1).map((g) => g.path);
    for (const d of await repo.districtsUnder(db, roots)) districts.add(d);
    for (const g of grants) if (depth(g.path) <= 1) districts.add(g.districtId);
    return { paths, districtIds: [...districts] };
  }

  const personalOf = (p: {
    id_enc: Buffer;
    phone_enc: Buffer | null;
    birth_date: string;
    address: string;
  }) => ({
    nationalId: pii.decrypt(p.id_enc),
    phone: p.phone_enc ? pii.decrypt(p.phone_enc) : null,
    birthDate: p.birth_date,
    address: p.address,
  });

  function listItem(r: listRepo.ListedRow) {
    const masked = maskPersonal(personalOf(r));
    return {
      id: r.id,
      name: r.name,
      gender: r.gender,
      birthDate: masked.birthDate,
      nationalId: masked.nationalId,
      phone: masked.phone,
      nodeId: r.node_id,
      nodeName: r.node_name,
      identities: r.kinds,
    };
  }

  return {
    ...deps,
    changes,
    pages,
    pagesChanged,
    scopeOf,
    personalOf,
    listItem,
    /** A transaction of this service (every one may change what a page shows). */
    write<T>(fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
      return db.transaction().execute(fn).finally(pagesChanged);
    },

    /** A person the actor may act on (action at its node), else 404. */
    async visiblePerson(actor: Actor, id: string, action: string, exec: Executor = db, lock = false) {
      const { districtIds } = await scopeOf(actor, action);
      const p = await repo.findPerson(exec, districtIds, id, lock);
      if (!p || !can(actor, action, p.node_path)) throw new NotFoundError();
      return p;
    },

    /** A node where the actor may act, else a 422 on the field. */
    async writableNode(actor: Actor, nodeId: string, action: string, field = 'nodeId') {
      const n = await repo.findNode(db, nodeId);
      if (!n || !can(actor, action, n.path) || n.level === 'department')
        throw new InvalidError([{ field, key: 'people.node.invalid' }]);
      return n;
    },

    /**
     * Inside a transaction that registers these numbers: locks them, then tells which are already
     * registered where the actor may read people (hex of the blind index). A registration outside
     * that scope is not told of: the number answers as absent and the person may stand in both
     * registers (issue 15 #6).
     */
    async takenInScope(
      trx: Executor,
      ctx: RequestContext,
      districtId: string,
      bidxs: Buffer[] | Buffer,
      exceptPersonId?: string,
    ): Promise<Set<string>> {
      const list = Array.isArray(bidxs) ? bidxs : [bidxs];
      await repo.lockNationalIds(trx, districtId, Array.isArray(bidxs) ? 'all' : bidxs);
      return repo.idBidxTakenInPaths(
        trx,
        districtId,
        list,
        scopePaths(ctx.actor, 'people.read'),
        exceptPersonId,
      );
    },

    /** A 422 naming each broken field. */
    fieldProblems(problems: { field: string; key: string; params?: Record<string, unknown> }[]) {
      return new InvalidError(problems.map((p) => ({ field: p.field, key: p.key, params: p.params })));
    },

    /** The 422 of a national ID already registered where the actor can see it. */
    duplicateId() {
      return new InvalidError([{ field: 'nationalId', key: 'people.national_id.duplicate' }]);
    },
  };
}
