import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { apply, publishedList, taskBody } from '../../testing/tasks.ts';

let env: TestEnv;
let officer: Client;
let street1: Client; // 福田街道 officer
let community11: Client; // 福山社区 officer (inside street1)
let street2: Client; // 香蜜湖街道 officer
let cadre2: Client; // a cadre of street2
beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('org_officer', 'district');
  street1 = await env.as('street_officer', 'street1');
  community11 = await env.as('community_officer', 'community11');
  street2 = await env.as('street_officer', 'street2');
  cadre2 = await env.as('cadre', 'street2');
});
afterAll(() => env.close());

const YEAR = 2026;

async function auditActions(objectId: string) {
  const rows = await env.db
    .selectFrom('audit_log')
    .select('action')
    .where('object_id', '=', objectId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.action);
}

describe('the 一榜三令 loop through HTTP', () => {
  let taskId: string;
  let orderId: string;

  it('an award on an unpublished list answers 409 with the reason', async () => {
    const list = await officer.post('/api/tasks/lists', {
      districtId: env.nodes.district.id,
      year: 2030,
      title: '草稿榜',
    });
    const task = await officer.post(`/api/tasks/lists/${list.body.id}/tasks`, taskBody(2030));
    const applyRes = await street1.post(`/api/tasks/tasks/${task.body.id}/applications`, {
      applicantNodeId: env.nodes.street1.id,
      plan: 'x',
    });
    expect(applyRes.status).toBe(404); // a draft task is not visible to units
    const res = await officer.post(`/api/tasks/tasks/${task.body.id}/award`, {
      applicationIds: ['01900000-0000-7000-8000-000000000000'],
      commanderName: '李四',
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('tasks.list_not_published');
    expect(res.body.title).toContain('尚未发布');
  });

  it('publishes a list (version frozen), two units apply, the officer awards one and the order is numbered', async () => {
    const { listId, taskIds } = await publishedList(env, officer, YEAR, 1);
    taskId = taskIds[0];
    const list = await officer.get(`/api/tasks/lists/${listId}`);
    expect(list.body).toMatchObject({ status: 'published', publishedVersion: 2 });
    const frozen = await officer.post(`/api/tasks/lists/${listId}/tasks`, taskBody(YEAR));
    expect(frozen.status).toBe(409);
    expect(frozen.body.code).toBe('tasks.list_frozen');

    const a1 = await apply(street1, taskId, env.nodes.street1.id);
    await apply(street2, taskId, env.nodes.street2.id);
    const award = await officer.post(`/api/tasks/tasks/${taskId}/award`, {
      applicationIds: [a1],
      commanderName: '王五',
    });
    expect(award.status).toBe(200);
    expect(award.body.orderNumber).toBe(`福田责〔${new Date().getUTCFullYear()}〕1号`);
    orderId = award.body.orderId;

    const second = await officer.post(`/api/tasks/tasks/${taskId}/award`, {
      applicationIds: [a1],
      commanderName: '王五',
    });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('tasks.already_awarded');

    expect(await auditActions(taskId)).toEqual(
      expect.arrayContaining(['tasks.task.add', 'tasks.task.award']),
    );
    expect(await auditActions(orderId)).toEqual(['tasks.order.draft', 'tasks.order.issue']);
    // the awarded unit is told
    const inbox = await street1.get('/api/notify/inbox');
    expect(inbox.body.map((n: any) => n.kind)).toEqual(
      expect.arrayContaining(['tasks.award', 'tasks.order_issued']),
    );
    expect((await street2.get('/api/notify/inbox')).body).toEqual([]);
    // each reader sees a notice in their own language, the order's type too
    const titles = async (lang: string) =>
      Object.fromEntries(
        (await street1.request('GET', '/api/notify/inbox', undefined, { 'accept-language': lang })).body.map(
          (n: any) => [n.kind, n.title],
        ),
      );
    const zh = await titles('zh-CN');
    const en = await titles('en-US');
    expect(zh['tasks.award']).toMatch(/^您单位揭榜的任务「.+」已定榜$/);
    expect(en['tasks.award']).toMatch(/^The task ".+" your unit applied for has been awarded$/);
    expect(zh['tasks.order_issued']).toMatch(/^责任令已签发：/);
    expect(en['tasks.order_issued']).toMatch(/^Responsibility order issued: /);
  });

  it('a unit sees and reports only its own tasks; a cadre of another street gets 404', async () => {
    expect((await street1.get(`/api/tasks/tasks/${taskId}`)).status).toBe(200);
    expect((await community11.get(`/api/tasks/tasks/${taskId}`)).status).toBe(404); // below the unit, not the unit
    expect((await cadre2.get(`/api/tasks/tasks/${taskId}`)).status).toBe(404);
    expect((await cadre2.get(`/api/tasks/orders/${orderId}`)).status).toBe(404);
    const report = { clientId: '01900000-0000-7000-8000-0000000000a1', milestoneSeq: 1, percent: 50 };
    expect((await cadre2.post(`/api/tasks/tasks/${taskId}/reports`, report)).status).toBe(404);
    const board = await street2.get('/api/tasks/tasks');
    expect(board.body.map((t: any) => t.id)).not.toContain(taskId);
    expect((await street1.get('/api/tasks/tasks')).body.map((t: any) => t.id)).toContain(taskId);
    // the auditor reads the audit log and nothing else
    const auditor = await env.as('auditor', 'district');
    expect((await auditor.get('/api/tasks/tasks')).status).toBe(403);
  });

  it('the responsibility order opens as a printable page and a PDF whose text holds the task title', async () => {
    const html = await street1.get(`/api/tasks/orders/${orderId}/print`);
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.raw).toContain('中共深圳市福田区委组织部');
    expect(html.raw).toContain('任务1号');
    expect(html.raw).toContain('王五');
    const pdf = await street1.get(`/api/tasks/orders/${orderId}.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const file = path.join(os.tmpdir(), `gz-order-${process.pid}.pdf`);
    fs.writeFileSync(file, pdf.rawPayload);
    const text = execFileSync('/usr/bin/pdftotext', [file, '-']).toString();
    fs.unlinkSync(file);
    expect(text).toContain('任务1号');
    expect(text).toContain('福田责〔');
  });

  it('the leader acknowledges; a retried report does not count twice; lagging turns red and drafts accountability', async () => {
    const ack = await street1.post(`/api/tasks/orders/${orderId}/acknowledge`);
    expect(ack.status).toBe(200);
    expect(ack.body.acknowledgedAt).not.toBeNull();

    const body = {
      clientId: '01900000-0000-7000-8000-0000000000b1',
      milestoneSeq: 1,
      percent: 40,
      narrative: '规划编制中',
    };
    const r1 = await street1.post(`/api/tasks/tasks/${taskId}/reports`, body, { 'idempotency-key': 'k-1' });
    const r2 = await street1.post(`/api/tasks/tasks/${taskId}/reports`, body, { 'idempotency-key': 'k-1' });
    expect(r1.status).toBe(200);
    expect(r1.body).toMatchObject({ actualProgress: 10, replayed: false });
    expect(r2.body).toMatchObject({ actualProgress: 10, replayed: true });
    expect((await street1.get(`/api/tasks/tasks/${taskId}/reports`)).body).toHaveLength(1);

    // 2026-05-01: milestone 1 (due 03-31) is overdue at 40% → red; red since that day
    const ev = await officer.post('/api/tasks/evaluate', {
      districtId: env.nodes.district.id,
      day: `${YEAR}-05-01`,
    });
    expect(ev.status).toBe(200);
    expect(ev.body).toMatchObject({ evaluated: 1, red: 1, accountabilityDrafts: 0 });
    const task = await street1.get(`/api/tasks/tasks/${taskId}`);
    expect(task.body).toMatchObject({ evalStatus: 'red', redSince: `${YEAR}-05-01` });
    // the unit is told once, in words, with a link to the task (and the SMS channel's record)
    const told = async () =>
      (await street1.get('/api/notify/inbox')).body.filter(
        (n: any) => n.kind === 'tasks.red' && n.link === `/tasks/tasks/${taskId}`,
      );
    const red = await told();
    expect(red).toHaveLength(1);
    expect(red[0].title).toMatch(/^任务「.+」严重滞后或节点逾期，已亮红灯$/);
    expect(red[0].id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const sms = await env.db
      .selectFrom('notify_deliveries')
      .select('status')
      .where('notification_id', '=', red[0].id)
      .execute();
    expect(sms.map((d) => d.status)).toEqual(['stub_logged']);
    await officer.post('/api/tasks/evaluate', { districtId: env.nodes.district.id, day: `${YEAR}-05-01` });
    expect(await told()).toHaveLength(1);

    // a commendation of a red task is refused
    const commend = await officer.post('/api/tasks/orders', {
      taskId,
      type: 'commendation',
      reason: '试图嘉奖',
    });
    expect(commend.status).toBe(409);
    expect(commend.body.code).toBe('tasks.commend_red');

    // 14 days of red → an accountability draft (never issued by itself)
    const later = await officer.post('/api/tasks/evaluate', {
      districtId: env.nodes.district.id,
      day: `${YEAR}-05-15`,
    });
    expect(later.body.accountabilityDrafts).toBe(1);
    const drafts = await officer.get(`/api/tasks/orders?type=accountability&taskId=${taskId}`);
    expect(drafts.body).toHaveLength(1);
    expect(drafts.body[0]).toMatchObject({
      status: 'draft',
      number: null,
      proposalReason: 'tasks.why.red_too_long',
    });
    const again = await officer.post('/api/tasks/evaluate', {
      districtId: env.nodes.district.id,
      day: `${YEAR}-05-16`,
    });
    expect(again.body.accountabilityDrafts).toBe(0);
  });

  it('the unit applies for exemption; issuing waits; the officer grants it and the draft is dismissed on record', async () => {
    const [draft] = (await officer.get(`/api/tasks/orders?type=accountability&taskId=${taskId}`)).body;
    expect(
      (await cadre2.post('/api/tasks/exemptions', { orderId: draft.id, grounds: 'x', innovation: 'y' }))
        .status,
    ).toBe(404);
    const x = await street1.post('/api/tasks/exemptions', {
      orderId: draft.id,
      grounds: '为探索新型拆迁补偿模式而延误，无谋私',
      innovation: '首创“产权置换+货币补偿”组合方案',
    });
    expect(x.status).toBe(200);
    const issue = await officer.post(`/api/tasks/orders/${draft.id}/issue`, {
      reason: '问责',
      version: draft.version,
    });
    expect(issue.status).toBe(409);
    expect(issue.body.code).toBe('tasks.exemption_pending');
    const decided = await officer.post(`/api/tasks/exemptions/${x.body.id}/decide`, {
      decision: 'grant',
      reason: '符合容错情形',
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'granted', decisionReason: '符合容错情形' });
    const order = await officer.get(`/api/tasks/orders/${draft.id}`);
    expect(order.body).toMatchObject({ status: 'dismissed' });
    expect(order.body.decisionReason).toContain('符合容错情形');
    expect(await auditActions(x.body.id)).toEqual(['tasks.exemption.apply', 'tasks.exemption.grant']);
    expect(await auditActions(draft.id)).toEqual(['tasks.order.dismiss']);
    const late = await street1.post('/api/tasks/exemptions', {
      orderId: draft.id,
      grounds: 'x',
      innovation: 'y',
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('tasks.exemption_too_late');
  });

  it('the public page needs no login and shows the live status', async () => {
    const res = await env
      .anon()
      .get(`/api/tasks/public/lists?districtId=${env.nodes.district.id}&year=${YEAR}`);
    expect(res.status).toBe(200);
    expect(res.body.tasks[0]).toMatchObject({
      title: '任务1号',
      status: 'awarded',
      evalStatus: 'red',
      units: ['福田街道'],
    });
    const none = await env
      .anon()
      .get(`/api/tasks/public/lists?districtId=${env.nodes.district.id}&year=2030`);
    expect(none.status).toBe(404);
  });

  it('exports the board, the register and the leaderboards to Excel', async () => {
    for (const url of [
      '/api/tasks/tasks.xlsx',
      '/api/tasks/orders.xlsx',
      `/api/tasks/leaderboard.xlsx?districtId=${env.nodes.district.id}&year=${YEAR}`,
    ]) {
      const res = await officer.get(url);
      expect(res.status, url).toBe(200);
      expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    }
  });

  it('validates input per field (400/422, never 500)', async () => {
    const bad = await officer.post('/api/tasks/lists', { districtId: 'nope', year: 1 });
    expect(bad.status).toBe(400);
    const list = await officer.post('/api/tasks/lists', {
      districtId: env.nodes.district.id,
      year: 2031,
      title: '校验',
    });
    const wrong = await officer.post(
      `/api/tasks/lists/${list.body.id}/tasks`,
      taskBody(2031, { milestones: [{ title: 'a', weight: 1, dueDate: '2032-06-01' }] }),
    );
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0].field).toBe('milestones.0.dueDate');
  });
});

describe('公开通报 on the public page (seed 000 结果运用)', () => {
  it('seed 000 结果运用“公开通报”: an issued commendation whose uses include a public notice shows on the public page with unit, task, day and reason, no person; one without does not', async () => {
    const Y = 2033;
    const { taskIds } = await publishedList(env, officer, Y, 2);
    for (const taskId of taskIds) {
      const a = await apply(street1, taskId, env.nodes.street1.id);
      const award = await officer.post(`/api/tasks/tasks/${taskId}/award`, {
        applicationIds: [a],
        commanderName: '赵六',
      });
      expect(award.status).toBe(200);
    }
    const issueWith = async (
      taskId: string,
      type: 'commendation' | 'accountability',
      reason: string,
      items: { kind: string; points?: number; note?: string }[],
    ) => {
      const d = await officer.post('/api/tasks/orders', { taskId, type, reason });
      expect(d.status).toBe(200);
      const i = await officer.post(`/api/tasks/orders/${d.body.id}/issue`, {
        reason: '签发',
        version: d.body.version,
      });
      expect(i.status).toBe(200);
      expect((await officer.post(`/api/tasks/orders/${d.body.id}/consequences`, { items })).status).toBe(200);
      return d.body.id as string;
    };
    const praised = await issueWith(taskIds[0], 'commendation', '提前两个月完成全部指标，群众满意度98%', [
      { kind: 'public_notice', note: '全区通报表扬' },
      { kind: 'highlight_points', points: 2 },
    ]);
    await issueWith(taskIds[1], 'accountability', '到期限未达标', [
      { kind: 'performance_score', points: -2 },
    ]);

    const res = await env.anon().get(`/api/tasks/public/lists?districtId=${env.nodes.district.id}&year=${Y}`);
    expect(res.status).toBe(200);
    expect(res.body.notices).toHaveLength(1);
    const day = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect(res.body.notices[0]).toEqual({
      id: praised,
      type: 'commendation',
      number: expect.stringContaining('嘉'),
      unitName: '福田街道',
      taskTitle: '任务1号',
      issuedOn: day,
      reason: '提前两个月完成全部指标，群众满意度98%',
    });
    expect(JSON.stringify(res.body.notices)).not.toContain('赵六');
    // another year's public page shows none of them
    await publishedList(env, officer, Y + 1, 1);
    const other = await env
      .anon()
      .get(`/api/tasks/public/lists?districtId=${env.nodes.district.id}&year=${Y + 1}`);
    expect(other.body.notices).toEqual([]);
  });
});
