/**
 * Party-organisation quality through HTTP (seed 004, Luohu): an activity planned by 5W1H and
 * recorded against its plan, a 主题党日 ordered from the menu, the branch graded by results against
 * configurable criteria, the secretary's report rated, Excel, and who may do what.
 */
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { partyOrg } from '../../testing/party.ts';

let env: TestEnv;
let officer: Client; // 福山社区 (plans, records; may not grade)
let officer12: Client; // 水围社区: outside
let street: Client; // 福田街道 (grades)
let member: Client; // a party member: none of this
let branch: string;
let other: string;
const year = 2026;

beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('community_officer', 'community11');
  officer12 = await env.as('community_officer', 'community12');
  street = await env.as('street_officer', 'street1');
  member = await env.as('party_member', 'community11');
  branch = await partyOrg(officer, env.nodes.community11.id, 'branch', '福山社区第一党支部');
  other = await partyOrg(officer12, env.nodes.community12.id, 'hometown', '水围同乡村党支部');
});
afterAll(() => env.close());

const plan = {
  who: '支部书记林晓峰，支委3人',
  what: '“红色研学”主题党日',
  why: '学习党的二十大精神，增强流动党员归属感',
  plannedOn: '2026-03-05',
  how: '参观党史馆，重温入党誓词，开展交流发言',
  extent: '全体党员参加率不低于90%，每人撰写心得一篇',
  targetAttendance: 30,
};

describe('5W1H activities (seed 004 Luohu)', () => {
  let id: string;
  it('Luohu: a branch plans an activity by 5W1H; a missing W is refused per field (seed 004)', async () => {
    const bad = await officer.post('/api/partyorgs/activities', { ...plan, why: '', partyOrgId: branch });
    expect(bad.status).toBe(400);
    const r = await officer.post('/api/partyorgs/activities', { ...plan, partyOrgId: branch });
    expect(r.status).toBe(200);
    id = r.body.id;
    expect((await officer12.post('/api/partyorgs/activities', { ...plan, partyOrgId: branch })).status).toBe(
      422,
    );
    expect((await member.post('/api/partyorgs/activities', { ...plan, partyOrgId: branch })).status).toBe(
      403,
    );
  });

  it('an activity whose day passed waits on the home page until recorded against its plan', async () => {
    const todos = await env.services.partyorgs.todos(officer.ctx);
    expect(todos.find((t) => t.key === 'partyorgs.to_record')?.count).toBe(1);
    const list = await officer.get(
      `/api/partyorgs/activities?nodeId=${env.nodes.community11.id}&year=${year}`,
    );
    const a = list.body[0];
    expect(a.can.record).toBe(true);
    const rec = {
      heldOn: '2026-03-05',
      attendance: 28,
      outcome: '参加28人，撰写心得28篇',
      extentMet: 'met',
      version: a.version,
    };
    expect((await officer12.post(`/api/partyorgs/activities/${id}/record`, rec)).status).toBe(404);
    expect((await officer.post(`/api/partyorgs/activities/${id}/record`, rec)).status).toBe(200);
    expect((await officer.post(`/api/partyorgs/activities/${id}/record`, rec)).status).toBe(409);
    expect(
      (await env.services.partyorgs.todos(officer.ctx)).find((t) => t.key === 'partyorgs.to_record'),
    ).toBeUndefined();
  });

  it('Beilun: a branch orders a 主题党日 from the street menu (seed 001)', async () => {
    const item = await street.post('/api/partyorgs/menu', {
      nodeId: env.nodes.street1.id,
      title: '“加料版”主题党日：四个“一”践初心之旅',
      description: '重温一次入党誓词、参观一处红色阵地、讲一堂微党课、办一件实事',
    });
    expect(item.status).toBe(200);
    expect(
      (await officer.post('/api/partyorgs/menu', { nodeId: env.nodes.community11.id, title: 'x' })).status,
    ).toBe(403);
    const menu = await officer.get(`/api/partyorgs/menu?nodeId=${env.nodes.community11.id}`);
    expect(menu.body).toHaveLength(1);
    const { what: _w, ...rest } = plan;
    const o = await officer.post(`/api/partyorgs/menu/${item.body.id}/order`, {
      ...rest,
      plannedOn: '2026-07-01',
      partyOrgId: branch,
    });
    expect(o.status).toBe(200);
    const after = await officer.get(`/api/partyorgs/menu?nodeId=${env.nodes.community11.id}`);
    expect(after.body[0].orders).toBe(1);
  });
});

describe('grading by results 质量等级评定 (seed 004 Luohu)', () => {
  it('Luohu: five classes have criteria the district may change (seed 004)', async () => {
    const c = await street.get(`/api/partyorgs/criteria?nodeId=${env.nodes.street1.id}`);
    expect(c.body.map((x: { orgClass: string }) => x.orgClass)).toEqual([
      'organ',
      'community',
      'two_new',
      'hometown',
      'shareholding',
    ]);
    const dist = await env.as('org_officer', 'district');
    const set = await dist.put('/api/partyorgs/criteria', {
      nodeId: env.nodes.district.id,
      orgClass: 'hometown',
      items: [
        { name: '流动党员管理', maxScore: 50 },
        { name: '服务外来务工人员', maxScore: 50 },
      ],
    });
    expect(set.status).toBe(200);
    expect(set.body.find((x: { orgClass: string }) => x.orgClass === 'hometown').items).toHaveLength(2);
    expect(
      (
        await street.put('/api/partyorgs/criteria', {
          nodeId: env.nodes.street1.id,
          orgClass: 'organ',
          items: [{ name: 'x', maxScore: 10 }],
        })
      ).status,
    ).toBe(404);
  });

  it('Luohu: the street grades the branch by results, seeing its 5W1H facts; the level follows the score (seed 004)', async () => {
    const g = await street.get(`/api/partyorgs/grades?nodeId=${env.nodes.street1.id}&year=${year}`);
    const row = g.body.rows.find((r: { partyOrgId: string }) => r.partyOrgId === branch);
    expect(row).toMatchObject({
      orgClass: 'community',
      planned: 2,
      recorded: 1,
      met: 1,
      planKept: 50,
      grade: null,
    });
    const criteria = (await street.get(`/api/partyorgs/criteria?nodeId=${env.nodes.street1.id}`)).body.find(
      (x: { orgClass: string }) => x.orgClass === 'community',
    ).items as { id: string; maxScore: number }[];
    const scores = Object.fromEntries(criteria.map((c) => [c.id, c.maxScore - 1]));
    expect(
      (
        await officer.post('/api/partyorgs/grades', {
          partyOrgId: branch,
          year,
          orgClass: 'community',
          scores,
        })
      ).status,
    ).toBe(403);
    const over = { ...scores, [criteria[0].id]: criteria[0].maxScore + 1 };
    expect(
      (
        await street.post('/api/partyorgs/grades', {
          partyOrgId: branch,
          year,
          orgClass: 'community',
          scores: over,
        })
      ).status,
    ).toBe(422);
    const r = await street.post('/api/partyorgs/grades', {
      partyOrgId: branch,
      year,
      orgClass: 'community',
      scores,
    });
    expect(r.body).toMatchObject({ total: 96, maxTotal: 100, level: 'five_star' });
    expect(
      (
        await street.post('/api/partyorgs/grades', {
          partyOrgId: branch,
          year,
          orgClass: 'community',
          scores,
        })
      ).status,
    ).toBe(409);
    const inbox = await officer.get('/api/notify/inbox');
    expect(JSON.stringify(inbox.body)).toContain('五星');
  });

  it('the dashboard shows the share of branches graded and per level', async () => {
    const stats = await env.services.partyorgs.stats(
      street.ctx,
      { ...env.nodes.street1, level: 'street' },
      year,
    );
    const v = Object.fromEntries(stats.map((s) => [s.key, s.value]));
    expect(v['partyorgs.graded']).toBe(50);
    expect(v['partyorgs.five_star']).toBe(100);
    expect(v['partyorgs.activities']).toBe(2);
    expect(v['partyorgs.plan_kept']).toBe(50);
    void other;
  });
});

describe("secretaries' reports 书记抓党建述职评议 and Excel", () => {
  it("Luohu: a branch secretary submits the year's report and the street rates it (seed 004)", async () => {
    const r = await officer.post('/api/partyorgs/reports', {
      partyOrgId: branch,
      year,
      secretary: '林晓峰',
      report: '一年来抓党建工作情况……',
    });
    expect(r.status).toBe(200);
    expect(
      (
        await officer.post('/api/partyorgs/reports', {
          partyOrgId: branch,
          year,
          secretary: '林晓峰',
          report: '再交一次',
        })
      ).status,
    ).toBe(409);
    const list = await street.get(`/api/partyorgs/reports?nodeId=${env.nodes.street1.id}&year=${year}`);
    expect(list.body[0].can.rate).toBe(true);
    expect(
      (await officer.post(`/api/partyorgs/reports/${r.body.id}/rate`, { rating: 'good', version: 1 })).status,
    ).toBe(403);
    expect(
      (await street.post(`/api/partyorgs/reports/${r.body.id}/rate`, { rating: 'good', version: 1 })).status,
    ).toBe(200);
    expect(
      (await officer12.get(`/api/partyorgs/reports?nodeId=${env.nodes.street1.id}&year=${year}`)).status,
    ).toBe(404);
  });

  it('activities and grades export to Excel; activity plans import from Excel', async () => {
    const x = await street.get(
      `/api/partyorgs/export/grades.xlsx?nodeId=${env.nodes.street1.id}&year=${year}`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as never);
    expect(JSON.stringify(wb.worksheets[0].getSheetValues())).toContain('五星');
    const w = new ExcelJS.Workbook();
    const s = w.addWorksheet('计划');
    s.addRow(['党组织', '谁来做', '做什么', '为什么做', '何时做', '怎么做', '做到什么程度']);
    s.addRow(['福山社区第一党支部', '书记', '组织生活会', '查摆问题', '2026-12-20', '对照检查', '人人发言']);
    const r = await officer.upload(
      `/api/partyorgs/import/activities?nodeId=${env.nodes.community11.id}`,
      Buffer.from(await w.xlsx.writeBuffer()),
      'p.xlsx',
    );
    expect(r.body).toEqual({ created: 1 });
    const a = await officer.get(
      `/api/partyorgs/export/activities.xlsx?nodeId=${env.nodes.community11.id}&year=${year}`,
    );
    const wa = new ExcelJS.Workbook();
    await wa.xlsx.load(a.rawPayload as never);
    expect(JSON.stringify(wa.worksheets[0].getSheetValues())).toContain('组织生活会');
  });

  it('a party member reads none of it', async () => {
    expect(
      (await member.get(`/api/partyorgs/activities?nodeId=${env.nodes.community11.id}&year=${year}`)).status,
    ).toBe(403);
    expect(
      (await member.get(`/api/partyorgs/grades?nodeId=${env.nodes.community11.id}&year=${year}`)).status,
    ).toBe(403);
  });
});

describe('temporary party organisations with a lifetime (issue 21)', () => {
  it('a headquarters party group is set up and dissolved on dates, audited; not twice, not before it began', async () => {
    const dist = await env.as('org_officer', 'district');
    const r = await dist.post('/api/org/party-orgs/temporary', {
      nodeId: env.nodes.district.id,
      kind: 'hq_group',
      name: '重大项目指挥部党建组',
      establishedOn: '2026-01-10',
    });
    expect(r.status).toBe(200);
    const early = await dist.post(`/api/org/party-orgs/${r.body.id}/dissolve`, {
      dissolvedOn: '2025-12-31',
      version: 1,
    });
    expect(early.status).toBe(422);
    expect(
      (
        await dist.post(`/api/org/party-orgs/${r.body.id}/dissolve`, {
          dissolvedOn: '2026-11-30',
          version: 1,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await dist.post(`/api/org/party-orgs/${r.body.id}/dissolve`, {
          dissolvedOn: '2026-11-30',
          version: 2,
        })
      ).status,
    ).toBe(409);
    expect(
      (await dist.post(`/api/org/party-orgs/${branch}/dissolve`, { dissolvedOn: '2026-11-30', version: 1 }))
        .status,
    ).toBe(409);
    const orgs = await dist.get(`/api/org/nodes/${env.nodes.district.id}/party-orgs`);
    expect(orgs.body.find((o: { id: string }) => o.id === r.body.id)).toMatchObject({
      kind: 'hq_group',
      establishedOn: '2026-01-10',
      dissolvedOn: '2026-11-30',
    });
    expect(
      (
        await officer.post(`/api/org/party-orgs/${r.body.id}/dissolve`, {
          dissolvedOn: '2026-11-30',
          version: 2,
        })
      ).status,
    ).toBe(404);
    const audit = await env.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', r.body.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['org.party.create', 'org.party.dissolve']),
    );
  });
});

describe('temporary party organisations: planned end, overdue, Excel, dashboard (issue 21 item 3)', () => {
  let overdue: string;
  let live: string;
  it('seed 000 重大项目: “指挥部党建组、项目临时党支部” live as long as the project — a planned end set on creation and edit, never before the start, audited', async () => {
    const early = await street.post('/api/org/party-orgs/temporary', {
      nodeId: env.nodes.street1.id,
      kind: 'project_branch',
      name: '香蜜湖片区项目临时党支部',
      establishedOn: '2026-03-01',
      plannedEnd: '2026-02-28',
    });
    expect(early.status).toBe(422);
    expect(JSON.stringify(early.body)).toContain('plannedEnd');
    const a = await street.post('/api/org/party-orgs/temporary', {
      nodeId: env.nodes.street1.id,
      kind: 'project_branch',
      name: '香蜜湖片区项目临时党支部',
      establishedOn: '2026-03-01',
      plannedEnd: '2026-06-30',
    });
    expect(a.status).toBe(200);
    overdue = a.body.id;
    const b = await street.post('/api/org/party-orgs/temporary', {
      nodeId: env.nodes.street1.id,
      kind: 'hq_group',
      name: '河套深港科技创新合作区指挥部党建组',
      establishedOn: '2026-02-01',
    });
    live = b.body.id;
    const badEdit = await street.patch(`/api/org/party-orgs/${live}/temporary`, {
      name: '河套深港科技创新合作区指挥部党建组',
      plannedEnd: '2026-01-31',
      version: 1,
    });
    expect(badEdit.status).toBe(422);
    const edit = await street.patch(`/api/org/party-orgs/${live}/temporary`, {
      name: '河套合作区指挥部党建组',
      plannedEnd: '2099-12-31',
      version: 1,
    });
    expect(edit.body).toEqual({ version: 2 });
    expect(
      (
        await street.patch(`/api/org/party-orgs/${live}/temporary`, {
          name: '河套合作区指挥部党建组',
          plannedEnd: null,
          version: 1,
        })
      ).status,
    ).toBe(409);
    const list = await street.get(`/api/org/nodes/${env.nodes.street1.id}/party-orgs`);
    expect(list.body.find((o: { id: string }) => o.id === live)).toMatchObject({
      name: '河套合作区指挥部党建组',
      plannedEnd: '2099-12-31',
    });
    expect(list.body.find((o: { id: string }) => o.id === overdue)).toMatchObject({
      plannedEnd: '2026-06-30',
    });
    const audit = await env.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('object_id', '=', live)
      .execute();
    expect(audit.map((x) => x.action)).toEqual(
      expect.arrayContaining(['org.party.create', 'org.party.edit']),
    );
    expect(JSON.stringify(audit.find((x) => x.action === 'org.party.edit')?.detail)).toContain('2099-12-31');
    // a standing branch has no lifetime to edit
    expect(
      (
        await officer.patch(`/api/org/party-orgs/${branch}/temporary`, {
          name: 'x',
          plannedEnd: null,
          version: 1,
        })
      ).status,
    ).toBe(409);
  });

  it('one past its planned end and not dissolved waits on the officer’s home page and counts as overdue on the dashboard', async () => {
    const todo = (await env.services.partyorgs.todos(street.ctx)).find(
      (x) => x.key === 'partyorgs.temporary_overdue',
    );
    expect(todo).toMatchObject({ count: 1, level: 'red', href: '/partyorgs/temporary' });
    expect(todo?.entries?.[0]).toMatchObject({ id: overdue, due: '2026-06-30' });
    const home = await street.get('/api/home/todos');
    expect(JSON.stringify(home.body)).toContain('partyorgs.temporary_overdue');
    const stats = await env.services.partyorgs.stats(
      street.ctx,
      { ...env.nodes.street1, level: 'street' },
      year,
    );
    const v = Object.fromEntries(stats.map((s) => [s.key, s.value]));
    expect(v['partyorgs.temporary_active']).toBe(2);
    expect(v['partyorgs.temporary_overdue']).toBe(1);
    // the district's officer above sees it too; a community officer below does not
    const dist = await env.as('org_officer', 'district');
    expect(
      (await env.services.partyorgs.todos(dist.ctx)).find((x) => x.key === 'partyorgs.temporary_overdue')
        ?.count,
    ).toBe(1);
    expect(
      (await env.services.partyorgs.todos(officer.ctx)).find((x) => x.key === 'partyorgs.temporary_overdue'),
    ).toBeUndefined();

    await street.post(`/api/org/party-orgs/${overdue}/dissolve`, { dissolvedOn: '2026-07-15', version: 1 });
    expect(
      (await env.services.partyorgs.todos(street.ctx)).find((x) => x.key === 'partyorgs.temporary_overdue'),
    ).toBeUndefined();
    const after = await env.services.partyorgs.stats(
      street.ctx,
      { ...env.nodes.street1, level: 'street' },
      year,
    );
    const w = Object.fromEntries(after.map((s) => [s.key, s.value]));
    expect(w['partyorgs.temporary_active']).toBe(1);
    expect(w['partyorgs.temporary_overdue']).toBe(0);
  });

  it('the register of temporary organisations comes out in Excel with planned end and status', async () => {
    const r = await street.get(`/api/partyorgs/export/temporary.xlsx?nodeId=${env.nodes.street1.id}`);
    expect(r.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as never);
    const text = JSON.stringify(wb.worksheets[0].getSheetValues());
    expect(text).toContain('计划撤销日期');
    expect(text).toContain('河套合作区指挥部党建组');
    expect(text).toContain('2099-12-31');
    expect(text).toContain('已撤销');
    expect(text).not.toContain('福山社区第一党支部');
  });

  it('who may: a party member neither edits nor exports; another community’s or street’s officer gets 404', async () => {
    const body = { name: 'x', plannedEnd: null, version: 2 };
    expect((await member.patch(`/api/org/party-orgs/${live}/temporary`, body)).status).toBe(403);
    expect(
      (
        await member.post('/api/org/party-orgs/temporary', {
          nodeId: env.nodes.community11.id,
          kind: 'project_branch',
          name: 'x',
          establishedOn: '2026-03-01',
        })
      ).status,
    ).toBe(403);
    expect(
      (await member.get(`/api/partyorgs/export/temporary.xlsx?nodeId=${env.nodes.community11.id}`)).status,
    ).toBe(403);
    expect((await officer12.patch(`/api/org/party-orgs/${live}/temporary`, body)).status).toBe(404);
    const street2 = await env.as('street_officer', 'street2');
    expect((await street2.patch(`/api/org/party-orgs/${live}/temporary`, body)).status).toBe(404);
    expect(
      (await officer12.get(`/api/partyorgs/export/temporary.xlsx?nodeId=${env.nodes.street1.id}`)).status,
    ).toBe(404);
  });
});

describe('a street with more than a thousand organisations', () => {
  it('counts every one of them on the to-grade list and in the graded share (none cut at a page of 1,000)', async () => {
    const toGrade = async () =>
      (await env.services.partyorgs.todos(street.ctx)).find((x) => x.key === 'partyorgs.to_grade')?.count ??
      0;
    const graded = async () => {
      const s = await env.services.partyorgs.stats(
        street.ctx,
        { ...env.nodes.street1, level: 'street' },
        year,
      );
      return s.find((x) => x.key === 'partyorgs.graded')?.value;
    };
    const before = await toGrade();
    const gradedBefore = await graded();
    expect(gradedBefore).toBeGreaterThan(0);
    await sql`
      INSERT INTO org_party_orgs (district_id, id, node_id, kind, name, name_initials)
      SELECT n.district_id, gen_random_uuid(), n.id, 'branch', '测试支部' || i, 'cszb' || i
      FROM org_nodes n, generate_series(1, 1200) i WHERE n.id = ${env.nodes.street1.id}`.execute(env.db);
    expect(await toGrade()).toBe(before + 1200);
    // the graded share falls by the same thousand-odd organisations, graded ones included
    expect(await graded()).toBeLessThan(gradedBefore as number);
    expect(await graded()).toBeGreaterThan(0);
  });
});
