/**
 * The studios register (seed 003: 11 访前法律工作室 and the 心访工作室 at district and street level, on the
 * three-level public legal service platform): a studio at the district, a street or a community, its
 * opening hours and the lawyers or counsellors on duty (a name and a masked phone, or an account with
 * the mediator role, who then sees the studio's work); the district's deadlines.
 */
import type { z } from 'zod';
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { phoneColumns } from '../../platform/pii/phone.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import type { PetitionsCore, PetitionsDeps } from './petitions.core.ts';
import * as repo from './petitions.repository.ts';
import type { StaffRole, StudioKind } from './petitions.rules.ts';
import type { settingsBody, studioBody, studioView } from './petitions.schemas.ts';

/** Sets up a studio with its staff (the one create path of the form and the import); null when its name is taken. */
export async function setUpStudio(
  deps: PetitionsDeps,
  trx: Executor,
  ctx: RequestContext,
  n: { id: string; district_id: string },
  b: z.infer<typeof studioBody>,
  how: 'create' | 'import',
): Promise<string | null> {
  const id = uuidv7();
  const staff = [];
  for (const [i, s] of b.staff.entries()) {
    let userId: string | null = null;
    if (s.username) {
      const m = await deps.mediatorByUsername(s.username);
      if (!m) throw new InvalidError([{ field: `staff.${i}.username`, key: 'petitions.not_mediator' }]);
      userId = m.userId;
    }
    staff.push({
      district_id: n.district_id,
      id: uuidv7(),
      studio_id: id,
      role: s.role,
      name: s.name,
      user_id: userId,
      ...phoneColumns(deps.pii, s.phone, { field: `staff.${i}.phone`, key: 'petitions.bad_phone' }),
    });
  }
  const r = await repo.insertStudio(trx, {
    district_id: n.district_id,
    id,
    node_id: n.id,
    kind: b.kind,
    name: b.name,
    hours: b.hours,
  });
  if (!r.numInsertedOrUpdatedRows) return null;
  await repo.insertStaff(trx, staff);
  await deps.auditor.append(trx, ctx, {
    action: `petitions.studio.${how}`,
    objectType: 'petitions_studio',
    objectId: id,
    districtId: n.district_id,
    detail: { name: b.name, kind: b.kind, staff: staff.length },
  });
  return id;
}

/** Builds the studios register and the deadlines. */
export function createStudiosService(deps: PetitionsDeps & { core: PetitionsCore }) {
  const { db, core } = deps;

  async function load(ctx: RequestContext, nodeId?: string) {
    const actor = requirePermission(ctx, 'petitions.read');
    const mine = await core.studiosOf(actor);
    const paths = scopePaths(actor, 'petitions.read');
    const inScope = nodeId
      ? nodeInPaths('s.node_id', await readRoots(db, ctx, 'petitions.read', nodeId))
      : nodeInPaths('s.node_id', paths);
    // a studio serves its subtree: a community's officers and residents see their street's and district's too
    const above = [...new Set(actor.grants.flatMap((g) => g.path.split('/').filter(Boolean)))];
    const shown = await repo.findStudios(db, {
      inScope: nodeId ? inScope : repo.studioReach(inScope, above, [...mine]),
    });
    const staff = await repo.staffOf(
      db,
      shown.map((s) => s.id),
    );
    return { actor, mine, rows: shown, staff };
  }

  return {
    /** Studios serving the actor's places (their subtree and the levels above), with their staff. */
    async list(ctx: RequestContext, q: { nodeId?: string }): Promise<z.infer<typeof studioView>[]> {
      const { mine, rows, staff } = await load(ctx, q.nodeId);
      return rows.map((s) => ({
        id: s.id,
        nodeId: s.node_id,
        nodeName: s.node_name,
        kind: s.kind as StudioKind,
        name: s.name,
        hours: s.hours,
        staff: staff
          .filter((x) => x.studio_id === s.id)
          .map((x) => ({
            role: x.role as StaffRole,
            name: x.name,
            phone: x.phone_mask,
            hasAccount: !!x.user_id,
          })),
        visits: s.visits,
        mine: mine.has(s.id),
      }));
    },

    /** An officer sets up a studio at the district, a street or a community in scope. */
    async create(ctx: RequestContext, b: z.infer<typeof studioBody>) {
      const n = await nodeFor(db, ctx, b.nodeId, 'petitions.studios');
      if (!['district', 'street', 'community'].includes(n.level))
        throw new InvalidError([{ field: 'nodeId', key: 'petitions.not_place' }]);
      return db.transaction().execute(async (trx) => {
        const id = await setUpStudio(deps, trx, ctx, n, b, 'create');
        if (!id) throw new InvalidError([{ field: 'name', key: 'petitions.duplicate_studio' }]);
        return { id };
      });
    },

    /** The studios register as Excel. */
    async exportStudios(ctx: RequestContext, q: { nodeId?: string }) {
      requirePermission(ctx, 'petitions.export');
      const roots = await readRoots(db, ctx, 'petitions.export', q.nodeId);
      const rows = await repo.findStudios(db, { inScope: nodeInPaths('s.node_id', roots) });
      const staff = await repo.staffOf(
        db,
        rows.map((s) => s.id),
      );
      return writeWorkbook([
        {
          name: t(ctx.lang, 'petitions.sheet.studios'),
          columns: [
            { key: 'node', header: '所在', width: 14 },
            { key: 'name', header: '工作室', width: 24 },
            { key: 'kind', header: '类型', width: 14 },
            { key: 'hours', header: '开放时间', width: 24 },
            { key: 'staff', header: '值班人员', width: 40 },
            { key: 'visits', header: '接待事项', width: 10, type: 'number' },
          ],
          rows: rows.map((s) => ({
            node: s.node_name,
            name: s.name,
            kind: t(ctx.lang, `petitions.kind.${s.kind}`),
            hours: s.hours,
            staff: staff
              .filter((x) => x.studio_id === s.id)
              .map((x) => `${x.name}${x.phone_mask ? ` ${x.phone_mask}` : ''}`)
              .join('、'),
            visits: s.visits,
          })),
        },
      ]);
    },

    /** The departments of the districts where the actor handles petitions (to assign one). */
    async departments(ctx: RequestContext) {
      const actor = requirePermission(ctx, 'petitions.handle');
      const districts = [
        ...new Set(
          actor.grants.filter((g) => can(actor, 'petitions.handle', g.path)).map((g) => g.districtId),
        ),
      ];
      return repo.findDepartments(db, districts);
    },

    /** The district's deadlines, and whether the actor may change them. */
    async settings(ctx: RequestContext) {
      const actor = requirePermission(ctx, 'petitions.read');
      const districtId = actor.grants[0]?.districtId;
      if (!districtId) throw new NotFoundError();
      const d = await core.deadlines(districtId);
      const district = await repo.findNode(db, districtId);
      return { ...d, canEdit: !!district && can(actor, 'petitions.settings', district.path) };
    },

    /** Changes the district's deadlines (on the district node; 409 when someone changed them first). */
    async saveSettings(ctx: RequestContext, b: z.infer<typeof settingsBody>) {
      const actor = requirePermission(ctx, 'petitions.settings');
      const districtId = actor.grants.find((g) => can(actor, 'petitions.settings', g.path))!.districtId;
      await nodeFor(db, ctx, districtId, 'petitions.settings');
      return db.transaction().execute(async (trx) => {
        const n = await repo.saveSettings(trx, districtId, b.version, {
          accept_days: b.acceptDays,
          handle_days: b.handleDays,
          review_days: b.reviewDays,
        });
        if (!n) throw new ConflictError('petitions.stale');
        await deps.auditor.append(trx, ctx, {
          action: 'petitions.settings',
          objectType: 'petitions_settings',
          objectId: districtId,
          districtId,
          detail: { acceptDays: b.acceptDays, handleDays: b.handleDays, reviewDays: b.reviewDays },
        });
        const d = await core.deadlines(districtId, trx);
        return { ...d, canEdit: true };
      });
    },
  };
}
