/** HTTP routes of the organisation tree. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { created, dryRunQuery, idParams, sendXlsxAs, uploadedBytes } from '../../platform/http/routes.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { OrgService } from './org.service.ts';
import {
  createNodeBody,
  createPartyOrgBody,
  createTemporaryPartyOrgBody,
  importResult,
  editTemporaryPartyOrgBody,
  dissolvePartyOrgBody,
  moveNodeBody,
  nodeDetail,
  nodeView,
  partyOrgView,
  searchQuery,
  searchResult,
  updateNodeBody,
} from './org.schemas.ts';

const tags = ['org'];

/** Registers the org routes. */
export function orgRoutes(app: App, svc: OrgService) {
  app.get(
    '/api/org/roots',
    {
      config: { permission: 'org.read' },
      schema: { tags, summary: '我的管辖范围 Subtree roots', response: { 200: z.array(nodeView) } },
    },
    async (req) => svc.roots(req.ctx),
  );
  app.get(
    '/api/org/nodes/:id',
    {
      config: { permission: 'org.read' },
      schema: { tags, summary: '节点 Node', params: idParams, response: { 200: nodeDetail } },
    },
    async (req) => svc.get(req.ctx, req.params.id),
  );
  app.get(
    '/api/org/nodes/:id/children',
    {
      config: { permission: 'org.read' },
      schema: {
        tags,
        summary: '下级节点 Children (lazy tree)',
        params: idParams,
        response: { 200: z.array(nodeView) },
      },
    },
    async (req) => svc.children(req.ctx, req.params.id),
  );
  app.get(
    '/api/org/search',
    {
      config: { permission: 'org.read' },
      schema: {
        tags,
        summary: '按名称或拼音首字母搜索 Search by name or pinyin initials',
        querystring: searchQuery,
        response: { 200: z.array(searchResult) },
      },
    },
    async (req) => svc.search(req.ctx, req.query),
  );
  app.post(
    '/api/org/nodes',
    {
      config: { permission: 'org.write' },
      schema: {
        tags,
        summary: '新建节点 Create node',
        body: createNodeBody,
        response: { 200: created },
      },
    },
    async (req) => svc.createNode(req.ctx, req.body),
  );
  app.patch(
    '/api/org/nodes/:id',
    {
      config: { permission: 'org.write' },
      schema: {
        tags,
        summary: '重命名 Rename',
        params: idParams,
        body: updateNodeBody,
        response: { 200: z.object({ version: z.number() }) },
      },
    },
    async (req) => svc.updateNode(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/org/nodes/:id/move',
    {
      config: { permission: 'org.write' },
      schema: {
        tags,
        summary: '移动子树 Move subtree',
        params: idParams,
        body: moveNodeBody,
        response: { 200: z.object({ version: z.number() }) },
      },
    },
    async (req) => svc.moveNode(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/org/nodes/:id/export.xlsx',
    {
      config: { permission: 'org.read' },
      schema: { tags, summary: '导出组织架构 Export a subtree (.xlsx)', params: idParams },
    },
    async (req, reply) => {
      const { name, bytes } = await svc.exportTree(req.ctx, req.params.id);
      const day = shanghaiDay();
      return sendXlsxAs(reply, `${name}-${day}.xlsx`, bytes, `org-${day}.xlsx`);
    },
  );
  app.post(
    '/api/org/nodes/:id/import',
    {
      config: { permission: 'org.write' },
      schema: {
        tags,
        summary:
          '导入下级节点 Import missing nodes under a node (multipart `file`: .xlsx or CSV; ?dryRun=1 checks only)',
        params: idParams,
        querystring: dryRunQuery,
        response: { 200: importResult },
      },
    },
    async (req) =>
      svc.importTree(
        req.ctx,
        req.params.id,
        await uploadedBytes(req, 'org.import_no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.get(
    '/api/org/nodes/:id/party-orgs',
    {
      config: { permission: 'org.read' },
      schema: {
        tags,
        summary: '党组织 Party organisations on a node',
        params: idParams,
        querystring: z.object({ deep: z.enum(['0', '1']).default('0') }),
        response: { 200: z.array(partyOrgView) },
      },
    },
    async (req) => svc.partyOrgs(req.ctx, req.params.id, req.query.deep === '1'),
  );
  app.post(
    '/api/org/party-orgs',
    {
      config: { permission: 'org.party.write' },
      schema: {
        tags,
        summary: '新建党组织 Create party organisation',
        body: createPartyOrgBody,
        response: { 200: created },
      },
    },
    async (req) => svc.createPartyOrg(req.ctx, req.body),
  );
  app.post(
    '/api/org/party-orgs/temporary',
    {
      config: { permission: 'org.party.write' },
      schema: {
        tags,
        summary: '成立指挥部党建组或项目临时党支部 Set up a temporary party organisation',
        body: createTemporaryPartyOrgBody,
        response: { 200: created },
      },
    },
    async (req) => svc.createTemporaryPartyOrg(req.ctx, req.body),
  );
  app.patch(
    '/api/org/party-orgs/:id/temporary',
    {
      config: { permission: 'org.party.write' },
      schema: {
        tags,
        summary: '修改临时党组织名称和计划撤销日期 Edit a temporary party organisation',
        params: idParams,
        body: editTemporaryPartyOrgBody,
        response: { 200: z.object({ version: z.number() }) },
      },
    },
    async (req) => svc.editTemporaryPartyOrg(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/org/party-orgs/:id/dissolve',
    {
      config: { permission: 'org.party.write' },
      schema: {
        tags,
        summary: '撤销临时党组织 Dissolve a temporary party organisation',
        params: idParams,
        body: dissolvePartyOrgBody,
        response: { 200: z.object({ version: z.number() }) },
      },
    },
    async (req) => svc.dissolvePartyOrg(req.ctx, req.params.id, req.body),
  );
}
