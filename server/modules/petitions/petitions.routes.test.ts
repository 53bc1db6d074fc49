/**
 * 信访 through HTTP (seed 003 福田 访前法律工作室、心访工作室): a street's studio with a lawyer and a
 * mediator's account; visits registered (idempotent from the phone, repeat visits linked, 集体访 flagged);
 * 诉访分离 triage with numbered notices; a people's-mediation matter handed to the mediation module; a
 * resident's online petition accepted, assigned to a department, replied, reviewed and rated; the
 * district's deadlines; figures; Excel out and in; attacker inputs; one authorisation case per role
 * and route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { sheetRows } from '../../testing/sheets.ts';
import { makeNationalId } from '../../platform/pii/national-id.ts';
import { shanghaiDay, shanghaiThisYear } from '../../platform/time.ts';
import { addDays } from './petitions.rules.ts';

let env: TestEnv;
let street: Client; // street_officer on 福田街道 (community11, community12)
let community: Client; // community_officer on 福山社区
let mediator: Client; // mediator on 福山社区, sits in the studio
let dept: Client; // dept_officer on 区住房和建设局
let resident: Client; // resident of 福山社区
let resident2: Client; // another resident of 福山社区
let zzb: Client; // org_officer on the district
let other: Client; // street_officer of another district
let far: Client; // community_officer on 竹林社区 (other street)
const n = (k: 'community11' | 'community21' | 'street1' | 'district' | 'dept' | 'grid111') => env.nodes[k].id;
const YEAR = shanghaiThisYear();
/** The to-do line of a key on a client's home page. */
const todo = async (c: Client, key: string) =>
  (await c.get('/api/home/todos')).body.find((x: any) => x.key === key);
const ID1 = makeNationalId('440304', '1975-03-02', 17);

beforeAll(async () => {
  env = await createTestEnv();
  street = await env.as('street_officer', 'street1');
  community = await env.as('community_officer', 'community11');
  mediator = await env.as('mediator', 'community11');
  dept = await env.as('dept_officer', 'dept');
  resident = await env.as('resident', 'community11');
  resident2 = await env.as('resident', 'community11');
  zzb = await env.as('org_officer', 'district');
  other = await env.as('street_officer', 'street3');
  far = await env.as('community_officer', 'community21');
});
afterAll(() => env.close());

let studioId: string;
let first: string;

describe('studios, visits and 诉访分离 (seed 003)', () => {
  it('a street sets up its 访前法律工作室 with a lawyer (phone masked) and a mediator account; who sees it', async () => {
    const r = await street.post('/api/petitions/studios', {
      nodeId: n('street1'),
      kind: 'legal',
      name: '福田街道访前法律工作室',
      hours: '周一至周五 9:00-12:00',
      staff: [
        { role: 'lawyer', name: '李律师', phone: '13912345678' },
        { role: 'lawyer', name: '调解员', username: mediator.username },
      ],
    });
    expect(r.status, r.raw).toBe(200);
    studioId = r.body.id;
    const bad = await street.post('/api/petitions/studios', {
      nodeId: n('street1'),
      kind: 'legal',
      name: '另一个',
      staff: [{ role: 'lawyer', name: 'x', username: resident.username }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('staff.0.username');
    const seen = await community.get('/api/petitions/studios');
    expect(seen.body).toEqual([
      expect.objectContaining({
        name: '福田街道访前法律工作室',
        kind: 'legal',
        staff: [
          { role: 'lawyer', name: '李律师', phone: '139****5678', hasAccount: false },
          { role: 'lawyer', name: '调解员', phone: '', hasAccount: true },
        ],
      }),
    ]);
    expect((await mediator.get('/api/petitions/studios')).body[0].mine).toBe(true);
    expect((await other.get('/api/petitions/studios')).body).toEqual([]);
    expect((await far.get('/api/petitions/studios')).body).toEqual([]);
    expect(
      (await community.post('/api/petitions/studios', { nodeId: n('street1'), kind: 'legal', name: 'y' }))
        .status,
    ).toBe(404);
  });

  it('来访登记: idempotent from the phone, ID and phone masked, 集体访 flagged, a repeat visit linked', async () => {
    const body = {
      nodeId: n('community11'),
      studioId,
      name: '王建国',
      idNumber: ID1,
      phone: '13800001111',
      matter: '某公司拖欠六名工人三个月工资',
      category: 'labour',
      peopleCount: 6,
    };
    const a = await community.post('/api/petitions/visits', body, { 'idempotency-key': 'visit-key-0001' });
    expect(a.status, a.raw).toBe(200);
    const again = await community.post('/api/petitions/visits', body, {
      'idempotency-key': 'visit-key-0001',
    });
    expect(again.body.id).toBe(a.body.id);
    first = a.body.id;
    const v = (await community.get(`/api/petitions/visits/${first}`)).body;
    expect(v).toMatchObject({
      name: '王建国',
      idNumber: '440304********' + ID1.slice(14),
      phone: '138****1111',
      collective: true,
      state: 'registered',
      suggestedRoute: 'arbitration',
      acceptDue: addDays(shanghaiDay(), 15),
      repeatOf: null,
    });
    expect(v.actions).toEqual(['triage']);
    const second = await community.post('/api/petitions/visits', {
      ...body,
      phone: undefined,
      peopleCount: 1,
      matter: '再次反映工资问题',
    });
    const w = (await community.get(`/api/petitions/visits/${second.body.id}`)).body;
    expect(w).toMatchObject({ repeatOf: first, collective: false });
    expect((await community.get(`/api/petitions/visits/${first}`)).body.repeats).toBe(1);
    // the mediator on duty sees the studio's visits and has them to triage; other places see nothing
    expect(await todo(mediator, 'petitions.to_triage')).toMatchObject({ count: 2 });
    expect((await far.get(`/api/petitions/visits/${first}`)).status).toBe(404);
    expect((await other.get(`/api/petitions/visits/${first}`)).status).toBe(404);
    expect((await resident.get(`/api/petitions/visits/${first}`)).status).toBe(404);
    expect((await dept.get('/api/petitions/visits')).body).toEqual([]);
    const bad = await community.post('/api/petitions/visits', {
      ...body,
      idNumber: '440304197503021234',
      phone: '123',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: any) => e.field)).toEqual(['idNumber']);
    expect((await community.post('/api/petitions/visits', { ...body, nodeId: n('grid111') })).status).toBe(
      422,
    );
  });

  it('the full ID number and phone: revealed with a reason to reveal holders only, audited', async () => {
    const v = (await community.get(`/api/petitions/visits/${first}`)).body;
    expect(v.canReveal).toBe(true);
    expect((await mediator.get(`/api/petitions/visits/${first}`)).body.canReveal).toBe(false);
    const r = await community.post(`/api/petitions/visits/${first}/reveal`, { reason: '电话回访核实' });
    expect(r.status, r.raw).toBe(200);
    expect(r.body).toEqual({ idNumber: ID1, phone: '13800001111' });
    const audited = await env.db
      .selectFrom('audit_log')
      .select(['detail'])
      .where('action', '=', 'petitions.visit.reveal')
      .where('object_id', '=', first)
      .execute();
    expect(audited).toEqual([{ detail: { fields: ['idNumber', 'phone'], reason: '电话回访核实' } }]);
    expect((await mediator.post(`/api/petitions/visits/${first}/reveal`, { reason: 'x' })).status).toBe(403);
    expect((await far.post(`/api/petitions/visits/${first}/reveal`, { reason: 'x' })).status).toBe(404);
    const bad = await community.post(`/api/petitions/visits/${first}/reveal`, { reason: '  ' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('reason');
  });

  it('the list honours the node picked in the tree, within the reach', async () => {
    const all = (await street.get('/api/petitions/visits')).body;
    expect(all.length).toBeGreaterThan(0);
    const here = (await street.get(`/api/petitions/visits?nodeId=${n('community11')}`)).body;
    expect(here.map((x: any) => x.id)).toEqual(
      all.filter((x: any) => x.nodeId === n('community11')).map((x: any) => x.id),
    );
    expect((await street.get(`/api/petitions/visits?nodeId=${n('street1')}`)).body).toHaveLength(all.length);
    // a mediator picks a place they read: only their studios' visits there
    expect((await mediator.get(`/api/petitions/visits?nodeId=${n('community11')}`)).status).toBe(200);
    expect((await far.get(`/api/petitions/visits?nodeId=${n('community11')}`)).status).toBe(404);
    expect((await street.get('/api/petitions/visits?nodeId=x')).status).toBe(400);
  });

  it('the district’s officers set up a district-level studio; a community cannot', async () => {
    const r = await zzb.post('/api/petitions/studios', {
      nodeId: n('district'),
      kind: 'psych',
      name: '区心访工作室',
      staff: [{ role: 'counsellor', name: '陈老师' }],
    });
    expect(r.status, r.raw).toBe(200);
    expect((await community.get('/api/petitions/studios')).body.map((s: any) => s.name)).toContain(
      '区心访工作室',
    );
    expect(
      (await community.post('/api/petitions/studios', { nodeId: n('district'), kind: 'psych', name: 'z' }))
        .status,
    ).toBe(404);
    const dup = await zzb.post('/api/petitions/studios', {
      nodeId: n('district'),
      kind: 'psych',
      name: '区心访工作室',
    });
    expect(dup.status).toBe(422);
    expect(dup.body.errors[0].field).toBe('name');
  });

  it('诉访分离: the mediator guides a labour dispute to arbitration with a numbered 不予受理告知书, then settles it', async () => {
    const v = (await mediator.get(`/api/petitions/visits/${first}`)).body;
    const r = await mediator.post(`/api/petitions/visits/${first}/triage`, {
      route: 'arbitration',
      note: '请向区劳动人事争议仲裁委员会申请仲裁',
      version: v.version,
    });
    expect(r.status, r.raw).toBe(200);
    expect(r.body).toMatchObject({
      state: 'guided',
      route: 'arbitration',
      noticeNo: `福田信访不受〔${YEAR}〕第0001号`,
    });
    expect(r.body.actions).toEqual(['settle']);
    expect(
      (
        await mediator.post(`/api/petitions/visits/${first}/triage`, {
          route: 'petition',
          version: r.body.version,
        })
      ).status,
    ).toBe(409);
    const notice = await community.get(`/api/petitions/visits/${first}/notice`);
    expect(notice.body).toMatchObject({
      kind: 'reject',
      districtName: '福田区',
      route: 'arbitration',
      name: '王建国',
    });
    expect(
      (
        await mediator.post(`/api/petitions/visits/${first}/settle`, {
          outcome: 'resolved',
          executed: true,
          version: r.body.version,
        })
      ).status,
    ).toBe(422);
    const s = await mediator.post(`/api/petitions/visits/${first}/settle`, {
      outcome: 'resolved',
      agreement: true,
      executed: true,
      version: r.body.version,
    });
    expect(s.body).toMatchObject({ state: 'closed', outcome: 'resolved', agreement: true, executed: true });
  });

  it('a neighbour quarrel goes to people’s mediation: the mediation module receives it as a referral case', async () => {
    const made = await community.post('/api/petitions/visits', {
      nodeId: n('community11'),
      name: '赵阿姨',
      matter: '楼上装修噪音扰民，协商不成',
      category: 'neighbour',
    });
    const v = (await community.get(`/api/petitions/visits/${made.body.id}`)).body;
    expect(
      (
        await community.post(`/api/petitions/visits/${v.id}/triage`, {
          route: 'litigation',
          toMediation: true,
          version: v.version,
        })
      ).status,
    ).toBe(422);
    const r = await community.post(`/api/petitions/visits/${v.id}/triage`, {
      route: 'mediation',
      toMediation: true,
      version: v.version,
    });
    expect(r.status, r.raw).toBe(200);
    expect(r.body.mediationCaseNo).toBeTruthy();
    const cases = await community.get('/api/mediation/cases');
    expect(JSON.stringify(cases.body)).toContain(r.body.mediationCaseNo);
    expect(r.body.noticeNo).toBe(`福田信访不受〔${YEAR}〕第0002号`);
  });

  it('a resident’s online petition: accepted (受理告知书, 60 days), assigned, replied, reviewed, rated', async () => {
    const s = await resident.post(
      '/api/petitions/submit',
      { nodeId: n('community11'), matter: '小区旁工地夜间施工，多次投诉无果', category: 'other' },
      { 'idempotency-key': 'submit-key-0001' },
    );
    expect(s.status, s.raw).toBe(200);
    const id = s.body.id;
    expect((await resident2.get('/api/petitions/visits?mine=1')).body).toEqual([]);
    let v = (await resident.get('/api/petitions/visits?mine=1')).body[0];
    expect(v).toMatchObject({ id, channel: 'online', state: 'registered', actions: [] });
    v = (
      await community.post(`/api/petitions/visits/${id}/triage`, { route: 'petition', version: v.version })
    ).body;
    expect(v).toMatchObject({
      state: 'accepted',
      noticeNo: `福田信访受〔${YEAR}〕第0001号`,
      handleDue: addDays(shanghaiDay(), 60),
    });
    expect((await community.get(`/api/petitions/visits/${id}/notice`)).body.kind).toBe('accept');
    expect(await todo(street, 'petitions.to_assign')).toMatchObject({ count: 1 });
    expect(
      (
        await street.post(`/api/petitions/visits/${id}/assign`, {
          deptNodeId: n('street1'),
          version: v.version,
        })
      ).status,
    ).toBe(422);
    expect((await street.get('/api/petitions/departments')).body).toEqual([
      { id: n('dept'), name: '区住房和建设局' },
    ]);
    v = (
      await street.post(`/api/petitions/visits/${id}/assign`, { deptNodeId: n('dept'), version: v.version })
    ).body;
    expect(v).toMatchObject({ state: 'assigned', deptName: '区住房和建设局' });
    // the department sees what is assigned to it, and nothing else
    const mine = await dept.get('/api/petitions/visits');
    expect(mine.body.map((x: any) => x.id)).toEqual([id]);
    expect(mine.body[0].actions).toEqual(['reply']);
    expect(await todo(dept, 'petitions.to_reply')).toMatchObject({ count: 1 });
    expect((await dept.post(`/api/petitions/visits/${first}/reply`, { reply: 'x', version: 1 })).status).toBe(
      404,
    );
    v = (
      await dept.post(`/api/petitions/visits/${id}/reply`, {
        reply: '已责令施工单位夜间停工',
        version: v.version,
      })
    ).body;
    expect(v.state).toBe('replied');
    expect(await todo(resident, 'petitions.to_rate')).toMatchObject({ count: 1 });
    const notes = await resident.get('/api/notify/inbox');
    expect(JSON.stringify(notes.body)).toContain('已答复');
    expect(
      (await resident.post(`/api/petitions/visits/${id}/rate`, { action: 'review', version: v.version }))
        .status,
    ).toBe(422);
    expect(
      (
        await resident2.post(`/api/petitions/visits/${id}/rate`, {
          action: 'rate',
          satisfaction: 'satisfied',
          version: v.version,
        })
      ).status,
    ).toBe(404);
    v = (
      await resident.post(`/api/petitions/visits/${id}/rate`, {
        action: 'review',
        reason: '仍有夜间施工',
        version: v.version,
      })
    ).body;
    expect(v.state).toBe('reviewing');
    v = (
      await dept.post(`/api/petitions/visits/${id}/reply`, {
        reply: '已联合执法队处罚并督促整改',
        version: v.version,
      })
    ).body;
    v = (
      await resident.post(`/api/petitions/visits/${id}/rate`, {
        action: 'rate',
        satisfaction: 'satisfied',
        version: v.version,
      })
    ).body;
    expect(v).toMatchObject({ state: 'closed', satisfaction: 'satisfied' });
  });

  it('figures: 分流率, 化解成功率, 调解协议执行率, 按期答复率, 重复访占比', async () => {
    const f = await street.get(`/api/petitions/figures?year=${YEAR}`);
    expect(f.status, f.raw).toBe(200);
    expect(f.body).toMatchObject({
      visits: 4,
      triaged: 3,
      guided: 2,
      guidedRate: 66.7,
      successRate: 100,
      executionRate: 100,
      onTimeRate: 100,
      repeatShare: 25,
      collective: 1,
    });
    expect(f.body.byMonth).toHaveLength(12);
    expect((await other.get(`/api/petitions/figures?nodeId=${n('street1')}`)).status).toBe(404);
  });

  it('when the hand-off to mediation fails the triage rolls back: still registered, no notice number spent', async () => {
    const made = await community.post('/api/petitions/visits', {
      nodeId: n('community11'),
      name: '钱先生',
      matter: '邻里排水管漏水纠纷',
      category: 'neighbour',
    });
    const v = (await community.get(`/api/petitions/visits/${made.body.id}`)).body;
    const intake = env.services.mediation.intake;
    env.services.mediation.intake = async () => {
      throw new Error('mediation is down');
    };
    const failed = await community
      .post(`/api/petitions/visits/${v.id}/triage`, {
        route: 'mediation',
        toMediation: true,
        version: v.version,
      })
      .finally(() => {
        env.services.mediation.intake = intake;
      });
    expect(failed.status).toBe(409);
    expect(failed.body.detail ?? failed.body.title).toContain('人民调解');
    const after = (await community.get(`/api/petitions/visits/${v.id}`)).body;
    expect(after).toMatchObject({
      state: 'registered',
      noticeNo: null,
      mediationCaseNo: null,
      version: v.version,
    });
    const retried = await community.post(`/api/petitions/visits/${v.id}/triage`, {
      route: 'mediation',
      toMediation: true,
      version: v.version,
    });
    expect(retried.status, retried.raw).toBe(200);
    expect(retried.body.mediationCaseNo).toBeTruthy();
    expect(retried.body.noticeNo).toBe(`福田信访不受〔${YEAR}〕第0003号`);
  });

  it('the district changes its deadlines (on the district node); a stale version is refused', async () => {
    expect((await street.get('/api/petitions/settings')).body).toMatchObject({
      acceptDays: 15,
      handleDays: 60,
      canEdit: false,
    });
    expect(
      (
        await street.put('/api/petitions/settings', {
          acceptDays: 10,
          handleDays: 30,
          reviewDays: 30,
          version: 0,
        })
      ).status,
    ).toBe(404);
    const r = await zzb.put('/api/petitions/settings', {
      acceptDays: 10,
      handleDays: 30,
      reviewDays: 30,
      version: 0,
    });
    expect(r.body).toMatchObject({ acceptDays: 10, version: 1, canEdit: true });
    expect(
      (
        await zzb.put('/api/petitions/settings', {
          acceptDays: 12,
          handleDays: 30,
          reviewDays: 30,
          version: 0,
        })
      ).status,
    ).toBe(409);
    const made = await community.post('/api/petitions/visits', {
      nodeId: n('community11'),
      name: '钱',
      matter: '噪音',
      category: 'other',
    });
    expect((await community.get(`/api/petitions/visits/${made.body.id}`)).body.acceptDue).toBe(
      addDays(shanghaiDay(), 10),
    );
  });

  it('exports visits and studios; imports studios with a dry run, per-row errors, and nothing twice', async () => {
    const r = await street.get('/api/petitions/visits/export');
    const sheet = await sheetRows(r.rawPayload);
    expect(sheet.name).toBe('来访登记台账');
    expect(sheet.body.some((x) => x.includes('仲裁') && x.includes('138****1111'))).toBe(true);
    const csv = (rows: string[][]) =>
      Buffer.from(
        ['所在,工作室,类型,开放时间,值班人员', ...rows.map((x) => x.join(','))].join('\r\n'),
        'utf8',
      );
    const good = csv([['福山社区', '福山心访工作室', '心访工作室', '周三下午', '陈老师、林老师']]);
    const url = (dry: boolean) => `/api/petitions/studios/import?dryRun=${dry ? 1 : 0}`;
    const dry = await street.upload(url(true), good, 's.csv', 'text/csv');
    expect(dry.body).toMatchObject({ dryRun: true, added: 1 });
    const bad = await street.upload(
      url(false),
      csv([['竹林社区', 'x', '茶室', '', '']]),
      's.csv',
      'text/csv',
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: any) => e.field)).toEqual(['row2.kind', 'row2.node']);
    expect((await street.upload(url(false), good, 's.csv', 'text/csv')).body.added).toBe(1);
    expect((await street.upload(url(false), good, 's.csv', 'text/csv')).body.added).toBe(0);
    const out = await sheetRows((await street.get('/api/petitions/studios/export')).rawPayload);
    expect(out.body.map((x) => x[1])).toContain('福山心访工作室');
    expect((await community.upload(url(false), good, 's.csv', 'text/csv')).status).toBe(200);
  });

  it('attacker inputs answer 400/422, never 500', async () => {
    const base = { nodeId: n('community11'), name: '甲', matter: '事项', category: 'other' };
    for (const body of [
      { ...base, matter: 'a\u0000b' },
      { ...base, peopleCount: 1e308 },
      { ...base, name: '\ud800' },
      { ...base, matter: 'x'.repeat(5000) },
      { ...base, category: 'nope' },
      { ...base, extra: 1 },
    ]) {
      const r = await community.post('/api/petitions/visits', body);
      expect([400, 422], `${r.status} ${r.raw}`).toContain(r.status);
    }
  });
});

describe('one authorisation case per role and route', () => {
  const id = '00000000-0000-7000-8000-000000000000';
  const v = { version: 1 };
  // [method, url, body, the roles the shell lets through (any other answer but 403 is theirs)]
  const READ = ['street', 'community', 'mediator', 'dept', 'resident', 'org'];
  const STUDIO = ['street', 'community', 'mediator'];
  const OFFICE = ['street', 'community'];
  const FIG = ['street', 'community', 'org'];
  const visit = `/api/petitions/visits/${id}`;
  const ROUTES: [string, string, object | undefined, string[]][] = [
    ['GET', '/api/petitions/studios', undefined, READ],
    ['POST', '/api/petitions/studios', { nodeId: id, kind: 'legal', name: 'x' }, FIG],
    ['GET', '/api/petitions/studios/export', undefined, FIG],
    ['GET', '/api/petitions/departments', undefined, OFFICE],
    ['GET', '/api/petitions/settings', undefined, READ],
    [
      'PUT',
      '/api/petitions/settings',
      { acceptDays: 1, handleDays: 1, reviewDays: 1, version: 0 },
      ['street', 'org'],
    ],
    ['GET', '/api/petitions/visits', undefined, READ],
    ['POST', '/api/petitions/visits', { nodeId: id, name: 'x', matter: 'x', category: 'other' }, STUDIO],
    ['POST', '/api/petitions/submit', { nodeId: id, matter: 'x', category: 'other' }, ['resident']],
    ['GET', '/api/petitions/visits/export', undefined, FIG],
    ['GET', visit, undefined, READ],
    ['GET', `${visit}/notice`, undefined, READ],
    ['POST', `${visit}/reveal`, { reason: 'x' }, FIG],
    ['POST', `${visit}/triage`, { route: 'petition', ...v }, STUDIO],
    ['POST', `${visit}/settle`, { outcome: 'resolved', ...v }, STUDIO],
    ['POST', `${visit}/assign`, { deptNodeId: id, ...v }, OFFICE],
    ['POST', `${visit}/reply`, { reply: 'x', ...v }, [...OFFICE, 'dept']],
    ['POST', `${visit}/rate`, { action: 'close', ...v }, [...OFFICE, 'resident']],
    ['GET', '/api/petitions/figures', undefined, FIG],
  ];
  const ROLES = ['street', 'community', 'mediator', 'dept', 'resident', 'org', 'grid'] as const;
  let grid: Client;
  beforeAll(async () => {
    grid = await env.as('grid_worker', 'grid111');
  });
  const clients = () =>
    ({ street, community, mediator, dept, resident, org: zzb, grid }) as Record<string, Client>;
  it.each(
    ROUTES.flatMap(([m, u, b, allowed]) =>
      ROLES.map((role) => [role, m, u, b, allowed.includes(role)] as const),
    ),
  )('%s %s %s', async (role, method, url, body, allowed) => {
    const r = await clients()[role].request(method, url, body);
    if (allowed) expect(r.status, r.raw).not.toBe(403);
    else expect(r.status).toBe(403);
  });
  it('an anonymous caller is refused', async () => {
    expect((await env.anon().get('/api/petitions/visits')).status).toBe(401);
  });
});
