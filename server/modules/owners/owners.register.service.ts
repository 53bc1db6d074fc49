/**
 * The owners' register 业主名册 of a compound: units with their floor area and owner, owners with an
 * encrypted phone (masked in lists, revealed with an audit entry). One owner may hold several
 * units: an owner is the same person by phone (its blind index) or, without a phone, by name.
 * Typed in by hand or imported from Excel (dry run, per-row errors); exported to Excel; an owner
 * linked to a resident account votes online.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import { InvalidError, type FieldProblem } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { phoneColumns } from '../../platform/pii/phone.ts';
import {
  importRegister,
  rowChecks,
  writeWorkbook,
  type ColumnSpec,
  type TableRead,
} from '../../platform/sheets/index.ts';
import { t } from '../../platform/i18n.ts';
import {
  compoundFor,
  compoundNames,
  ownerFor,
  reachFor,
  type CompoundRef,
  type OwnersDeps,
} from './owners.core.ts';
import * as repo from './owners.repository.ts';
import { areaOf, squareMetres } from './owners.rules.ts';
import type { unitBody } from './owners.schemas.ts';

/** The most rows one import reads. */
export const IMPORT_MAX_ROWS = 5_000;

const COLUMNS = [
  { key: 'room', label: '房号', synonyms: ['房屋', '单元', 'Room', 'Unit'], required: true },
  { key: 'area', label: '建筑面积', synonyms: ['面积', '建筑面积(㎡)', 'Area'], required: true },
  { key: 'name', label: '业主姓名', synonyms: ['业主', '姓名', 'Owner', 'Name'], required: true },
  { key: 'phone', label: '联系电话', synonyms: ['电话', '手机', 'Phone'] },
] as const satisfies readonly ColumnSpec[];

/** A unit to store with its owner's columns. */
interface NewUnit {
  room: string;
  area: number;
  name: string;
  key: string;
  phone: ReturnType<typeof phoneColumns>;
}

/** Builds the register verbs. */
export function createRegisterService(deps: OwnersDeps) {
  const { db, auditor, pii } = deps;

  /** The owner's key: the phone's blind index, or the name when there is no phone. */
  const keyOf = (name: string, phone: ReturnType<typeof phoneColumns>) =>
    phone.phone_bidx ? phone.phone_bidx.toString('hex') : `name:${name}`;

  /** Stores units, creating the owners not yet in the compound: the rooms stored. */
  async function store(trx: Executor, c: CompoundRef, units: NewUnit[]) {
    const keys = [...new Set(units.map((u) => u.key))];
    const fresh = new Map<string, NewUnit>();
    for (const u of units) if (!fresh.has(u.key)) fresh.set(u.key, u);
    await repo.insertOwners(
      trx,
      [...fresh.values()].map((u) => ({
        district_id: c.districtId,
        id: uuidv7(),
        compound_id: c.id,
        node_id: c.nodeId,
        name: u.name,
        owner_key: u.key,
        ...u.phone,
      })),
    );
    const ids = new Map(
      (await repo.ownersByKeys(trx, c.districtId, c.id, keys)).map((o) => [o.owner_key, o.id]),
    );
    return repo.insertUnits(
      trx,
      units.map((u) => ({
        district_id: c.districtId,
        id: uuidv7(),
        compound_id: c.id,
        room: u.room,
        area_x100: u.area,
        owner_id: ids.get(u.key)!,
      })),
    );
  }

  async function plan(exec: Executor, ctx: RequestContext, c: CompoundRef, table: TableRead) {
    const have = new Set((await repo.roomsOf(exec, c.districtId, c.id)).map((r) => r.room));
    const seen = new Map<string, number>();
    const rows: { row: number; room: string; name: string; action: 'add' | 'skip' }[] = [];
    const adds: NewUnit[] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<(typeof COLUMNS)[number]['key']>(ctx.lang, 'owners.import', r, errors);
      const room = text('room', 40, true);
      const areaText = text('area', 12, true);
      const name = text('name', 40, true);
      const phoneText = text('phone', 20) ?? '';
      const area = areaText ? areaOf(areaText) : null;
      if (areaText && area === null) bad('area', 'owners.import.bad_area', { value: areaText });
      let phone: ReturnType<typeof phoneColumns> | null = null;
      try {
        phone = phoneColumns(pii, phoneText, { field: 'phone', key: 'owners.bad_phone' });
      } catch {
        bad('phone', 'owners.bad_phone');
      }
      if (errors.length > before || !room || !name || area === null || !phone) continue;
      const earlier = seen.get(room);
      if (earlier) {
        bad('room', 'owners.import.duplicate', { row: earlier });
        continue;
      }
      seen.set(room, r.row);
      const action = have.has(room) ? 'skip' : 'add';
      rows.push({ row: r.row, room, name, action });
      if (action === 'add') adds.push({ room, area, name, key: keyOf(name, phone), phone });
    }
    return { rows, adds, errors };
  }

  return {
    /** The compounds in scope (or under a node) with their register's figures. */
    async compounds(ctx: RequestContext, q: { nodeId?: string }) {
      const actor = requirePermission(ctx, 'owners.read');
      const reach = await reachFor(deps, ctx, 'owners.read', q.nodeId);
      const refs = [...(await compoundNames(deps, reach)).values()];
      const byDistrict = new Map<string, string[]>();
      for (const c of refs) byDistrict.set(c.districtId, [...(byDistrict.get(c.districtId) ?? []), c.id]);
      const figures = new Map<string, Awaited<ReturnType<typeof repo.registerFigures>>[number]>();
      for (const [d, ids] of byDistrict)
        for (const f of await repo.registerFigures(db, d, ids)) figures.set(f.compound_id, f);
      return {
        items: refs
          .sort((a, b) => a.path.localeCompare(b.path) || a.name.localeCompare(b.name, 'zh-CN'))
          .map((c) => {
            const f = figures.get(c.id);
            return {
              id: c.id,
              name: c.name,
              nodeName: c.nodeName,
              units: f?.units ?? 0,
              owners: f?.owners ?? 0,
              areaM2: squareMetres(f?.area_x100 ?? 0),
              linked: f?.linked ?? 0,
            };
          }),
        can: {
          register: can(actor, 'owners.register'),
          assembly: can(actor, 'owners.assembly'),
          elect: can(actor, 'owners.elect'),
        },
      };
    },

    /** A compound's owners with their rooms and area (phones masked). */
    async owners(ctx: RequestContext, compoundId: string) {
      const c = await compoundFor(deps, ctx, compoundId, 'owners.read');
      const rows = await repo.ownersOfCompound(db, c.districtId, c.id);
      const held = rows.filter((o) => o.rooms.length);
      return {
        compound: { id: c.id, name: c.name, nodeName: c.nodeName },
        items: rows.map((o) => ({
          id: o.id,
          name: o.name,
          phone: o.phone_mask,
          rooms: o.rooms,
          areaM2: squareMetres(o.area_x100),
          linked: o.user_id !== null,
        })),
        totals: {
          units: held.reduce((s, o) => s + o.rooms.length, 0),
          owners: held.length,
          areaM2: squareMetres(held.reduce((s, o) => s + o.area_x100, 0)),
        },
        can: {
          register: can(ctx.actor, 'owners.register', c.path),
          reveal: can(ctx.actor, 'owners.reveal', c.path),
          export: can(ctx.actor, 'owners.export', c.path),
        },
      };
    },

    /** Adds a unit with its owner (the owner already registered when the phone or name matches). */
    async addUnit(ctx: RequestContext, compoundId: string, b: z.infer<typeof unitBody>) {
      const c = await compoundFor(deps, ctx, compoundId, 'owners.register');
      const area = areaOf(b.area);
      if (area === null) throw new InvalidError([{ field: 'area', key: 'owners.import.bad_area' }]);
      const phone = phoneColumns(pii, b.phone, { field: 'phone', key: 'owners.bad_phone' });
      await db.transaction().execute(async (trx) => {
        const stored = await store(trx, c, [
          { room: b.room, area, name: b.name, key: keyOf(b.name, phone), phone },
        ]);
        if (!stored.length) throw new InvalidError([{ field: 'room', key: 'owners.room_taken' }]);
        await auditor.append(trx, ctx, {
          action: 'owners.unit.add',
          objectType: 'owners_compound',
          objectId: c.id,
          districtId: c.districtId,
          detail: { room: b.room, area },
        });
      });
      return { ok: true as const };
    },

    /** Imports units and owners from Excel; dryRun only says what would happen. */
    async importUnits(ctx: RequestContext, compoundId: string, file: Buffer, dryRun: boolean) {
      const c = await compoundFor(deps, ctx, compoundId, 'owners.register');
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        (exec, table) => plan(exec, ctx, c, table),
        async (trx, p) => {
          const stored = p.adds.length ? await store(trx, c, p.adds) : [];
          const got = new Set(stored);
          for (const r of p.rows) if (r.action === 'add' && !got.has(r.room)) r.action = 'skip';
          await auditor.append(trx, ctx, {
            action: 'owners.register.import',
            objectType: 'owners_compound',
            objectId: c.id,
            districtId: c.districtId,
            detail: { added: stored.length },
          });
        },
      );
    },

    /** The register as Excel (phones masked), in the import's columns. */
    async exportUnits(ctx: RequestContext, compoundId: string) {
      const c = await compoundFor(deps, ctx, compoundId, 'owners.export');
      const rows = await repo.unitsOfCompound(db, c.districtId, c.id);
      return writeWorkbook([
        {
          name: t(ctx.lang, 'owners.sheet.register'),
          columns: [
            { key: 'room', header: '房号', width: 14 },
            { key: 'area', header: '建筑面积', width: 12, type: 'number' },
            { key: 'name', header: '业主姓名', width: 12 },
            { key: 'phone', header: '联系电话', width: 14 },
          ],
          rows: rows.map((r) => ({
            room: r.room,
            area: squareMetres(r.area_x100),
            name: r.name,
            phone: r.phone_mask,
          })),
        },
      ]);
    },

    /** Links an owner to a resident account (holding the resident role on the compound's community or above). */
    async link(ctx: RequestContext, ownerId: string, username: string) {
      const o = await ownerFor(deps, db, ctx, ownerId, 'owners.register');
      const a = await deps.actorByUsername(username);
      if (!a || !a.grants.some((g) => g.role === 'resident' && o.path.startsWith(g.path)))
        throw new InvalidError([{ field: 'username', key: 'owners.not_resident' }]);
      await db.transaction().execute(async (trx) => {
        await repo.setOwnerUser(trx, o.district_id, o.id, a.userId);
        await auditor.append(trx, ctx, {
          action: 'owners.owner.link',
          objectType: 'owners_owner',
          objectId: o.id,
          districtId: o.district_id,
          detail: { user: a.userId },
        });
      });
      return { ok: true as const };
    },

    /** An owner's full phone number (audited). */
    async reveal(ctx: RequestContext, ownerId: string) {
      const o = await ownerFor(deps, db, ctx, ownerId, 'owners.reveal');
      await auditor.append(db, ctx, {
        action: 'owners.owner.reveal',
        objectType: 'owners_owner',
        objectId: o.id,
        districtId: o.district_id,
        detail: { field: 'phone' },
      });
      return { phone: o.phone_enc ? pii.decrypt(o.phone_enc) : '' };
    },
  };
}
