/** HTTP routes of the council's meetings 会议: minutes, cancelling and photos. */
import type { App } from '../../platform/http/app.ts';
import { created, idParams, ok, okAfter, uploadedBytes } from '../../platform/http/routes.ts';
import type { CouncilService } from './council.service.ts';
import {
  cancelMeetingBody,
  meetingBody,
  meetingList,
  meetingPatch,
  meetingQuery,
  meetingView,
  minutesBody,
} from './council.schemas.ts';

const tags = ['council'];

/** Registers the routes of the council's meetings. */
export function councilMeetingsRoutes(app: App, svc: CouncilService) {
  app.get(
    '/api/council/meetings',
    {
      config: { permission: 'council.read' },
      schema: {
        tags,
        summary: '议事会议 Meetings',
        querystring: meetingQuery,
        response: { 200: meetingList },
      },
    },
    async (req) => svc.listMeetings(req.ctx, req.query),
  );
  app.post(
    '/api/council/meetings',
    {
      config: { permission: 'council.manage' },
      schema: { tags, summary: '召集会议 Call a meeting', body: meetingBody, response: { 200: created } },
    },
    async (req) => svc.createMeeting(req.ctx, req.body),
  );
  app.get(
    '/api/council/meetings/:id',
    {
      config: { permission: 'council.read' },
      schema: { tags, summary: '会议详情 A meeting', params: idParams, response: { 200: meetingView } },
    },
    async (req) => svc.getMeeting(req.ctx, req.params.id),
  );
  app.patch(
    '/api/council/meetings/:id',
    {
      config: { permission: 'council.manage' },
      schema: {
        tags,
        summary: '修改会议 Change a meeting',
        params: idParams,
        body: meetingPatch,
        response: { 200: meetingView },
      },
    },
    async (req) => svc.updateMeeting(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/council/meetings/:id/minutes',
    {
      config: { permission: 'council.manage' },
      schema: {
        tags,
        summary: '会议纪要与签到 Minutes and attendance',
        params: idParams,
        body: minutesBody,
        response: { 200: meetingView },
      },
    },
    async (req) => svc.recordMinutes(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/council/meetings/:id/cancel',
    {
      config: { permission: 'council.manage' },
      schema: {
        tags,
        summary: '取消会议 Cancel',
        params: idParams,
        body: cancelMeetingBody,
        response: { 200: ok },
      },
    },
    async (req) => okAfter(svc.cancelMeeting(req.ctx, req.params.id, req.body)),
  );
  app.post(
    '/api/council/meetings/:id/photos',
    {
      config: { permission: 'council.manage' },
      schema: {
        tags,
        summary: '会议照片 Add a photo (multipart field `file`)',
        params: idParams,
        response: { 200: created },
      },
    },
    async (req) => svc.addPhoto(req.ctx, req.params.id, await uploadedBytes(req)),
  );
  app.get(
    '/api/council/photos/:id',
    {
      config: { permission: 'council.read' },
      schema: { tags, summary: '照片 Photo bytes', params: idParams },
    },
    async (req, reply) => {
      const p = await svc.photo(req.ctx, req.params.id);
      return reply.type(p.mime).header('cache-control', 'private, max-age=86400').send(p.data);
    },
  );
}
