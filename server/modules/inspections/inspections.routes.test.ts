/**
 * Inspections 巡察 through HTTP (seed 004 Luohu): the district sets up a round over a department
 * and a community, records problems with suggestions, issues each unit's feedback letter; the unit
 * plans, reports and closes; the inspection side verifies or returns; overdue is red; to-dos,
 * figures, export, import; and one authorisation case per role for every route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { sheetRows } from '../../testing/sheets.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { addDays } from './inspections.rules.ts';

let env: TestEnv;
let zzb: Client;
let street: Client;
let shequ: Client;
let bumen: Client;
const year = Number(shanghaiDay().slice(0, 4));
const today = shanghaiDay();
let roundId: string;
let deptUnit: string;
let communityUnit: string;
let deptFinding: string;
let communityFinding: string;

beforeAll(async () => {
  env = await createTestEnv();
  zzb = await env.as('org_officer', 'district');
  street = await env.as('street_officer', 'street1');
  shequ = await env.as('community_officer', 'community11');
  bumen = await env.as('dept_officer', 'dept');
});
afterAll(() => env.close());

const notices = (nodeId: string, kind: string) =>
  env.db
    .selectFrom('notify_notifications')
    .select('id')
    .where('node_id', '=', nodeId)
    .where('kind', '=', kind)
    .execute()
    .then((r) => r.length);
const todo = async (c: Client, key: string) =>
  ((await c.get('/api/home/todos')).body as { key: string; count: number; level: string }[]).find(
    (x) => x.key === key,
  );

describe('a round of inspection (seed 004 罗湖)', () => {
  it('Luohu: 将5个派驻组转为巡察组…对民政局、教育局等5个单位开展了3轮巡察: the district sets up a round with its group and units (seed 004)', async () => {
    const body = {
      nodeId: env.nodes.district.id,
      year,
      number: 1,
      kind: 'regular',
      topic: '全面从严治党主体责任落实情况',
      periodStart: `${year}-03-01`,
      periodEnd: `${year}-04-15`,
      groups: [{ name: '区委第一巡察组', leader: '陈组长', members: ['李明', '王芳'] }],
      units: [
        { nodeId: env.nodes.dept.id, groupName: '区委第一巡察组' },
        { nodeId: env.nodes.community11.id, groupName: '区委第一巡察组' },
      ],
    };
    expect((await street.post('/api/inspections/rounds', body)).status).toBe(403);
    const bad = await zzb.post('/api/inspections/rounds', {
      ...body,
      nodeId: env.nodes.street1.id,
      units: [{ nodeId: env.nodes.grid111.id }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'nodeId',
      'units.0.nodeId',
    ]);
    const r = await zzb.post('/api/inspections/rounds', body);
    expect(r.status).toBe(200);
    roundId = r.body.id;
    expect((await zzb.post('/api/inspections/rounds', body)).status).toBe(422);
    const rounds = (await zzb.get(`/api/inspections/rounds?year=${year}`)).body;
    expect(rounds).toHaveLength(1);
    expect(rounds[0].groups[0]).toMatchObject({ leader: '陈组长', members: ['李明', '王芳'] });
    deptUnit = rounds[0].units.find((u: { nodeId: string }) => u.nodeId === env.nodes.dept.id).id;
    communityUnit = rounds[0].units.find((u: { nodeId: string }) => u.nodeId === env.nodes.community11.id).id;
    // the unit sees no round until its letter is issued
    expect((await bumen.get('/api/inspections/rounds')).body).toEqual([]);
  });

  it('Luohu: 共发现问题81个，提出整改建议62条: problems with suggestions, unseen by the unit until the letter (seed 004)', async () => {
    const f = {
      unitId: deptUnit,
      category: '公共资源交易',
      description: '工程项目招标中存在化整为零、规避公开招标的问题',
      evidence: '2025年3个维修项目拆分发包',
      severity: 'serious',
      suggestions: ['严格执行政府采购和招投标制度', '对拆分发包项目开展专项清理'],
    };
    expect((await zzb.post('/api/inspections/findings', { ...f, category: '天气不好' })).status).toBe(422);
    const a = await zzb.post('/api/inspections/findings', f);
    expect(a.status).toBe(200);
    deptFinding = a.body.id;
    await zzb.post('/api/inspections/findings', {
      ...f,
      category: '党的建设缺失',
      description: '支部组织生活不规范，“三会一课”记录不全',
      severity: 'general',
      suggestions: ['规范组织生活'],
    });
    const c = await zzb.post('/api/inspections/findings', {
      ...f,
      unitId: communityUnit,
      category: '换届风气',
      description: '社区“两委”换届前存在拉票苗头',
      suggestions: ['加强换届纪律教育'],
    });
    communityFinding = c.body.id;
    expect((await bumen.get('/api/inspections/findings')).body).toEqual([]);
    expect((await bumen.get(`/api/inspections/findings/${deptFinding}`)).status).toBe(404);
    expect((await bumen.get(`/api/inspections/units/${deptUnit}/feedback`)).status).toBe(404);
    const draft = await zzb.get(`/api/inspections/units/${deptUnit}/feedback`);
    expect(draft.raw).toContain('草稿');
  });

  it('Luohu: 巡察反馈: the letter is numbered, lists the problems and suggestions; the unit is told (seed 004)', async () => {
    expect((await zzb.post(`/api/inspections/units/${deptUnit}/feedback`, { version: 9 })).status).toBe(409);
    const r = await zzb.post(`/api/inspections/units/${deptUnit}/feedback`, { version: 1 });
    expect(r.body).toMatchObject({ feedbackNo: `福田区巡察反馈〔${year}〕1号`, findings: 2 });
    expect((await zzb.post(`/api/inspections/units/${deptUnit}/feedback`, { version: 2 })).status).toBe(409);
    const c = await zzb.post(`/api/inspections/units/${communityUnit}/feedback`, { version: 1 });
    expect(c.body.feedbackNo).toBe(`福田区巡察反馈〔${year}〕2号`);
    expect(await notices(env.nodes.dept.id, 'inspections.feedback')).toBe(1);
    const letter = await bumen.get(`/api/inspections/units/${deptUnit}/feedback`);
    expect(letter.status).toBe(200);
    expect(letter.headers['content-type']).toContain('text/html');
    expect(letter.raw).toContain(`福田区巡察反馈〔${year}〕1号`);
    expect(letter.raw).toContain('一、【公共资源交易】（较重）');
    expect(letter.raw).toContain('（2）对拆分发包项目开展专项清理');
    expect(letter.raw).toContain('二、【党的建设缺失】');
    // a problem cannot be added to an issued letter
    const more = await zzb.post('/api/inspections/findings', {
      unitId: deptUnit,
      category: '党的建设缺失',
      description: 'x',
      severity: 'general',
    });
    expect(more.status).toBe(409);
    const mine = (await bumen.get('/api/inspections/findings')).body;
    expect(mine).toHaveLength(2);
    expect(mine[0]).toMatchObject({
      state: 'awaiting_plan',
      actions: ['submit_plan'],
      can: { handover: false },
    });
    expect((await bumen.get('/api/inspections/rounds')).body[0].units).toHaveLength(1);
    expect(await todo(bumen, 'inspections.to_plan')).toMatchObject({ count: 2 });
    expect(await todo(shequ, 'inspections.to_plan')).toMatchObject({ count: 1 });
  });

  it('the unit plans with a deadline, the inspection side verifies or returns; illegal and stale moves are 409', async () => {
    const url = (id: string) => `/api/inspections/findings/${id}/moves`;
    expect(
      (await bumen.post(url(deptFinding), { action: 'submit_plan', note: '制定专项方案', version: 2 }))
        .status,
    ).toBe(422);
    expect(
      (
        await bumen.post(url(deptFinding), {
          action: 'submit_plan',
          note: 'x',
          deadline: addDays(today, -1),
          version: 2,
        })
      ).status,
    ).toBe(422);
    expect((await bumen.post(url(deptFinding), { action: 'accept_plan', version: 2 })).status).toBe(403);
    expect(
      (await zzb.post(url(deptFinding), { action: 'submit_plan', note: 'x', deadline: today, version: 2 }))
        .status,
    ).toBe(403);
    expect(
      (await shequ.post(url(deptFinding), { action: 'submit_plan', note: 'x', deadline: today, version: 2 }))
        .status,
    ).toBe(404);
    expect(
      (await bumen.post(url(deptFinding), { action: 'submit_closure', note: 'x', version: 2 })).status,
    ).toBe(409);
    const deadline = addDays(today, 60);
    const p = await bumen.post(url(deptFinding), {
      action: 'submit_plan',
      note: '一、全面清理近三年拆分发包项目；二、修订采购内控制度',
      deadline,
      version: 2,
    });
    expect(p.body).toMatchObject({ state: 'plan_submitted', deadline, actions: [] });
    expect(
      (await bumen.post(url(deptFinding), { action: 'submit_plan', note: 'x', deadline, version: 2 })).status,
    ).toBe(409);
    expect(await todo(zzb, 'inspections.to_verify')).toMatchObject({ count: 1 });
    expect((await zzb.post(url(deptFinding), { action: 'return_plan', version: 3 })).status).toBe(422);
    const back = await zzb.post(url(deptFinding), {
      action: 'return_plan',
      note: '方案措施不具体',
      version: 3,
    });
    expect(back.body).toMatchObject({ state: 'awaiting_plan', lastReturnReason: '方案措施不具体' });
    await bumen.post(url(deptFinding), { action: 'submit_plan', note: '细化后的方案', deadline, version: 4 });
    const ok = await zzb.post(url(deptFinding), { action: 'accept_plan', version: 5 });
    expect(ok.body).toMatchObject({ state: 'rectifying', actions: [] });
    await bumen.post(url(deptFinding), { action: 'report_progress', note: '已清理项目12个', version: 6 });
    await bumen.post(url(deptFinding), {
      action: 'submit_closure',
      note: '制度已印发，附清理台账',
      version: 7,
    });
    const ret = await zzb.post(url(deptFinding), {
      action: 'return_closure',
      note: '缺少制度文件',
      version: 8,
    });
    expect(ret.body.state).toBe('rectifying');
    expect(await notices(env.nodes.dept.id, 'inspections.returned')).toBe(2);
    await bumen.post(url(deptFinding), { action: 'submit_closure', note: '补充制度文件', version: 9 });
    const done = await zzb.post(url(deptFinding), { action: 'accept_closure', version: 10 });
    expect(done.body).toMatchObject({ state: 'rectified', rectifiedOn: today, overdue: false });
    const detail = await bumen.get(`/api/inspections/findings/${deptFinding}`);
    expect(detail.body.steps.map((s: { action: string }) => s.action)).toEqual([
      'record',
      'issue',
      'submit_plan',
      'return_plan',
      'submit_plan',
      'accept_plan',
      'report_progress',
      'submit_closure',
      'return_closure',
      'submit_closure',
      'accept_closure',
    ]);
    const audits = await env.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', deptFinding)
      .execute();
    expect(audits.map((a) => a.action)).toContain('inspections.finding.accept_closure');
  });

  it('overdue is red on the unit’s home page and counted; 移交问责 is recorded', async () => {
    const url = `/api/inspections/findings/${communityFinding}/moves`;
    await shequ.post(url, {
      action: 'submit_plan',
      note: '开展换届纪律专题教育',
      deadline: addDays(today, 10),
      version: 2,
    });
    await zzb.post(url, { action: 'accept_plan', version: 3 });
    expect(await todo(shequ, 'inspections.due')).toMatchObject({ count: 1, level: 'yellow' });
    await env.db
      .updateTable('inspections_findings')
      .set({ deadline: addDays(today, -3) })
      .where('id', '=', communityFinding)
      .execute();
    expect(await todo(shequ, 'inspections.due')).toMatchObject({ count: 1, level: 'red' });
    const overdue = (await street.get('/api/inspections/findings?overdue=1')).body;
    expect(overdue.map((f: { id: string; overdue: boolean }) => [f.id, f.overdue])).toEqual([
      [communityFinding, true],
    ]);
    expect(
      (
        await shequ.post(`/api/inspections/findings/${communityFinding}/handover`, {
          reason: 'x',
          version: 4,
        })
      ).status,
    ).toBe(403);
    const h = await zzb.post(`/api/inspections/findings/${communityFinding}/handover`, {
      reason: '超期未整改，移交区纪委追责',
      version: 4,
    });
    expect(h.body).toMatchObject({
      handedOver: true,
      handoverReason: '超期未整改，移交区纪委追责',
      state: 'rectifying',
    });

    const stats = (await zzb.get(`/api/home/stats?nodeId=${env.nodes.district.id}&year=${year}`)).body as {
      key: string;
      value: number | null;
      definition: string;
    }[];
    const v = (k: string) => stats.find((s) => s.key === `inspections.${k}`);
    expect(v('findings')?.value).toBe(3);
    expect(v('rectified')?.value).toBe(1);
    expect(v('overdue')?.value).toBe(1);
    // one verified early (counts), one overdue (counts, not on time): 50%
    expect(v('on_time_rate')?.value).toBe(50);
    expect(v('on_time_rate')?.definition).toContain('整改时限');
  });

  it('exports the round’s problems with their status; the unit exports only its own', async () => {
    const x = await zzb.get(`/api/inspections/export?roundId=${roundId}`);
    const { header, body } = await sheetRows(x.rawPayload as Buffer);
    expect(header.slice(0, 5)).toEqual(['轮次', '被巡察单位', '序号', '问题类别', '问题描述']);
    expect(body).toHaveLength(3);
    expect(body.find((r) => r[4].includes('拉票'))?.[12]).toBe('是');
    expect(body.find((r) => r[4].includes('化整为零'))?.[8]).toBe('已整改');
    const own = await sheetRows(
      (await bumen.get(`/api/inspections/export?roundId=${roundId}`)).rawPayload as Buffer,
    );
    expect(own.body.map((r) => r[1])).toEqual(['区住房和建设局', '区住房和建设局']);
  });

  it('imports a round’s problems: dry run, per-row errors, skips the known, adds the rest', async () => {
    const r2 = await zzb.post('/api/inspections/rounds', {
      nodeId: env.nodes.district.id,
      year,
      number: 2,
      kind: 'special',
      topic: '社区“两委”换届风气专项巡察',
      periodStart: `${year}-06-01`,
      periodEnd: `${year}-06-30`,
      units: [{ nodeId: env.nodes.community12.id }],
    });
    const url = `/api/inspections/rounds/${r2.body.id}/import`;
    const csv = (rows: string[]) =>
      Buffer.from(['被巡察单位,问题类别,问题描述,证据,严重程度,整改建议', ...rows].join('\n'));
    const bad = await zzb.upload(
      url,
      csv(['水围社区,换届风气,候选人资格审查不严,,很严重,', '福山社区,换届风气,x,,一般,']),
      'f.csv',
      'text/csv',
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['row2.severity', 'row3.unit']);
    const good = csv([
      '水围社区,换届风气,候选人资格审查不严,,严重,1. 严格资格审查；2. 公示候选人',
      '水围社区,选人用人问题,社区工作者招聘程序不规范,,一般,',
    ]);
    const dry = await zzb.upload(`${url}?dryRun=1`, good, 'f.csv', 'text/csv');
    expect(dry.body).toMatchObject({ dryRun: true, added: 2, skipped: 0 });
    expect((await zzb.get(`/api/inspections/findings?roundId=${r2.body.id}`)).body).toHaveLength(0);
    const done = await zzb.upload(url, good, 'f.csv', 'text/csv');
    expect(done.body).toMatchObject({ dryRun: false, added: 2 });
    const list = (await zzb.get(`/api/inspections/findings?roundId=${r2.body.id}`)).body;
    expect(list.find((f: { seq: number }) => f.seq === 1)).toMatchObject({
      severity: 'grave',
      suggestions: ['严格资格审查', '公示候选人'],
      state: 'recorded',
    });
    const again = await zzb.upload(url, good, 'f.csv', 'text/csv');
    expect(again.body).toMatchObject({ added: 0, skipped: 2 });
  });

  it('the district sets its own categories', async () => {
    const s = await bumen.get(`/api/inspections/settings?nodeId=${env.nodes.dept.id}`);
    expect(s.body.categories).toContain('党的领导弱化');
    expect(s.body.can.manage).toBe(false);
    const put = await zzb.put('/api/inspections/settings', {
      nodeId: env.nodes.district.id,
      categories: [
        '党的领导弱化',
        '党的建设缺失',
        '全面从严治党不力',
        '选人用人问题',
        '公共资源交易',
        '换届风气',
        '形式主义官僚主义',
      ],
    });
    expect(put.body.categories).toContain('形式主义官僚主义');
    expect(
      (await zzb.put('/api/inspections/settings', { nodeId: env.nodes.district.id, categories: [] })).status,
    ).toBe(400);
  });
});

describe('one authorisation case per role for every route', () => {
  it.each([
    // role, node, [settings, put settings, rounds, new round, import, issue, letter, findings, record, finding, move, handover, export]
    ['org_officer', 'district', [200, 200, 200, 200, 422, 409, 200, 200, 409, 200, 403, 409, 200]],
    ['street_officer', 'street1', [200, 403, 200, 403, 403, 403, 200, 200, 403, 200, 409, 403, 200]],
    ['community_officer', 'community11', [200, 403, 200, 403, 403, 403, 200, 200, 403, 200, 409, 403, 200]],
    ['community_officer', 'community21', [404, 403, 200, 403, 403, 403, 404, 200, 403, 404, 404, 403, 200]],
    ['dept_officer', 'dept', [404, 403, 200, 403, 403, 403, 404, 200, 403, 404, 404, 403, 200]],
    ['cadre', 'dept', [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403]],
    ['grid_worker', 'grid111', [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403]],
    ['resident', 'community11', [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403]],
    ['party_member', 'community11', [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403]],
    ['deputy', 'community11', [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403]],
  ] as const)('%s on %s', async (role, node, expected) => {
    const c = await env.as(role, node);
    const c11 = env.nodes.community11.id;
    const csv = Buffer.from('被巡察单位,问题类别,问题描述\n福山社区,换届风气,新问题\n');
    const number = 10; // only the org officer may set it up, once
    const got = [
      (await c.get(`/api/inspections/settings?nodeId=${c11}`)).status,
      (
        await c.put('/api/inspections/settings', {
          nodeId: c11,
          categories: ['党的领导弱化', '换届风气', '公共资源交易', '党的建设缺失'],
        })
      ).status,
      (await c.get('/api/inspections/rounds')).status,
      (
        await c.post('/api/inspections/rounds', {
          nodeId: env.nodes.district.id,
          year: 2025,
          number,
          kind: 'regular',
          topic: '政治巡察',
          periodStart: '2025-03-01',
          periodEnd: '2025-03-31',
          units: [{ nodeId: c11 }],
        })
      ).status,
      (await c.upload(`/api/inspections/rounds/${roundId}/import?dryRun=1`, csv, 'f.csv', 'text/csv')).status,
      (await c.post(`/api/inspections/units/${communityUnit}/feedback`, { version: 1 })).status,
      (await c.get(`/api/inspections/units/${communityUnit}/feedback`)).status,
      (await c.get('/api/inspections/findings')).status,
      (
        await c.post('/api/inspections/findings', {
          unitId: communityUnit,
          category: '换届风气',
          description: 'x',
          severity: 'general',
        })
      ).status,
      (await c.get(`/api/inspections/findings/${communityFinding}`)).status,
      (
        await c.post(`/api/inspections/findings/${communityFinding}/moves`, {
          action: 'report_progress',
          note: 'x',
          version: 999,
        })
      ).status,
      (await c.post(`/api/inspections/findings/${communityFinding}/handover`, { reason: 'x', version: 999 }))
        .status,
      (await c.get('/api/inspections/export')).status,
    ];
    expect(got).toEqual(expected);
  });
});
