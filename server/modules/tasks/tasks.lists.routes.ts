/**
 * HTTP routes of 一榜三令: task lists 任务榜 (drafts, top-down tasks, publishing) and the units'
 * bottom-up proposals.
 */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { created, idParams } from '../../platform/http/routes.ts';
import type { TasksService } from './tasks.service.ts';
import {
  addTaskBody,
  createListBody,
  decideProposalBody,
  listsQuery,
  listView,
  proposalView,
  proposeTaskBody,
  publishListBody,
} from './tasks.schemas.ts';

const tags = ['tasks'];

/** Registers the routes of task lists. */
export function tasksListsRoutes(app: App, svc: TasksService) {
  // ---- lists ----
  app.get(
    '/api/tasks/lists',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '任务榜 Task lists',
        querystring: listsQuery,
        response: { 200: z.array(listView) },
      },
    },
    async (req) => svc.lists(req.ctx, req.query),
  );
  app.post(
    '/api/tasks/lists',
    {
      config: { permission: 'tasks.manage' },
      schema: { tags, summary: '新建任务榜 Create list', body: createListBody, response: { 200: created } },
    },
    async (req) => svc.createList(req.ctx, req.body),
  );
  app.get(
    '/api/tasks/lists/:id',
    {
      config: { permission: 'tasks.read' },
      schema: { tags, summary: '任务榜 List', params: idParams, response: { 200: listView } },
    },
    async (req) => svc.getList(req.ctx, req.params.id),
  );
  app.post(
    '/api/tasks/lists/:id/tasks',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '添加任务 Add task',
        params: idParams,
        body: addTaskBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addTask(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/tasks/lists/:id/publish',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '发布任务榜 Publish (freezes the version)',
        params: idParams,
        body: publishListBody,
        response: { 200: listView },
      },
    },
    async (req) => svc.publishList(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/tasks/lists/:id/proposals',
    {
      config: { permission: 'tasks.read' },
      schema: { tags, summary: '申报 Proposals', params: idParams, response: { 200: z.array(proposalView) } },
    },
    async (req) => svc.proposals(req.ctx, req.params.id),
  );

  // ---- proposals ----
  app.post(
    '/api/tasks/proposals',
    {
      config: { permission: 'tasks.propose' },
      schema: {
        tags,
        summary: '自下而上申报 Propose a task',
        body: proposeTaskBody,
        response: { 200: created },
      },
    },
    async (req) => svc.proposeTask(req.ctx, req.body),
  );
  app.post(
    '/api/tasks/proposals/:id/decide',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '审定申报 Approve, merge or reject',
        params: idParams,
        body: decideProposalBody,
        response: { 200: proposalView },
      },
    },
    async (req) => svc.decideProposal(req.ctx, req.params.id, req.body),
  );
}
