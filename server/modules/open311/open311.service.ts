/**
 * Open311 GeoReport v2 over grid events: categories are services, events are service requests,
 * API keys (hashed at rest) say who posts and under which node requests land.
 */
import crypto from 'node:crypto';
import type { z } from 'zod';
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { pathInPaths } from '../../platform/access/scope.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import { retryOnSerializationFailure, type Db } from '../../platform/db/db.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { isUuid, uuidv7 } from '../../platform/ids.ts';
import type { PiiCipher } from '../../platform/pii/pii.ts';
import {
  CATEGORY_NAMES,
  EVENT_CATEGORIES,
  type EventCategory,
  type EventsServiceImpl,
} from '../events/index.ts';
import type { GridServiceImpl } from '../grid/index.ts';
import {
  getRequestsParams,
  getUpdatesParams,
  postRequestParams,
  type createdKeyView,
  type keyView,
  type RequestUpdate,
  type ServiceRequest,
} from './open311.schemas.ts';

/** An error in the spec's format: HTTP status and a description. */
export class Open311Error extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const esc = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );

function node(name: string, v: unknown): string {
  if (v === null || v === undefined) return `<${name}/>`;
  if (Array.isArray(v)) {
    const item = name.endsWith('s') ? name.slice(0, -1) : 'item';
    return `<${name}>${v.map((x) => node(item, x)).join('')}</${name}>`;
  }
  if (typeof v === 'object')
    return `<${name}>${Object.entries(v as object)
      .map(([k, x]) => node(k, x))
      .join('')}</${name}>`;
  return `<${name}>${esc(String(v))}</${name}>`;
}

/** Serialises a JSON answer as the spec's XML: a root holding one element per item. */
export function toXml(root: string, item: string, data: unknown): string {
  const body = Array.isArray(data)
    ? data.map((d) => node(item, d)).join('')
    : Object.entries(data as object)
        .map(([k, v]) => node(k, v))
        .join('');
  return `<?xml version="1.0" encoding="utf-8"?><${root}>${body}</${root}>`;
}

/** The Open311 use cases. */
export interface Open311Service {
  /** Discovery document. */
  discovery(req: { protocol: string; host: string }): unknown;
  /** Services list. */
  services(q: Record<string, string>): Promise<unknown[]>;
  /** A service definition. */
  definition(code: string): Promise<unknown>;
  /** Requests list with the spec's filters. */
  requests(q: Record<string, string>): Promise<ServiceRequest[]>;
  /** One request. */
  request(id: string): Promise<ServiceRequest[]>;
  /** Token lookup. */
  token(token: string): Promise<{ service_request_id: string | null; token: string }[]>;
  /** Status updates (mySociety). */
  updates(q: Record<string, string>): Promise<RequestUpdate[]>;
  /** Creates a request. */
  createRequest(
    req: { ip: string; headers: Record<string, unknown> },
    body: Record<string, unknown>,
  ): Promise<
    { service_request_id: string; service_notice: string; account_id: string | null; token: string }[]
  >;
  /** Admin: keys. */
  keys(ctx: RequestContext): Promise<z.infer<typeof keyView>[]>;
  /** Admin: create a key. */
  createKey(
    ctx: RequestContext,
    input: { name: string; nodeId: string },
  ): Promise<z.infer<typeof createdKeyView>>;
  /** Admin: revoke a key. */
  revokeKey(ctx: RequestContext, id: string): Promise<{ ok: boolean }>;
}

/** What the Open311 service draws on. */
export interface Open311Deps {
  db: Db;
  auditor: Auditor;
  pii: PiiCipher;
  events: EventsServiceImpl;
  grid: Pick<GridServiceImpl, 'gridAt'>;
}

const CLOSED = ['closed', 'rejected', 'merged', 'verified'];
const LEVEL_NAMES = { '1': '一般 Normal', '2': '重要 Important', '3': '紧急 Urgent' } as const;
const hashKey = (k: string) => crypto.createHash('sha256').update(k).digest();
const isoZ = (d: Date | string | null) => (d ? new Date(d).toISOString().replace(/\.\d{3}Z$/, 'Z') : null);

/** Turns zod issues into one spec-style description. */
function describe(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `${i.path.map(String).join('.') || 'request'}: ${i.message}`).join('; ');
}

/** Builds the Open311 service. */
export function createOpen311Service(deps: Open311Deps) {
  const { db, auditor, pii, events } = deps;

  /** The published area: subtrees of the active keys (requests outside are never listed). */
  async function publishedPaths(): Promise<string[]> {
    const rows = await db
      .selectFrom('open311_keys as k')
      .innerJoin('org_nodes as n', 'n.id', 'k.node_id')
      .select('n.path')
      .where('k.revoked_at', 'is', null)
      .execute();
    const all = [...new Set(rows.map((r) => r.path))].sort();
    return all.filter((p, i) => !all.slice(0, i).some((q) => p.startsWith(q)));
  }

  async function toRequests(
    rows: Awaited<ReturnType<EventsServiceImpl['publicRows']>>,
  ): Promise<ServiceRequest[]> {
    if (!rows.length) return [];
    const extra = await db
      .selectFrom('open311_requests')
      .select(['event_id', 'media_url', 'address_id'])
      .where(
        'event_id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    const byId = new Map(extra.map((x) => [x.event_id, x]));
    const notes = await db
      .selectFrom('events_steps')
      .select(['event_id', 'note', 'at'])
      .where(
        'event_id',
        'in',
        rows.map((r) => r.id),
      )
      .where('note', 'is not', null)
      .orderBy('at', 'desc')
      .execute();
    return rows.map((r) => ({
      service_request_id: r.id,
      status: CLOSED.includes(r.state) ? 'closed' : 'open',
      status_notes: notes.find((n) => n.event_id === r.id)?.note ?? null,
      service_name: CATEGORY_NAMES[r.category as EventCategory]?.zh ?? r.category,
      service_code: r.category,
      description: r.description || r.title,
      agency_responsible: r.department_name,
      service_notice: null,
      requested_datetime: isoZ(r.reported_at)!,
      updated_datetime: isoZ(r.updated_at)!,
      expected_datetime: isoZ(r.deadline_at),
      address: r.address || null,
      address_id: byId.get(r.id)?.address_id ?? null,
      zipcode: null,
      lat: r.lat,
      long: r.lng,
      media_url: byId.get(r.id)?.media_url ?? null,
    }));
  }

  function keyOut(k: {
    id: string;
    name: string;
    node_id: string;
    node_name: string;
    prefix: string;
    created_at: Date;
    revoked_at: Date | null;
    last_used_at: Date | null;
  }) {
    return {
      id: k.id,
      name: k.name,
      nodeId: k.node_id,
      nodeName: k.node_name,
      prefix: k.prefix,
      createdAt: isoZ(k.created_at)!,
      revokedAt: isoZ(k.revoked_at),
      lastUsedAt: isoZ(k.last_used_at),
    };
  }

  return {
    discovery(req: { protocol: string; host: string }) {
      const url = `${req.protocol}://${req.host}/open311/v2/`;
      return {
        changeset: '2026-11-23T00:00:00Z',
        contact: 'gongzhi 共治 — 网格事件受理',
        key_service: 'API keys are issued by the district administrators (管理后台 → Open311 密钥)',
        endpoints: [
          {
            specification: 'http://wiki.open311.org/GeoReport_v2',
            url,
            changeset: '2026-11-23T00:00:00Z',
            type: 'production',
            formats: ['text/xml', 'application/json'],
          },
        ],
      };
    },

    async services(_q: Record<string, string>) {
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

    async requests(q: Record<string, string>) {
      const p = getRequestsParams.safeParse(q);
      if (!p.success) throw new Open311Error(400, describe(p.error.issues));
      const paths = await publishedPaths();
      if (!paths.length) return [];
      const ids = p.data.service_request_id
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (ids && ids.some((i) => !isUuid(i)))
        throw new Open311Error(400, 'service_request_id: not a request id');
      const to = p.data.end_date ? new Date(p.data.end_date) : new Date();
      const from = p.data.start_date ? new Date(p.data.start_date) : new Date(to.getTime() - 90 * 86400_000);
      if (from > to) throw new Open311Error(400, 'start_date is after end_date');
      const statuses = p.data.status?.split(',');
      const out: ServiceRequest[] = [];
      for (const path of paths) {
        const rows = await events.publicRows({
          path,
          ids,
          categories: p.data.service_code?.split(',').map((s) => s.trim()),
          from,
          to,
          limit: 1000,
        });
        out.push(...(await toRequests(rows)));
      }
      return out
        .filter((r) => !statuses || statuses.includes(r.status))
        .sort((a, b) => (a.requested_datetime < b.requested_datetime ? 1 : -1))
        .slice(0, 1000);
    },

    async request(id: string) {
      if (!isUuid(id)) throw new Open311Error(404, `service request ${id} not found`);
      for (const path of await publishedPaths()) {
        const rows = await events.publicRows({
          path,
          ids: [id],
          from: new Date(0),
          to: new Date(),
          limit: 1,
        });
        if (rows.length) return toRequests(rows);
      }
      throw new Open311Error(404, `service request ${id} not found`);
    },

    async token(token: string) {
      const r = await db
        .selectFrom('open311_requests')
        .select(['event_id', 'token'])
        .where('token', '=', token)
        .executeTakeFirst();
      if (!r) throw new Open311Error(404, `token ${token} not found`);
      return [{ service_request_id: r.event_id, token: r.token }];
    },

    async updates(q: Record<string, string>) {
      const p = getUpdatesParams.safeParse(q);
      if (!p.success) throw new Open311Error(400, describe(p.error.issues));
      const to = p.data.end_date ? new Date(p.data.end_date) : new Date();
      const from = p.data.start_date ? new Date(p.data.start_date) : new Date(to.getTime() - 7 * 86400_000);
      const out: RequestUpdate[] = [];
      for (const path of await publishedPaths()) {
        const steps = await events.publicSteps({ path, from, to, limit: 1000 });
        out.push(
          ...steps.map((s) => ({
            update_id: s.id,
            service_request_id: s.event_id,
            status: (CLOSED.includes(s.to_state) ? 'closed' : 'open') as 'open' | 'closed',
            updated_datetime: isoZ(s.at)!,
            description: s.note ?? s.action,
            media_url: '',
          })),
        );
      }
      return out.sort((a, b) => (a.updated_datetime < b.updated_datetime ? -1 : 1)).slice(0, 1000);
    },

    async createRequest(
      req: { ip: string; headers: Record<string, unknown> },
      body: Record<string, unknown>,
    ) {
      const p = postRequestParams.safeParse(body);
      if (!p.success) throw new Open311Error(400, describe(p.error.issues));
      const d = p.data;
      const key = await db
        .selectFrom('open311_keys as k')
        .innerJoin('org_nodes as n', 'n.id', 'k.node_id')
        .select(['k.id', 'k.district_id', 'k.name', 'k.node_id', 'n.path', 'n.code'])
        .where('k.key_hash', '=', hashKey(d.api_key))
        .where('k.revoked_at', 'is', null)
        .executeTakeFirst();
      if (!key) throw new Open311Error(403, 'api_key is invalid or revoked');
      if (d.jurisdiction_id && d.jurisdiction_id !== key.district_id && d.jurisdiction_id !== key.code)
        throw new Open311Error(404, 'jurisdiction_id not found');
      if (!(EVENT_CATEGORIES as readonly string[]).includes(d.service_code))
        throw new Open311Error(400, `service_code: ${d.service_code} is not a service`);
      const levelRaw =
        body['attribute[level]'] ?? (body.attribute as Record<string, unknown> | undefined)?.level;
      if (levelRaw !== undefined && !['1', '2', '3', 1, 2, 3].includes(levelRaw as never))
        throw new Open311Error(400, 'attribute[level]: must be 1, 2 or 3');
      const nodeId =
        d.lat !== undefined && d.long !== undefined
          ? ((await deps.grid.gridAt(key.path, d.lat, d.long)) ?? key.node_id)
          : key.node_id;
      const id = uuidv7();
      const token = crypto.randomBytes(12).toString('base64url');
      const ctx: RequestContext = {
        actor: null,
        ip: req.ip,
        userAgent: String(req.headers['user-agent'] ?? ''),
        lang: 'zh-CN',
      };
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
              level: Number(levelRaw ?? 1) as 1 | 2 | 3,
              title: (description || CATEGORY_NAMES[d.service_code as EventCategory].zh).slice(0, 100),
              description: description,
              address: d.address_string ?? '',
              position: d.lat !== undefined && d.long !== undefined ? { lat: d.lat, lng: d.long } : null,
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
          await trx
            .insertInto('open311_requests')
            .values({
              district_id: key.district_id,
              event_id: id,
              token,
              key_id: key.id,
              account_id: d.account_id ?? null,
              device_id: d.device_id ?? null,
              contact_enc: Object.values(contact).some(Boolean) ? pii.encrypt(JSON.stringify(contact)) : null,
              media_url: d.media_url ?? null,
              address_id: d.address_id ?? null,
            })
            .execute();
          await trx
            .updateTable('open311_keys')
            .set({ last_used_at: new Date() })
            .where('district_id', '=', key.district_id)
            .where('id', '=', key.id)
            .execute();
        }),
      );
      return [{ service_request_id: id, service_notice: '', account_id: d.account_id ?? null, token }];
    },

    async keys(ctx: RequestContext) {
      const actor = requirePermission(ctx, 'open311.keys');
      const rows = await db
        .selectFrom('open311_keys as k')
        .innerJoin('org_nodes as n', 'n.id', 'k.node_id')
        .select([
          'k.id',
          'k.name',
          'k.node_id',
          'n.name as node_name',
          'k.prefix',
          'k.created_at',
          'k.revoked_at',
          'k.last_used_at',
        ])
        .where(pathInPaths('n.path', scopePaths(actor, 'open311.keys')))
        .orderBy('k.created_at', 'desc')
        .execute();
      return rows.map(keyOut);
    },

    async createKey(ctx: RequestContext, input: { name: string; nodeId: string }) {
      const actor = requirePermission(ctx, 'open311.keys');
      return db.transaction().execute(async (trx) => {
        const n = await trx
          .selectFrom('org_nodes')
          .select(['id', 'district_id', 'path', 'name', 'level'])
          .where('id', '=', input.nodeId)
          .executeTakeFirst();
        if (!n || !can(actor, 'open311.keys', n.path) || n.level === 'city' || n.level === 'department')
          throw new NotFoundError();
        const secret = 'gz311_' + crypto.randomBytes(24).toString('base64url');
        const id = uuidv7();
        const row = {
          district_id: n.district_id,
          id,
          name: input.name,
          node_id: n.id,
          prefix: secret.slice(0, 10),
          key_hash: hashKey(secret),
          created_by: actor.userId,
        };
        await trx.insertInto('open311_keys').values(row).execute();
        await auditor.append(trx, ctx, {
          action: 'open311.key.create',
          objectType: 'open311_key',
          objectId: id,
          districtId: n.district_id,
          detail: { name: input.name, nodeId: n.id, prefix: row.prefix },
        });
        return {
          ...keyOut({
            ...row,
            node_name: n.name,
            created_at: new Date(),
            revoked_at: null,
            last_used_at: null,
          }),
          apiKey: secret,
        };
      });
    },

    async revokeKey(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'open311.keys');
      return db.transaction().execute(async (trx) => {
        const k = await trx
          .selectFrom('open311_keys as k')
          .innerJoin('org_nodes as n', 'n.id', 'k.node_id')
          .select(['k.district_id', 'n.path'])
          .where('k.id', '=', id)
          .forUpdate('k')
          .executeTakeFirst();
        if (!k || !can(actor, 'open311.keys', k.path)) throw new NotFoundError();
        await trx
          .updateTable('open311_keys')
          .set({ revoked_at: new Date() })
          .where('district_id', '=', k.district_id)
          .where('id', '=', id)
          .where('revoked_at', 'is', null)
          .execute();
        await auditor.append(trx, ctx, {
          action: 'open311.key.revoke',
          objectType: 'open311_key',
          objectId: id,
          districtId: k.district_id,
        });
        return { ok: true };
      });
    },
  } satisfies Open311Service;
}
