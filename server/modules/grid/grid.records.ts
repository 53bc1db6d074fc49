/**
 * Register records 台账 as every use case handles them: attributes checked for their kind (national
 * ID numbers validated, encrypted and indexed, only the masked number kept in attrs), stored with
 * history, shown masked, and linked to the people register by the ID's blind index.
 */
import type { z } from 'zod';
import type { Actor } from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import { InvalidError, NotFoundError, StaleError, type FieldProblem } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { parseNationalId } from '../../platform/pii/national-id.ts';
import { maskName, maskNationalId, type PiiCipher } from '../../platform/pii/pii.ts';
import type { GridTree, PersonIdsByBidx, TreeNode } from './grid.ports.ts';
import * as recordsRepo from './grid.records.repository.ts';
import {
  formatNumber,
  labelOf,
  visitCategoryOf,
  type RegisterKind,
  type VisitCategory,
} from './grid.rules.ts';
import { inReach, type GridScope } from './grid.scope.ts';
import { entityAttrs, housingAttrs, populationAttrs, type recordView } from './grid.schemas.ts';

/** A stale update of a register record: carries the server's current copy. */
export class StaleRecordError extends StaleError {
  constructor(override readonly current: z.infer<typeof recordView>) {
    super(current);
  }
}

/** A record's attributes checked and ready to store. */
export interface Prepared {
  attrs: Record<string, unknown>;
  idEnc: Buffer | null;
  idBidx: Buffer | null;
  uniqueKey: string | null;
  label: string;
  visitCategory: VisitCategory;
}

/** A stored record as read. */
export type RecordRow = NonNullable<Awaited<ReturnType<typeof recordsRepo.recordById>>>;

const ATTRS = { housing: housingAttrs, population: populationAttrs, entity: entityAttrs } as const;
/** Levels a register record may hang on. */
export const REGISTER_LEVELS = ['grid', 'micro_grid', 'building'];
/** An instant as ISO 8601, or null. */
export const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);

/** Attributes as shown: a person's name masked. */
export function maskedAttrs(kind: string, attrs: Record<string, unknown>) {
  if (kind !== 'population') return attrs;
  return { ...attrs, name: maskName(String(attrs.name ?? '')) };
}

/** A record's label as shown: a person's name masked. */
export const shownLabel = (kind: string, label: string) => (kind === 'population' ? maskName(label) : label);

/**
 * Validates a record's attributes for its kind. Population ID numbers are checked (GB 11643),
 * encrypted and indexed; the stored attrs keep only the masked number.
 */
export function prepareRecord(
  pii: PiiCipher,
  kind: RegisterKind,
  raw: Record<string, unknown>,
  prefix = 'attrs',
): Prepared | { problems: FieldProblem[] } {
  const parsed = ATTRS[kind].safeParse(raw);
  if (!parsed.success)
    return {
      problems: parsed.error.issues.map((i) => ({
        field: `${prefix}.${i.path.join('.')}`,
        key: 'error.validation',
        message: i.message,
      })),
    };
  const attrs = { ...(parsed.data as Record<string, unknown>) };
  let idEnc: Buffer | null = null;
  let idBidx: Buffer | null = null;
  let uniqueKey: string | null = null;
  if (kind === 'population') {
    const id = parseNationalId(String(attrs.nationalId));
    if (!id.ok)
      return {
        problems: [
          { field: `${prefix}.nationalId`, key: 'grid.bad_national_id', params: { problem: id.problem } },
        ],
      };
    idEnc = pii.encrypt(id.value);
    idBidx = pii.blindIndex('id', id.value);
    attrs.nationalId = maskNationalId(id.value);
  }
  if (kind === 'housing') uniqueKey = `${attrs.building}|${attrs.unit ?? ''}|${attrs.room}`;
  if (kind === 'entity' && attrs.creditCode) uniqueKey = String(attrs.creditCode);
  return {
    attrs,
    idEnc,
    idBidx,
    uniqueKey,
    label: labelOf(kind, attrs),
    visitCategory: visitCategoryOf(kind, attrs),
  };
}

/** The next human-readable number of a visit or patrol in a district's day (inside the write's transaction). */
export async function nextGridNumber(
  trx: Executor,
  tree: Pick<GridTree, 'findNode'>,
  districtId: string,
  kind: 'visit' | 'patrol',
  day: string,
): Promise<string> {
  const district = await tree.findNode(districtId);
  return formatNumber(district?.name ?? '', day, await recordsRepo.nextNumber(trx, districtId, kind, day));
}

/** A row of a record's history: who changed it how, with its attributes before (if any) and after. */
export function historyRow(
  actor: Actor,
  districtId: string,
  recordId: string,
  change: recordsRepo.NewHistory['change'],
  before: unknown,
  after: unknown,
  visitId: string | null = null,
): recordsRepo.NewHistory {
  return {
    district_id: districtId,
    id: uuidv7(),
    record_id: recordId,
    actor_user_id: actor.userId,
    actor_name: actor.displayName,
    change,
    before: before === null ? null : JSON.stringify(before),
    after: JSON.stringify(after),
    visit_id: visitId,
  };
}

/** Builds the record helpers. */
export function createRecordKit(deps: {
  pii: PiiCipher;
  tree: Pick<GridTree, 'findNode' | 'nodesByIds'>;
  scope: Pick<GridScope, 'reach'>;
  personIdsByBidx?: PersonIdsByBidx;
}) {
  const { pii, tree, scope } = deps;

  /** The people-register person of each population row (by the rows' national-ID blind index). */
  async function linkedPersons(rows: RecordRow[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const pop = rows.filter((r) => r.kind === 'population' && r.id_bidx);
    if (!pop.length || !deps.personIdsByBidx) return out;
    for (const districtId of new Set(pop.map((r) => r.district_id))) {
      const mine = pop.filter((r) => r.district_id === districtId);
      const found = await deps.personIdsByBidx(
        districtId,
        mine.map((r) => r.id_bidx!),
      );
      for (const r of mine) {
        const person = found.get(Buffer.from(r.id_bidx!).toString('hex'));
        if (person) out.set(r.id, person);
      }
    }
    return out;
  }

  function view(r: RecordRow, nodeName: string, personId: string | null): z.infer<typeof recordView> {
    return {
      personId,
      id: r.id,
      kind: r.kind as RegisterKind,
      nodeId: r.node_id,
      nodeName,
      label: shownLabel(r.kind, r.label),
      attrs: maskedAttrs(r.kind, r.attrs as Record<string, unknown>),
      visitCategory: r.visit_category as VisitCategory,
      lastVisitedAt: iso(r.last_visited_at),
      version: r.version,
      updatedAt: iso(r.updated_at)!,
    };
  }

  /** Records as shown, with their nodes' names and linked persons. */
  async function views(rows: RecordRow[]) {
    const names = new Map((await tree.nodesByIds(rows.map((r) => r.node_id))).map((n) => [n.id, n.name]));
    const persons = await linkedPersons(rows);
    return rows.map((r) => view(r, names.get(r.node_id) ?? '', persons.get(r.id) ?? null));
  }

  /** A record with its node (of one kind, or any), optionally locked; undefined when none. */
  async function load(exec: Executor, id: string, kind?: RegisterKind, lock = false) {
    const r = await recordsRepo.recordById(exec, id, kind, lock);
    if (!r) return undefined;
    const node = await tree.findNode(r.node_id);
    return node ? { ...r, node } : undefined;
  }

  /** A record inside the actor's reach for an action, else 404. */
  async function visible(
    exec: Executor,
    actor: Actor,
    action: string,
    id: string,
    kind?: RegisterKind,
    lock = false,
  ) {
    const r = await load(exec, id, kind, lock);
    if (!r || !inReach(await scope.reach(actor, action), r.node.path)) throw new NotFoundError();
    return r;
  }

  /** Stores a new record with its history; InvalidError on a clash (same id, or same key). */
  async function insert(
    trx: Executor,
    actor: Actor,
    node: TreeNode,
    kind: RegisterKind,
    id: string,
    prep: Prepared,
    change: 'create' | 'import',
  ) {
    const stored = await recordsRepo.insertRecordsSkippingTaken(trx, [
      {
        district_id: node.districtId,
        id,
        kind,
        node_id: node.id,
        label: prep.label,
        attrs: JSON.stringify(prep.attrs),
        id_enc: prep.idEnc,
        id_bidx: prep.idBidx,
        unique_key: prep.uniqueKey,
        visit_category: prep.visitCategory,
      },
    ]);
    if (!stored.length) {
      // the same key on this node (never elsewhere: that is not the actor's to know), or the id taken
      const dup = await recordsRepo.clashingRecord(
        trx,
        node.districtId,
        node.id,
        kind,
        id,
        prep.uniqueKey,
        prep.idBidx,
      );
      const idTaken = !dup || dup.id === id;
      throw new InvalidError([
        { field: idTaken ? 'id' : 'attrs', key: idTaken ? 'grid.id_taken' : 'grid.duplicate' },
      ]);
    }
    await recordsRepo.insertHistory(trx, [historyRow(actor, node.districtId, id, change, null, prep.attrs)]);
  }

  /** Applies new attributes to a locked record (version already checked), with history. */
  async function change(
    trx: Executor,
    actor: Actor,
    r: RecordRow,
    raw: Record<string, unknown>,
    visitId: string | null,
  ) {
    const kind = r.kind as RegisterKind;
    const before = r.attrs as Record<string, unknown>;
    // a population record keeps its ID number unless a new one is given
    const merged = { ...before, ...raw };
    if (kind === 'population' && !('nationalId' in raw)) {
      const enc = await recordsRepo.recordIdEnc(trx, r.id);
      merged.nationalId = enc ? pii.decrypt(enc) : '';
    }
    const prep = prepareRecord(pii, kind, merged);
    if ('problems' in prep) throw new InvalidError([...prep.problems]);
    if (prep.uniqueKey && prep.uniqueKey !== r.unique_key) {
      const dup = await recordsRepo.recordWithKey(trx, r.district_id, r.node_id, kind, prep.uniqueKey, r.id);
      if (dup) throw new InvalidError([{ field: 'attrs', key: 'grid.duplicate' }]);
    }
    try {
      await recordsRepo.updateRecord(trx, r.district_id, r.id, {
        attrs: JSON.stringify(prep.attrs),
        label: prep.label,
        ...(kind === 'population' ? { id_enc: prep.idEnc, id_bidx: prep.idBidx } : {}),
        unique_key: prep.uniqueKey,
        visit_category: prep.visitCategory,
        version: r.version + 1,
      });
    } catch (e) {
      // a person's ID given to a second record on the node, or a key taken meanwhile
      if ((e as { code?: string }).code === '23505')
        throw new InvalidError([{ field: 'attrs', key: 'grid.duplicate' }]);
      throw e;
    }
    await recordsRepo.insertHistory(trx, [
      historyRow(actor, r.district_id, r.id, 'update', before, prep.attrs, visitId),
    ]);
  }

  /** The stale-update error for a record, carrying its current copy. */
  async function stale(r: RecordRow & { node: TreeNode }) {
    const persons = await linkedPersons([r]);
    return new StaleRecordError(view(r, r.node.name, persons.get(r.id) ?? null));
  }

  return {
    prepare: (kind: RegisterKind, raw: Record<string, unknown>, prefix = 'attrs') =>
      prepareRecord(pii, kind, raw, prefix),
    views,
    load,
    visible,
    insert,
    change,
    stale,
  };
}

/** The record helpers. */
export type RecordKit = ReturnType<typeof createRecordKit>;
