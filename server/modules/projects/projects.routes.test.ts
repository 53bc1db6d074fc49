/**
 * Livelihood projects through HTTP: a micro project from a resident's order to the satisfaction
 * rating (seed 003: 百姓点菜), the deputies' vote choosing the year's projects and their rating
 * feeding the responsible unit's score (seed 003: 票决制), who sees and does what, exports, the
 * public page and the node dashboard's figures.
 */
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { phoneLogin, verifiedResident } from '../../testing/signup.ts';

let env: TestEnv;
let officer: Client; // 福山社区
let officer12: Client; // 水围社区: outside
let street: Client; // 福田街道
let org: Client; // 福田区
let deputy: Client; // deputy on the district
let deputy2: Client; // deputy on 香蜜湖街道 (another street)
const r: Client[] = []; // verified residents of 福山社区
let outsider: Client; // a verified resident of 水围社区
const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('community_officer', 'community11');
  officer12 = await env.as('community_officer', 'community12');
  street = await env.as('street_officer', 'street1');
  org = await env.as('org_officer', 'district');
  deputy = await env.as('deputy', 'district');
  deputy2 = await env.as('deputy', 'street2');
  for (const n of ['林晓峰', '何美玲', '陈志强'])
    r.push((await verifiedResident(env, officer, env.nodes.building.id, n)).client);
  outsider = (await verifiedResident(env, officer12, env.nodes.community12.id, '王建国')).client;
}, 120_000);
afterAll(() => env.close());

const community = () => env.nodes.community11.id;
async function notices(c: Client, kind?: string) {
  let q = env.db.selectFrom('notify_notifications').select(['title', 'kind']).where('user_id', '=', c.userId);
  if (kind) q = q.where('kind', '=', kind);
  return (await q.execute()).map((x) => x.kind);
}
const upload = (c: Client, url: string, buf: Buffer, name: string, type: string) =>
  c.upload(url, buf, name, type);

describe('a micro project from the order to the satisfaction rating (seed 003: 百姓点菜)', () => {
  let menuId: string;
  let id: string;
  let other: string;

  it('the community puts projects on its menu; a verified resident orders from it (a phone may send twice)', async () => {
    const m = await officer.post('/api/projects/menu', {
      nodeId: community(),
      title: '楼道照明改造',
      description: '老旧楼道更换声控LED灯',
      category: 'facilities',
      estimateYuan: '30000',
    });
    expect(m.status).toBe(200);
    menuId = m.body.id;
    expect(
      (
        await r[0].post('/api/projects/menu', {
          nodeId: community(),
          title: 'x',
          category: 'other',
          estimateYuan: '1',
        })
      ).status,
    ).toBe(403);
    const menu = await r[0].get(`/api/projects/menu?nodeId=${community()}`);
    expect(menu.body.map((x: { title: string }) => x.title)).toEqual(['楼道照明改造']);
    expect(menu.body[0]).toMatchObject({ estimateFen: 3_000_000, can: { retire: false } });

    const unverified = await phoneLogin(env);
    expect((await unverified.post('/api/projects', { nodeId: community(), menuItemId: menuId })).status).toBe(
      403,
    );
    const key = { 'idempotency-key': 'order-micro-0001' };
    const a = await r[0].post('/api/projects', { nodeId: community(), menuItemId: menuId }, key);
    const b = await r[0].post('/api/projects', { nodeId: community(), menuItemId: menuId }, key);
    expect(a.status).toBe(200);
    expect(b.body.id).toBe(a.body.id);
    id = a.body.id;
    const own = await r[1].post('/api/projects', {
      nodeId: community(),
      title: '小区健身器材维修',
      description: '器材锈蚀，存在安全隐患',
      category: 'safety',
    });
    other = own.body.id;
    const p = await r[0].get(`/api/projects/${id}`);
    expect(p.body).toMatchObject({
      stage: 'ordered',
      title: '楼道照明改造',
      ordererLabel: '林*峰',
      actions: ['withdraw'],
    });
    expect(JSON.stringify(p.body)).not.toContain('林晓峰');
    // a resident orders only for their own community, and only a community
    expect((await r[0].post('/api/projects', { nodeId: env.nodes.community12.id, title: 'x' })).status).toBe(
      404,
    );
    expect((await r[0].post('/api/projects', { nodeId: community(), title: '' })).status).toBe(400);
  });

  it('orders waiting to be screened are seen by officers of the subtree and their resident only', async () => {
    expect((await r[1].get(`/api/projects/${id}`)).status).toBe(404);
    expect((await officer12.get(`/api/projects/${id}`)).status).toBe(404);
    expect((await outsider.get(`/api/projects/${id}`)).status).toBe(404);
    expect((await street.get(`/api/projects/${id}`)).status).toBe(200);
    expect((await r[0].get('/api/projects?mine=1')).body.items.map((x: { id: string }) => x.id)).toEqual([
      id,
    ]);
    const todo = await env.services.projects.todos(officer.ctx);
    expect(todo.find((x) => x.key === 'projects.to_screen')?.count).toBe(2);
  });

  it('the community screens: rejects with a reason, accepts; the residents hear of it', async () => {
    expect((await r[0].post(`/api/projects/${id}/transitions`, { action: 'approve' })).status).toBe(403);
    const noReason = await officer.post(`/api/projects/${other}/transitions`, { action: 'reject' });
    expect([noReason.status, noReason.body.errors[0].field]).toEqual([422, 'reason']);
    expect(
      (
        await officer.post(`/api/projects/${other}/transitions`, {
          action: 'reject',
          reason: '已纳入物业维修计划',
        })
      ).body.stage,
    ).toBe('rejected');
    expect((await r[1].get(`/api/projects/${other}`)).body.rejectReason).toBe('已纳入物业维修计划');
    expect((await officer.post(`/api/projects/${id}/transitions`, { action: 'approve' })).body.stage).toBe(
      'approved',
    );
    expect(await notices(r[0], 'projects.approve')).toHaveLength(1);
    expect(await notices(r[1], 'projects.reject')).toHaveLength(1);
    // screened in: now public to the community
    expect((await r[2].get(`/api/projects/${id}`)).status).toBe(200);
  });

  it('budget: public and social money apart, in 元 to the fen, never over a newer version', async () => {
    const p = (await officer.get(`/api/projects/${id}`)).body;
    expect(
      (
        await officer.put(`/api/projects/${id}/budget`, {
          publicYuan: '1.234',
          socialYuan: '0',
          version: p.version,
        })
      ).status,
    ).toBe(400);
    const noSource = await officer.put(`/api/projects/${id}/budget`, {
      publicYuan: '28000',
      socialYuan: '5000.50',
      version: p.version,
    });
    expect([noSource.status, noSource.body.errors[0].field]).toEqual([422, 'socialSource']);
    expect(
      (await r[0].put(`/api/projects/${id}/budget`, { publicYuan: '1', socialYuan: '0', version: p.version }))
        .status,
    ).toBe(403);
    const set = await officer.put(`/api/projects/${id}/budget`, {
      publicYuan: '28000',
      socialYuan: '5000.50',
      socialSource: '辖区企业捐赠',
      version: p.version,
    });
    expect(set.status).toBe(200);
    const stale = await officer.put(`/api/projects/${id}/budget`, {
      publicYuan: '1',
      socialYuan: '0',
      version: p.version,
    });
    expect(stale.status).toBe(409);
    expect((await officer.post(`/api/projects/${id}/transitions`, { action: 'fix_budget' })).body.stage).toBe(
      'budgeted',
    );
    const q = (await r[0].get(`/api/projects/${id}`)).body;
    expect([q.publicFen, q.socialFen, q.socialSource]).toEqual([2_800_000, 500_050, '辖区企业捐赠']);
  });

  it('implementation: contractor (phone masked, never to residents), milestones, photos without metadata', async () => {
    const start = await officer.post(`/api/projects/${id}/transitions`, { action: 'start' });
    expect([start.status, start.body.errors[0].field]).toEqual([422, 'contractor']);
    expect(
      (
        await officer.post(`/api/projects/${id}/contractors`, {
          name: '深圳市福田建设工程有限公司',
          role: 'builder',
          contactName: '赵工',
          phone: '13800001234',
        })
      ).status,
    ).toBe(200);
    expect(
      (await officer.post(`/api/projects/${id}/contractors`, { name: 'x', role: 'builder', phone: '12345' }))
        .status,
    ).toBe(400);
    const m1 = await officer.post(`/api/projects/${id}/milestones`, {
      title: '采购灯具',
      dueOn: '2026-12-10',
    });
    const m2 = await officer.post(`/api/projects/${id}/milestones`, {
      title: '安装调试',
      dueOn: '2026-12-20',
    });
    expect(
      (await officer.post(`/api/projects/${id}/milestones`, { title: 'x', dueOn: '2026-13-01' })).status,
    ).toBe(400);
    expect((await officer.post(`/api/projects/${id}/transitions`, { action: 'start' })).body.stage).toBe(
      'implementing',
    );
    const seen = (await officer.get(`/api/projects/${id}`)).body;
    expect(seen.contractors[0]).toMatchObject({ phone: '138****1234', contactName: '赵工' });
    expect(JSON.stringify(seen)).not.toContain('13800001234');
    expect((await r[0].get(`/api/projects/${id}`)).body.contractors[0]).toMatchObject({
      phone: '',
      contactName: '',
    });
    const row = await env.db.selectFrom('projects_contractors').select('phone_enc').executeTakeFirstOrThrow();
    expect(row.phone_enc!.toString('utf8')).not.toContain('13800001234');

    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } })
      .withExif({ IFD0: { Artist: 'someone' } })
      .jpeg()
      .toBuffer();
    const photo = await upload(
      officer,
      `/api/projects/${id}/photos?milestoneId=${m1.body.id}`,
      jpeg,
      'a.jpg',
      'image/jpeg',
    );
    expect(photo.status).toBe(200);
    const back = await r[2].get(`/api/projects/photos/${photo.body.id}`);
    expect((await sharp(back.rawPayload).metadata()).exif).toBeUndefined();
    expect(
      (await upload(officer, `/api/projects/${id}/photos`, Buffer.from('text'), 'b.jpg', 'image/jpeg'))
        .status,
    ).toBe(422);
    expect((await outsider.get(`/api/projects/photos/${photo.body.id}`)).status).toBe(404);

    expect(
      (await officer.post(`/api/projects/${id}/milestones/${m1.body.id}/done`, { note: '灯具到货' })).body
        .progress,
    ).toBe(50);
    expect(
      (await officer.post(`/api/projects/${id}/milestones/${m1.body.id}/done`, { note: '又一次' })).status,
    ).toBe(409);
    const early = await officer.post(`/api/projects/${id}/transitions`, { action: 'finish' });
    expect([early.status, early.body.errors[0].field]).toEqual([422, 'milestones_done']);
    await officer.post(`/api/projects/${id}/milestones/${m2.body.id}/done`, { note: '全部安装完毕' });
    expect(await notices(r[0], 'projects.milestone')).toHaveLength(2);
  });

  it('acceptance; residents of the community rate 1–5 once each; the officer closes it', async () => {
    expect((await r[1].post(`/api/projects/${id}/ratings`, { score: 5 })).status).toBe(409);
    expect((await officer.post(`/api/projects/${id}/transitions`, { action: 'finish' })).body.stage).toBe(
      'inspecting',
    );
    expect(
      (await env.services.projects.todos(officer.ctx)).find((x) => x.key === 'projects.to_accept')?.count,
    ).toBe(1);
    expect(
      (
        await officer.post(`/api/projects/${id}/transitions`, {
          action: 'accept',
          note: '照明全部恢复，验收合格',
        })
      ).body.stage,
    ).toBe('completed');
    expect(
      (await env.services.projects.todos(r[2].ctx)).find((x) => x.key === 'projects.to_rate')?.count,
    ).toBe(1);
    const first = await r[1].post(`/api/projects/${id}/ratings`, { score: 5, comment: '晚上回家亮堂多了' });
    expect(first.body).toEqual({ added: true, score: 5 });
    expect((await r[1].post(`/api/projects/${id}/ratings`, { score: 2 })).body).toEqual({
      added: false,
      score: 5,
    });
    const both = await Promise.all([
      r[2].post(`/api/projects/${id}/ratings`, { score: 3 }),
      r[2].post(`/api/projects/${id}/ratings`, { score: 3 }),
    ]);
    expect(both.map((x) => x.body.added).sort()).toEqual([false, true]);
    expect((await r[0].post(`/api/projects/${id}/ratings`, { score: 6 })).status).toBe(400);
    expect((await outsider.post(`/api/projects/${id}/ratings`, { score: 1 })).status).toBe(404);
    expect((await deputy.post(`/api/projects/${id}/ratings`, { score: 1 })).status).toBe(403);
    const p = (await r[0].get(`/api/projects/${id}`)).body;
    expect(p.rating).toMatchObject({ count: 2, average: 4, spread: [0, 0, 1, 0, 1] });
    expect(p.can.rate).toBe(true);
    expect((await r[1].get(`/api/projects/${id}`)).body.can.rate).toBe(false);
    expect((await officer.post(`/api/projects/${id}/transitions`, { action: 'close' })).body.stage).toBe(
      'closed',
    );
  });

  it('the community’s public page shows money and progress, never who ordered; the dashboard shows the year', async () => {
    const pub = await env.anon().get(`/api/public/projects/${community()}`);
    expect(pub.status).toBe(200);
    expect(pub.body.items.map((x: { title: string }) => x.title)).toEqual(['楼道照明改造']);
    expect(pub.body.items[0]).toMatchObject({
      publicFen: 2_800_000,
      socialFen: 500_050,
      progress: 100,
      satisfaction: 4,
    });
    expect(JSON.stringify(pub.body)).not.toMatch(/林|ordererLabel/);
    expect((await env.anon().get(`/api/public/projects/${env.nodes.street1.id}`)).status).toBe(404);
    const f = await street.get(`/api/projects/figures?nodeId=${env.nodes.street1.id}&year=${year}`);
    expect(f.body.micro).toMatchObject({
      ordered: 2,
      projects: 1,
      publicWan: 2.8,
      socialWan: 0.5,
      completed: 1,
      satisfiedRate: 50,
    });
    const stats = await env.services.projects.stats(
      street.ctx,
      {
        id: env.nodes.street1.id,
        districtId: env.nodes.district.id,
        path: env.nodes.street1.path,
        level: 'street',
      },
      year,
    );
    expect(stats.find((s) => s.key === 'projects.micro_count')?.value).toBe(1);
    expect(stats.find((s) => s.key === 'projects.micro_public')?.value).toBe(2.8);
    expect((await officer12.get(`/api/projects/figures?nodeId=${community()}&year=${year}`)).status).toBe(
      404,
    );
  });

  it('Excel: the register and the year’s figures; residents may not export', async () => {
    expect((await r[0].get('/api/projects/export')).status).toBe(403);
    const res = await street.get(`/api/projects/export?year=${year}`);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('项目台账')!;
    const rows = ws.getSheetValues().slice(2) as unknown[][];
    const titles = rows.map((x) => x[1]);
    expect(titles).toContain('楼道照明改造');
    expect(titles).toContain('小区健身器材维修');
    const lit = rows.find((x) => x[1] === '楼道照明改造')!;
    expect([lit[7], lit[8]]).toEqual([28000, 5000.5]);
    expect(wb.getWorksheet('年度统计')!.getRow(4).values).toEqual([
      undefined,
      '财政资金(万元) (Public money, 10k yuan)',
      2.8,
      0,
    ]);
  });
});

describe('the deputies’ vote on the year’s projects (seed 003: 票决制)', () => {
  let ballotId: string;
  let voteId: string;
  const ids: string[] = [];

  it('the district sets up a ballot with candidates typed in and imported from Excel', async () => {
    expect(
      (
        await deputy.post('/api/projects/ballots', {
          nodeId: env.nodes.district.id,
          year,
          title: 'x',
          seats: 1,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await street.post('/api/projects/ballots', {
          nodeId: env.nodes.district.id,
          year,
          title: 'x',
          seats: 1,
        })
      ).status,
    ).toBe(404);
    const b = await org.post('/api/projects/ballots', {
      nodeId: env.nodes.district.id,
      year,
      title: `${year}年福田区民生实事项目票决`,
      seats: 2,
    });
    ballotId = b.body.id;
    const c = await org.post(`/api/projects/ballots/${ballotId}/candidates`, {
      title: '长者饭堂扩面',
      category: 'elderly',
      unitNodeId: env.nodes.dept.id,
      publicYuan: '3500000',
    });
    expect(c.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('候选项目');
    ws.addRow(['序号', '项目名称', '项目内容', '类别', '责任单位', '财政资金（元）', '社会资金（元）']);
    ws.addRow([1, '社区儿童友好空间', '改造10处儿童活动空间', '儿童服务', '区住房和建设局', '1,200,000', '']);
    ws.addRow([2, '老旧小区加装电梯', '', '设施改造', '区住房和建设局', 8000000, 500000]);
    const bad = new ExcelJS.Workbook();
    bad.addWorksheet('x').addRows([
      ['项目名称', '类别', '责任单位'],
      ['', '奇怪类', '不存在的局'],
    ]);
    const badRes = await upload(
      org,
      `/api/projects/ballots/${ballotId}/import`,
      Buffer.from(await bad.xlsx.writeBuffer()),
      'bad.xlsx',
      'application/octet-stream',
    );
    expect(badRes.body.added).toBe(0);
    expect(badRes.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'category',
      'title',
      'unit',
    ]);
    const imp = await upload(
      org,
      `/api/projects/ballots/${ballotId}/import`,
      Buffer.from(await wb.xlsx.writeBuffer()),
      'c.xlsx',
      'application/octet-stream',
    );
    expect(imp.body).toEqual({ added: 2, errors: [] });
    const got = (await org.get(`/api/projects/ballots/${ballotId}`)).body;
    expect(
      got.candidates.map((x: { title: string; unitName: string; publicFen: number }) => [
        x.title,
        x.unitName,
        x.publicFen,
      ]),
    ).toEqual([
      ['长者饭堂扩面', '区住房和建设局', 350_000_000],
      ['社区儿童友好空间', '区住房和建设局', 120_000_000],
      ['老旧小区加装电梯', '区住房和建设局', 800_000_000],
    ]);
    ids.push(...got.candidates.map((x: { id: string }) => x.id));
    expect(got.can).toEqual({ edit: true, open: true, close: false });
  });

  it('deputies see their own node’s candidates; others do not', async () => {
    expect((await deputy.get(`/api/projects/ballots/${ballotId}`)).status).toBe(200);
    expect((await deputy2.get(`/api/projects/ballots/${ballotId}`)).status).toBe(404);
    expect((await r[0].get(`/api/projects/ballots/${ballotId}`)).status).toBe(404);
    expect((await deputy.get(`/api/projects/${ids[0]}`)).body.stage).toBe('candidate');
    expect((await deputy2.get(`/api/projects/${ids[0]}`)).status).toBe(404);
  });

  it('the deputies vote in secret; closing the vote chooses the projects with most votes', async () => {
    const past = await org.post(`/api/projects/ballots/${ballotId}/open`, {
      closesAt: '2020-01-01T00:00:00+08:00',
    });
    expect([past.status, past.body.errors[0].field]).toEqual([422, 'closesAt']);
    const open = await org.post(`/api/projects/ballots/${ballotId}/open`, {
      closesAt: new Date(Date.now() + 3 * 86400_000).toISOString(),
    });
    expect(open.status).toBe(200);
    voteId = open.body.voteId;
    expect((await org.post(`/api/projects/ballots/${ballotId}/candidates`, { title: '晚了' })).status).toBe(
      409,
    );
    const more = await env.as('deputy', 'district');
    const view = (await deputy.get(`/api/projects/ballots/${ballotId}`)).body;
    expect(view.vote).toMatchObject({ method: 'approval', maxChoices: 2, secret: true, can: { cast: true } });
    expect((await deputy.post(`/api/votes/${voteId}/ballots`, { choices: [1, 3] })).body.counted).toBe(true);
    expect((await deputy.post(`/api/votes/${voteId}/ballots`, { choices: [2] })).body.counted).toBe(false);
    expect((await more.post(`/api/votes/${voteId}/ballots`, { choices: [3, 2] })).body.counted).toBe(true);
    expect((await r[0].post(`/api/votes/${voteId}/ballots`, { choices: [1] })).status).toBe(404);
    expect((await deputy.post(`/api/projects/ballots/${ballotId}/close`)).status).toBe(403);
    expect((await org.post(`/api/projects/ballots/${ballotId}/close`)).body.state).toBe('decided');
    const done = (await deputy.get(`/api/projects/ballots/${ballotId}`)).body;
    expect(
      done.candidates.map((x: { stage: string; ballotVotes: number }) => [x.stage, x.ballotVotes]),
    ).toEqual([
      ['chosen', 1],
      ['not_chosen', 1],
      ['chosen', 2],
    ]);
    expect(done.vote).toMatchObject({ eligible: 2, ballots: 2 });
  });

  it('the chosen are tracked by deputies and rated by them; the score goes to the responsible unit', async () => {
    const id = ids[2];
    expect((await deputy.post(`/api/projects/${id}/notes`, { text: '已到现场查看电梯井施工' })).status).toBe(
      200,
    );
    expect((await deputy2.post(`/api/projects/${id}/notes`, { text: 'x' })).status).toBe(404);
    const p = (await org.get(`/api/projects/${id}`)).body;
    expect(p.notes[0]).toMatchObject({ kind: 'supervision', text: '已到现场查看电梯井施工' });
    await org.put(`/api/projects/${id}/budget`, {
      publicYuan: '8000000',
      socialYuan: '500000',
      socialSource: '业主自筹',
      version: p.version,
    });
    for (const action of ['fix_budget'])
      expect((await org.post(`/api/projects/${id}/transitions`, { action })).status).toBe(200);
    await org.post(`/api/projects/${id}/contractors`, { name: '电梯安装公司', role: 'builder' });
    const m = await org.post(`/api/projects/${id}/milestones`, { title: '井道施工', dueOn: '2026-12-08' });
    await org.post(`/api/projects/${id}/transitions`, { action: 'start' });
    expect(
      (await env.services.projects.todos(org.ctx)).find((x) => x.key === 'projects.milestones_due')?.count,
    ).toBe(1);
    await org.post(`/api/projects/${id}/milestones/${m.body.id}/done`, { note: '完成' });
    await org.post(`/api/projects/${id}/transitions`, { action: 'finish' });
    await org.post(`/api/projects/${id}/transitions`, { action: 'accept', note: '验收合格' });
    expect(
      (await env.services.projects.todos(deputy.ctx)).find((x) => x.key === 'projects.to_rate')?.count,
    ).toBe(1);
    expect((await r[0].post(`/api/projects/${id}/ratings`, { score: 5 })).status).toBe(404);
    expect((await deputy.post(`/api/projects/${id}/ratings`, { score: 4 })).body).toEqual({
      added: true,
      score: 4,
    });
    expect((await org.post(`/api/projects/${id}/transitions`, { action: 'close' })).body.stage).toBe(
      'closed',
    );
    const scores = await org.get(`/api/projects/unit-scores?year=${year}`);
    expect(scores.body).toEqual([
      { unitNodeId: env.nodes.dept.id, unitName: '区住房和建设局', score: 80, projects: 1 },
    ]);
    // seed 003: the deputies' rating enters the responsible unit's performance score, kept in tasks
    const inTasks = await org.get(`/api/tasks/unit-scores?year=${year}`);
    expect(inTasks.body).toEqual([
      {
        unitNodeId: env.nodes.dept.id,
        unitName: '区住房和建设局',
        average: 80,
        items: [expect.objectContaining({ source: `projects.livelihood:${id}`, score: 80 })],
      },
    ]);
    expect(inTasks.body[0].items[0].label).toMatch(/^人大代表满意度测评：/);
    expect((await street.get(`/api/tasks/unit-scores?year=${year}`)).body).toEqual([]);
    const stats = await env.services.projects.stats(
      org.ctx,
      {
        id: env.nodes.district.id,
        districtId: env.nodes.district.id,
        path: env.nodes.district.path,
        level: 'district',
      },
      year,
    );
    expect(stats.find((s) => s.key === 'projects.livelihood_chosen')?.value).toBe(2);
    expect(stats.find((s) => s.key === 'projects.unit_score')?.value).toBe(80);
  });
});

describe('who may do what (one case per role)', () => {
  it.each([
    ['resident', 'projects list', 200],
    ['deputy', 'projects list', 200],
    ['grid_worker', 'projects list', 403],
    ['cadre', 'projects list', 403],
    ['social_org', 'projects list', 403],
    ['auditor', 'projects list', 403],
  ] as const)('%s: %s → %i', async (role, _what, status) => {
    const c = await env.as(role, role === 'deputy' ? 'district' : 'community11');
    expect((await c.get('/api/projects')).status).toBe(status);
  });
  it('the anonymous: public pages only', async () => {
    expect((await env.anon().get('/api/projects')).status).toBe(401);
    expect((await env.anon().get(`/api/public/projects/${community()}`)).status).toBe(200);
  });
  it('an officer sees only their subtree; a resident only public items and their own', async () => {
    const list12 = await officer12.get('/api/projects');
    expect(list12.body.total).toBe(0);
    const mine = await r[2].get('/api/projects');
    expect(mine.body.items.map((x: { stage: string }) => x.stage)).not.toContain('rejected');
    const theirs = await r[1].get('/api/projects');
    expect(theirs.body.items.map((x: { stage: string }) => x.stage)).toContain('rejected');
    expect((await street.get('/api/projects')).body.total).toBe(2);
    expect((await org.get('/api/projects')).body.total).toBe(5);
  });
});
