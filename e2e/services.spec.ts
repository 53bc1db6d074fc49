/**
 * The service marketplace end to end at phone width (seed 001, Putuo): the demo resident orders
 * 点单 a service from the government-purchase list, the social organisation's staff accept 接单
 * and deliver it, the resident rates it, and the organisation's line on the orders-accepted
 * leaderboard moves up by one. The organisation never sees the resident's phone.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { apiGet, signIn } from './support.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const ORG = '福田社工服务中心';

async function phone(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext(PHONE)).newPage();
  await signIn(page, username);
  return page;
}

interface Boards {
  byAccepted: { name: string; accepted: number }[];
}
const acceptedOf = (b: Boards) => b.byAccepted.find((x) => x.name === ORG)?.accepted ?? 0;

/** Confirms antd's confirm dialog. */
async function confirm(page: Page) {
  await page
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: /确\s?定|OK/ })
    .click();
}

test('a resident orders a service, a social organisation accepts and delivers it, the resident rates it and the leaderboard moves', async ({
  browser,
}) => {
  const resident = await phone(browser, 'jumin');
  const org = await phone(browser, 'shehui');
  const before = acceptedOf(await apiGet<Boards>(org, '/api/services/boards'));

  // 点单 from the government-purchase list
  await resident.goto('/services');
  await expect(resident.getByRole('tab', { name: '政府购买' })).toBeVisible();
  const card = resident.getByTestId('item-card').filter({ hasText: '高龄独居老人助餐助浴' });
  await card.getByTestId('order-button').click();
  const modal = resident.getByTestId('order-modal');
  await modal.getByLabel('补充说明').fill('父亲腿脚不便，希望周六上午上门');
  await modal.getByLabel(/联系电话/).fill('13800001234');
  await resident.getByTestId('order-modal-ok').click();
  await expect(resident).toHaveURL(/\/services\/orders\/[0-9a-f-]{36}$/);
  const orderId = resident.url().split('/').pop()!;
  await expect(resident.getByTestId('order-detail').getByTestId('order-state')).toHaveText('待接单');
  await expect(resident.getByTestId('order-detail')).toContainText('138****1234');

  // 接单 by the organisation's staff: the resident's phone is not there
  await org.goto(`/services/orders/${orderId}`);
  const detail = org.getByTestId('order-detail');
  await expect(detail).toContainText('父亲腿脚不便');
  await expect(detail).not.toContainText('1234');
  await org.getByTestId('action-accept').click();
  await confirm(org);
  await expect(detail.getByTestId('order-state')).toHaveText('已接单');
  await org.getByTestId('action-deliver').click();
  await org.getByTestId('deliver-modal').getByLabel('服务情况').fill('已上门助浴，老人状态良好');
  await org.getByTestId('deliver-modal-ok').click();
  await expect(detail.getByTestId('order-state')).toHaveText('已服务');

  // the resident rates it (five stars by default) from the to-do
  await resident.goto(`/services/orders/${orderId}`);
  await expect(resident.getByTestId('order-detail')).toContainText(ORG);
  await resident.getByTestId('action-rate').click();
  await resident.getByTestId('rate-modal').getByLabel('评价内容').fill('很贴心，谢谢');
  await resident.getByTestId('rate-modal-ok').click();
  await expect(resident.getByTestId('order-detail').getByTestId('order-state')).toHaveText('已评价');
  await expect(resident.getByTestId('action-rate')).toHaveCount(0);

  // the orders-accepted leaderboard moved by one
  await org.goto('/services/boards');
  const board = org.getByTestId('board-accepted');
  await expect(board.getByRole('row').filter({ hasText: ORG })).toContainText(String(before + 1));
  expect(acceptedOf(await apiGet<Boards>(org, '/api/services/boards'))).toBe(before + 1);
});
