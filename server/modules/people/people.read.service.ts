/**
 * Reading the register: the list (browse pages kept in memory, searches read each time), one
 * person masked with the names behind its identities' ids, the audited reveal with its reason, the
 * Excel export, and the lookups other modules use (ids by blind index, names by id).
 */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { maskName } from '../../platform/pii/pii.ts';
import { looksLikePinyin } from '../../platform/pinyin.ts';
import type { PeopleCore, PeoplePage } from './people.core.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import * as repo from './people.repository.ts';
import * as listRepo from './people.list.repository.ts';
import { normaliseNationalId, normalisePhone } from './people.row.ts';
import { maskPersonal, SHEET_COLUMNS } from './people.rules.ts';
import type { AddIdentityInput, ListFilters, RevealInput } from './people.schemas.ts';

/** The count of a list stops here; beyond it the answer says "more than". */
export const COUNT_CAP = 10_000;
/** Most rows one export file holds. */
export const EXPORT_MAX_ROWS = 50_000;

/** The ids an identity's attributes name, as [key in names, kind of thing]. */
function idsNamed(kind: string, attrs: Record<string, unknown>): { partyOrgs: string[]; nodes: string[] } {
  if (kind === 'party_member' && typeof attrs.partyOrgId === 'string')
    return { partyOrgs: [attrs.partyOrgId], nodes: [] };
  if (kind === 'cadre' && typeof attrs.unitNodeId === 'string')
    return { partyOrgs: [], nodes: [attrs.unitNodeId] };
  if (kind === 'grid_worker' && Array.isArray(attrs.gridNodeIds))
    return { partyOrgs: [], nodes: attrs.gridNodeIds.filter((x): x is string => typeof x === 'string') };
  return { partyOrgs: [], nodes: [] };
}

/** Builds the reading verbs. */
export function createPeopleReadService(
  core: Pick<
    PeopleCore,
    | 'db'
    | 'auditor'
    | 'pii'
    | 'org'
    | 'pages'
    | 'pagesChanged'
    | 'scopeOf'
    | 'personalOf'
    | 'listItem'
    | 'visiblePerson'
  >,
) {
  const { db, auditor, pii } = core;

  /** Resolves the list filters to SQL pieces; null when nothing can match. */
  async function filterOf(
    actor: NonNullable<RequestContext['actor']>,
    action: string,
    f: Omit<ListFilters, 'limit' | 'offset'>,
  ) {
    const { paths, districtIds } = await core.scopeOf(actor, action);
    let filterPath: string | null = null;
    if (f.nodeId) {
      const n = await repo.findNode(db, f.nodeId);
      if (!n) return null;
      filterPath = n.path;
    }
    const filter: listRepo.PersonFilter = { districtIds, paths, filterPath, identity: f.identity };
    const q = f.q?.trim();
    if (q) {
      if (/^\d{17}[\dXx]$/.test(q)) filter.idBidx = pii.blindIndex('id', normaliseNationalId(q));
      else if (/^1\d{10}$/.test(q)) filter.phoneBidx = pii.blindIndex('phone', normalisePhone(q));
      else if (looksLikePinyin(q)) filter.pinyinPrefix = q.toLowerCase();
      else filter.nameLike = q;
    }
    return paths.length ? filter : null;
  }

  const sheetColumns = SHEET_COLUMNS.filter((c) => c.key !== 'node').map((c) => ({
    key: c.key,
    header: c.header,
    width: c.key === 'nationalId' || c.key === 'address' ? 24 : 14,
  }));

  return {
    /**
     * Person ids by national-ID blind index within a district (the grid's population register links
     * its rows to people this way; no plaintext is compared). Keys are the indexes in hex. Where a
     * number stands in two communities' registers, the earliest registration is given.
     */
    async personIdsByBidx(districtId: string, bidxs: Buffer[]): Promise<Map<string, string>> {
      if (!bidxs.length) return new Map();
      const rows = await repo.personIdsByBidx(db, districtId, bidxs);
      return new Map(rows.map((r) => [Buffer.from(r.id_bidx).toString('hex'), r.id]));
    },

    /** Forgets the kept pages now (after this process changed the tree). */
    forgetPages: core.pagesChanged,

    /** A page of people in the actor's subtree matching name, pinyin, exact ID/phone, node and identity. */
    async list(ctx: RequestContext, f: ListFilters) {
      const actor = requirePermission(ctx, 'people.read');
      if (!f.q?.trim()) {
        // a browse: under a node, one statement (browseUnder); else, or above MANY_NODES nodes,
        // the subtree in one query, then the page and its exact total (per-node counts) in another
        const filter = await filterOf(actor, 'people.read', { ...f, nodeId: undefined });
        if (!filter) return { total: 0, totalCapped: false, items: [] };
        // the page depends on the scope (in the filter) and the page asked for, not on who asks
        const key = JSON.stringify([filter, f.nodeId ?? null, f.limit, f.offset]);
        return (await core.pages.get(key, async (): Promise<PeoplePage> => {
          let nodes: listRepo.SubtreeNodes;
          if (f.nodeId) {
            // a grid, a community, a street: the subtree, the page and its total in one statement
            const one = await listRepo.browseUnder(db, filter, f.nodeId, f.limit, f.offset);
            if (!one.tooMany)
              return { total: one.total, totalCapped: false, items: one.rows.map(core.listItem) };
            const under = await listRepo.subtreeNodesUnder(db, filter, f.nodeId);
            nodes = under.nodes;
            filter.filterPath = under.filterPath;
          } else nodes = await listRepo.subtreeNodes(db, filter);
          const { total, rows } = await listRepo.browsePage(db, filter, f.limit, f.offset, nodes);
          return { total, totalCapped: false, items: rows.map(core.listItem) };
        }))!;
      }
      const filter = await filterOf(actor, 'people.read', f);
      if (!filter) return { total: 0, totalCapped: false, items: [] };
      const [rows, count] = await Promise.all([
        listRepo.listPage(db, filter, f.limit, f.offset),
        listRepo.countCapped(db, filter, COUNT_CAP),
      ]);
      return {
        total: Math.min(count, COUNT_CAP),
        totalCapped: count > COUNT_CAP,
        items: rows.map(core.listItem),
      };
    },

    /**
     * One person, masked, with identities (and the names of the party organisation, unit or grids
     * they name, so no raw id reaches a page), version and what the actor may do with it.
     */
    async get(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'people.read');
      const p = await core.visiblePerson(actor, id, 'people.read');
      const masked = maskPersonal(core.personalOf(p));
      const identities = await repo.identitiesOf(db, p.district_id, p.id);
      const named = identities.map((i) => idsNamed(i.kind, (i.attrs ?? {}) as Record<string, unknown>));
      const [orgs, nodes] = await Promise.all([
        core.org?.partyOrgBriefs(named.flatMap((n) => n.partyOrgs)) ?? [],
        core.org?.nodeNames(named.flatMap((n) => n.nodes)) ?? new Map<string, string>(),
      ]);
      const orgNames = new Map(orgs.filter((o) => o.districtId === p.district_id).map((o) => [o.id, o.name]));
      return {
        id: p.id,
        name: p.name,
        gender: p.gender as 'M' | 'F',
        birthDate: masked.birthDate,
        nationalId: masked.nationalId,
        phone: masked.phone,
        address: masked.address,
        nodeId: p.node_id,
        nodeName: p.node_name,
        identities: identities.map((i, k) => ({
          id: i.id,
          kind: i.kind as AddIdentityInput['kind'],
          attrs: (i.attrs ?? {}) as Record<string, unknown>,
          names: Object.fromEntries([
            ...named[k].partyOrgs.flatMap((x) => (orgNames.has(x) ? [[x, orgNames.get(x)!]] : [])),
            ...named[k].nodes.flatMap((x) => (nodes.has(x) ? [[x, nodes.get(x)!]] : [])),
          ]),
        })),
        version: p.version,
        can: {
          write: can(actor, 'people.write', p.node_path),
          reveal: can(actor, 'people.reveal', p.node_path),
        },
      };
    },

    /**
     * The personal data in plaintext, for a stated reason; the reveal and its reason are audited in
     * the same transaction as the data is read.
     */
    async reveal(ctx: RequestContext, id: string, why: RevealInput) {
      const actor = requirePermission(ctx, 'people.reveal');
      // a reveal changes no page: only the audit is written
      return db.transaction().execute(async (trx) => {
        const p = await core.visiblePerson(actor, id, 'people.reveal', trx);
        await auditor.append(trx, ctx, {
          action: 'people.reveal',
          objectType: 'person',
          objectId: p.id,
          districtId: p.district_id,
          detail: {
            fields: ['nationalId', 'phone', 'birthDate', 'address'],
            reason: why.reason,
            ...(why.note ? { note: why.note } : {}),
          },
        });
        return core.personalOf(p);
      });
    },

    /**
     * The filtered list as an Excel file: masked, unless reveal is asked for with a reason and
     * allowed (then audited with the reason).
     */
    async exportXlsx(
      ctx: RequestContext,
      f: Omit<ListFilters, 'limit' | 'offset'>,
      reveal: boolean,
      why?: Partial<RevealInput>,
    ) {
      const actor = requirePermission(ctx, 'people.export');
      const filter = await filterOf(actor, 'people.export', f);
      const nodes = filter && listRepo.isBrowse(filter) ? await listRepo.subtreeNodes(db, filter) : undefined;
      const rows = filter ? await listRepo.listPage(db, filter, EXPORT_MAX_ROWS, 0, nodes) : [];
      let revealed = 0;
      const out = rows.map((r) => {
        const plain = core.personalOf(r);
        const show = reveal && can(actor, 'people.reveal', r.node_path);
        if (show) revealed++;
        const p = show ? plain : maskPersonal(plain);
        return {
          name: r.name,
          gender: r.gender === 'M' ? '男' : '女',
          birthDate: p.birthDate,
          nationalId: p.nationalId,
          phone: p.phone,
          address: p.address,
          node: r.node_name,
        };
      });
      await auditor.record(ctx, {
        action: 'people.export',
        objectType: 'person',
        detail: {
          rows: rows.length,
          revealed,
          ...(reveal ? { reason: why?.reason ?? null, ...(why?.note ? { note: why.note } : {}) } : {}),
          filters: { nodeId: f.nodeId ?? null, identity: f.identity ?? null, q: Boolean(f.q) },
        },
      });
      // text typed by users (names, addresses) that looks like a formula is written inert
      return writeWorkbook([
        {
          name: '居民 (Residents)',
          columns: [...sheetColumns, { key: 'node', header: '所属节点 (Node)', width: 20 }],
          rows: out,
        },
      ]);
    },

    /** Residents' names masked (张*明), by person id, for the audit log's "whose record". */
    async maskedNames(districtId: string, ids: string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await repo.personBriefs(db, districtId, [...new Set(ids)].slice(0, 1000));
      return new Map(rows.map((r) => [r.id, maskName(r.name)]));
    },

    /** Names of a district's persons by id, for other modules (cadres, grid workers); no personal data. */
    async briefs(districtId: string, ids: string[]): Promise<{ id: string; name: string; nodeId: string }[]> {
      if (ids.length === 0) return [];
      const rows = await repo.personBriefs(db, districtId, [...new Set(ids)].slice(0, 1000));
      return rows.map((r) => ({ id: r.id, name: r.name, nodeId: r.node_id }));
    },
  };
}
