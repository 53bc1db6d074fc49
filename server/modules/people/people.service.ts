/**
 * People: person records with their identities, scoped to the actor's subtree. National ID and
 * phone numbers are stored encrypted with blind indexes; every answer masks personal data unless
 * it is an audited reveal. Excel import is a stored preview followed by an all-or-nothing commit.
 */
import {
  can,
  requirePermission,
  roleCan,
  scopePaths,
  type Actor,
  type RequestContext,
} from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import { cacheInvalidatedByNotify, noChanges, type Changes } from '../../platform/db/changes.ts';
import type { Transaction } from 'kysely';
import type { DB, Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, DomainError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { PiiCipher } from '../../platform/pii/pii.ts';
import { looksLikePinyin } from '../../platform/pinyin.ts';
import { BadUploadError, readRegister, writeSheet } from './people.excel.ts';
import * as repo from './people.repository.ts';
import { normaliseNationalId, normalisePhone, personRow } from './people.row.ts';
import {
  checkImportRow,
  checkPerson,
  duplicatesInFile,
  maskPersonal,
  IMPORT_MAX_ROWS,
  SHEET_COLUMNS,
  type ImportRow,
  type RowProblem,
  type SheetKey,
} from './people.rules.ts';
import type {
  AddIdentityInput,
  CreatePersonInput,
  ListFilters,
  UpdatePersonInput,
} from './people.schemas.ts';

/** The count of a list stops here; beyond it the answer says "more than". */
export const COUNT_CAP = 10_000;
/** Most rows one export file holds. */
export const EXPORT_MAX_ROWS = 50_000;
/** How long an import preview waits for its commit. */
export const IMPORT_TTL_MS = 24 * 3600 * 1000;

export type PeopleService = ReturnType<typeof createPeopleService>;

type PersonRecord = NonNullable<Awaited<ReturnType<typeof repo.findPerson>>>;

/** The channel on which writes to people and the tree are announced (pages kept in memory listen). */
export const PAGES_CHANNEL = 'gz_people';

/** Builds the people service. */
export function createPeopleService(deps: {
  db: Db;
  auditor: Auditor;
  pii: PiiCipher;
  /** Notifications that keep the page cache true; without them no page is kept. */
  changes?: Changes;
}) {
  const { db, auditor, pii } = deps;
  // Browse pages (no search term) as served, masked, kept while every write to persons, identities
  // or the tree is heard (migration people_pages_notify): the next request for the same page under
  // the same scope is answered from memory. Searches are always read from the database.
  const changes = deps.changes ?? noChanges;
  const pages = cacheInvalidatedByNotify<PeoplePage>(changes, PAGES_CHANNEL, 2_000);
  /** After this process committed a change to people: its kept pages are forgotten now. */
  const pagesChanged = () => changes.announce(PAGES_CHANNEL, '*');
  /** A transaction of this service (every one may change what a page shows). */
  function write<T>(fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
    return db.transaction().execute(fn).finally(pagesChanged);
  }

  /** Subtree roots and the districts they reach, for the action. */
  async function scopeOf(actor: Actor, action: string) {
    const paths = scopePaths(actor, action);
    const grants = actor.grants.filter((g) => roleCan(g.role, action) && paths.includes(g.path));
    const districts = new Set(
      grants.filter((g) => g.path.split('/').filter(Boolean).length > 1).map((g) => g.districtId),
    );
    // a grant on a root node (a city, or a district at the root) reaches the districts below it
    const roots = grants.filter((g) => g.path.split('/').filter(Boolean).length <= 1).map((g) => g.path);
    for (const d of await repo.districtsUnder(db, roots)) districts.add(d);
    for (const g of grants) if (g.path.split('/').filter(Boolean).length <= 1) districts.add(g.districtId);
    return { paths, districtIds: [...districts] };
  }

  /** A person the actor may act on (action at its node), else 404. */
  async function visiblePerson(
    ctx: RequestContext,
    actor: Actor,
    id: string,
    action: string,
    exec: Executor = db,
    lock = false,
  ) {
    const { districtIds } = await scopeOf(actor, action);
    const p = await repo.findPerson(exec, districtIds, id, lock);
    if (!p || !can(actor, action, p.node_path)) throw new NotFoundError();
    return p;
  }

  /** A node where the actor may act, else a 422 on the field. */
  async function writableNode(actor: Actor, nodeId: string, action: string, field = 'nodeId') {
    const n = await repo.findNode(db, nodeId);
    if (!n || !can(actor, action, n.path) || n.level === 'department')
      throw new InvalidError([{ field, key: 'people.node.invalid' }]);
    return n;
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

  /** Resolves the list filters to SQL pieces; null when nothing can match. */
  async function filterOf(actor: Actor, action: string, f: Omit<ListFilters, 'limit' | 'offset'>) {
    const { paths, districtIds } = await scopeOf(actor, action);
    let filterPath: string | null = null;
    if (f.nodeId) {
      const n = await repo.findNode(db, f.nodeId);
      if (!n) return null;
      filterPath = n.path;
    }
    const filter: repo.PersonFilter = { districtIds, paths, filterPath, identity: f.identity };
    const q = f.q?.trim();
    if (q) {
      if (/^\d{17}[\dXx]$/.test(q)) filter.idBidx = pii.blindIndex('id', normaliseNationalId(q));
      else if (/^1\d{10}$/.test(q)) filter.phoneBidx = pii.blindIndex('phone', normalisePhone(q));
      else if (looksLikePinyin(q)) filter.pinyinPrefix = q.toLowerCase();
      else filter.nameLike = q;
    }
    return paths.length ? filter : null;
  }

  function listItem(r: repo.ListedRow) {
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

  type PeoplePage = { total: number; totalCapped: boolean; items: ReturnType<typeof listItem>[] };

  function fieldProblems(problems: { field: string; key: string; params?: Record<string, unknown> }[]) {
    return new InvalidError(problems.map((p) => ({ field: p.field, key: p.key, params: p.params })));
  }

  function duplicateId() {
    return new InvalidError([{ field: 'nationalId', key: 'people.national_id.duplicate' }]);
  }

  async function purgeExpired(): Promise<number> {
    const r = await db
      .deleteFrom('people_import_batches')
      .where('expires_at', '<=', new Date())
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  const sheetColumns = SHEET_COLUMNS.filter((c) => c.key !== 'node').map((c) => ({
    key: c.key,
    header: c.header,
    width: c.key === 'nationalId' || c.key === 'address' ? 24 : 14,
  }));

  return {
    /**
     * Person ids by national-ID blind index within a district (the grid's population register links
     * its rows to people this way; no plaintext is compared). Keys are the indexes in hex.
     */
    async personIdsByBidx(districtId: string, bidxs: Buffer[]): Promise<Map<string, string>> {
      if (!bidxs.length) return new Map();
      const rows = await db
        .selectFrom('people_persons')
        .select(['id', 'id_bidx'])
        .where('district_id', '=', districtId)
        .where('id_bidx', 'in', bidxs)
        .execute();
      return new Map(rows.map((r) => [Buffer.from(r.id_bidx).toString('hex'), r.id]));
    },

    /** Forgets the kept pages now (after this process changed the tree). */
    forgetPages: pagesChanged,

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
        return (await pages.get(key, async (): Promise<PeoplePage> => {
          let nodes: repo.SubtreeNodes;
          if (f.nodeId) {
            // a grid, a community, a street: the subtree, the page and its total in one statement
            const one = await repo.browseUnder(db, filter, f.nodeId, f.limit, f.offset);
            if (!one.tooMany) return { total: one.total, totalCapped: false, items: one.rows.map(listItem) };
            const under = await repo.subtreeNodesUnder(db, filter, f.nodeId);
            nodes = under.nodes;
            filter.filterPath = under.filterPath;
          } else nodes = await repo.subtreeNodes(db, filter);
          const { total, rows } = await repo.browsePage(db, filter, f.limit, f.offset, nodes);
          return { total, totalCapped: false, items: rows.map(listItem) };
        }))!;
      }
      const filter = await filterOf(actor, 'people.read', f);
      if (!filter) return { total: 0, totalCapped: false, items: [] };
      const [rows, count] = await Promise.all([
        repo.listPage(db, filter, f.limit, f.offset),
        repo.countCapped(db, filter, COUNT_CAP),
      ]);
      return {
        total: Math.min(count, COUNT_CAP),
        totalCapped: count > COUNT_CAP,
        items: rows.map(listItem),
      };
    },

    /** One person, masked, with identities, version and what the actor may do with it. */
    async get(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'people.read');
      const p = await visiblePerson(ctx, actor, id, 'people.read');
      const masked = maskPersonal(personalOf(p));
      const identities = await repo.identitiesOf(db, p.district_id, p.id);
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
        identities: identities.map((i) => ({
          id: i.id,
          kind: i.kind as AddIdentityInput['kind'],
          attrs: (i.attrs ?? {}) as Record<string, unknown>,
        })),
        version: p.version,
        can: {
          write: can(actor, 'people.write', p.node_path),
          reveal: can(actor, 'people.reveal', p.node_path),
        },
      };
    },

    /** The personal data in plaintext; the reveal is audited in the same transaction as it is read. */
    async reveal(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'people.reveal');
      // a reveal changes no page: only the audit is written
      return db.transaction().execute(async (trx) => {
        const p = await visiblePerson(ctx, actor, id, 'people.reveal', trx);
        await auditor.append(trx, ctx, {
          action: 'people.reveal',
          objectType: 'person',
          objectId: p.id,
          districtId: p.district_id,
          detail: { fields: ['nationalId', 'phone', 'birthDate', 'address'] },
        });
        return personalOf(p);
      });
    },

    /** Registers a person; a national ID already registered in the district is refused (422). */
    async create(ctx: RequestContext, input: CreatePersonInput, idempotencyKey?: string) {
      const actor = requirePermission(ctx, 'people.write');
      const problems = checkPerson(input);
      if (problems.length) throw fieldProblems(problems);
      const node = await writableNode(actor, input.nodeId, 'people.write');
      try {
        return await write(async (trx) => {
          const { result } = await withIdempotency(
            trx,
            { userId: actor.userId, key: idempotencyKey, payload: { op: 'people.create', input } },
            async () => {
              const id = uuidv7();
              await trx
                .insertInto('people_persons')
                .values(personRow(pii, { ...input, id, districtId: node.district_id }))
                .execute();
              await auditor.append(trx, ctx, {
                action: 'people.create',
                objectType: 'person',
                objectId: id,
                districtId: node.district_id,
                detail: { nodeId: node.id },
              });
              return { id };
            },
          );
          return result;
        });
      } catch (e) {
        if (repo.isUniqueViolation(e, 'people_persons_id_bidx')) throw duplicateId();
        throw e;
      }
    },

    /** Edits a person, checking the version the client saw; the whole record is checked again. */
    async update(ctx: RequestContext, id: string, input: UpdatePersonInput) {
      const actor = requirePermission(ctx, 'people.write');
      try {
        return await write(async (trx) => {
          const p = await visiblePerson(ctx, actor, id, 'people.write', trx, true);
          if (p.version !== input.version) throw new ConflictError('error.stale');
          const old = personalOf(p);
          const next = {
            name: input.name ?? p.name,
            gender: input.gender ?? (p.gender as 'M' | 'F'),
            birthDate: input.birthDate ?? p.birth_date,
            nationalId: input.nationalId ?? old.nationalId,
            phone: input.phone === undefined ? old.phone : input.phone,
            address: input.address === undefined ? old.address : (input.address ?? ''),
          };
          const problems = checkPerson(next);
          if (problems.length) throw fieldProblems(problems);
          let nodeId = p.node_id;
          if (input.nodeId && input.nodeId !== p.node_id) {
            const n = await writableNode(actor, input.nodeId, 'people.write');
            if (n.district_id !== p.district_id)
              throw new InvalidError([{ field: 'nodeId', key: 'people.node.invalid' }]);
            nodeId = n.id;
          }
          const {
            district_id: _d,
            id: _i,
            ...row
          } = personRow(pii, { ...next, id, nodeId, districtId: p.district_id });
          await trx
            .updateTable('people_persons')
            .set({ ...row, version: p.version + 1, updated_at: new Date() })
            .where('district_id', '=', p.district_id)
            .where('id', '=', id)
            .execute();
          const changed = (Object.keys(input) as (keyof UpdatePersonInput)[]).filter((k) => k !== 'version');
          await auditor.append(trx, ctx, {
            action: 'people.update',
            objectType: 'person',
            objectId: id,
            districtId: p.district_id,
            // names of the changed fields only: the values are personal data
            detail: { fields: changed, fromNodeId: p.node_id, toNodeId: nodeId },
          });
          return { version: p.version + 1 };
        });
      } catch (e) {
        if (repo.isUniqueViolation(e, 'people_persons_id_bidx')) throw duplicateId();
        throw e;
      }
    },

    /** Gives a person an identity (one of each kind), its attributes already shaped by kind. */
    async addIdentity(ctx: RequestContext, personId: string, input: AddIdentityInput) {
      const actor = requirePermission(ctx, 'people.write');
      const nodeIds =
        input.kind === 'cadre'
          ? [input.attrs.unitNodeId]
          : input.kind === 'grid_worker'
            ? input.attrs.gridNodeIds
            : [];
      for (const [i, nid] of nodeIds.entries()) {
        const field = input.kind === 'cadre' ? 'attrs.unitNodeId' : `attrs.gridNodeIds.${i}`;
        if (!(await repo.findNode(db, nid))) throw new InvalidError([{ field, key: 'people.node.invalid' }]);
      }
      try {
        return await write(async (trx) => {
          const p = await visiblePerson(ctx, actor, personId, 'people.write', trx, true);
          const id = uuidv7();
          await trx
            .insertInto('people_identities')
            .values({
              district_id: p.district_id,
              id,
              person_id: p.id,
              kind: input.kind,
              attrs: JSON.stringify(input.attrs),
            })
            .execute();
          await auditor.append(trx, ctx, {
            action: 'people.identity.add',
            objectType: 'person',
            objectId: p.id,
            districtId: p.district_id,
            detail: { identityId: id, kind: input.kind },
          });
          return { id };
        });
      } catch (e) {
        if (repo.isUniqueViolation(e))
          throw new InvalidError([{ field: 'kind', key: 'people.identity.duplicate' }]);
        throw e;
      }
    },

    /** Takes an identity away from a person. */
    async removeIdentity(ctx: RequestContext, personId: string, identityId: string) {
      const actor = requirePermission(ctx, 'people.write');
      return write(async (trx) => {
        const p = await visiblePerson(ctx, actor, personId, 'people.write', trx, true);
        const gone = await trx
          .deleteFrom('people_identities')
          .where('district_id', '=', p.district_id)
          .where('person_id', '=', p.id)
          .where('id', '=', identityId)
          .returning('kind')
          .executeTakeFirst();
        if (!gone) throw new NotFoundError();
        await auditor.append(trx, ctx, {
          action: 'people.identity.remove',
          objectType: 'person',
          objectId: p.id,
          districtId: p.district_id,
          detail: { identityId, kind: gone.kind },
        });
        return { ok: true as const };
      });
    },

    /**
     * Reads an uploaded register, checks every row (and duplicates in the file and the database),
     * and keeps the valid rows, encrypted, for 24 hours for its uploader to commit. Imports nothing.
     */
    async importPreview(ctx: RequestContext, input: { file: Buffer; fileName: string; nodeId?: string }) {
      const actor = requirePermission(ctx, 'people.import');
      let node;
      if (input.nodeId) node = await writableNode(actor, input.nodeId, 'people.import');
      else {
        const roots = scopePaths(actor, 'people.import');
        const grant = roots.length === 1 ? actor.grants.find((g) => g.path === roots[0]) : undefined;
        if (!grant) throw new InvalidError([{ field: 'nodeId', key: 'people.node.required' }]);
        node = await writableNode(actor, grant.nodeId, 'people.import');
      }
      const parsed = await readRegister(input.file);
      // previews nobody committed are deleted with their encrypted rows after 24 hours
      await purgeExpired();
      const problems: RowProblem[] = [];
      const good: ImportRow[] = [];
      for (const r of parsed.rows) {
        const checked = checkImportRow(r.row, r.cells);
        if (checked.ok) good.push(checked.value);
        else problems.push(...checked.problems);
      }
      // the node column names a node inside the default node's subtree, where the actor may import
      const names = [...new Set(good.map((r) => r.node).filter(Boolean))];
      const named = new Map<string, { id: string; district_id: string; path: string }[]>();
      for (const n of await repo.nodesNamed(db, node.path, names))
        named.set(n.name, [...(named.get(n.name) ?? []), n]);
      const nodeOf = new Map<number, string>();
      for (const r of good) {
        if (!r.node) {
          nodeOf.set(r.row, node.id);
          continue;
        }
        const hits = (named.get(r.node) ?? []).filter(
          (n) => n.district_id === node.district_id && can(actor, 'people.import', n.path),
        );
        if (hits.length === 1) nodeOf.set(r.row, hits[0].id);
        else
          problems.push({ row: r.row, column: 'node', key: 'people.node.unknown', params: { name: r.node } });
      }
      // a number seen twice cannot be imported twice, whether or not its first row was valid
      problems.push(
        ...duplicatesInFile(
          parsed.rows.flatMap((r) => {
            const c = r.cells.nationalId;
            const id = c && 'text' in c ? normaliseNationalId(c.text) : '';
            return id ? [{ row: r.row, nationalId: id }] : [];
          }),
        ),
      );
      const bidx = new Map(good.map((r) => [r.row, pii.blindIndex('id', r.nationalId)]));
      const existing = await repo.existingIdBidx(db, node.district_id, [...bidx.values()]);
      for (const r of good)
        if (existing.has(bidx.get(r.row)!.toString('hex')))
          problems.push({ row: r.row, column: 'nationalId', key: 'people.national_id.duplicate' });
      const badRows = new Set(problems.map((p) => p.row));
      const valid = good
        .filter((r) => !badRows.has(r.row))
        .map((r) => ({ ...r, nodeId: nodeOf.get(r.row)! }));
      problems.sort(
        (a, b) =>
          a.row - b.row ||
          SHEET_COLUMNS.findIndex((c) => c.key === a.column) -
            SHEET_COLUMNS.findIndex((c) => c.key === b.column),
      );
      const batchId = uuidv7();
      await db
        .insertInto('people_import_batches')
        .values({
          district_id: node.district_id,
          id: batchId,
          user_id: actor.userId,
          node_id: node.id,
          file_name: input.fileName.slice(0, 200),
          total: parsed.rows.length,
          valid: valid.length,
          invalid: badRows.size,
          rows_enc: pii.encrypt(JSON.stringify(valid)),
          errors: JSON.stringify(problems),
          expires_at: new Date(Date.now() + IMPORT_TTL_MS),
        })
        .execute();
      const header = (k: SheetKey) => parsed.headers[k] ?? SHEET_COLUMNS.find((c) => c.key === k)!.header;
      return {
        batchId,
        total: parsed.rows.length,
        valid: valid.length,
        invalid: badRows.size,
        errors: problems.map((p) => ({
          row: p.row,
          column: header(p.column),
          reason: t(ctx.lang, p.key, p.params),
        })),
      };
    },

    /** Imports a previewed batch in one transaction: the valid rows, or ('all') every row or nothing. */
    async importCommit(ctx: RequestContext, batchId: string, mode: 'valid' | 'all') {
      const actor = requirePermission(ctx, 'people.import');
      try {
        return await write(async (trx) => {
          const b = await trx
            .selectFrom('people_import_batches as b')
            .innerJoin('org_nodes as n', 'n.id', 'b.node_id')
            .select([
              'b.district_id',
              'b.id',
              'b.node_id',
              'b.total',
              'b.valid',
              'b.invalid',
              'b.rows_enc',
              'b.status',
              'n.path',
            ])
            .where('b.id', '=', batchId)
            .where('b.user_id', '=', actor.userId)
            .where('b.expires_at', '>', new Date())
            .forUpdate('b')
            .executeTakeFirst();
          if (!b || !can(actor, 'people.import', b.path)) throw new DomainError(404, 'people.import.expired');
          if (b.status !== 'pending') throw new ConflictError('people.import.committed');
          if (mode === 'all' && b.invalid > 0)
            throw new ConflictError('people.import.has_errors', { invalid: b.invalid });
          if (b.valid === 0) throw new ConflictError('people.import.nothing_valid');
          const rows = JSON.parse(pii.decrypt(b.rows_enc)) as (ImportRow & { nodeId: string })[];
          await repo.insertPersons(
            trx,
            rows.map((r) => personRow(pii, { ...r, id: uuidv7(), districtId: b.district_id })),
          );
          await trx
            .updateTable('people_import_batches')
            .set({
              status: 'committed',
              imported: rows.length,
              committed_at: new Date(),
              rows_enc: Buffer.alloc(0),
            })
            .where('district_id', '=', b.district_id)
            .where('id', '=', b.id)
            .execute();
          await auditor.append(trx, ctx, {
            action: 'people.import',
            objectType: 'import_batch',
            objectId: b.id,
            districtId: b.district_id,
            detail: {
              mode,
              total: b.total,
              valid: b.valid,
              invalid: b.invalid,
              imported: rows.length,
              nodeId: b.node_id,
            },
          });
          return { imported: rows.length };
        });
      } catch (e) {
        if (repo.isUniqueViolation(e, 'people_persons_id_bidx'))
          throw new ConflictError('people.import.conflict');
        throw e;
      }
    },

    /** The empty register to fill in, with a help sheet. */
    async template(ctx: RequestContext) {
      requirePermission(ctx, 'people.import');
      return writeSheet(
        '居民 (Residents)',
        SHEET_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: 20 })),
        [],
        [
          '必填：姓名、身份证号。性别、出生日期可留空，将按身份证号填写。Required: name and national ID; gender and birth date may be left blank and are taken from the ID.',
          '身份证号、手机号请按文本填写，避免 Excel 丢失位数。Type ID and phone numbers as text so Excel keeps every digit.',
          '性别：男 / 女 (M / F)。出生日期：YYYY-MM-DD。手机号：11 位大陆手机号。Gender: 男/女 or M/F. Birth date: YYYY-MM-DD. Phone: 11-digit mainland mobile.',
          '所属节点：可留空（导入到所选节点），或填写所选节点下的网格、楼栋名称。Node: blank (the chosen node) or the name of a grid or building under it.',
          `每个文件最多 ${IMPORT_MAX_ROWS} 行。At most ${IMPORT_MAX_ROWS} rows per file.`,
        ],
      );
    },

    /** The filtered list as an Excel file: masked, unless reveal is asked for and allowed (then audited). */
    async exportXlsx(ctx: RequestContext, f: Omit<ListFilters, 'limit' | 'offset'>, reveal: boolean) {
      const actor = requirePermission(ctx, 'people.export');
      const filter = await filterOf(actor, 'people.export', f);
      const nodes = filter && repo.isBrowse(filter) ? await repo.subtreeNodes(db, filter) : undefined;
      const rows = filter ? await repo.listPage(db, filter, EXPORT_MAX_ROWS, 0, nodes) : [];
      let revealed = 0;
      const out = rows.map((r) => {
        const plain = personalOf(r);
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
          filters: { nodeId: f.nodeId ?? null, identity: f.identity ?? null, q: Boolean(f.q) },
        },
      });
      return writeSheet(
        '居民 (Residents)',
        [...sheetColumns, { key: 'node', header: '所属节点 (Node)', width: 20 }],
        out,
      );
    },

    /** Names of a district's persons by id, for other modules (cadres, grid workers); no personal data. */
    async briefs(districtId: string, ids: string[]): Promise<{ id: string; name: string; nodeId: string }[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('people_persons')
        .select(['id', 'name', 'node_id'])
        .where('district_id', '=', districtId)
        .where('id', 'in', [...new Set(ids)].slice(0, 1000))
        .execute();
      return rows.map((r) => ({ id: r.id, name: r.name, nodeId: r.node_id }));
    },

    /** Deletes expired import previews (their encrypted rows included); returns how many. */
    purgeExpiredImports: purgeExpired,
  };
}

export { BadUploadError };
export type { PersonRecord };
