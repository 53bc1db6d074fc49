/**
 * 社会心理服务 end to end (seed 003 以心治强固本): the resident `jumin` books a counselling slot on a
 * phone; the counsellor `shehui` records a session held today; the grid worker `wangge` logs a
 * follow-up of one of their patients on a phone; the community `shequ` checks a 服药补贴 application
 * and the street officer `jiedao` approves it.
 */
import { expect, test } from '@playwright/test';
import { choose, signIn } from './support.ts';

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
