/**
 * Mobile party members end to end (seed 001, Beilun): the street officer opens the return codes
 * page and takes the street's 归队码; the demo party member, on a phone, opens it, registers with
 * the branch where they live now, and the officer finds them in this month's inflow table 流入表,
 * marked as a scan, with the year's chart and the register's five clears.
 */
import { expect, test } from '@playwright/test';
import { apiGet, closeContexts, signIn } from './support.ts';

test.afterEach(closeContexts);

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

test('Beilun: a mobile member scans the return code and appears in the month inflow table (seed 001)', async ({
  browser,
}) => {
  // the street officer takes the street's return code
  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, 'jiedao');
  await officer.goto('/partymembers/codes');
  const link = officer.getByTestId('pm-code-link').first();
  if (!(await link.isVisible().catch(() => false))) await officer.getByTestId('pm-code-new').click();
  await expect(link).toBeVisible();
  const url = new URL((await link.getAttribute('href'))!);
  await expect(officer.getByTestId('pm-code-qr').first().locator('svg')).toBeVisible();

  // the party member scans it on a phone
  const phone = await (await browser.newContext(PHONE)).newPage();
  await signIn(phone, 'dangyuan');
  const me = await apiGet<{ user: { displayName: string } }>(phone, '/api/auth/me');
  const name = me.user.displayName.replace(/^党员\s*/, '');
  await phone.goto(url.pathname);
  await expect(phone.getByText('流动党员扫码归队')).toBeVisible();
  await phone.getByTestId('pm-scan-branch').click();
  await phone.locator('.ant-select-item-option').first().click();
  await phone.getByLabel('原所在党组织或来源地').fill('湖南省衡阳市');
  await phone.getByLabel('现居住地址').fill('福田区某小区3栋');
  await phone.getByLabel('从事工作').fill('快递员');
  await phone.getByTestId('pm-scan-submit').click();
  await expect(phone.getByTestId('pm-scan-done')).toContainText('流入表');

  // the officer sees them in this month's inflow table, registered by scan
  await officer.goto('/partymembers/flows');
  const inflow = officer.getByTestId('pm-month-in');
  const row = inflow.locator('tr', { hasText: name });
  await expect(row).toBeVisible();
  await expect(row).toContainText('扫码归队');
  await expect(officer.getByTestId('pm-chart')).toBeVisible();

  // and on the register, with the clears still to fill (basic info not yet checked)
  await row.getByRole('link', { name }).click();
  await expect(officer.getByText('基本情况清')).toBeVisible();
  await officer.getByLabel('基本情况已核实').check();
  await officer.getByLabel('综合表现').fill('按时参加流入地组织生活');
  await officer.getByTestId('pm-save').click();
  await expect(officer.getByText('已保存')).toBeVisible();
});
