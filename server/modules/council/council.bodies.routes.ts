/** HTTP routes of the council's councils 议事会 and their members. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { idParams, ok, okAfter } from '../../platform/http/routes.ts';
import type { CouncilService } from './council.service.ts';
import {
  bodiesQuery,
  bodyBody,
  bodyKindFigures,
  bodyView,
  enrolBody,
  memberBody,
} from './council.schemas.ts';

const tags = ['council'];

/** Registers the routes of the council's bodies. */
export function councilBodiesRoutes(app: App, svc: CouncilService) {
  app.get(
    '/api/council/bodies',
    {
      config: { permission: 'council.read' },
      schema: {
        tags,
        summary: '议事机构 Councils',
        querystring: bodiesQuery,
        response: { 200: z.array(bodyView) },
      },
    },
    async (req) => svc.listBodies(req.ctx, req.query),
  );
  app.get(
    '/api/council/bodies/kinds',
    {
      config: { permission: 'council.read' },
      schema: {
        tags,
        summary: '各类议事机构统计 Figures per kind of council',
        querystring: z.object({ nodeId: z.uuid().optional() }),
        response: { 200: bodyKindFigures },
      },
    },
    async (req) => svc.kindFigures(req.ctx, req.query),
  );
  app.post(
    '/api/council/bodies',
    {
      config: { permission: 'council.manage' },
      schema: { tags, summary: '设立议事机构 Set up a council', body: bodyBody, response: { 200: bodyView } },
    },
    async (req) => svc.createBody(req.ctx, req.body),
  );
  app.get(
    '/api/council/bodies/:id',
    {
      config: { permission: 'council.read' },
      schema: { tags, summary: '议事机构详情 A council', params: idParams, response: { 200: bodyView } },
    },
    async (req) => svc.getBody(req.ctx, req.params.id),
  );
  app.post(
    '/api/council/bodies/:id/members',
    {
      config: { permission: 'council.manage' },
      schema: {
        tags,
        summary: '增补议事会成员 Appoint a member',
        params: idParams,
        body: memberBody,
        response: { 200: bodyView },
      },
    },
    async (req) => svc.addMember(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/council/bodies/:id/children',
    {
      config: { permission: 'council.participate' },
      schema: {
        tags,
        summary: '监护人为孩子报名童议员 Enrol a child',
        params: idParams,
        body: enrolBody,
        response: { 200: z.object({ alias: z.string() }) },
      },
    },
    async (req) => svc.enrolChild(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/api/council/bodies/:id/members/:personId',
    {
      config: { permission: 'council.participate' },
      schema: {
        tags,
        summary: '成员退出 A member leaves',
        params: z.object({ id: z.uuid(), personId: z.uuid() }),
        response: { 200: ok },
      },
    },
    async (req) => okAfter(svc.removeMember(req.ctx, req.params.id, req.params.personId)),
  );
}
