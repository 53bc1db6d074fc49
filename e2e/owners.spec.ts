/**
 * 业主大会 end to end (seed 001 Longquan 选优建强小区业委会): the community officer `shequ` opens an
 * assembly on the demo compound; the owner `jumin` votes on a phone; shequ enters a paper ballot,
 * which waits until the 业委会 `yeweihui` (a second officer) confirms it; shequ records an owner's
 * written authorisation 委托投票 and enters the proxy's ballot; shequ closes the vote and the numbered
 * 表决结果公告 prints with the double count.
 */
import { expect, test } from '@playwright/test';
import { choose, signIn } from './support.ts';

test('shequ opens an assembly, jumin votes on a phone, a paper ballot is confirmed by a second officer, the notice prints', async ({
  page,
}) => {
  const title = `e2e 业主大会 ${Date.now().toString(36)}`;
  await signIn(page, 'shequ');
  await page.goto('/owners/assemblies');
  await page.getByTestId('own-open').click();
  const form = page.getByTestId('own-open-form');
  await choose(page, page.getByTestId('own-open-compound'), /百花花园/);
  await form.getByLabel('业主大会', { exact: true }).fill(title);
  await form.getByLabel('表决事项').fill('增设电动自行车集中充电棚');
  await page.getByTestId('own-open-form-ok').click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByTestId('own-state')).toHaveText('表决中');
  const url = page.url();

  // the owner votes on a phone
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'jumin');
  await page.goto('/owners/vote');
  const card = page.getByTestId('own-ballot-card').filter({ hasText: title });
  await card.getByTestId('own-choice-1').getByText('同意').click();
  await card.getByTestId('own-vote-submit').click();
  await expect(card).toContainText('已投票');
  await page.setViewportSize({ width: 1280, height: 800 });

  // a paper ballot: entered by shequ, counted only once yeweihui confirms it
  await signIn(page, 'shequ');
  await page.goto(url);
  await page.getByTestId('own-paper').click();
  // another owner than jumin's 余明 (a second ballot of the same owner would replace the first)
  await choose(page, page.getByTestId('own-paper-owner'), /^(?!余明).+/);
  await page.getByTestId('own-paper-form-ok').click();
  const ballots = page.getByTestId('own-ballots');
  await expect(ballots).toContainText('待第二人确认');
  const confirm = ballots.locator('[data-testid^="own-confirm-"]');
  await expect(confirm).toHaveCount(0);

  await signIn(page, 'yeweihui');
  await page.goto(url);
  await confirm.click();
  await expect(ballots).not.toContainText('待第二人确认');
  await expect(ballots.getByText('已计入')).toHaveCount(2);

  // 委托投票: a written authorisation recorded, the proxy's paper ballot entered for the owner
  await signIn(page, 'shequ');
  await page.goto(url);
  await page.getByTestId('own-proxy').click();
  await choose(page, page.getByTestId('own-proxy-principal'), /.+/);
  await page.getByTestId('own-proxy-name').fill('陈八');
  await page.getByTestId('own-proxy-document').fill('委托书扫描件 WT-e2e');
  await page.getByTestId('own-proxy-form-ok').click();
  const proxies = page.getByTestId('own-proxies');
  await expect(proxies).toContainText('陈八');
  await expect(proxies).toContainText('有效');
  const principal = (
    await proxies.locator('tr.ant-table-row').first().locator('td').first().innerText()
  ).trim();
  await page.getByTestId('own-paper').click();
  await choose(page, page.getByTestId('own-paper-owner'), new RegExp(`^${principal}（`));
  await page.getByTestId('own-paper-proxy').check();
  await page.getByTestId('own-paper-form-ok').click();
  await expect(ballots).toContainText('受托人 陈八 代投');

  await page.getByTestId('own-close').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('own-state')).toHaveText('已结束');
  // two owners of the compound's twenty and more: no quorum, the matter does not pass
  await expect(page.getByTestId('own-passed-1')).toHaveText('未通过');
  await page.getByTestId('own-notice').click();
  await expect(page.getByTestId('own-notice-no')).toHaveText(/^业主大会表决公告〔\d{4}〕\d+号$/);
  await expect(page.getByTestId('own-notice-doc')).toContainText(title);
  await expect(page.getByTestId('own-notice-matter-1')).toContainText('该事项未通过');
});
