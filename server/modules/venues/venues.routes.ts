/** HTTP routes of the venues module under /api/venues. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import {
  created,
  dryRunQuery,
  idemHeaders,
  idParams,
  ok,
  sendXlsx,
  uploadedBytes,
} from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import {
  activitiesQuery,
  activityView,
  bookingBody,
  bookingMoveBody,
  bookingView,
  checkinBody,
  figuresQuery,
  figuresView,
  membershipBody,
  nearQuery,
  nearView,
  populationBody,
  roomBody,
  roomUpdateBody,
  venueBody,
  venueList,
  venuesImportResult,
  venuesQuery,
  venueUpdateBody,
  venueView,
  weekQuery,
} from './venues.schemas.ts';
import type { VenuesService } from './venues.service.ts';

const tags = ['venues'];
const roomParams = z.object({ id: z.uuid(), roomId: z.uuid() });
const bookingCreated = z.object({ id: z.uuid(), state: z.enum(['pending', 'confirmed']) });

/** Registers the venues routes. */
export function venuesRoutes(app: App, svc: VenuesService) {
  app.get(
    '/api/venues',
    {
      config: { permission: 'venues.read' },
      schema: {
        tags,
        summary: '党群服务阵地 The alliance’s venues',
        querystring: venuesQuery,
        response: { 200: venueList },
      },
    },
    async (req) => svc.list(req.ctx, req.query),
  );
  app.get(
    '/api/venues/export',
    {
      config: { permission: 'venues.export' },
      schema: {
        tags,
        summary: '导出阵地台账 Export the register (.xlsx)',
        querystring: z.object({ nodeId: z.uuid().optional() }),
      },
    },
    async (req, reply) =>
      sendXlsx(reply, t(req.ctx.lang, 'venues.sheet.register'), await svc.exportVenues(req.ctx, req.query)),
  );
  app.post(
    '/api/venues/import',
    {
      config: { permission: 'venues.manage' },
      schema: {
        tags,
        summary:
          "导入阵地台账 Import the register (multipart `file`: .xlsx or CSV in the export's columns; ?dryRun=1 checks only)",
        querystring: dryRunQuery,
        response: { 200: venuesImportResult },
      },
    },
    async (req) =>
      svc.importVenues(req.ctx, await uploadedBytes(req, 'venues.import_no_file'), req.query.dryRun === '1'),
  );
  app.post(
    '/api/venues',
    {
      config: { permission: 'venues.manage' },
      schema: {
        tags,
        summary: '登记阵地 Register a venue with its rooms',
        body: venueBody,
        response: { 200: created },
      },
    },
    async (req) => svc.create(req.ctx, req.body),
  );
  app.get(
    '/api/venues/near',
    {
      config: { permission: 'venues.read' },
      schema: {
        tags,
        summary: '10分钟服务圈 Venues within 1 km of a point or of a community’s centre',
        querystring: nearQuery,
        response: { 200: nearView },
      },
    },
    async (req) => svc.near(req.ctx, req.query),
  );
  app.get(
    '/api/venues/figures',
    {
      config: { permission: 'venues.stats' },
      schema: {
        tags,
        summary: '阵地利用率与覆盖 Utilisation, m² per 10,000 residents, coverage',
        querystring: figuresQuery,
        response: { 200: figuresView },
      },
    },
    async (req) => svc.figures(req.ctx, req.query),
  );
  app.put(
    '/api/venues/populations',
    {
      config: { permission: 'venues.stats' },
      schema: {
        tags,
        summary: '申报常住人口 Declare a street’s population',
        body: populationBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.declarePopulation(req.ctx, req.body),
  );
  app.get(
    '/api/venues/activities',
    {
      config: { permission: 'venues.manage' },
      schema: {
        tags,
        summary: '阵地活动 Activities held, with attendance',
        querystring: activitiesQuery,
        response: { 200: z.array(activityView) },
      },
    },
    async (req) => svc.activities(req.ctx, req.query),
  );
  app.get(
    '/api/venues/approvals',
    {
      config: { permission: 'venues.manage' },
      schema: {
        tags,
        summary: '待审批预约 Bookings waiting for approval',
        response: { 200: z.array(bookingView) },
      },
    },
    async (req) => svc.pending(req.ctx),
  );
  app.get(
    '/api/venues/bookings/mine',
    {
      config: { permission: 'venues.book' },
      schema: { tags, summary: '我的预约 My bookings', response: { 200: z.array(bookingView) } },
    },
    async (req) => svc.mine(req.ctx),
  );
  app.post(
    '/api/venues/bookings',
    {
      config: { permission: 'venues.book' },
      schema: {
        tags,
        summary: '预约功能室 Book a room for a time slot (Idempotency-Key honoured)',
        headers: idemHeaders,
        body: bookingBody,
        response: { 200: bookingCreated },
      },
    },
    async (req) => svc.book(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.post(
    '/api/venues/bookings/:id/moves',
    {
      config: { permission: 'venues.read' },
      schema: {
        tags,
        summary: '审批/取消/爽约/登记活动 Approve, refuse, cancel, no-show, record the activity',
        params: idParams,
        body: bookingMoveBody,
        response: { 200: bookingView },
      },
    },
    async (req) => svc.move(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/venues/checkin',
    {
      config: { permission: 'venues.book' },
      schema: {
        tags,
        summary: '扫码签到 Check in by the QR at the door (Idempotency-Key honoured)',
        headers: idemHeaders,
        body: checkinBody,
        response: { 200: bookingView },
      },
    },
    async (req) => svc.checkIn(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.get(
    '/api/venues/:id',
    {
      config: { permission: 'venues.read' },
      schema: {
        tags,
        summary: '阵地详情 A venue with its rooms',
        params: idParams,
        response: { 200: venueView },
      },
    },
    async (req) => svc.get(req.ctx, req.params.id),
  );
  app.put(
    '/api/venues/:id',
    {
      config: { permission: 'venues.manage' },
      schema: {
        tags,
        summary: '修改阵地 Change a venue',
        params: idParams,
        body: venueUpdateBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.update(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/venues/:id/membership',
    {
      config: { permission: 'venues.manage' },
      schema: {
        tags,
        summary: '加入/退出联盟 A member joins or leaves the alliance',
        params: idParams,
        body: membershipBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.membership(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/venues/:id/week',
    {
      config: { permission: 'venues.read' },
      schema: {
        tags,
        summary: '一周预约日历 A venue’s bookings for a week',
        params: idParams,
        querystring: weekQuery,
        response: { 200: z.array(bookingView) },
      },
    },
    async (req) => svc.week(req.ctx, req.params.id, req.query.from),
  );
  app.post(
    '/api/venues/:id/rooms',
    {
      config: { permission: 'venues.manage' },
      schema: {
        tags,
        summary: '添加功能室 Add a room',
        params: idParams,
        body: roomBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addRoom(req.ctx, req.params.id, req.body),
  );
  app.put(
    '/api/venues/:id/rooms/:roomId',
    {
      config: { permission: 'venues.manage' },
      schema: {
        tags,
        summary: '修改功能室 Change a room',
        params: roomParams,
        body: roomUpdateBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.updateRoom(req.ctx, req.params.id, req.params.roomId, req.body),
  );
}
