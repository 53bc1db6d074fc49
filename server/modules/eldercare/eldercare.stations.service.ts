/**
 * The stations of 一老一小 (seed 001: 婴幼儿照护服务站 … 养老服务站一体联动，形成“15分钟照护圈”): each a
 * service point with a place and a care circle of so many walking minutes; which grids are within
 * reach of it (by distance from the grid's centre); the register as Excel.
 */
import type { z } from 'zod';
import { can, type RequestContext } from '../../platform/access/access.ts';
import { rowFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, nullWhenHidden } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { shanghaiThisYear as thisYear } from '../../platform/time.ts';
import { checkUpdated, yearRange, type EldercareCore } from './eldercare.core.ts';
import * as repo from './eldercare.repository.ts';
import {
  circlePolygon,
  circleRadius,
  distanceMetres,
  outlineCentre,
  type StationKind,
} from './eldercare.rules.ts';
import type { reachView, stationBody, stationPatch, stationView } from './eldercare.schemas.ts';

/** The grids under a node with their outlines, as the grid module lists them for the actor. */
export type GridOutlines = (
  ctx: RequestContext,
  nodeId: string,
) => Promise<{ id: string; name: string; outline: unknown }[]>;

/** Households of the housing register in each grid given that the actor may read (the grid module's). */
export type GridHouseholds = (ctx: RequestContext, gridIds: string[]) => Promise<Map<string, number>>;

/**
 * The one create path of a station, inside the caller's transaction: the community must be one the
 * actor manages (404 otherwise, 422 when the node is not a community); stored and audited as
 * eldercare.station.create. POST /stations and the import both come here. Null (nothing stored or
 * audited, the transaction still usable) when the community already has a station of that name,
 * whatever its case, also one another writer added a moment ago: the create answers 409, the
 * import counts the row as skipped.
 */
export async function setUpStation(
  deps: { auditor: Pick<Auditor, 'append'>; core: EldercareCore },
  trx: Executor,
  ctx: RequestContext,
  b: z.infer<typeof stationBody>,
) {
  const n = await deps.core.nodeFor(ctx, b.nodeId, 'eldercare.manage', trx);
  if (n.level !== 'community') throw new InvalidError([{ field: 'nodeId', key: 'eldercare.not_community' }]);
  const id = uuidv7();
  const stored = await repo.insertStation(trx, {
    district_id: n.district_id,
    id,
    node_id: n.id,
    kind: b.kind,
    name: b.name,
    address: b.address ?? '',
    lat: b.lat,
    lng: b.lng,
    minutes: b.minutes ?? 15,
    services: b.services ?? [],
    opening_hours: b.openingHours ?? '',
  });
  if (!stored) return null;
  await deps.auditor.append(trx, ctx, {
    action: 'eldercare.station.create',
    objectType: 'eldercare_station',
    objectId: id,
    districtId: n.district_id,
    detail: { kind: b.kind, name: b.name },
  });
  return { id };
}

/** Builds the station verbs. */
export function createStationsService(deps: {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  core: EldercareCore;
  grids: GridOutlines;
  /** Without it (or for an actor who cannot read the register) households are not counted. */
  households?: GridHouseholds;
}) {
  const { db, auditor, core } = deps;

  const out = (
    ctx: RequestContext,
    s: repo.StationRow & { tickets?: number },
  ): z.infer<typeof stationView> => ({
    id: s.id,
    nodeId: s.node_id,
    nodeName: s.node_name,
    kind: s.kind as StationKind,
    name: s.name,
    address: s.address,
    lat: s.lat,
    lng: s.lng,
    minutes: s.minutes,
    radius: circleRadius(s.minutes),
    circle: circlePolygon(s.lat, s.lng, circleRadius(s.minutes)),
    services: s.services,
    openingHours: s.opening_hours,
    active: s.active,
    tickets: s.tickets ?? 0,
    version: s.version,
    can: {
      manage: can(ctx.actor, 'eldercare.manage', s.path),
      request: s.active && can(ctx.actor, 'eldercare.request', s.path),
    },
  });

  /** The grids under a node as places (their outline's centre), for reach and coverage. */
  async function gridPlaces(ctx: RequestContext, nodeId: string) {
    let grids: Awaited<ReturnType<GridOutlines>> = [];
    try {
      grids = await deps.grids(ctx, nodeId);
    } catch {
      return []; // the actor does not see grids: no reach to show
    }
    return grids.flatMap((g) => {
      const c = outlineCentre(g.outline);
      return c ? [{ id: g.id, name: g.name, ...c }] : [];
    });
  }

  return {
    gridPlaces,

    /** Stations under a node (or the scope) with their circles and this year's ticket counts. */
    async listStations(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const paths = await core.roots(ctx, 'eldercare.read', q.nodeId);
      const { from, to } = yearRange(q.year ?? thisYear());
      return (await repo.findStations(db, nodeInPaths('s.node_id', paths), from, to)).map((s) => out(ctx, s));
    },

    /** Sets up a station in a community; 409 when the community has one of that name already. */
    async createStation(ctx: RequestContext, b: z.infer<typeof stationBody>) {
      const r = await db.transaction().execute((trx) => setUpStation({ auditor, core }, trx, ctx, b));
      if (!r)
        throw new ConflictError('eldercare.station_exists', { name: b.name }, [
          { field: 'name', key: 'eldercare.station_exists', params: { name: b.name } },
        ]);
      return r;
    },

    /** Changes a station's circle, services, hours or whether it is open. */
    async updateStation(ctx: RequestContext, id: string, b: z.infer<typeof stationPatch>) {
      return db.transaction().execute(async (trx) => {
        const s = await rowFor(ctx, 'eldercare.manage', () => repo.findStation(trx, id, true));
        checkUpdated(
          await repo.updateStation(trx, s.district_id, s.id, b.version, {
            minutes: b.minutes ?? s.minutes,
            services: b.services ?? s.services,
            opening_hours: b.openingHours ?? s.opening_hours,
            active: b.active ?? s.active,
          }),
        );
        await auditor.append(trx, ctx, {
          action: 'eldercare.station.update',
          objectType: 'eldercare_station',
          objectId: s.id,
          districtId: s.district_id,
          detail: { minutes: b.minutes, active: b.active },
        });
        return { ok: true as const };
      });
    },

    /** Which grids of the station's community lie within its care circle, nearest first. */
    async reach(ctx: RequestContext, id: string): Promise<z.infer<typeof reachView>> {
      const s = await rowFor(ctx, 'eldercare.read', () => repo.findStation(db, id));
      const radius = circleRadius(s.minutes);
      const grids = (await gridPlaces(ctx, s.node_id))
        .map((g) => ({ id: g.id, name: g.name, distance: Math.round(distanceMetres(s, g)) }))
        .map((g) => ({ ...g, within: g.distance <= radius }))
        .sort((a, b) => a.distance - b.distance);
      // the register has no coordinates: a household counts as within when its grid's centre is
      let households: Map<string, number> | null = null;
      if (deps.households && grids.length)
        households = await deps
          .households(
            ctx,
            grids.filter((g) => g.within).map((g) => g.id),
          )
          .catch(nullWhenHidden);
      return {
        stationId: s.id,
        radius,
        grids: grids.map((g) => ({ ...g, households: households?.get(g.id) ?? null })),
        within: grids.filter((g) => g.within).length,
        mapped: grids.length,
        households: households ? [...households.values()].reduce((a, b) => a + b, 0) : null,
        householdsDefinition: t(ctx.lang, 'eldercare.reach.households_def'),
      };
    },

    /** The stations under a node as Excel. */
    async exportStations(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const paths = await core.roots(ctx, 'eldercare.export', q.nodeId);
      const { from, to } = yearRange(q.year ?? thisYear());
      const rows = await repo.findStations(db, nodeInPaths('s.node_id', paths), from, to);
      return writeWorkbook([
        {
          name: t(ctx.lang, 'eldercare.sheet.stations'),
          columns: [
            { key: 'node', header: '社区', width: 14 },
            { key: 'kind', header: '类型', width: 16 },
            { key: 'name', header: '服务站', width: 24 },
            { key: 'address', header: '地址', width: 30 },
            { key: 'lat', header: '纬度', width: 10, type: 'number' },
            { key: 'lng', header: '经度', width: 10, type: 'number' },
            { key: 'minutes', header: '照护圈(分钟)', width: 10, type: 'number' },
            { key: 'services', header: '服务项目', width: 30 },
            { key: 'hours', header: '开放时间', width: 20 },
            { key: 'tickets', header: '本年工单', width: 10, type: 'number' },
          ],
          rows: rows.map((s) => ({
            node: s.node_name,
            kind: t(ctx.lang, `eldercare.kind.${s.kind}`),
            name: s.name,
            address: s.address,
            lat: s.lat,
            lng: s.lng,
            minutes: s.minutes,
            services: s.services.join('、'),
            hours: s.opening_hours,
            tickets: s.tickets,
          })),
        },
      ]);
    },
  };
}
