/**
 * 双报到 end to end (seed 003 福田: 千名党员进社区, 守望先锋队; seed 004 罗湖: 亮身份): `dangyuan`, placed in
 * his community's 守望先锋队, records a service from his page; the community officer `shequ` accepts a
 * member waiting to be accepted into the 守望先锋队, confirms dangyuan's service and sends his yearly
 * feedback; dangyuan's unit, 住建局 `bumen`, reads it and marks it read.
 */
import { expect, test } from '@playwright/test';
import { apiGet, choose, signIn } from './support.ts';

test('dangyuan records a service; shequ accepts a member, confirms it and sends the feedback; bumen reads it', async ({
  page,
}) => {
  const content = `e2e 楼道消防巡查 ${Date.now().toString(36)}`;
  await signIn(page, 'dangyuan');
  await page.goto('/outreach/me');
  await expect(page.getByTestId('or-me-state')).toHaveText('已接收');
  await page.getByTestId('or-me-add-service').click();
  await page.getByTestId('or-service-form').getByLabel('服务内容').fill(content);
  await page.getByTestId('or-service-form-ok').click();
  await expect(page.getByTestId('or-me-services')).toContainText(content);
  const me = await apiGet<{ report: { id: string } }>(page, '/api/outreach/me');
  const url = `/outreach/reports/${me.report.id}`;

  await signIn(page, 'shequ');
  await page.goto('/outreach');
  await page
    .getByTestId('or-register')
    .getByRole('row')
    .filter({ hasText: '已报到' })
    .first()
    .getByRole('link')
    .click();
  await expect(page.getByTestId('or-state')).toHaveText('已报到');
  await page.getByTestId('or-move-accept').click();
  await choose(page, page.getByTestId('or-move-programme'), '守望先锋队');
  await page.getByTestId('or-move-form-ok').click();
  await expect(page.getByTestId('or-state')).toHaveText('已接收');
  await expect(page.getByTestId('or-programme')).toContainText('守望先锋队');

  await page.goto(url);
  const row = page.getByTestId('or-services').getByRole('row').filter({ hasText: content });
  await row.getByTestId('or-confirm-service').click();
  await expect(row).toContainText('已确认');
  await page.getByTestId('or-send-feedback').click();
  await choose(page, page.getByTestId('or-feedback-rating'), '优秀');
  await page.getByTestId('or-feedback-form').getByLabel('评价意见').fill('守望巡逻积极主动，群众认可');
  await page.getByTestId('or-feedback-form-ok').click();
  await expect(page.getByTestId('or-rating')).toHaveText('优秀');

  await signIn(page, 'bumen');
  await page.goto(url);
  await expect(page.getByTestId('or-rating')).toBeVisible();
  await page.getByTestId('or-mark-read').click();
  await expect(page.getByTestId('or-mark-read')).toHaveCount(0);
  await expect(page.getByTestId('or-feedback')).toContainText('单位已阅');
});
