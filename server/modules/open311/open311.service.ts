/**
 * Open311 GeoReport v2 over grid events: categories are services, events are service requests.
 * Only what a district publishes is listed (settings per district, default nothing): its public
 * reports (those that came in through Open311 or a resident marked public), with public replies as
 * status notes, never internal notes. API keys (hashed at rest) say who posts and where requests land.
 */
import crypto from 'node:crypto';
import type { RequestContext } from '../../platform/access/access.ts';
import { retryOnSerializationFailure, type Db } from '../../platform/db/db.ts';
import { isUuid, uuidv7 } from '../../platform/ids.ts';
import type { PiiCipher } from '../../platform/pii/pii.ts';
import {
  CATEGORY_NAMES,
  EVENT_CATEGORIES,
  type EventCategory,
  type EventsGridPort,
  type EventsService,
  type PublicReport,
} from '../events/index.ts';
import type { OrgTree } from '../org/index.ts';
import * as repo from './open311.repository.ts';
import {
  getRequestsParams,
  getUpdatesParams,
  postRequestParams,
  postUpdateParams,
  type RequestUpdate,
  type ServiceRequest,
} from './open311.schemas.ts';
import { minimalRoots } from '../../platform/access/roots.ts';

/** An error in the spec's format: HTTP status and a description. */
export class Open311Error extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** What the Open311 service draws on. */
export interface Open311Deps {
  db: Db;
  pii: PiiCipher;
  events: Pick<EventsService, 'reportExternal' | 'publicReports' | 'publicUpdates' | 'addPublicComment'>;
  grid: Pick<EventsGridPort, 'gridAt'>;
  tree: Pick<OrgTree, 'findNode' | 'findNodes'>;
}

const LEVEL_NAMES = { '1': '一般 Normal', '2': '重要 Important', '3': '紧急 Urgent' } as const;
/** The longest span a list may ask for (the spec's 90 days). */
const MAX_SPAN_MS = 90 * 86400_000;
const hashKey = (k: string) => crypto.createHash('sha256').update(k).digest();
const isoZ = (d: Date | string | null) => (d ? new Date(d).toISOString().replace(/\.\d{3}Z$/, 'Z') : null);

/** Turns zod issues into one spec-style description. */
function describe(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `${i.path.map(String).join('.') || 'request'}: ${i.message}`).join('; ');
}

/** The window a list covers: at most 90 days, the last 90 by default. */
function windowOf(start?: Date, end?: Date): { from: Date; to: Date } {
  const to = end ?? (start ? new Date(Math.min(Date.now(), start.getTime() + MAX_SPAN_MS)) : new Date());
  const from = start ?? new Date(to.getTime() - MAX_SPAN_MS);
  if (from > to) throw new Open311Error(400, 'start_date is after end_date');
  if (to.getTime() - from.getTime() > MAX_SPAN_MS)
    throw new Open311Error(400, 'start_date and end_date may be at most 90 days apart');
  return { from, to };
}

/** Builds the Open311 GeoReport use cases. */
export function createGeoReport(deps: Open311Deps) {
  const { db, pii, events, tree } = deps;

  /** The published area: subtrees of the active keys of districts that publish. */
  async function publishedPaths(): Promise<string[]> {
    const keys = await repo.activeKeys(db);
    const publishing = new Set(
      (await repo.settingsOf(db, [...new Set(keys.map((k) => k.district_id))]))
        .filter((s) => s.publish)
        .map((s) => s.district_id),
    );
    const nodes = await tree.findNodes(
      keys.filter((k) => publishing.has(k.district_id)).map((k) => k.node_id),
    );
    return minimalRoots([...nodes.values()].map((n) => n.path));
  }

  /** The key a request carries, checked (403 when missing, empty, unknown or revoked). */
  async function keyOf(apiKey: unknown) {
    if (typeof apiKey !== 'string' || !apiKey.trim()) throw new Open311Error(403, 'api_key is required');
    const key = await repo.keyByHash(db, hashKey(apiKey));
    const node = key ? await tree.findNode(key.node_id) : undefined;
    if (!key || !node) throw new Open311Error(403, 'api_key is invalid or revoked');
    return { ...key, path: node.path, code: node.code };
  }

  async function toRequests(rows: PublicReport[]): Promise<ServiceRequest[]> {
    const extra = new Map(
      (
        await repo.requestsOf(
          db,
          rows.map((r) => r.id),
        )
      ).map((x) => [x.event_id, x]),
    );
    return rows.map((r) => ({
      service_request_id: r.id,
      status: r.closed ? 'closed' : 'open',
      status_notes: r.statusNote,
      service_name: CATEGORY_NAMES[r.category as EventCategory]?.zh ?? r.category,
      service_code: r.category,
      description: r.description || r.title,
      agency_responsible: r.departmentName,
      service_notice: null,
      requested_datetime: isoZ(r.reportedAt)!,
      updated_datetime: isoZ(r.updatedAt)!,
      expected_datetime: isoZ(r.deadlineAt),
      address: r.address || null,
      address_id: extra.get(r.id)?.address_id ?? null,
      zipcode: null,
      lat: r.lat,
      long: r.lng,
      media_url: extra.get(r.id)?.media_url ?? null,
    }));
  }

  const outsider = (ip: string, headers: Record<string, unknown>): RequestContext => ({
    actor: null,
    ip,
    userAgent: String(headers['user-agent'] ?? ''),
    lang: 'zh-CN',
  });

  return {
    /** Discovery document. */
    discovery(req: { protocol: string; host: string }) {
      const url = `${req.protocol}://${req.host}/open311/v2/`;
      return {
        changeset: '2026-12-07T00:00:00Z',
        contact: 'gongzhi 共治 — 网格事件受理',
        key_service: 'API keys are issued by the district administrators (管理后台 → Open311 密钥)',
        endpoints: [
          {
            specification: 'http://wiki.open311.org/GeoReport_v2',
            url,
            changeset: '2026-12-07T00:00:00Z',
            type: 'production',
            formats: ['text/xml', 'application/json'],
          },
        ],
      };
    },

    /** The services (event categories). */
    async services() {
      return EVENT_CATEGORIES.map((code) => ({
        service_code: code,
        service_name: CATEGORY_NAMES[code].zh,
        description: `${CATEGORY_NAMES[code].zh} ${CATEGORY_NAMES[code].en}`,
        metadata: true,
        type: 'realtime',
        keywords: CATEGORY_NAMES[code].en.toLowerCase(),
        group: 'grid',
      }));
    },

    /** A service's definition: its one attribute, the urgency level. */
    async definition(code: string) {
      if (!(EVENT_CATEGORIES as readonly string[]).includes(code))
        throw new Open311Error(404, `service_code ${code} not found`);
      return {
        service_code: code,
        attributes: [
          {
            variable: true,
            code: 'level',
            datatype: 'singlevaluelist',
            required: false,
            datatype_description: '1, 2 or 3',
            order: 1,
            description: '紧急程度 Urgency',
            values: Object.entries(LEVEL_NAMES).map(([key, name]) => ({ key, name })),
          },
        ],
      };
    },

    /** Published requests: by ids (which override every other filter), else in a window with filters. */
    async requests(q: Record<string, unknown>): Promise<ServiceRequest[]> {
      const p = getRequestsParams.safeParse(q);
      if (!p.success) throw new Open311Error(400, describe(p.error.issues));
      const paths = await publishedPaths();
      if (!paths.length) return [];
      if (p.data.service_request_id !== undefined) {
        // unknown or malformed ids are skipped, not an error for the whole query
        const ids = [...new Set(p.data.service_request_id.split(',').map((s) => s.trim()))]
          .filter(isUuid)
          .slice(0, 1000);
        if (!ids.length) return [];
        const rows = await events.publicReports({
          paths,
          ids,
          from: new Date(0),
          to: new Date(),
          limit: 1000,
        });
        return toRequests(rows);
      }
      const { from, to } = windowOf(p.data.start_date, p.data.end_date);
      const statuses = p.data.status?.toLowerCase().split(',');
      const rows = await events.publicReports({
        paths,
        categories: p.data.service_code?.split(',').map((s) => s.trim()),
        from,
        to,
        limit: 1000,
      });
      return (await toRequests(rows)).filter((r) => !statuses || statuses.includes(r.status));
    },

    /** One published request. */
    async request(id: string): Promise<ServiceRequest[]> {
      if (!isUuid(id)) throw new Open311Error(404, `service request ${id} not found`);
      const paths = await publishedPaths();
      const rows = paths.length
        ? await events.publicReports({ paths, ids: [id], from: new Date(0), to: new Date(), limit: 1 })
        : [];
      if (!rows.length) throw new Open311Error(404, `service request ${id} not found`);
      return toRequests(rows);
    },

    /** The request a token stands for. */
    async token(token: string) {
      const r = await repo.requestByToken(db, token);
      if (!r) throw new Open311Error(404, `token ${token} not found`);
      return [{ service_request_id: r.event_id, token: r.token }];
    },

    /** Updates of published requests in a window (mySociety extension). */
    async updates(q: Record<string, unknown>): Promise<RequestUpdate[]> {
      const p = getUpdatesParams.safeParse(q);
      if (!p.success) throw new Open311Error(400, describe(p.error.issues));
      const { from, to } = windowOf(p.data.start_date, p.data.end_date);
      const paths = await publishedPaths();
      if (!paths.length) return [];
      const steps = await events.publicUpdates({ paths, from, to, limit: 1000 });
      return steps.map((s) => ({
        update_id: s.id,
        service_request_id: s.eventId,
        status: s.closed ? 'closed' : 'open',
        updated_datetime: isoZ(s.at)!,
        description: s.note ?? s.action,
        media_url: '',
      }));
    },

    /** Creates a request with a key: the event lands in the grid at its point, else at the key's node. */
    async createRequest(
      req: { ip: string; headers: Record<string, unknown> },
      body: Record<string, unknown>,
    ) {
      const p = postRequestParams.safeParse(body);
      if (!p.success) throw new Open311Error(400, describe(p.error.issues));
      const d = p.data;
      const key = await keyOf(d.api_key);
      if (d.jurisdiction_id && d.jurisdiction_id !== key.district_id && d.jurisdiction_id !== key.code) {
        const district = await tree.findNode(key.district_id);
        if (d.jurisdiction_id !== district?.code) throw new Open311Error(404, 'jurisdiction_id not found');
      }
      if (!d.service_code) throw new Open311Error(400, 'service_code is required');
      if (!(EVENT_CATEGORIES as readonly string[]).includes(d.service_code))
        throw new Open311Error(404, `service_code ${d.service_code} not found`);
      const located = d.lat !== undefined && d.long !== undefined;
      if (!located && !d.address_string && !d.address_id)
        throw new Open311Error(400, 'a location is required: lat and long, address_string or address_id');
      const levelRaw =
        body['attribute[level]'] ?? (body.attribute as Record<string, unknown> | undefined)?.level;
      if (levelRaw !== undefined && levelRaw !== '' && !['1', '2', '3', 1, 2, 3].includes(levelRaw as never))
        throw new Open311Error(400, 'attribute[level]: must be 1, 2 or 3');
      const nodeId =
        located && deps.grid.gridAt
          ? ((await deps.grid.gridAt(key.path, d.lat!, d.long!)) ?? key.node_id)
          : key.node_id;
      const id = uuidv7();
      const token = crypto.randomBytes(12).toString('base64url');
      const ctx = outsider(req.ip, req.headers);
      const description = d.description ?? '';
      // the report's write checks that the audit lane it read has not moved (40001 if it has)
      await retryOnSerializationFailure(() =>
        db.transaction().execute(async (trx) => {
          await events.reportExternal(
            ctx,
            trx,
            nodeId,
            {
              id,
              nodeId,
              category: d.service_code as EventCategory,
              level: Number(levelRaw || 1) as 1 | 2 | 3,
              title: (description || CATEGORY_NAMES[d.service_code as EventCategory].zh).slice(0, 100),
              description,
              address: d.address_string ?? '',
              position: located ? { lat: d.lat!, lng: d.long! } : null,
              reporterKind: 'open311',
            },
            `Open311:${key.name}`,
          );
          const contact = {
            first_name: d.first_name,
            last_name: d.last_name,
            email: d.email,
            phone: d.phone,
          };
          await repo.insertRequest(trx, {
            district_id: key.district_id,
            event_id: id,
            token,
            key_id: key.id,
            account_id: d.account_id ?? null,
            device_id: d.device_id ?? null,
            contact_enc: Object.values(contact).some(Boolean) ? pii.encrypt(JSON.stringify(contact)) : null,
            media_url: d.media_url ?? null,
            address_id: d.address_id ?? null,
          });
          await repo.touchKey(trx, key.district_id, key.id);
        }),
      );
      // the request exists at once, so its id is the answer (a token only for requests queued for later)
      return [{ service_request_id: id, service_notice: '', account_id: d.account_id ?? null }];
    },

    /** A client's update of a public request under its key's node (mySociety extension). */
    async createUpdate(req: { ip: string; headers: Record<string, unknown> }, body: Record<string, unknown>) {
      const p = postUpdateParams.safeParse(body);
      if (!p.success) throw new Open311Error(400, describe(p.error.issues));
      const d = p.data;
      const key = await keyOf(d.api_key);
      if (!d.service_request_id || !isUuid(d.service_request_id))
        throw new Open311Error(404, `service request ${d.service_request_id ?? ''} not found`);
      if (!d.description?.trim()) throw new Open311Error(400, 'description is required');
      const author = [d.first_name, d.last_name].filter(Boolean).join(' ') || `Open311:${key.name}`;
      const done = await retryOnSerializationFailure(() =>
        db.transaction().execute(async (trx) => {
          const r = await events.addPublicComment(outsider(req.ip, req.headers), trx, {
            paths: [key.path],
            eventId: d.service_request_id!,
            text: d.description!.trim(),
            author,
          });
          if (r) await repo.touchKey(trx, key.district_id, key.id);
          return r;
        }),
      );
      if (!done) throw new Open311Error(404, `service request ${d.service_request_id} not found`);
      return [{ update_id: done.updateId }];
    },
  };
}

/** The Open311 GeoReport use cases. */
export type GeoReport = ReturnType<typeof createGeoReport>;
