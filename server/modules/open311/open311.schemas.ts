/**
 * Shapes of Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) and of the admin API for
 * its keys. Open311 parameters are validated here; failures answer the spec's error format
 * `[{code, description}]` (XML: <errors><error><code/><description/></error></errors>).
 */
import { z } from 'zod';

/** Response formats. */
export const FORMATS = ['json', 'xml'] as const;
export type Format = (typeof FORMATS)[number];

/** POST requests.{fmt} (form-encoded or JSON). Position is lat+long, or address_string, or address_id. */
export const postRequestParams = z
  .object({
    api_key: z.string().min(1, 'api_key is required'),
    jurisdiction_id: z.string().optional(),
    service_code: z.string().min(1, 'service_code is required'),
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
    media_url: z.url().optional(),
  })
  .catchall(z.unknown())
  .refine((p) => (p.lat !== undefined && p.long !== undefined) || !!p.address_string || !!p.address_id, {
    message: 'a location is required: lat and long, address_string or address_id',
    path: ['lat'],
  });
export type PostRequestParams = z.infer<typeof postRequestParams>;

/** GET requests.{fmt} filters (spec: default the last 90 days, at most 1000 results). */
export const getRequestsParams = z.object({
  jurisdiction_id: z.string().optional(),
  service_request_id: z.string().max(10000).optional(),
  service_code: z.string().max(1000).optional(),
  start_date: z.iso.datetime({ offset: true }).optional(),
  end_date: z.iso.datetime({ offset: true }).optional(),
  status: z
    .string()
    .regex(/^(open|closed)(,(open|closed))*$/, 'status is open, closed or both')
    .optional(),
});

/** mySociety servicerequestupdates.{fmt} filters. */
export const getUpdatesParams = z.object({
  jurisdiction_id: z.string().optional(),
  start_date: z.iso.datetime({ offset: true }).optional(),
  end_date: z.iso.datetime({ offset: true }).optional(),
});

/** One service request as the spec lists its fields. */
export interface ServiceRequest {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string;
  service_code: string;
  description: string | null;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: string | null;
  address_id: string | null;
  zipcode: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
}

/** One update (mySociety extension). */
export interface RequestUpdate {
  update_id: string;
  service_request_id: string;
  status: 'open' | 'closed';
  updated_datetime: string;
  description: string;
  media_url: string;
}

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
