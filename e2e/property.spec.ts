/**
 * 红色物业 end to end in Chromium (seed 001, Longquan): the street officer scores a company against
 * the five musts and publishes its stars, which owners then see on the community's public page
 * without logging in; and an arrears item goes through the four batches 四个一批 — put on the
 * compound's list by the 业委会, decided at the joint party meeting by the community officer, then
 * escalated and resolved by the company's staff; and the district's rating officer changes the
 * 六好三高 items and weights and exports them.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { apiGet, signIn } from './support.ts';

/** Picks an option of an antd select (options render in a portal; a missed click is retried). */
async function choose(page: Page, select: Locator, text: string | RegExp) {
  const dropdown = page.locator('.ant-select-dropdown:visible');
  for (let attempt = 0; attempt < 6; attempt++) {
    if (!(await dropdown.isVisible())) await select.click();
    const option = dropdown.locator('.ant-select-item-option').filter({ hasText: text }).first();
    try {
      await option.click({ timeout: 5_000 });
    } catch {
      await page.keyboard.press('Escape');
      continue;
    }
    await dropdown.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
    return;
  }
  throw new Error('the select kept no value');
}

/** Submits the FormModal with the given testid and waits for its write. */
async function submit(page: Page, formId: string, url: RegExp) {
  const done = page.waitForResponse((r) => url.test(r.url()) && r.request().method() !== 'GET');
  await page.getByTestId(`${formId}-ok`).click();
  const res = await done;
  expect(res.ok(), `${res.url()} → ${res.status()} ${await res.text()}`).toBeTruthy();
}

const COMPANY = '红棉物业服务有限公司';

test('a property company is scored against the five musts, published, and owners see its stars', async ({
  page,
  browser,
}) => {
  await signIn(page, 'jiedao');
  await page.goto('/property/companies');
  const row = page.getByRole('row').filter({ hasText: COMPANY });
  await expect(row.getByText('未评定')).toBeVisible();
  await page.getByTestId(`score-${COMPANY}`).click();
  const modal = page.getByTestId('score-modal');
  for (const code of ['party', 'joint', 'service', 'open', 'response'])
    await modal.getByTestId(`score-${code}`).fill(String(code === 'open' ? 90 : 96));
  await submit(page, 'score-modal', /\/rating$/);
  await expect(page.getByTestId(`rating-${COMPANY}`)).toContainText('已评分');
  await page.getByTestId(`publish-${COMPANY}`).click();
  const published = page.waitForResponse((r) => /rating\/publish$/.test(r.url()));
  await page
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: /确\s?定|OK/ })
    .click();
  expect((await published).ok()).toBeTruthy();
  await expect(page.getByTestId(`rating-${COMPANY}`)).toContainText('已公布');

  // owners, not logged in, on the community's public page
  const compounds = await apiGet<{ nodeId: string; companyName: string | null }[]>(
    page,
    '/api/property/compounds',
  );
  const communityId = compounds.find((c) => c.companyName === COMPANY)!.nodeId;
  const owner = await (await browser.newContext()).newPage();
  await owner.goto(`/public/property/${communityId}`);
  const card = owner.getByTestId(`public-company-${COMPANY}`);
  await expect(card).toContainText(`${new Date().getFullYear()}`);
  await expect(card).toContainText('5 星');
});

test('an arrears item goes through the four batches decided at the joint party meeting', async ({ page }) => {
  const TITLE = `欠缴物业费11个月${Date.now().toString(36).slice(-4)}`;
  // the 业委会 puts it on the compound's list
  await signIn(page, 'yeweihui');
  await page.goto('/property/compounds');
  await page.locator('[data-testid^="compound-"]').first().click();
  await expect(page).toHaveURL(/\/property\/compounds\/[0-9a-f-]+$/);
  const url = page.url();
  await page.getByTestId('add-issue').click();
  const issue = page.getByTestId('issue-modal');
  await issue.getByLabel('问题').fill(TITLE);
  await issue.getByLabel('房号').fill('8-2-602');
  await issue.getByLabel('欠费金额（元）').fill('6600');
  await submit(page, 'issue-modal', /\/issues$/);
  await expect(page.getByTestId(`issue-state-${TITLE}`)).toHaveText('待联席会议研究');

  // the community officer records the joint meeting: publicise first
  await signIn(page, 'shequ');
  await page.goto(url);
  await page.getByTestId('hold-meeting').click();
  const meeting = page.getByTestId('meeting-modal');
  await meeting.getByLabel('参会人员').fill('社区党委、小区党支部、业委会、物业公司');
  await meeting.getByLabel('会议纪要').fill('研究新增欠费问题，先行通报晾晒。');
  await choose(page, meeting.getByTestId(`decide-${TITLE}`), '通报晾晒一批');
  await submit(page, 'meeting-modal', /\/meetings$/);
  await expect(page.getByTestId(`issue-state-${TITLE}`)).toHaveText('通报晾晒一批');

  // the company's staff take it through the next batches and resolve it
  await signIn(page, 'wuye');
  await page.goto(url);
  for (const next of ['协商解决一批', '暖心帮扶一批', '调解诉讼一批']) {
    await page.getByTestId(`issue-escalate-${TITLE}`).click();
    await page.getByTestId('move-modal').getByLabel('说明').fill(`转入${next}`);
    await submit(page, 'move-modal', /\/transitions$/);
    await expect(page.getByTestId(`issue-state-${TITLE}`)).toHaveText(next);
  }
  await page.getByTestId(`issue-resolve-${TITLE}`).click();
  await page.getByTestId('move-modal').getByLabel('说明').fill('经人民调解达成还款协议，已全部缴清');
  await submit(page, 'move-modal', /\/transitions$/);
  await expect(page.getByTestId(`issue-state-${TITLE}`)).toHaveText('已解决');
});

test('the district’s rating officer changes the 六好三高 items and weights and takes them to Excel', async ({
  page,
}) => {
  await signIn(page, 'zzb');
  await page.goto('/property/criteria');
  await page.getByRole('tab', { name: '品质小区指数“六好三高”' }).click();
  const list = page.getByTestId('criteria-quality');
  await expect(list.getByRole('row').filter({ hasText: '党建引领好' })).toContainText('12');
  await page.getByTestId('edit-criteria-quality').click();
  const modal = page.getByTestId('criteria-modal');
  await modal.getByTestId('weight-0').fill('20');
  await modal.getByTestId('add-criterion').click();
  const added = modal.getByTestId('criterion-9');
  await added.getByLabel('评分项', { exact: true }).fill('垃圾分类好');
  await choose(page, added.getByLabel('分组'), '六好');
  await added.getByLabel('代码').fill('sorting');
  await submit(page, 'criteria-modal', /\/api\/property\/criteria$/);
  await expect(list.getByRole('row').filter({ hasText: '垃圾分类好' })).toContainText('六好');
  await expect(list.getByRole('row').filter({ hasText: '党建引领好' })).toContainText('20');

  // the list as the district keeps it, in Excel
  const download = page.waitForEvent('download');
  await page
    .getByRole('tabpanel')
    .getByRole('link', { name: /导出 Excel/ })
    .click();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await (await download).path())!);
  const rows = wb.worksheets[0].getSheetValues() as (string | number)[][];
  const byName = (name: string) => rows.find((r) => r?.[2] === name);
  expect(byName('党建引领好')?.[4]).toBe(20);
  expect(byName('垃圾分类好')?.slice(3, 5)).toEqual(['六好', 10]);

  // a street officer scores against the same list but does not change the district's
  await signIn(page, 'jiedao');
  await page.goto('/property/criteria');
  await page.getByRole('tab', { name: '品质小区指数“六好三高”' }).click();
  await expect(page.getByTestId('criteria-quality').getByText('垃圾分类好')).toBeVisible();
  await expect(page.getByTestId('edit-criteria-quality')).toHaveCount(0);
});
