/**
 * 社会心理服务 end to end (seed 003 以心治强固本): the resident `jumin` books a counselling slot on a
 * phone; the counsellor `shehui` records a session held today; the grid worker `wangge` logs a
 * follow-up of one of their patients on a phone; the community `shequ` checks a 服药补贴 application
 * and the street officer `jiedao` approves it. `shequ` imports a service point from Excel, edits its
 * counsellors and closes it, and corrects a month of the 心理援助热线's counts.
 */
import { expect, test } from '@playwright/test';
import { apiGet, choose, signIn } from './support.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

test('jumin books on a phone, shehui records a session, wangge follows up, jiedao approves a subsidy', async ({
  browser,
}) => {
  const phone = await browser.newContext(PHONE);
  const page = await phone.newPage();
  await signIn(page, 'jumin');
  await page.goto('/psych/book');
  // many counsellors: the list is searched by name (it renders only the options in view)
  await page.getByTestId('ps-counsellor').click();
  await page.keyboard.type('陈心怡');
  await choose(page, page.getByTestId('ps-counsellor'), /陈心怡/);
  await page.getByTestId('ps-slots').getByRole('button', { disabled: false }).first().click();
  await expect(page.getByText('预约成功')).toBeVisible();
  await expect(page.getByTestId('ps-mine').locator('.ant-list-item').first()).toBeVisible();
  const inbox = await apiGet<{ kind: string }[]>(page, '/api/notify/inbox?limit=20');
  expect(inbox.map((n) => n.kind)).toContain('psych.booked');

  await signIn(page, 'wangge');
  await page.goto('/psych/patients');
  await page.getByTestId('ps-patients').getByRole('link').first().click();
  await expect(page.getByText('随访记录')).toBeVisible();
  const visits = await page.locator('.ant-card').filter({ hasText: '随访记录' }).locator('tbody tr').count();
  await page.getByTestId('ps-followup').click();
  await page.getByTestId('ps-followup-form-ok').click();
  await expect(page.locator('.ant-card').filter({ hasText: '随访记录' }).locator('tbody tr')).toHaveCount(
    visits + 1,
  );
  await phone.close();

  const desk = await browser.newPage();
  await signIn(desk, 'shehui');
  await desk.goto('/psych/sessions');
  await desk.getByTestId('ps-record').first().click();
  await desk.getByLabel('咨询记录（加密，仅本人可见）').fill('e2e：情绪平稳，约两周后复谈');
  await desk.getByTestId('ps-session-ok').click();
  await expect(desk.getByTestId('ps-sessions')).toContainText('已咨询');

  await signIn(desk, 'shequ');
  await desk.goto('/psych/subsidies');
  await desk.getByRole('button', { name: '社区审核通过' }).first().click();
  await signIn(desk, 'jiedao');
  await desk.goto('/psych/subsidies');
  await expect(desk.getByRole('button', { name: '街道批准' }).first()).toBeVisible();
  const approved = await desk.getByTestId('ps-subsidies').getByText('已批准').count();
  await desk.getByRole('button', { name: '街道批准' }).first().click();
  await expect(desk.getByTestId('ps-subsidies').getByText('已批准')).toHaveCount(approved + 1);
});

test('shequ imports a service point, edits its counsellors and closes it, and corrects a hotline month', async ({
  page,
}) => {
  const stamp = Date.now().toString(36);
  const name = `心理驿站 ${stamp}`;
  await signIn(page, 'shequ');
  const me = await apiGet<{ grants: { nodeName: string }[] }>(page, '/api/auth/me');
  await page.goto('/psych');
  await page.getByTestId('ps-import-points').click();
  const modal = page.locator('.ant-modal', { hasText: '导入心理服务阵地' });
  await modal.locator('input[type=file]').setInputFiles({
    name: 'points.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `所属,类型,名称,地址,咨询师,每周免费服务时长（小时）\n${me.grants[0].nodeName},社区心理服务站,${name},,张晓、刘青,6\n`,
      'utf8',
    ),
  });
  await modal.getByRole('button', { name: /^检\s*查$/ }).click();
  await expect(modal.getByText('检查结果：新增 1，跳过 0')).toBeVisible();
  await modal.getByRole('button', { name: /^导\s*入$/ }).click();
  const row = page.getByTestId('ps-points').getByRole('row', { name: new RegExp(stamp) });
  // the sheet's six hours shared by its two counsellors (listed by name)
  await expect(row).toContainText('张晓（每周 3 小时）');
  await expect(row).toContainText('刘青（每周 3 小时）');

  await row.getByRole('button', { name: `修改 ${name}` }).click();
  const form = page.getByTestId('ps-point-edit');
  await form.getByRole('button', { name: '添加咨询师' }).click();
  await form.getByLabel('咨询师姓名').last().fill('周敏');
  await page.getByTestId('ps-point-edit-ok').click();
  await expect(row).toContainText('周敏（每周 2 小时）');

  await row.getByRole('button', { name: `修改 ${name}` }).click();
  await form.getByLabel(/开放中/).uncheck();
  await page.getByTestId('ps-point-edit-ok').click();
  await expect(page.getByTestId('ps-points').getByRole('row', { name: new RegExp(stamp) })).toHaveCount(0);

  // the hotline: shequ corrects the calls of the community's latest month
  const calls = String(900 + (Date.now() % 99));
  await page.getByTestId('ps-hotline').getByRole('button').first().click();
  await page.getByTestId('ps-hotline-form').getByLabel('来电').fill(calls);
  await page.getByTestId('ps-hotline-form-ok').click();
  await expect(page.getByTestId('ps-hotline').locator('tbody tr').filter({ hasText: calls })).toHaveCount(1);
});
