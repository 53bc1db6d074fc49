/** HTTP routes of the owners module under /api/owners. */
import type { App } from '../../platform/http/app.ts';
import { created, idemHeaders, idParams, ok, sendXlsx, uploadedBytes } from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import {
  assembliesQuery,
  assemblyBody,
  assemblyList,
  assemblyView,
  candidateBody,
  closeBody,
  compoundList,
  confirmBody,
  electionBallotBody,
  electionBody,
  electionList,
  electionView,
  importQuery,
  importResult,
  linkBody,
  myBallots,
  nodeQuery,
  noticeView,
  ownerList,
  paperBody,
  proxyBody,
  revealed,
  unitBody,
  vetBody,
  voteBody,
} from './owners.schemas.ts';
import type { OwnersService } from './owners.service.ts';

const tags = ['owners'];

/** Registers the owners routes. */
export function ownersRoutes(app: App, svc: OwnersService) {
  // ---- the owners' register
  app.get(
    '/api/owners/compounds',
    {
      config: { permission: 'owners.read' },
      schema: {
        tags,
        summary: '小区与业主名册概况 Compounds with their owners’ register figures',
        querystring: nodeQuery,
        response: { 200: compoundList },
      },
    },
    async (req) => svc.compounds(req.ctx, req.query),
  );
  app.get(
    '/api/owners/compounds/:id/owners',
    {
      config: { permission: 'owners.read' },
      schema: {
        tags,
        summary: '业主名册 The owners of a compound (phones masked)',
        params: idParams,
        response: { 200: ownerList },
      },
    },
    async (req) => svc.owners(req.ctx, req.params.id),
  );
  app.post(
    '/api/owners/compounds/:id/units',
    {
      config: { permission: 'owners.register' },
      schema: {
        tags,
        summary: '登记房屋与业主 Register a unit with its owner',
        params: idParams,
        body: unitBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.addUnit(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/owners/compounds/:id/import',
    {
      config: { permission: 'owners.register' },
      schema: {
        tags,
        summary: '导入业主名册 Import units and owners (multipart `file`; ?dryRun=1 checks only)',
        params: idParams,
        querystring: importQuery,
        response: { 200: importResult },
      },
    },
    async (req) =>
      svc.importUnits(
        req.ctx,
        req.params.id,
        await uploadedBytes(req, 'owners.import_no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.get(
    '/api/owners/compounds/:id/export',
    {
      config: { permission: 'owners.export' },
      schema: { tags, summary: '导出业主名册 Export the owners’ register (.xlsx)', params: idParams },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        t(req.ctx.lang, 'owners.sheet.register'),
        await svc.exportUnits(req.ctx, req.params.id),
      ),
  );
  app.post(
    '/api/owners/owners/:id/link',
    {
      config: { permission: 'owners.register' },
      schema: {
        tags,
        summary: '关联居民账号 Link an owner to a resident account (online voting)',
        params: idParams,
        body: linkBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.link(req.ctx, req.params.id, req.body.username),
  );
  app.post(
    '/api/owners/owners/:id/reveal',
    {
      config: { permission: 'owners.reveal' },
      schema: {
        tags,
        summary: '查看完整电话 Reveal an owner’s phone (audited)',
        params: idParams,
        response: { 200: revealed },
      },
    },
    async (req) => svc.reveal(req.ctx, req.params.id),
  );

  // ---- assemblies and ballots
  app.get(
    '/api/owners/assemblies',
    {
      config: { permission: 'owners.read' },
      schema: {
        tags,
        summary: '业主大会 Assemblies in scope',
        querystring: assembliesQuery,
        response: { 200: assemblyList },
      },
    },
    async (req) => svc.list(req.ctx, req.query),
  );
  app.post(
    '/api/owners/assemblies',
    {
      config: { permission: 'owners.assembly' },
      schema: {
        tags,
        summary: '召开业主大会 Open an assembly with its matters (Idempotency-Key)',
        headers: idemHeaders,
        body: assemblyBody,
        response: { 200: created },
      },
    },
    async (req) => svc.open(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.get(
    '/api/owners/assemblies/:id',
    {
      config: { permission: 'owners.read' },
      schema: {
        tags,
        summary: '业主大会详情 An assembly with its tally and ballots',
        params: idParams,
        response: { 200: assemblyView },
      },
    },
    async (req) => svc.view(req.ctx, req.params.id),
  );
  app.post(
    '/api/owners/assemblies/:id/paper',
    {
      config: { permission: 'owners.assembly' },
      schema: {
        tags,
        summary: '录入纸质选票 Enter an owner’s paper ballot (counts once confirmed)',
        params: idParams,
        body: paperBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.paper(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/owners/assemblies/:id/proxies',
    {
      config: { permission: 'owners.assembly' },
      schema: {
        tags,
        summary: '登记书面委托 Record an owner’s written authorisation of a proxy (委托投票)',
        params: idParams,
        body: proxyBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.addProxy(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/owners/assemblies/:id/confirm',
    {
      config: { permission: 'owners.assembly' },
      schema: {
        tags,
        summary: '确认纸质选票 A second officer confirms a paper ballot',
        params: idParams,
        body: confirmBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.confirm(req.ctx, req.params.id, req.body.ownerId),
  );
  app.post(
    '/api/owners/assemblies/:id/close',
    {
      config: { permission: 'owners.assembly' },
      schema: {
        tags,
        summary: '结束表决 Close the vote: outcomes frozen, the notice numbered',
        params: idParams,
        body: closeBody,
        response: { 200: assemblyView },
      },
    },
    async (req) => svc.close(req.ctx, req.params.id, req.body.version),
  );
  app.get(
    '/api/owners/assemblies/:id/notice',
    {
      config: { permission: 'owners.read' },
      schema: {
        tags,
        summary: '表决结果公告 The printable notice of the result',
        params: idParams,
        response: { 200: noticeView },
      },
    },
    async (req) => svc.notice(req.ctx, req.params.id),
  );
  app.get(
    '/api/owners/ballots/mine',
    {
      config: { permission: 'owners.vote' },
      schema: {
        tags,
        summary: '我的表决 The assemblies the resident’s owners may vote in now',
        response: { 200: myBallots },
      },
    },
    async (req) => svc.mine(req.ctx),
  );
  app.post(
    '/api/owners/assemblies/:id/vote',
    {
      config: { permission: 'owners.vote' },
      schema: {
        tags,
        summary: '业主网上投票 An owner’s online ballot (Idempotency-Key)',
        params: idParams,
        headers: idemHeaders,
        body: voteBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.vote(req.ctx, req.params.id, req.body, req.headers['idempotency-key']),
  );

  // ---- elections
  app.get(
    '/api/owners/elections',
    {
      config: { permission: 'owners.read' },
      schema: {
        tags,
        summary: '业委会选举 Owners’ committee elections in scope',
        querystring: nodeQuery,
        response: { 200: electionList },
      },
    },
    async (req) => svc.listElections(req.ctx, req.query),
  );
  app.post(
    '/api/owners/elections',
    {
      config: { permission: 'owners.elect' },
      schema: {
        tags,
        summary: '启动业委会选举（换届） Call an election (a renewal when a committee is in term)',
        body: electionBody,
        response: { 200: created },
      },
    },
    async (req) => svc.callElection(req.ctx, req.body),
  );
  app.get(
    '/api/owners/elections/:id',
    {
      config: { permission: 'owners.read' },
      schema: {
        tags,
        summary: '选举详情 An election with its candidates',
        params: idParams,
        response: { 200: electionView },
      },
    },
    async (req) => svc.election(req.ctx, req.params.id),
  );
  app.post(
    '/api/owners/elections/:id/candidates',
    {
      config: { permission: 'owners.elect' },
      schema: {
        tags,
        summary: '提名候选人 Nominate an owner',
        params: idParams,
        body: candidateBody,
        response: { 200: electionView },
      },
    },
    async (req) => svc.nominate(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/owners/elections/:id/vet',
    {
      config: { permission: 'owners.vet' },
      schema: {
        tags,
        summary: '党组织把关 Vet a candidate (reject with a reason)',
        params: idParams,
        body: vetBody,
        response: { 200: electionView },
      },
    },
    async (req) => svc.vet(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/owners/elections/:id/ballot',
    {
      config: { permission: 'owners.assembly' },
      schema: {
        tags,
        summary: '提交业主大会选举 Put the vetted candidates to an assembly',
        params: idParams,
        body: electionBallotBody,
        response: { 200: created },
      },
    },
    async (req) => svc.putToAssembly(req.ctx, req.params.id, req.body),
  );
}
