/**
 * 点演 end to end (seed 003 福田: 46 troupes, 460+ performances): the community officer `shequ` orders
 * a programme of the troupe `shehui` leads for an afternoon weeks ahead; `shehui` accepts it on the
 * phone-width orders page, and records a performance of the troupe given yesterday (an order the
 * demo left accepted: a performance is recorded on or after its day) with its audience; `shequ` rates
 * it. Then the street officer `jiedao` issues a star volunteer's numbered certificate and it prints,
 * reads the street's nomination quotas, and reveals a member's full phone with a reason.
 */
import { expect, test } from '@playwright/test';
import { apiGet, signIn } from './support.ts';

type Order = {
  id: string;
  teamId: string;
  onDay: string;
  state: string;
  programmeTitle: string;
  actions: string[];
};

test('shequ orders, shehui accepts and records, shequ rates; jiedao prints a star certificate', async ({
  page,
}) => {
  await signIn(page, 'shehui');
  const mine = (await apiGet<{ orders: Order[] }>(page, '/api/culture/orders?side=troupe')).orders;
  const past = mine.find((o) => o.actions.includes('perform'))!;
  expect(past, 'an accepted performance of days ago').toBeTruthy();
  const team = await apiGet<{ programmesList: { title: string }[] }>(
    page,
    `/api/culture/teams/${past.teamId}`,
  );
  const programme = team.programmesList[0].title;
  const ahead = new Date(Date.now() + (25 + Math.floor(Math.random() * 150)) * 86_400_000);
  const day = ahead.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

  // the community orders
  await signIn(page, 'shequ');
  await page.goto(`/culture/teams/${past.teamId}`);
  await page
    .getByTestId('cu-programmes')
    .locator('tr', { hasText: programme })
    .getByRole('button', { name: /点\s*演/ })
    .click();
  const form = page.getByTestId('cu-order-form');
  await form.getByLabel('演出日期').fill(day);
  await form.getByLabel('演出日期').press('Enter');
  await form.getByLabel('演出地点').fill('e2e 社区文化广场');
  await page
    .locator('.ant-modal-footer')
    .getByRole('button', { name: /点\s*演/ })
    .click();
  await expect(page.getByText('已下单，等待团队接单')).toBeVisible();

  // the troupe's lead accepts it, and records yesterday's performance
  await signIn(page, 'shehui');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/culture/orders?side=troupe');
  const orders = page.getByTestId('cu-orders');
  const fresh = orders.getByRole('listitem').filter({ hasText: day }).filter({ hasText: '下午' });
  await expect(fresh).toContainText('待接单');
  await fresh.getByRole('button', { name: /接\s*单/ }).click();
  await expect(fresh).toContainText('已接单');
  const given = orders.getByRole('listitem').filter({ hasText: past.onDay }).filter({ hasText: '晚上' });
  await given.getByRole('button', { name: '登记演出' }).click();
  await page.getByTestId('cu-perform-form').getByLabel('观众人数').fill('280');
  await page
    .locator('.ant-modal-footer')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  await expect(given).toContainText('已演出');
  await expect(given).toContainText('观众 280 人次');

  // the community rates it
  await signIn(page, 'shequ');
  await page.goto('/culture/orders');
  const rated = page
    .getByTestId('cu-orders')
    .getByRole('listitem')
    .filter({ hasText: past.onDay })
    .filter({ hasText: '晚上' });
  await rated.getByRole('button', { name: /评\s*价/ }).click();
  await page.getByTestId('cu-rate-form').getByLabel('评价').fill('e2e 演出精彩');
  await page
    .locator('.ant-modal-footer')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  await expect(rated).toContainText('已评价');
  await expect(rated).toContainText('e2e 演出精彩');

  // a star certificate, numbered, prints
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'jiedao');
  await page.goto('/culture/volunteers');
  const row = page
    .getByTestId('cu-volunteers')
    .locator('tbody tr')
    .filter({ has: page.getByRole('button', { name: '颁发证书' }) })
    .first();
  const name = (await row.locator('td').first().innerText()).trim();
  await row.getByRole('button', { name: '颁发证书' }).click();
  await expect(page.getByTestId('cu-certificate')).toContainText(name);
  await expect(page.getByTestId('cu-certificate-no')).toHaveText(/^文志证〔\d{4}〕\d{4}$/);
  await expect(page.getByRole('button', { name: /打\s*印/ })).toBeVisible();

  // the street's nomination quotas set by the district, with the places taken
  await page.goto('/culture/volunteers');
  await expect(page.getByTestId('cu-quotas')).toContainText('优秀文化志愿者');
  await expect(page.getByTestId('cu-quotas')).toContainText(/\d+ \/ 5/);

  // a member with a phone (added through the API), revealed with a reason
  const me = await apiGet<{ csrfToken: string }>(page, '/api/auth/me');
  const phone = `139${String(Date.now()).slice(-8)}`;
  const added = await page.request.post(`/api/culture/teams/${past.teamId}/members`, {
    // the roster lists by joining date, ten a page: an early date puts the new member on the first page
    data: { name: 'e2e 成员', kind: 'volunteer', phone, joinedOn: '2001-01-01' },
    headers: { 'x-csrf-token': me.csrfToken },
  });
  expect(added.ok(), await added.text()).toBeTruthy();
  await page.goto(`/culture/teams/${past.teamId}`);
  const memberRow = page.getByTestId('cu-members').locator('tr', { hasText: 'e2e 成员' }).first();
  await expect(memberRow).toContainText(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
  await memberRow.getByRole('button', { name: '查看完整电话' }).click();
  await page.getByLabel('查看理由（记入审计日志）').fill('e2e 核实演出联系人');
  await page
    .locator('.ant-modal-footer')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  await expect(page.getByTestId('cu-revealed')).toHaveText(phone);
});
