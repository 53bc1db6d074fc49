/**
 * 一榜三令 end to end in Chromium: the organisation department publishes a list, two units apply,
 * one is awarded (responsibility order, printable page and PDF), the unit reports lagging progress,
 * the daily evaluation turns the task red and drafts an accountability order, the unit applies for
 * 容错 exemption and the officer decides, and the public page shows the live status.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { apiGet, choose, signIn } from './support.ts';

interface TaskList {
  id: string;
  year: number;
  districtId: string;
}
interface Me {
  grants: { districtId: string }[];
}
interface Order {
  id: string;
  type: string;
  status: string;
  number: string | null;
}

/** Types a YYYY-MM-DD date into an antd DatePicker (the testid may sit on the input or its wrapper). */
async function fillDate(picker: Locator, value: string) {
  const tag = await picker.evaluate((e) => e.tagName);
  const input = tag === 'INPUT' ? picker : picker.locator('input').first();
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
}

/** Submits the FormModal with the given testid and waits for the API write it makes. */
async function submit(page: Page, formId: string, url: RegExp) {
  const done = page.waitForResponse((r) => url.test(r.url()) && r.request().method() !== 'GET');
  await page.getByTestId(`${formId}-ok`).click();
  const res = await done;
  expect(res.ok(), `${res.url()} → ${res.status()} ${await res.text()}`).toBeTruthy();
  return res;
}

const unique = Date.now().toString(36).slice(-4).toUpperCase();
const TITLE = `滨河片区城市更新${unique}`;

test('一榜三令: publish, apply, award, order, red, accountability draft, exemption, public page', async ({
  page,
  browser,
}) => {
  // eight logins and two evaluations: a long story, not a slow page
  test.setTimeout(900_000);
  const t0 = Date.now();
  const step = (m: string) => console.log(`[tasks e2e] ${((Date.now() - t0) / 1000).toFixed(1)}s ${m}`);
  // ---- 1. the officer creates and publishes the list
  await signIn(page, 'zzb');
  const me = await apiGet<Me>(page, '/api/auth/me');
  const districtId = me.grants[0].districtId;
  const lists = await apiGet<TaskList[]>(page, '/api/tasks/lists');
  const used = new Set(lists.filter((l) => l.districtId === districtId).map((l) => l.year));
  // a past year (the demo holds this year's list, and the daily evaluation refuses days to come)
  let year = new Date().getFullYear() - 1;
  while (used.has(year)) year--;

  await page.goto('/tasks');
  await page.getByTestId('new-list').click();
  await page.getByTestId('f-year').fill(String(year));
  await page.getByTestId('f-list-title').fill(`${year}年福田区任务榜`);
  await submit(page, 'list-form', /\/api\/tasks\/lists$/);
  await expect(page.getByTestId('list-status')).toContainText('草稿');

  await page.getByTestId('add-task').click();
  await page.getByTestId('f-title').fill(TITLE);
  await choose(page, page.getByTestId('f-category'), '重大项目');
  await page.getByTestId('f-goal').fill('完成片区改造，新增公共空间');
  await page.getByTestId('f-ms-title-0').fill('完成规划设计');
  await page.getByTestId('f-ms-weight-0').fill('40');
  await fillDate(page.getByTestId('f-ms-due-0'), `${year}-03-31`);
  await page.getByTestId('f-add-milestone').click();
  await page.getByTestId('f-ms-title-1').fill('竣工验收');
  await page.getByTestId('f-ms-weight-1').fill('60');
  await fillDate(page.getByTestId('f-ms-due-1'), `${year}-12-31`);
  await fillDate(page.getByTestId('f-start'), `${year}-01-01`);
  await fillDate(page.getByTestId('f-deadline'), `${year}-12-31`);
  await submit(page, 'task-form', /\/api\/tasks\/lists\/[^/]+\/tasks$/);
  const card = page.getByTestId('column-draft').getByText(TITLE);
  await expect(card).toBeVisible();

  await page.getByTestId('publish-list').click();
  const published = page.waitForResponse((r) => /\/publish$/.test(r.url()));
  await page.getByTestId('publish-ok').click();
  expect((await published).ok()).toBeTruthy();
  await expect(page.getByTestId('list-status')).toContainText('已发布');
  await page.getByTestId('column-published').getByText(TITLE).click();
  await expect(page.getByTestId('task-title')).toContainText(TITLE);
  const taskUrl = page.url();
  const taskId = taskUrl.split('/').pop()!;

  step('list published');
  // ---- 2. two units apply with a plan
  for (const [user, commander] of [
    ['bumen', '刘洋'],
    ['jiedao', '李主任'],
  ]) {
    await signIn(page, user);
    // the board opens on the newest list (the demo's), so the unit opens the task from its link
    await page.goto(taskUrl);
    await expect(page.getByTestId('task-status')).toContainText('待揭榜');
    await page.getByTestId('apply').click();
    await choose(page, page.getByTestId('f-applicant'), /.+/);
    await page.getByTestId('f-plan').fill(`${user} 的实施方案：分三期推进，专班负责`);
    await page.getByTestId('f-commander').fill(commander);
    await submit(page, 'apply-form', /\/applications$/);
  }

  step('two units applied');
  // ---- 3. the officer awards the task to the housing bureau, with its commanding cadre
  await signIn(page, 'zzb');
  await page.goto(taskUrl);
  await expect(page.getByTestId('applications').locator('tr.ant-table-row')).toHaveCount(2);
  await page.getByTestId('award').click();
  await page.getByTestId('award-app-区住房和建设局').click();
  await page.getByTestId('award-form').getByTestId('f-commander').fill('刘洋');
  await submit(page, 'award-form', /\/award$/);
  await expect(page.getByTestId('task-status')).toContainText('推进中');
  await expect(page.getByTestId('task-units')).toContainText('区住房和建设局');
  const orders = page.getByTestId('task-orders');
  // an order is numbered in the year it is signed, whatever year its list is for
  const issued = await apiGet<Order[]>(page, `/api/tasks/orders?taskId=${taskId}&type=responsibility`);
  expect(issued.map((o) => o.status)).toEqual(['issued']);
  const number = issued[0].number!;
  expect(number).toMatch(new RegExp(`^福田责〔${new Date().getFullYear()}〕\\d+号$`));
  await expect(orders).toContainText(number);

  step('awarded');
  // ---- 4. the responsibility order: printable A4 page and PDF with the task title
  const [print] = await Promise.all([
    page.context().waitForEvent('page'),
    orders.getByTestId('order-print').first().click(),
  ]);
  await print.waitForLoadState();
  await expect(print.locator('body')).toContainText(TITLE);
  await expect(print.locator('body')).toContainText(number);
  await print.close();
  const pdfHref = await orders.getByTestId('order-pdf').first().getAttribute('href');
  const pdf = await page.request.get(pdfHref!);
  expect(pdf.ok(), `PDF → ${pdf.status()}`).toBeTruthy();
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  const file = path.join(os.tmpdir(), `gz-order-${unique}.pdf`);
  fs.writeFileSync(file, await pdf.body());
  const text = execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
  fs.rmSync(file, { force: true });
  expect(text.replace(/\s+/g, '')).toContain(TITLE);

  step('order printed');
  // ---- 5. the unit acknowledges the order and reports lagging progress
  await signIn(page, 'bumen');
  await page.goto(taskUrl);
  await page.getByTestId('task-orders').getByTestId('order-ack').click();
  await expect(page.getByTestId('task-orders')).toContainText('已签收');
  await page.getByTestId('report-ms-1').click();
  await page.getByTestId('f-percent').fill('20');
  await page.getByTestId('f-narrative').fill('规划方案尚在征求意见，进度滞后');
  await submit(page, 'report-form', /\/reports$/);
  await expect(page.getByTestId('task-progress')).toContainText('实际进度 8%');

  // the officer runs the daily evaluation: the first milestone is overdue → red; red for 19 days →
  // an accountability draft (nothing is issued by itself)
  await signIn(page, 'zzb');
  await page.goto('/tasks');
  await choose(page, page.getByTestId('list-select'), `${year}年福田区任务榜`);
  for (const day of [`${year}-06-01`, `${year}-06-20`]) {
    await page.getByTestId('evaluate').click();
    await fillDate(page.getByTestId('f-eval-day'), day);
    await submit(page, 'evaluate-form', /\/api\/tasks\/evaluate$/);
  }
  await page.goto(taskUrl);
  await expect(page.getByTestId('task-page').getByTestId('health-red').first()).toBeVisible();
  const drafts = await apiGet<Order[]>(page, `/api/tasks/orders?taskId=${taskId}&type=accountability`);
  expect(drafts.map((o) => o.status)).toEqual(['draft']);
  await expect(page.getByTestId(`order-actions-${drafts[0].id}`)).toBeVisible();

  step('red, accountability drafted');
  // ---- 6. the unit applies for 容错 exemption; the officer grants it with reasons on record
  await signIn(page, 'bumen');
  await page.goto(taskUrl);
  await page.getByTestId(`order-actions-${drafts[0].id}`).getByTestId('order-exempt').click();
  await page.getByTestId('f-innovation').fill('首次试行片区统筹更新模式');
  await page.getByTestId('f-grounds').fill('滞后源于创新模式下的征求意见程序，出于公心，未谋私利');
  await submit(page, 'exempt-form', /\/api\/tasks\/exemptions$/);
  await expect(page.getByTestId('task-orders')).toContainText('容错待认定');

  await signIn(page, 'zzb');
  await page.goto(taskUrl);
  await page.getByTestId(`order-actions-${drafts[0].id}`).getByTestId('order-exemptions').click();
  await page.getByTestId('exemption-decide').click();
  await page
    .getByTestId('exemption-decide-form')
    .getByTestId('f-reason')
    .fill('符合容错情形：先行先试、程序合规、未谋私利');
  await submit(page, 'exemption-decide-form', /\/decide$/);
  await expect(page.getByTestId('exemptions-list').getByTestId('exemption-granted')).toBeVisible();
  const decided = await apiGet<{ status: string; decisionReason: string | null }[]>(
    page,
    `/api/tasks/orders/${drafts[0].id}/exemptions`,
  );
  expect(decided[0].status).toBe('granted');
  expect(decided[0].decisionReason).toContain('先行先试');

  step('exemption decided');
  // ---- 7. the public page, without logging in, shows the task's live status
  const anon = await browser.newContext({
    baseURL: new URL(page.url()).origin,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const pub = await anon.newPage();
  await pub.goto(`/public/tasks?districtId=${districtId}&year=${year}`);
  const pubCard = pub.locator('[data-testid^="public-task-"]').filter({ hasText: TITLE });
  await expect(pubCard).toBeVisible();
  await expect(pubCard.getByTestId('public-status')).toHaveText('推进中');
  await expect(pubCard.getByTestId('health-red')).toBeVisible();
  await expect(pubCard).toContainText('区住房和建设局');
  await anon.close();

  step('public page checked');
  // ---- 8. the officer (still logged in) records a violation on the task, and the responsibility
  // order's consequences
  await page.goto(taskUrl);
  await page.getByTestId('record-violation').click();
  await fillDate(page.getByTestId('f-occurred-on'), `${year}-06-15`);
  await page
    .getByTestId('violation-form')
    .getByTestId('f-description')
    .fill(`未按规定公示招标结果 ${unique}`);
  await submit(page, 'violation-form', /\/violations$/);
  await expect(page.getByTestId('task-page')).toContainText(`未按规定公示招标结果 ${unique}`);
  const responsibility = page.getByTestId('task-orders').locator('tr', { hasText: number });
  await responsibility.getByTestId('order-consequences').click();
  await page.getByTestId('consequence-add').click();
  await choose(page, page.getByTestId('f-cq-kind-0'), '绩效');
  await page.getByTestId('f-cq-points-0').fill('5');
  await submit(page, 'consequence-form', /\/consequences$/);
  await expect(page.getByTestId('consequences-list')).toContainText('绩效');
  await expect(page.getByTestId('consequences-total')).toContainText('5');
  step('consequences recorded');
  // ---- 9. the points page finds the unit by name and shows the order and its consequence
  await page.goto('/tasks/points');
  // a search select: options come from the server as the user types
  const unitSelect = page.getByTestId('points-node');
  await unitSelect.click();
  await page.keyboard.type('住房和建设');
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '区住房和建设局' })
    .first()
    .click();
  await expect(unitSelect).toContainText('区住房和建设局');
  const now = new Date().getFullYear();
  // the range picker puts the testid on both of its inputs
  const ends = page.getByTestId('points-range');
  await ends.nth(0).click();
  await ends.nth(0).fill(`${now}-01-01`);
  await ends.nth(0).press('Enter');
  await ends.nth(1).fill(`${now}-12-31`);
  await ends.nth(1).press('Enter');
  await expect(page.getByTestId('points-orders')).toContainText(number);
  await expect(page.getByTestId('points-consequences')).toContainText('绩效');
});

interface PublicTasks {
  tasks: { id: string; title: string; status: string; evalStatus: string | null }[];
}
interface TaskOrder extends Order {
  origin: string;
}

test('the demo year: 公开通报 on the public page, a unit reports an indicator, an order drafted by hand, a task cancelled', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
  await signIn(page, 'zzb');
  const districtId = (await apiGet<Me>(page, '/api/auth/me')).grants[0].districtId;
  const list = await apiGet<PublicTasks>(
    page,
    `/api/tasks/public/lists?districtId=${districtId}&year=${year}`,
  );
  const byTitle = (title: string) => list.tasks.find((x) => x.title === title)!;

  // seed 000 结果运用: the commendation the demo issued with a public notice shows on the public page
  const anon = await browser.newContext({
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const pub = await anon.newPage();
  await pub.goto(`/public/tasks?districtId=${districtId}&year=${year}`);
  await expect(pub.getByTestId('public-notices')).toContainText('嘉奖令');
  await expect(pub.getByTestId('public-notices')).toContainText('公开通报');
  await anon.close();

  // the officer drafts an order by hand on a claimed task that has no live order of the kind the form offers
  let drafted: { id: string; type: string } | null = null;
  for (const x of list.tasks.filter((x) => x.status === 'awarded' || x.status === 'completed')) {
    const type = x.evalStatus === 'red' ? 'accountability' : 'commendation';
    const orders = await apiGet<TaskOrder[]>(page, `/api/tasks/orders?taskId=${x.id}&type=${type}`);
    if (orders.every((o) => o.status === 'dismissed')) {
      drafted = { id: x.id, type };
      break;
    }
  }
  expect(drafted, 'a claimed task without a live order').not.toBeNull();
  await page.goto(`/tasks/tasks/${drafted!.id}`);
  await page.getByTestId('draft-order').click();
  await page.getByTestId('f-order-reason').fill('e2e：组织部门按实绩拟定');
  await submit(page, 'draft-order-form', /\/api\/tasks\/orders$/);
  const mine = await apiGet<TaskOrder[]>(
    page,
    `/api/tasks/orders?taskId=${drafted!.id}&type=${drafted!.type}`,
  );
  expect(mine.filter((o) => o.status === 'draft' && o.origin === 'officer')).toHaveLength(1);
  await expect(page.getByTestId('task-orders')).toContainText(
    drafted!.type === 'commendation' ? '嘉奖令' : '问责令',
  );

  // a task nobody claimed is cancelled with its reason
  const open = list.tasks.find((x) => x.status === 'published')!;
  await page.goto(`/tasks/tasks/${open.id}`);
  await page.getByTestId('cancel-task').click();
  await page.getByTestId('cancel-form').getByTestId('f-reason').fill('e2e：上级统筹调整，不再列入本年任务榜');
  await submit(page, 'cancel-form', /\/cancel$/);
  await expect(page.getByTestId('task-cancelled')).toContainText('上级统筹调整');

  // the claiming street reports the actual value of a task's indicator
  const lagging = byTitle('基层治理“一网统管”改革');
  await signIn(page, 'jiedao');
  await page.goto(`/tasks/tasks/${lagging.id}`);
  await page.getByTestId('report-indicators').click();
  const field = page.getByTestId('f-indicator-0');
  const isInput = (await field.evaluate((e) => e.tagName)) === 'INPUT';
  await (isInput ? field : field.locator('input').first()).fill('63');
  await submit(page, 'indicators-form', /\/indicators$/);
  await expect(page.getByRole('row').filter({ hasText: '年度目标完成率' })).toContainText('63');
});
