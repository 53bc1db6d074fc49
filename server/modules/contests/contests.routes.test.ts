/**
 * The 擂台赛 through HTTP (seed 001 开化): the organisation department sets up a “两勤” contest of a
 * department and two streets with a cadre as judge, opens a round (the units are told); the
 * department submits on time, a late entry is refused; the judge scores (not their own street,
 * once); the department publishes (实绩晾晒) and every officer reads the leaderboard; home to-dos,
 * dashboard figures, Excel out and scores in; and one authorisation case per role and route.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/access/access.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { createTestEnv, type Client, type NodeKey, type TestEnv } from '../../testing/harness.ts';
import { sheetRows } from '../../testing/sheets.ts';

let env: TestEnv;
let zzb: Client; // 福田区 organisation department
let bumen: Client; // 区住房和建设局
let jiedao: Client; // 福田街道
let jiedao2: Client; // 香蜜湖街道
let judge: Client; // a cadre of the district (no participating unit's)
let ownJudge: Client; // a cadre of 竹林社区 (香蜜湖街道, a participating street)
let shequ: Client;
const today = shanghaiDay();
const year = Number(today.slice(0, 4));
const shift = (days: number) => new Date(Date.parse(today) + days * 86_400_000).toISOString().slice(0, 10);
const ids = { contest: '', round: '', late: '', entry: '', entry2: '', entry3: '' };
const scores = (n: number, position = n) => ({
  profession: n,
  duty: n,
  innovation: n,
  contribution: n,
  position,
});

beforeAll(async () => {
  env = await createTestEnv();
  zzb = await env.as('org_officer', 'district');
  bumen = await env.as('dept_officer', 'dept');
  jiedao = await env.as('street_officer', 'street1');
  jiedao2 = await env.as('street_officer', 'street2');
  judge = await env.as('cadre', 'district');
  ownJudge = await env.as('cadre', 'community21');
  shequ = await env.as('community_officer', 'community11');
});
afterAll(() => env.close());

const todo = async (c: Client, key: string) =>
  ((await c.get('/api/home/todos')).body as { key: string; count: number }[]).find((x) => x.key === key);

describe('“两勤”“两专”擂台赛 (seed 001 开化)', () => {
  it('Kaihua: 常态开展“两勤”“两专”擂台赛: the organisation department sets up a contest of departments and streets with judges', async () => {
    const body = {
      nodeId: env.nodes.district.id,
      year,
      title: '“两勤”擂台赛',
      series: '两勤',
      unitIds: [env.nodes.dept.id, env.nodes.street1.id, env.nodes.street2.id],
      judges: [judge.username, zzb.username],
      rounds: [
        { title: '第一季度', opensOn: shift(-1), dueOn: shift(10) },
        { title: '补报轮', opensOn: shift(-20), dueOn: shift(-5) },
      ],
    };
    expect((await bumen.post('/api/contests', body)).status).toBe(403);
    expect((await zzb.post('/api/contests', { ...body, judges: [shequ.username] })).status).toBe(422);
    expect(
      (await zzb.post('/api/contests', { ...body, unitIds: [env.nodes.community11.id, env.nodes.dept.id] }))
        .status,
    ).toBe(422);
    expect((await zzb.post('/api/contests', { ...body, weights: scores(0) })).status).toBe(422);
    // weights are percentages summing to 100: the sum's error on every weight, in the user's language
    const sum = await zzb.post('/api/contests', { ...body, weights: { ...scores(20), position: 10 } });
    expect(sum.status).toBe(422);
    expect(sum.body.errors).toHaveLength(5);
    expect(sum.body.errors[0]).toMatchObject({
      field: 'weights.profession',
      message: '各项权重合计须为 100%，现为 90%',
    });
    // never a judge for their own unit: a cadre of a participating street is refused on their own line
    const own = await zzb.post('/api/contests', { ...body, judges: [zzb.username, ownJudge.username] });
    expect(own.status).toBe(422);
    expect(own.body.errors).toEqual([
      expect.objectContaining({ field: 'judges.1', message: expect.stringContaining('香蜜湖街道') }),
    ]);
    const r = await zzb.post('/api/contests', body);
    expect(r.status).toBe(200);
    ids.contest = r.body.id;
    expect((await zzb.post('/api/contests', body)).status).toBe(422);
    const c = await bumen.get(`/api/contests/${ids.contest}`);
    expect(c.body).toMatchObject({ series: '两勤', judge: false, myUnits: [env.nodes.dept.id] });
    expect(
      c.body.rounds.map((x: { title: string; state: string; actions: string[] }) => [
        x.title,
        x.state,
        x.actions,
      ]),
    ).toEqual([
      ['第一季度', 'planned', []],
      ['补报轮', 'planned', []],
    ]);
    ids.round = c.body.rounds[0].id;
    ids.late = c.body.rounds[1].id;
    expect(c.body.weights).toEqual(scores(20));
    expect(c.body).toMatchObject({ draft: true, can: { manage: false, edit: false } });
    const list = await shequ.get(`/api/contests?year=${year}`);
    expect(list.body.contests).toHaveLength(1);
    expect(list.body.series).toEqual(['两勤', '两专']);
    const other = await env.as('org_officer', 'district2');
    expect((await other.get(`/api/contests/${ids.contest}`)).status).toBe(404);
  });

  it('Kaihua: zzb opens the rounds; the units are told; the department submits on time, a late entry is refused', async () => {
    const url = (id: string, a: string) => `/api/contests/rounds/${id}/${a}`;
    const entry = {
      unitId: env.nodes.dept.id,
      summary: '完成老旧小区改造 12 个',
      figures: '惠及 3600 户',
      attachments: ['https://example.org/report'],
    };
    expect((await bumen.put(url(ids.round, 'entry'), entry)).status).toBe(422); // not open yet
    expect((await zzb.post(url(ids.round, 'publish'), { version: 1 })).status).toBe(409);
    expect((await zzb.post(url(ids.round, 'open'), { version: 2 })).status).toBe(409);
    const o = await zzb.post(url(ids.round, 'open'), { version: 1 });
    expect(o.body).toMatchObject({ state: 'open', actions: ['publish'] });
    await zzb.post(url(ids.late, 'open'), { version: 1 });
    const told = await env.db
      .selectFrom('notify_notifications')
      .select('node_id')
      .where('kind', '=', 'contests.open')
      .where('object_id', '=', ids.round)
      .execute();
    expect(told.map((x) => x.node_id).sort()).toEqual(
      [env.nodes.dept.id, env.nodes.street1.id, env.nodes.street2.id].sort(),
    );
    expect(await todo(bumen, 'contests.to_enter')).toMatchObject({ count: 1 });
    expect(
      (await bumen.put(url(ids.round, 'entry'), { ...entry, unitId: env.nodes.street1.id })).status,
    ).toBe(422);
    expect((await bumen.put(url(ids.round, 'entry'), { ...entry, summary: '' })).status).toBe(400);
    const late = await bumen.put(url(ids.late, 'entry'), entry);
    expect(late.status).toBe(422);
    expect(late.body.errors[0]).toMatchObject({
      field: 'roundId',
      message: '已过本轮提交截止日期，不再接收',
    });
    const e = await bumen.put(url(ids.round, 'entry'), entry);
    expect(e.status).toBe(200);
    ids.entry = e.body.id;
    expect(await todo(bumen, 'contests.to_enter')).toBeUndefined();
    ids.entry2 = (
      await jiedao.put(url(ids.round, 'entry'), {
        ...entry,
        unitId: env.nodes.street1.id,
        summary: '网格事件办结率 98%',
      })
    ).body.id;
    ids.entry3 = (
      await jiedao2.put(url(ids.round, 'entry'), {
        ...entry,
        unitId: env.nodes.street2.id,
        summary: '招商引资 5 亿元',
      })
    ).body.id;
    const mine = await bumen.get(url(ids.round, 'entries'));
    expect(mine.body.map((x: { unitName: string }) => x.unitName)).toEqual(['区住房和建设局']);
    expect(mine.body[0]).toMatchObject({ onTime: true, attachments: ['https://example.org/report'] });
    expect((await shequ.get(url(ids.round, 'ranking'))).status).toBe(404); // not published yet
  });

  it('Kaihua: 比专业、比担当、比创新、比贡献、比位次: a judge scores 0–100, never their own unit, once', async () => {
    const s = (id: string) => `/api/contests/entries/${id}/scores`;
    expect(await todo(judge, 'contests.to_score')).toMatchObject({ count: 3 });
    const list = await judge.get(`/api/contests/rounds/${ids.round}/entries`);
    expect(list.body.map((x: { unitName: string; canScore: boolean }) => [x.unitName, x.canScore])).toEqual([
      ['区住房和建设局', true],
      ['福田街道', true],
      ['香蜜湖街道', true],
    ]);
    // a judge who is not named on the contest scores nothing
    expect((await ownJudge.post(s(ids.entry), { scores: scores(90) })).status).toBe(404);
    expect((await judge.post(s(ids.entry), { scores: scores(101) })).status).toBe(400);
    expect((await bumen.post(s(ids.entry), { scores: scores(90) })).status).toBe(403);
    expect((await judge.post(s(ids.entry), { scores: scores(90, 80) })).status).toBe(200);
    expect((await judge.post(s(ids.entry), { scores: scores(50) })).status).toBe(409); // locked
    // the rule: an entry is replaced only until its first score (the score stands for what was read)
    const put = (c: Client, unitId: string, summary: string) =>
      c.put(`/api/contests/rounds/${ids.round}/entry`, { unitId, summary, figures: '', attachments: [] });
    const refused = await put(bumen, env.nodes.dept.id, '改报：完成老旧小区改造 15 个');
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'contests.entry_scored',
      title: '评委已开始评分，参赛材料不能再替换',
    });
    const replaced = await put(jiedao, env.nodes.street1.id, '网格事件办结率 99%（更正）');
    expect(replaced.body.id).toBe(ids.entry2);
    const now = (await zzb.get(`/api/contests/rounds/${ids.round}/entries`)).body as {
      unitName: string;
      summary: string;
      scored: boolean;
    }[];
    expect(now.map((x) => x.summary)).toEqual([
      '完成老旧小区改造 12 个',
      '网格事件办结率 99%（更正）',
      '招商引资 5 亿元',
    ]);
    expect(now.map((x) => x.scored)).toEqual([true, false, false]);
    await judge.post(s(ids.entry2), { scores: scores(90, 95) }); // same total, higher 比位次
    await zzb.post(s(ids.entry3), { scores: scores(70) });
    const r = await zzb.get(`/api/contests/rounds/${ids.round}/ranking`);
    expect(
      r.body.standings.map((x: { unitName: string; total: number; rank: number }) => [
        x.rank,
        x.unitName,
        x.total,
      ]),
    ).toEqual([
      [1, '福田街道', 91],
      [2, '区住房和建设局', 88],
      [3, '香蜜湖街道', 70],
    ]);
  });

  it('Kaihua: 实绩晾晒: zzb publishes; the units are told; every officer reads the leaderboard; scoring stops', async () => {
    expect(await todo(zzb, 'contests.to_publish')).toMatchObject({ count: 1 }); // the round past its deadline
    const round = (await zzb.get(`/api/contests/${ids.contest}`)).body.rounds[0];
    expect(
      (await bumen.post(`/api/contests/rounds/${ids.round}/publish`, { version: round.version })).status,
    ).toBe(403);
    const p = await zzb.post(`/api/contests/rounds/${ids.round}/publish`, { version: round.version });
    expect(p.body.state).toBe('published');
    const told = await env.db
      .selectFrom('notify_notifications')
      .select('node_id')
      .where('kind', '=', 'contests.publish')
      .execute();
    expect(told).toHaveLength(3);
    const board = await shequ.get(`/api/contests/board?year=${year}`);
    expect(board.body.rounds).toEqual([
      expect.objectContaining({ roundTitle: '第一季度', leader: '福田街道' }),
    ]);
    const r = await shequ.get(`/api/contests/rounds/${ids.round}/ranking`);
    expect(r.body.standings[0]).toMatchObject({ unitName: '福田街道', rank: 1 });
    expect(
      (await judge.post(`/api/contests/entries/${ids.entry}/scores`, { scores: scores(60) })).status,
    ).toBe(409);
    expect(
      (
        await bumen.put(`/api/contests/rounds/${ids.round}/entry`, {
          unitId: env.nodes.dept.id,
          summary: 'x',
        })
      ).status,
    ).toBe(422);
    const overall = await bumen.get(`/api/contests/${ids.contest}/ranking`);
    expect(overall.body.standings.map((x: { unitName: string }) => x.unitName)).toEqual([
      '福田街道',
      '区住房和建设局',
      '香蜜湖街道',
    ]);
    const other = await env.as('org_officer', 'district2');
    expect((await other.get(`/api/contests/rounds/${ids.round}/ranking`)).status).toBe(404);
  });

  it('the dashboard: contests this year, entries on time, the published leader', async () => {
    const r = await shequ.get(`/api/home/stats?nodeId=${env.nodes.community11.id}&year=${year}`);
    const v = (k: string) =>
      (r.body as { key: string; value: number | null }[]).find((s) => s.key === `contests.${k}`)?.value;
    expect(v('contests')).toBe(1);
    expect(v('on_time')).toBe(50); // 3 of 6 due (two rounds opened × three units)
    expect(v('leader')).toBe(91);
  });

  it('Excel: the scoring form and entries go out; paper scores come back in (dry run, per-row errors)', async () => {
    // a second round for paper scores
    const { id: roundId } = (
      await zzb.post(`/api/contests/${ids.contest}/rounds`, {
        title: '第二季度',
        opensOn: today,
        dueOn: shift(30),
      })
    ).body;
    await zzb.post(`/api/contests/rounds/${roundId}/open`, { version: 1 });
    await bumen.put(`/api/contests/rounds/${roundId}/entry`, {
      unitId: env.nodes.dept.id,
      summary: '二季度成果',
    });
    expect((await bumen.get(`/api/contests/${ids.contest}/export`)).status).toBe(403);
    const x = await zzb.get(`/api/contests/${ids.contest}/export`);
    const sheet = await sheetRows(x.rawPayload);
    expect(sheet.header.slice(0, 5)).toEqual(['轮次', '参赛单位', '评委账号', '评委姓名', '比专业']);
    expect(sheet.body).toHaveLength(8); // 4 entries × 2 judges
    const entries = await sheetRows(x.rawPayload, 2); // after the form's 说明
    expect(entries.body.map((r) => r[1])).toContain('区住房和建设局');

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('评委评分');
    ws.addRow(['轮次', '参赛单位', '评委账号', '比专业', '比担当', '比创新', '比贡献', '比位次']);
    ws.addRow(['第二季度', '区住房和建设局', judge.username, 80, 85, 90, 95, 100]);
    ws.addRow(['第一季度', '区住房和建设局', judge.username, 10, 10, 10, 10, 10]); // published: skipped
    ws.addRow(['第二季度', '区城管局', judge.username, 80, 85, 90, 95, 101]);
    const bad = Buffer.from(await wb.xlsx.writeBuffer());
    const e = await zzb.upload(`/api/contests/${ids.contest}/scores/import?dryRun=1`, bad, 's.xlsx');
    expect(e.status).toBe(422);
    expect(e.body.errors.map((f: { field: string }) => f.field).sort()).toEqual([
      'row4.position',
      'row4.unit',
    ]);
    ws.spliceRows(4, 1);
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    const dry = await zzb.upload(`/api/contests/${ids.contest}/scores/import?dryRun=1`, good, 's.xlsx');
    expect(dry.body).toMatchObject({ dryRun: true, added: 1, skipped: 1 });
    expect((await zzb.get(`/api/contests/rounds/${roundId}/ranking`)).body.standings).toEqual([]);
    const done = await zzb.upload(`/api/contests/${ids.contest}/scores/import`, good, 's.xlsx');
    expect(done.body).toMatchObject({ dryRun: false, added: 1 });
    const r = await zzb.get(`/api/contests/rounds/${roundId}/ranking`);
    expect(r.body.standings[0]).toMatchObject({ unitName: '区住房和建设局', total: 90 });
    // the imported scores are the judge's, locked as if submitted
    const [entry] = (await zzb.get(`/api/contests/rounds/${roundId}/entries`)).body;
    expect((await judge.post(`/api/contests/entries/${entry.id}/scores`, { scores: scores(1) })).status).toBe(
      409,
    );
  });
});

/** zzb sets up a contest of the department and 福田街道 (series “两专”). */
const draft = (title: string, y: number, judges: string[], rounds: object[]) =>
  zzb.post('/api/contests', {
    nodeId: env.nodes.district.id,
    year: y,
    title,
    series: '两专',
    unitIds: [env.nodes.dept.id, env.nodes.street1.id],
    judges,
    rounds,
  });

describe('the set-up page: a draft is edited as a whole, version-checked, until a round opens', () => {
  it('offers the district with its departments and streets, the series and the default weights', async () => {
    const r = await zzb.get('/api/contests/setup');
    expect(r.status).toBe(200);
    expect(r.body.districts).toHaveLength(1);
    expect(r.body.districts[0].nodeId).toBe(env.nodes.district.id);
    const units = r.body.districts[0].units.map((u: { id: string }) => u.id);
    expect(units).toEqual(
      expect.arrayContaining([env.nodes.dept.id, env.nodes.street1.id, env.nodes.street2.id]),
    );
    expect(units).not.toContain(env.nodes.community11.id);
    expect(r.body.weights).toEqual(scores(20));
  });

  it("offers the judges to pick from: the district's organisation officers and cadres, with pinyin initials and their own units", async () => {
    await env.db
      .updateTable('accounts_users')
      .set({ display_name: '张评委' })
      .where('username', '=', judge.username)
      .execute();
    const r = await zzb.get('/api/contests/setup');
    type J = { username: string; name: string; initials: string; unitIds: string[] };
    const judges: J[] = r.body.districts[0].judges;
    const by = (u: string) => judges.find((j) => j.username === u);
    expect(by(judge.username)).toEqual({
      username: judge.username,
      name: '张评委',
      initials: 'zpw',
      unitIds: [],
    });
    expect(by(zzb.username)).toMatchObject({ unitIds: [] });
    // a cadre of 竹林社区 belongs to 香蜜湖街道: the page greys them out once that street takes part
    expect(by(ownJudge.username)).toMatchObject({ unitIds: [env.nodes.street2.id] });
    // officers who may not judge (a community officer, a department's officer) are not offered
    expect(by(shequ.username)).toBeUndefined();
    expect(by(bumen.username)).toBeUndefined();
    const other = await env.as('cadre', 'district2');
    expect(by(other.username)).toBeUndefined();
    expect(judges.every((j) => j.username !== other.username)).toBe(true);
  });

  it('zzb edits a draft: weights, units, judges, rounds (kept by id); stale and opened contests are refused', async () => {
    const created = await draft(
      '“两专”擂台赛',
      year - 1,
      [zzb.username],
      [
        { title: '上半年', opensOn: shift(-1), dueOn: shift(30) },
        { title: '下半年', opensOn: shift(31), dueOn: shift(60) },
      ],
    );
    const id = created.body.id;
    const c = (await zzb.get(`/api/contests/${id}`)).body;
    expect(c).toMatchObject({ draft: true, can: { manage: true, edit: true } });
    const edit = {
      year: year - 1,
      title: '“两专”擂台赛（修订）',
      series: '两专',
      weights: { profession: 40, duty: 15, innovation: 15, contribution: 15, position: 15 },
      unitIds: [env.nodes.dept.id, env.nodes.street1.id, env.nodes.street2.id],
      judges: [zzb.username, judge.username],
      rounds: [
        { id: c.rounds[1].id, title: '下半年', opensOn: shift(31), dueOn: shift(60) },
        { title: '全年总评', opensOn: shift(61), dueOn: shift(90) },
      ],
      version: c.version,
    };
    expect((await jiedao.put(`/api/contests/${id}`, edit)).status).toBe(403);
    const bad = await zzb.put(`/api/contests/${id}`, {
      ...edit,
      weights: { ...edit.weights, profession: 50 },
      judges: [zzb.username, ownJudge.username],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'weights.profession',
      'weights.duty',
      'weights.innovation',
      'weights.contribution',
      'weights.position',
      'judges.1',
    ]);
    const ok = await zzb.put(`/api/contests/${id}`, edit);
    expect(ok.status).toBe(200);
    expect((await zzb.put(`/api/contests/${id}`, edit)).status).toBe(409); // the version read is stale
    const now = (await zzb.get(`/api/contests/${id}`)).body;
    expect(now).toMatchObject({
      title: '“两专”擂台赛（修订）',
      weights: edit.weights,
      version: c.version + 1,
    });
    expect(now.units).toHaveLength(3);
    expect(now.judges.map((j: { username: string }) => j.username).sort()).toEqual(
      [zzb.username, judge.username].sort(),
    );
    expect(now.rounds.map((r: { id: string; seq: number; title: string }) => [r.seq, r.title])).toEqual([
      [1, '下半年'],
      [2, '全年总评'],
    ]);
    expect(now.rounds[0].id).toBe(c.rounds[1].id);
    // once a round opens the set-up is fixed
    await zzb.post(`/api/contests/rounds/${now.rounds[0].id}/open`, { version: now.rounds[0].version });
    const opened = (await zzb.get(`/api/contests/${id}`)).body;
    expect(opened).toMatchObject({ draft: false, can: { manage: true, edit: false } });
    const late = await zzb.put(`/api/contests/${id}`, { ...edit, version: opened.version });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'contests.not_draft' });
  });

  it('zzb deletes a contest nobody has scored (entries and all, audited); a scored one stays (409)', async () => {
    const created = await draft(
      '设错的擂台赛',
      year - 2,
      [judge.username],
      [{ title: '第一轮', opensOn: shift(-1), dueOn: shift(30) }],
    );
    const id = created.body.id;
    const c = (await zzb.get(`/api/contests/${id}`)).body;
    await zzb.post(`/api/contests/rounds/${c.rounds[0].id}/open`, { version: c.rounds[0].version });
    const entry = { unitId: env.nodes.dept.id, summary: '完成任务 3 项', figures: '', attachments: [] };
    expect((await bumen.put(`/api/contests/rounds/${c.rounds[0].id}/entry`, entry)).status).toBe(200);
    expect((await zzb.get(`/api/contests/${id}`)).body).toMatchObject({ can: { delete: true } });
    expect((await bumen.get(`/api/contests/${id}`)).body).toMatchObject({ can: { delete: false } });
    expect((await bumen.del(`/api/contests/${id}`)).status).toBe(403);
    const other = await env.as('org_officer', 'district2');
    expect((await other.del(`/api/contests/${id}`)).status).toBe(404);
    expect((await zzb.del(`/api/contests/${id}`)).status).toBe(200);
    expect((await zzb.get(`/api/contests/${id}`)).status).toBe(404);
    expect((await zzb.del(`/api/contests/${id}`)).status).toBe(404);
    const audit = await env.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('object_id', '=', id)
      .where('action', '=', 'contests.delete')
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({ detail: expect.objectContaining({ title: '设错的擂台赛', entries: 1 }) }),
    ]);
    // the first contest has scores: it is the record of the judging and is never deleted
    expect((await zzb.get(`/api/contests/${ids.contest}`)).body).toMatchObject({ can: { delete: false } });
    const scored = await zzb.del(`/api/contests/${ids.contest}`);
    expect(scored.status).toBe(409);
    expect(scored.body).toMatchObject({ code: 'contests.scored' });
  });
});

describe('authorisation: one case per role and route', () => {
  const roles: [Role, NodeKey][] = [
    ['org_officer', 'district'],
    ['street_officer', 'street1'],
    ['community_officer', 'community11'],
    ['dept_officer', 'dept'],
    ['cadre', 'community11'],
    ['grid_worker', 'grid111'],
    ['resident', 'community11'],
    ['deputy', 'community11'],
    ['social_org', 'community11'],
    ['property_staff', 'community11'],
    ['owners_committee', 'community11'],
    ['mediator', 'community11'],
    ['party_member', 'community11'],
    ['village_staff', 'community11'],
    ['teacher', 'district'],
  ];
  const READ = ['org_officer', 'street_officer', 'community_officer', 'dept_officer', 'cadre'];
  const routes: [string, string, () => string, string[], unknown?][] = [
    ['GET', 'list', () => '/api/contests', READ],
    ['POST', 'create', () => '/api/contests', ['org_officer'], {}],
    ['GET', 'setup', () => '/api/contests/setup', ['org_officer']],
    ['PUT', 'edit', () => `/api/contests/${ids.contest}`, ['org_officer'], {}],
    ['DELETE', 'delete', () => `/api/contests/${ids.contest}`, ['org_officer']],
    ['GET', 'board', () => '/api/contests/board', READ],
    ['GET', 'detail', () => `/api/contests/${ids.contest}`, READ],
    ['POST', 'add round', () => `/api/contests/${ids.contest}/rounds`, ['org_officer'], {}],
    ['POST', 'open', () => `/api/contests/rounds/${ids.round}/open`, ['org_officer'], { version: 99 }],
    ['POST', 'publish', () => `/api/contests/rounds/${ids.round}/publish`, ['org_officer'], { version: 99 }],
    ['GET', 'entries', () => `/api/contests/rounds/${ids.round}/entries`, READ],
    [
      'PUT',
      'submit',
      () => `/api/contests/rounds/${ids.round}/entry`,
      ['street_officer', 'dept_officer'],
      {},
    ],
    ['POST', 'score', () => `/api/contests/entries/${ids.entry}/scores`, ['org_officer', 'cadre'], {}],
    ['GET', 'round ranking', () => `/api/contests/rounds/${ids.round}/ranking`, READ],
    ['GET', 'overall ranking', () => `/api/contests/${ids.contest}/ranking`, READ],
    ['GET', 'export', () => `/api/contests/${ids.contest}/export`, ['org_officer']],
    ['POST', 'import', () => `/api/contests/${ids.contest}/scores/import?dryRun=1`, ['org_officer'], {}],
  ];
  const clients = new Map<Role, Client>();
  beforeAll(async () => {
    for (const [role, node] of roles) clients.set(role, await env.as(role, node));
  });
  const cases = routes.flatMap(([method, name, url, allowed, body]) =>
    roles.map(([role]) => [name, role, method, url, allowed.includes(role), body] as const),
  );
  it.each(cases)('%s as %s', async (_, role, method, url, allowed, body) => {
    const r = await clients.get(role)!.request(method, url(), body);
    if (allowed) {
      expect(r.status).not.toBe(403);
      expect(r.status).toBeLessThan(500);
    } else expect(r.status).toBe(403);
  });
});
