/**
 * The council through HTTP: a topic through all six steps to a vote and a convention, moderation,
 * meetings with minutes and photos, the children's council, public pages, exports, scope.
 */
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { phoneLogin, registerPerson, verifiedResident } from '../../testing/signup.ts';

let env: TestEnv;
let officer: Client; // 福山社区 community officer
let officer12: Client; // 水围社区: outside
let street: Client; // 福田街道
const r: Client[] = []; // verified residents of 福山社区
const names = ['林晓峰', '何美玲', '陈志强'];
const personIds: string[] = [];
beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('community_officer', 'community11');
  officer12 = await env.as('community_officer', 'community12');
  street = await env.as('street_officer', 'street1');
  for (const n of names) {
    const v = await verifiedResident(env, officer, env.nodes.building.id, n);
    r.push(v.client);
    personIds.push(v.personId);
  }
});
afterAll(() => env.close());

const community = () => env.nodes.community11.id;
async function notices(c: Client, kind: string) {
  const rows = await env.db
    .selectFrom('notify_notifications')
    .select(['title', 'kind'])
    .where('user_id', '=', c.userId)
    .where('kind', '=', kind)
    .execute();
  return rows.map((x) => x.title);
}

describe('a topic through the six steps 六步议事', () => {
  let topicId: string;

  it('提议题: a verified resident raises it (a phone may send it twice); an unverified account cannot', async () => {
    const unverified = await phoneLogin(env);
    const body = {
      nodeId: community(),
      title: '福山花园1栋楼道堆物清理',
      description: '楼道长期堆放杂物，存在消防隐患，建议统一清理并制定楼道公约。',
      category: 'environment',
    };
    expect((await unverified.post('/api/council/topics', body)).status).toBe(403);
    const key = { 'idempotency-key': 'raise-topic-0001' };
    const a = await r[0].post('/api/council/topics', body, key);
    const b = await r[0].post('/api/council/topics', body, key);
    expect(a.status).toBe(200);
    expect(b.body.id).toBe(a.body.id);
    topicId = a.body.id;
    const t = await r[0].get(`/api/council/topics/${topicId}`);
    expect(t.body).toMatchObject({
      stage: 'raise',
      authorLabel: '林*峰',
      following: true,
      actions: ['withdraw'],
    });
    expect(JSON.stringify(t.body)).not.toContain('林晓峰');
    expect((await officer12.get(`/api/council/topics/${topicId}`)).status).toBe(404);
  });

  it('附议 once per resident; the officer accepts it into 出主意', async () => {
    expect((await r[1].post(`/api/council/topics/${topicId}/supports`, {})).body).toEqual({ added: true });
    expect((await r[1].post(`/api/council/topics/${topicId}/supports`, {})).body).toEqual({ added: false });
    expect((await r[0].post(`/api/council/topics/${topicId}/transitions`, { action: 'accept' })).status).toBe(
      403,
    );
    const t = await officer.get(`/api/council/topics/${topicId}`);
    expect(t.body.supports).toBe(1);
    expect(t.body.actions).toEqual(['accept', 'decline', 'withdraw']);
    expect(
      (await officer.post(`/api/council/topics/${topicId}/transitions`, { action: 'accept' })).body,
    ).toEqual({
      stage: 'ideas',
    });
    expect(await notices(r[0], 'council.stage')).toHaveLength(1);
  });

  it('出主意: ideas with support counts; the plan needs at least one', async () => {
    const noIdeas = await officer.post(`/api/council/topics/${topicId}/transitions`, { action: 'to_plan' });
    expect([noIdeas.status, noIdeas.body.errors[0].field]).toEqual([422, 'idea']);
    const idea = await r[1].post(`/api/council/topics/${topicId}/ideas`, {
      text: '每月第一个周六集中清理，物业提供车辆。',
    });
    await r[2].post(`/api/council/topics/${topicId}/ideas`, { text: '设置公共储物点。' });
    expect((await r[2].post(`/api/council/ideas/${idea.body.id}/supports`, {})).body.added).toBe(true);
    expect((await r[0].post(`/api/council/ideas/${idea.body.id}/supports`, {})).body.added).toBe(true);
    const t = await r[0].get(`/api/council/topics/${topicId}`);
    expect(t.body.ideasList[0]).toMatchObject({ supports: 2, supported: true, authorLabel: '何*玲' });
    expect(t.body.ideasList[1].can.support).toBe(true);
    expect(
      (await officer.post(`/api/council/topics/${topicId}/transitions`, { action: 'to_plan' })).body.stage,
    ).toBe('plan');
    expect((await r[1].post(`/api/council/topics/${topicId}/ideas`, { text: '晚了' })).status).toBe(409);
  });

  it('拟方案: versions with diffs, by the council only, never over a newer version', async () => {
    const draft = (c: Client, text: string, baseVersion: number, kind = 'plan') =>
      c.post(`/api/council/topics/${topicId}/drafts`, { kind, text, baseVersion });
    expect((await draft(r[1], '居民写的方案', 0)).status).toBe(403);
    expect((await draft(officer, '每月第一个周六清理楼道杂物。', 0)).body.version).toBe(1);
    const stale = await draft(officer, '另一个方案', 0);
    expect([stale.status, stale.body.code]).toEqual([409, 'council.draft_stale']);
    expect((await draft(officer, '每月第一个周六清理楼道杂物，物业提供车辆并公示。', 1)).body.version).toBe(
      2,
    );
    const d = await r[0].get(`/api/council/topics/${topicId}/diff?kind=plan&from=1&to=2`);
    expect(
      d.body
        .filter((p: { op: string }) => p.op === '+')
        .map((p: { text: string }) => p.text)
        .join(''),
    ).toBe('，物业提供车辆并公示');
    expect(
      (await officer.post(`/api/council/topics/${topicId}/transitions`, { action: 'to_floor' })).body.stage,
    ).toBe('floor');
  });

  it('开言路 and 定公约: comments, then the convention; the vote must be set to decide', async () => {
    expect(
      (await r[2].post(`/api/council/topics/${topicId}/comments`, { text: '赞成，建议同时张贴告示。' }))
        .status,
    ).toBe(200);
    await officer.post(`/api/council/topics/${topicId}/transitions`, { action: 'to_convention' });
    await officer.post(`/api/council/topics/${topicId}/drafts`, {
      kind: 'convention',
      text: '一、楼道内不得堆放杂物；二、每月第一个周六集中清理；三、违者由楼长提醒。',
      baseVersion: 0,
    });
    const noVote = await officer.post(`/api/council/topics/${topicId}/transitions`, { action: 'to_decide' });
    expect([noVote.status, noVote.body.errors[0].field]).toEqual([422, 'vote']);
    const decide = await officer.post(`/api/council/topics/${topicId}/transitions`, {
      action: 'to_decide',
      vote: { closesAt: new Date(Date.now() + 86400_000).toISOString(), secret: true, audience: 'residents' },
    });
    expect(decide.body.stage).toBe('decide');
  });

  it('说了算: residents vote; the tally adopts it; then it is carried out to resolved', async () => {
    const t = await r[0].get(`/api/council/topics/${topicId}`);
    expect(t.body.vote).toMatchObject({ secret: true, state: 'open', can: { cast: true } });
    expect(t.body.vote.options.map((o: { label: string }) => o.label)).toEqual(['赞成', '反对', '弃权']);
    const voteId = t.body.vote.id;
    for (const [c, choice] of [
      [r[0], 1],
      [r[1], 1],
      [r[2], 2],
    ] as const)
      expect((await c.post(`/api/votes/${voteId}/ballots`, { choices: [choice] })).body.counted).toBe(true);
    expect((await officer.post(`/api/votes/${voteId}/close`)).status).toBe(200);
    const after = await r[0].get(`/api/council/topics/${topicId}`);
    expect(after.body).toMatchObject({ stage: 'implementing', outcome: 'adopted' });
    expect(after.body.vote.options.map((o: { count: number }) => o.count)).toEqual([2, 1, 0]);
    expect(await notices(r[0], 'council.decided')).toEqual(['议题《福山花园1栋楼道堆物清理》表决通过']);
    expect(
      (await officer.post(`/api/council/topics/${topicId}/progress`, { text: '已清理 1–3 层', percent: 50 }))
        .status,
    ).toBe(200);
    const noNote = await officer.post(`/api/council/topics/${topicId}/transitions`, { action: 'resolve' });
    expect(noNote.status).toBe(422);
    const done = await officer.post(`/api/council/topics/${topicId}/transitions`, {
      action: 'resolve',
      note: '全楼清理完毕，公约张贴于各层。',
    });
    expect(done.body.stage).toBe('resolved');
    const fig = await street.get(`/api/council/figures?nodeId=${env.nodes.street1.id}`);
    expect(fig.body).toMatchObject({ proposals: 1, resolved: 1, decided: 1, adopted: 1 });
  });

  it('shows publicly, without login, with the plan, convention and result, and no names', async () => {
    const anon = env.anon();
    const p = await anon.get(`/api/public/council/topics/${topicId}`);
    expect(p.status).toBe(200);
    expect(p.body).toMatchObject({
      stage: 'resolved',
      authorLabel: '林*峰',
      resolutionNote: '全楼清理完毕，公约张贴于各层。',
    });
    expect(p.body.convention).toContain('楼道内不得堆放杂物');
    expect(p.body.vote.options.map((o: { count: number }) => o.count)).toEqual([2, 1, 0]);
    for (const n of names) expect(p.raw).not.toContain(n);
    const page = await anon.get(`/api/public/council/communities/${community()}`);
    expect(page.body.figures).toMatchObject({ proposals: 1, resolved: 1 });
    expect(page.body.decisions[0]).toMatchObject({ id: topicId, outcome: 'adopted' });
    expect(page.body.parents).toEqual(['深圳市', '福田区', '福田街道']);
    const found = await anon.get(`/api/public/council/communities?q=${encodeURIComponent('福山')}`);
    expect(found.body).toEqual([
      {
        id: community(),
        name: '福山社区',
        parents: ['深圳市', '福田区', '福田街道'],
        districtId: env.nodes.district.id,
      },
    ]);
    const share = await env.app.inject({ method: 'GET', url: `/public/c/${community()}` });
    expect(share.headers['content-type']).toContain('text/html');
    expect(share.body).toContain('<title>福山社区居民议事厅 · 共治</title>');
    expect(share.body).toMatch(/og:description" content="[^"]*收集居民提案 1 件，解决问题 1 件/);
  });
});

describe('moderation', () => {
  it('hides a comment with a reason: others no longer see it, its author sees why, all audited', async () => {
    const t = await r[0].post('/api/council/topics', {
      nodeId: community(),
      title: '小区增设充电桩',
      description: '电动车充电难。',
      category: 'facilities',
    });
    const c = await r[1].post(`/api/council/topics/${t.body.id}/comments`, {
      text: '广告：低价办证 138xxxx',
    });
    expect(
      (await officer.post('/api/council/moderation', { target: 'comment', id: c.body.id, hide: true }))
        .status,
    ).toBe(422);
    const hide = await officer.post('/api/council/moderation', {
      target: 'comment',
      id: c.body.id,
      hide: true,
      reason: '广告信息',
    });
    expect(hide.status).toBe(200);
    expect((await r[2].get(`/api/council/topics/${t.body.id}`)).body.comments).toHaveLength(0);
    const own = (await r[1].get(`/api/council/topics/${t.body.id}`)).body.comments;
    expect(own).toMatchObject([{ hidden: true, hiddenReason: '广告信息' }]);
    expect(await notices(r[1], 'council.hidden')).toEqual([
      '您在《小区增设充电桩》中的内容已被隐藏：广告信息',
    ]);
    const audit = await env.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('object_id', '=', c.body.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['council.comment.add', 'council.hide']);
    expect(
      (await officer12.post('/api/council/moderation', { target: 'comment', id: c.body.id, hide: false }))
        .status,
    ).toBe(404);
    const queue = await officer.get('/api/council/moderation');
    expect(queue.body.toAccept.map((x: { id: string }) => x.id)).toContain(t.body.id);
    expect(queue.body.recent[0]).toMatchObject({ id: c.body.id, hidden: true });
    const todos = await officer.get('/api/home/todos');
    expect(todos.body.map((x: { key: string }) => x.key)).toContain('council.to_accept');
  });
});

describe('meetings', () => {
  it('calls a meeting, records minutes and attendance, and keeps photos without metadata', async () => {
    const list = await officer.get(`/api/council/topics?nodeId=${community()}`);
    const topicId = list.body.items[0].id;
    const m = await officer.post('/api/council/meetings', {
      nodeId: community(),
      title: '2026 年第一次居民议事会',
      startsAt: new Date(Date.now() - 3600_000).toISOString(),
      place: '福山社区党群服务中心',
      agenda: '一、楼道清理；二、充电桩',
      topicIds: [topicId],
    });
    expect(m.status).toBe(200);
    expect((await officer12.get(`/api/council/meetings/${m.body.id}`)).status).toBe(404);
    const v = (await officer.get(`/api/council/meetings/${m.body.id}`)).body;
    const held = await officer.post(`/api/council/meetings/${m.body.id}/minutes`, {
      minutes: '会议通过楼道清理方案。',
      attendance: [
        { label: '林*峰', role: 'resident' },
        { label: '社区书记', role: 'officer' },
      ],
      version: v.version,
    });
    expect(held.body).toMatchObject({ status: 'held', attendees: 2 });
    const stale = await officer.post(`/api/council/meetings/${m.body.id}/minutes`, {
      minutes: 'x',
      attendance: [],
      version: v.version,
    });
    expect(stale.status).toBe(409);
    // a JPEG carrying EXIF (a camera's, with where it was taken) comes back without any
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c8102e' } })
      .withExif({ IFD0: { Copyright: 'gongzhi-test', ImageDescription: 'GPS here' } })
      .jpeg()
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const upload = (buf: Buffer, name: string) =>
      officer.upload(`/api/council/meetings/${m.body.id}/photos`, buf, name, 'image/jpeg');
    const photo = await upload(jpeg, 'a.jpg');
    expect(photo.status).toBe(200);
    const back = await r[0].get(`/api/council/photos/${photo.body.id}`);
    expect(back.headers['content-type']).toBe('image/jpeg');
    const meta = await sharp(back.rawPayload).metadata();
    expect([meta.exif, meta.width]).toEqual([undefined, 64]);
    const fake = await upload(Buffer.from('not really a jpeg, just text'), 'b.jpg');
    expect([fake.status, fake.body.errors?.[0]?.field]).toEqual([422, 'file']);
    const fig = await officer.get(`/api/council/figures?nodeId=${community()}`);
    expect(fig.body.meetings).toBe(1);
    const pub = await env.anon().get(`/api/public/council/communities/${community()}`);
    expect(pub.body.meetings[0]).toEqual({
      title: '2026 年第一次居民议事会',
      startsAt: expect.any(String),
      status: 'held',
      attendees: 2,
    });
    expect(pub.raw).not.toContain('会议通过楼道清理方案');
  });
});

describe("the children's council 儿童议事会", () => {
  it('a guardian enrols a child, who raises a topic and votes by alias only', async () => {
    const g = await verifiedResident(env, officer, env.nodes.building.id, '郑国强');
    const kid = await registerPerson(officer, env.nodes.building.id, {
      name: '郑小雨',
      birthDate: '2015-03-08',
      gender: 'F',
    });
    expect(
      (
        await g.client.post('/api/residents/children', {
          name: '郑小雨',
          nationalId: kid.nationalId,
          consent: true,
        })
      ).status,
    ).toBe(200);
    const body = await officer.post('/api/council/bodies', { nodeId: community(), kind: 'children' });
    expect(body.body).toMatchObject({ kind: 'children', name: '福山社区儿童议事会' });
    const seen = await g.client.get(`/api/council/bodies/${body.body.id}`);
    expect(seen.body.myChildren).toEqual([{ personId: kid.personId, name: '郑小雨', member: false }]);
    expect(seen.body.can.enrol).toBe(true);
    expect(
      (await r[0].post(`/api/council/bodies/${body.body.id}/children`, { childId: kid.personId })).status,
    ).toBe(403);
    const enrol = await g.client.post(`/api/council/bodies/${body.body.id}/children`, {
      childId: kid.personId,
    });
    expect(enrol.body).toEqual({ alias: '童议员1' });
    const raise = {
      nodeId: community(),
      kind: 'children',
      title: '小区游乐场增加遮阳棚',
      description: '夏天滑梯太烫。',
      category: 'elderly_children',
    };
    expect((await r[0].post('/api/council/topics', raise)).status).toBe(403);
    const t = await g.client.post('/api/council/topics', { ...raise, asPersonId: kid.personId });
    expect(t.status).toBe(200);
    const detail = await g.client.get(`/api/council/topics/${t.body.id}`);
    expect(detail.body).toMatchObject({ bodyKind: 'children', authorLabel: '童议员1' });
    expect(detail.body.actAs).toEqual([{ personId: kid.personId, label: '童议员1' }]);
    // through the steps to a vote of the child members
    await officer.post(`/api/council/topics/${t.body.id}/transitions`, { action: 'accept' });
    await g.client.post(`/api/council/topics/${t.body.id}/ideas`, {
      text: '种树遮阴',
      asPersonId: kid.personId,
    });
    await officer.post(`/api/council/topics/${t.body.id}/transitions`, { action: 'to_plan' });
    await officer.post(`/api/council/topics/${t.body.id}/drafts`, {
      kind: 'plan',
      text: '加装遮阳棚',
      baseVersion: 0,
    });
    await officer.post(`/api/council/topics/${t.body.id}/transitions`, { action: 'to_floor' });
    await officer.post(`/api/council/topics/${t.body.id}/transitions`, { action: 'to_convention' });
    await officer.post(`/api/council/topics/${t.body.id}/drafts`, {
      kind: 'convention',
      text: '爱护遮阳棚',
      baseVersion: 0,
    });
    await officer.post(`/api/council/topics/${t.body.id}/transitions`, {
      action: 'to_decide',
      vote: {
        closesAt: new Date(Date.now() + 86400_000).toISOString(),
        secret: false,
        audience: 'residents',
      },
    });
    const v = (await g.client.get(`/api/council/topics/${t.body.id}`)).body;
    expect(v.voteAudience).toBe('children');
    expect(v.vote.myVoters).toEqual([{ id: kid.personId, label: '童议员1', voted: false }]);
    expect((await r[0].get(`/api/votes/${v.vote.id}`)).body.myVoters).toEqual([]);
    const cast = await g.client.post(`/api/votes/${v.vote.id}/ballots`, {
      choices: [1],
      voterId: kid.personId,
    });
    expect(cast.body.counted).toBe(true);
    const closed = await officer.post(`/api/votes/${v.vote.id}/close`);
    expect([closed.body.eligible, closed.body.ballots]).toEqual([1, 1]);
    const pub = await env.anon().get(`/api/public/council/topics/${t.body.id}`);
    expect(pub.body.authorLabel).toBe('童议员1');
    expect(pub.raw).not.toContain('郑小雨');
  });
});

describe('kinds of council 楼道会客厅、物居业议事会 (seed 001 鄞州)', () => {
  it('sets up a hallway parlour once, named after the node or as given; appoints residents to it', async () => {
    const made = await officer.post('/api/council/bodies', { nodeId: community(), kind: 'hallway' });
    expect(made.body).toMatchObject({ kind: 'hallway', name: '福山社区楼道会客厅', can: { enrol: false } });
    const again = await officer.post('/api/council/bodies', { nodeId: community(), kind: 'hallway' });
    expect(again.status).toBe(409);
    const named = await officer.post('/api/council/bodies', {
      nodeId: community(),
      kind: 'property',
      name: '福山花园物居业议事会',
    });
    expect(named.body).toMatchObject({ kind: 'property', name: '福山花园物居业议事会' });
    const added = await officer.post(`/api/council/bodies/${made.body.id}/members`, {
      personId: personIds[0],
      role: 'chair',
    });
    expect(added.status, added.raw).toBe(200);
    expect(added.body.members).toEqual([expect.objectContaining({ alias: '林*峰', role: 'chair' })]);
    expect((await r[0].post('/api/council/bodies', { nodeId: community(), kind: 'other' })).status).toBe(403);
    expect((await officer12.post('/api/council/bodies', { nodeId: community(), kind: 'other' })).status).toBe(
      404,
    );
  });

  it('filters the list by kind and gives figures per kind; a bad kind is a 400 on its field', async () => {
    const hallways = await officer.get(`/api/council/bodies?nodeId=${community()}&kind=hallway`);
    expect(hallways.body.map((b: { kind: string }) => b.kind)).toEqual(['hallway']);
    const all = await officer.get(`/api/council/bodies?nodeId=${community()}`);
    expect(all.body.length).toBeGreaterThan(2);
    const figures = await officer.get(`/api/council/bodies/kinds?nodeId=${community()}`);
    expect(figures.body.map((f: { kind: string }) => f.kind)).toEqual([
      'residents',
      'hallway',
      'property',
      'children',
      'other',
    ]);
    expect(figures.body[1]).toMatchObject({ kind: 'hallway', bodies: 1, members: 1 });
    expect(figures.body[4]).toMatchObject({ kind: 'other', bodies: 0, members: 0 });
    const bad = await officer.post('/api/council/bodies', { nodeId: community(), kind: 'club' });
    expect(bad.status).toBe(400);
    expect(bad.raw).toContain('kind');
    expect((await officer12.get(`/api/council/bodies/kinds?nodeId=${community()}`)).status).toBe(404);
    expect((await officer12.get('/api/council/bodies/kinds')).body[1]).toMatchObject({ bodies: 0 });
  });

  it('a meeting of the hallway parlour is called through its kind', async () => {
    const m = await officer.post('/api/council/meetings', {
      nodeId: community(),
      kind: 'hallway',
      title: '楼道会客厅：电动车充电',
      startsAt: new Date(Date.now() + 86400_000).toISOString(),
      place: '1栋一楼',
      agenda: '充电桩选址',
      topicIds: [],
    });
    expect(m.status, m.raw).toBe(200);
    expect((await officer.get(`/api/council/meetings/${m.body.id}`)).body.bodyKind).toBe('hallway');
  });
});

describe('exports and scope', () => {
  it('exports the registers to Excel for officers in scope only', async () => {
    const res = await street.get(`/api/council/export/topics.xlsx?nodeId=${community()}`);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe('议题 (Topic)');
    const titles = ws.getColumn(1).values.slice(2);
    expect(titles).toContain('福山花园1栋楼道堆物清理');
    const results = await officer.get('/api/council/export/results.xlsx');
    expect(results.status).toBe(200);
    expect((await officer12.get(`/api/council/export/topics.xlsx?nodeId=${community()}`)).status).toBe(404);
    expect((await r[0].get('/api/council/export/meetings.xlsx')).status).toBe(403);
    const outside = await officer12.get(`/api/council/topics?nodeId=${community()}`);
    expect(outside.body.total).toBe(0);
    const decided = await r[0].get(`/api/council/topics?nodeId=${community()}&status=decided`);
    expect(decided.body.items.map((x: { stage: string }) => x.stage).sort()).toEqual([
      'implementing',
      'resolved',
    ]);
    const active = await r[0].get(`/api/council/topics?nodeId=${community()}&status=active`);
    expect(active.body.items.every((x: { stage: string }) => x.stage === 'raise')).toBe(true);
  });

  it('gives the dashboard its figures with definitions', async () => {
    const stats = await street.get(`/api/home/stats?nodeId=${env.nodes.street1.id}`);
    const keys = stats.body.map((s: { key: string }) => s.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'council.meetings',
        'council.proposals',
        'council.resolved',
        'council.turnout',
      ]),
    );
    const resolved = stats.body.find((s: { key: string }) => s.key === 'council.resolved');
    expect(resolved.value).toBe(1);
    expect(resolved.definition).toContain('已解决');
  });
});
