/**
 * Shapes of Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) and mySociety's
 * extension (service request updates), written from the specification's text, and of the admin
 * API for keys and settings. Parameters are validated here; failures answer the spec's error
 * format `[{code, description}]` (XML: <errors><error><code/><description/></error></errors>).
 */
import { z } from 'zod';

/** Response formats. */
export const FORMATS = ['json', 'xml'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * A W3C date and time as the spec allows it (https://www.w3.org/TR/NOTE-datetime): a day, or a day
 * with hours and minutes, optional seconds and fraction, and a zone as Z, ±hh:mm or ±hhmm. Returns
 * the instant, or null when it is not one.
 */
export function parseW3cDate(text: string): Date | null {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?))?$/.exec(
      text.trim(),
    );
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = m;
  const tz =
    zone === 'Z'
      ? 'Z'
      : zone.length === 3
        ? `${zone}:00`
        : zone.includes(':')
          ? zone
          : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${frac ? frac.slice(0, 4).padEnd(4, '0') : ''}${tz}`;
  const t = Date.parse(iso);
  if (
    Number.isNaN(t) ||
    Number(y) < 1970 ||
    Number(mo) > 12 ||
    Number(d) > 31 ||
    Number(h) > 23 ||
    Number(mi) > 59
  )
    return null;
  return new Date(t);
}

/** A W3C date parameter. */
const w3cDate = z.string().transform((s, ctx) => {
  const d = parseW3cDate(s);
  if (!d) {
    ctx.addIssue({ code: 'custom', message: 'not a W3C date and time (e.g. 2026-12-06T09:30+08:00)' });
    return z.NEVER;
  }
  return d;
});

/** Parameters with empty values dropped: an empty optional parameter is an absent one. */
const withoutEmpty = (v: unknown) =>
  v && typeof v === 'object'
    ? Object.fromEntries(
        Object.entries(v as object).filter(([, x]) => !(typeof x === 'string' && x.trim() === '')),
      )
    : v;

/** POST requests.{fmt} (form-encoded, multipart or JSON). The key and location are checked by the service. */
export const postRequestParams = z.preprocess(
  withoutEmpty,
  z
    .object({
      api_key: z.string().optional(),
      jurisdiction_id: z.string().max(100).optional(),
      service_code: z.string().max(100).optional(),
      lat: z.coerce.number().min(-90).max(90).optional(),
      long: z.coerce.number().min(-180).max(180).optional(),
      address_string: z.string().max(200).optional(),
      address_id: z.string().max(100).optional(),
      email: z.email().optional(),
      device_id: z.string().max(100).optional(),
      account_id: z.string().max(100).optional(),
      first_name: z.string().max(50).optional(),
      last_name: z.string().max(50).optional(),
      phone: z.string().max(30).optional(),
      description: z.string().max(4000).optional(),
      media_url: z.url().max(2000).optional(),
    })
    .catchall(z.unknown()),
);
export type PostRequestParams = z.infer<typeof postRequestParams>;

/** GET requests.{fmt} filters (spec: default the last 90 days, spans of at most 90 days, at most 1000 results). */
export const getRequestsParams = z.preprocess(
  withoutEmpty,
  z.object({
    jurisdiction_id: z.string().max(100).optional(),
    service_request_id: z.string().max(10000).optional(),
    service_code: z.string().max(1000).optional(),
    start_date: w3cDate.optional(),
    end_date: w3cDate.optional(),
    status: z
      .string()
      .regex(/^(open|closed)(,(open|closed))*$/i, 'status is open, closed or both')
      .optional(),
  }),
);

/** mySociety servicerequestupdates.{fmt} filters. */
export const getUpdatesParams = z.preprocess(
  withoutEmpty,
  z.object({
    jurisdiction_id: z.string().max(100).optional(),
    start_date: w3cDate.optional(),
    end_date: w3cDate.optional(),
  }),
);

/** mySociety POST servicerequestupdates.{fmt}: an update to a request from the client. */
export const postUpdateParams = z.preprocess(
  withoutEmpty,
  z
    .object({
      api_key: z.string().optional(),
      jurisdiction_id: z.string().max(100).optional(),
      service_request_id: z.string().max(100).optional(),
      update_id: z.string().max(100).optional(),
      updated_datetime: w3cDate.optional(),
      status: z.string().max(40).optional(),
      description: z.string().max(4000).optional(),
      media_url: z.url().max(2000).optional(),
      email: z.email().optional(),
      first_name: z.string().max(50).optional(),
      last_name: z.string().max(50).optional(),
    })
    .catchall(z.unknown()),
);

// ---- answers, as the specification lists their fields ----

/** A W3C datetime in an answer. */
const w3c = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/);

/** GET discovery: the endpoints, the formats they answer in, whom to contact, how keys are issued. */
export const discoveryShape = z.object({
  changeset: w3c,
  contact: z.string(),
  key_service: z.string(),
  endpoints: z.array(
    z.object({
      specification: z.string(),
      url: z.string(),
      changeset: w3c,
      type: z.enum(['production', 'test']),
      formats: z.array(z.enum(['text/xml', 'application/json'])),
    }),
  ),
});

/** GET services: each service with its code, name, and whether it has attributes (metadata). */
export const serviceShape = z.object({
  service_code: z.string(),
  service_name: z.string(),
  description: z.string(),
  metadata: z.boolean(),
  type: z.enum(['realtime', 'batch', 'blackbox']),
  keywords: z.string(),
  group: z.string(),
});

/** GET services/{code}: the attributes a request of the service may carry. */
export const serviceDefinitionShape = z.object({
  service_code: z.string(),
  attributes: z.array(
    z.object({
      variable: z.boolean(),
      code: z.string(),
      datatype: z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']),
      required: z.boolean(),
      datatype_description: z.string(),
      order: z.number().int(),
      description: z.string(),
      values: z.array(z.object({ key: z.string(), name: z.string() })).optional(),
    }),
  ),
});

/** POST requests: the new request's id, or a token to look it up later (one of the two). */
export const postRequestAnswerShape = z.union([
  z
    .object({ service_request_id: z.string(), service_notice: z.string(), account_id: z.string().nullable() })
    .strict(),
  z.object({ token: z.string(), service_notice: z.string(), account_id: z.string().nullable() }).strict(),
]);

/** GET requests and requests/{id}: a service request as the spec lists its fields. */
export const serviceRequestShape = z
  .object({
    service_request_id: z.string(),
    status: z.enum(['open', 'closed']),
    status_notes: z.string().nullable(),
    service_name: z.string(),
    service_code: z.string(),
    description: z.string().nullable(),
    agency_responsible: z.string().nullable(),
    service_notice: z.string().nullable(),
    requested_datetime: w3c,
    updated_datetime: w3c,
    expected_datetime: w3c.nullable(),
    address: z.string().nullable(),
    address_id: z.string().nullable(),
    zipcode: z.string().nullable(),
    lat: z.number().nullable(),
    long: z.number().nullable(),
    media_url: z.string().nullable(),
  })
  .strict();
export type ServiceRequest = z.infer<typeof serviceRequestShape>;

/** GET tokens/{token}: the request a token stands for. */
export const tokenShape = z.object({ service_request_id: z.string().nullable(), token: z.string() }).strict();

/** mySociety GET servicerequestupdates: one update of a request. */
export const requestUpdateShape = z
  .object({
    update_id: z.string(),
    service_request_id: z.string(),
    status: z.enum(['open', 'closed']),
    updated_datetime: w3c,
    description: z.string(),
    media_url: z.string(),
  })
  .strict();
export type RequestUpdate = z.infer<typeof requestUpdateShape>;

/** mySociety POST servicerequestupdates: the stored update's id. */
export const postUpdateAnswerShape = z.object({ update_id: z.string() }).strict();

/** An error as the spec answers it. */
export const errorShape = z.object({ code: z.number().int(), description: z.string() }).strict();

// ---- admin API ----

/** Admin: create an API key on a node (requests land under it). */
export const createKeyBody = z.object({ name: z.string().trim().min(1).max(100), nodeId: z.uuid() });
/** Admin: a key as listed (never the secret). */
export const keyView = z.object({
  id: z.uuid(),
  name: z.string(),
  nodeId: z.uuid(),
  nodeName: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
/** Admin: the secret, shown once at creation. */
export const createdKeyView = keyView.extend({ apiKey: z.string() });

/** Admin: what a district publishes through Open311. */
export const settingsView = z.object({
  districtId: z.uuid(),
  /** Publish the district's public reports (those from Open311, or a resident marked public). */
  publish: z.boolean(),
  version: z.number(),
});
/** Admin: change what a district publishes. */
export const settingsBody = z.object({
  districtId: z.uuid(),
  publish: z.boolean(),
  version: z.number().int().min(0),
});
