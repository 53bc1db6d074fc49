/** HTTP routes of the training plans per track (领航、雏鹰、常青藤) under /api/training/tracks. */
import type { App } from '../../platform/http/app.ts';
import { created, sendXlsxAs } from '../../platform/http/routes.ts';
import * as s from './training.tracks.schemas.ts';
import type { TrainingService } from './training.service.ts';

const tags = ['training'];

/** Registers the track routes. */
export function trainingTracksRoutes(app: App, svc: TrainingService) {
  app.get(
    '/api/training/tracks',
    {
      config: { permission: 'training.manage' },
      schema: {
        tags,
        summary: '分类培训完成情况 Plans and completion per track',
        querystring: s.completionQuery,
        response: { 200: s.completionView },
      },
    },
    async (req) => svc.completion(req.ctx, req.query),
  );
  app.put(
    '/api/training/tracks/plan',
    {
      config: { permission: 'training.manage' },
      schema: {
        tags,
        summary: '制定年度培训计划 Set a track’s plan',
        body: s.planBody,
        response: { 200: created },
      },
    },
    async (req) => svc.setPlan(req.ctx, req.body),
  );
  app.get(
    '/api/training/tracks/mine',
    {
      config: { permission: 'training.learn' },
      schema: {
        tags,
        summary: '我的培训计划 My track and progress',
        querystring: s.myTracksQuery,
        response: { 200: s.myTracksView },
      },
    },
    async (req) => svc.myTracks(req.ctx, req.query),
  );
  app.get(
    '/api/training/tracks.xlsx',
    {
      config: { permission: 'training.export' },
      schema: { tags, summary: '导出完成情况 Export completion (Excel)', querystring: s.completionQuery },
    },
    async (req, reply) =>
      sendXlsxAs(
        reply,
        '分类培训完成情况.xlsx',
        await svc.exportCompletion(req.ctx, req.query),
        'training-tracks.xlsx',
      ),
  );
}
