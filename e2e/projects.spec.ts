/**
 * Livelihood projects end to end. A micro project 民生微实事 from order to rating: the demo resident
 * orders it on a phone (390×844); the community officer, on a desktop, screens it, sets the budget,
 * registers the contractor and a milestone, starts the work, uploads a photo, finishes and accepts
 * it; the resident rates it 5 stars; the officer closes it; the community's public page shows it
 * with its money. Then the deputies' vote 票决制: the district's officer sets up a ballot with two
 * candidates and opens it, the demo deputy votes on a phone, the officer closes it and the chosen
 * project is marked.
 */
import sharp from 'sharp';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { apiGet, signIn } from './support.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const DESKTOP = { viewport: { width: 1366, height: 900 } };

async function as(browser: Browser, username: string, device: object): Promise<Page> {
  const page = await (await browser.newContext(device)).newPage();
  await signIn(page, username);
  return page;
}

/** Takes a step that asks for a confirmation. */
async function step(page: Page, action: string) {
  await page.getByTestId(`action-${action}`).click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId(`action-${action}`)).toHaveCount(0);
}

/** A date picker's value typed in and confirmed. */
async function pickDate(page: Page, testId: string | null, label: string, value: string) {
  const input = testId ? page.getByTestId(testId) : page.getByRole('dialog').getByLabel(label);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

test('a micro project goes from a resident’s order to the satisfaction rating', async ({ browser }) => {
  const resident = await as(browser, 'jumin', PHONE);
  const me = await apiGet<{ grants: { role: string; nodeId: string }[] }>(resident, '/api/auth/me');
  const communityId = me.grants.find((g) => g.role === 'resident')!.nodeId;
  const title = `E2E 单元门禁维修 ${Date.now().toString().slice(-5)}`;

  // the resident orders 点菜 in their own words
  await resident.goto('/projects/new');
  const form = resident.getByTestId('order-form');
  await form.getByLabel('项目名称').fill(title);
  await form.getByLabel('说明（在哪里、要解决什么问题）').fill('2栋单元门禁经常失灵，老人进出不便。');
  await resident.getByTestId('order-submit').click();
  await expect(resident.getByTestId('project-title')).toHaveText(title);
  await expect(resident.getByTestId('project-stage').first()).toHaveText('待筛选');
  const url = resident.url();

  // the community officer screens it in and sets it up
  const officer = await as(browser, 'shequ', DESKTOP);
  await officer.goto(url);
  await step(officer, 'approve');
  await officer.getByTestId('budget-edit').click();
  await officer.getByRole('dialog').getByLabel('财政资金（元）').fill('26000');
  await officer.getByRole('dialog').getByLabel('社会资金（元）').fill('4000.50');
  await officer.getByRole('dialog').getByLabel('社会资金来源').fill('物业企业捐赠');
  await officer.getByTestId('budget-modal-ok').click();
  await expect(officer.getByTestId('money-public')).toContainText('26,000.00');
  await step(officer, 'fix_budget');
  await officer.getByTestId('contractor-add').click();
  await officer.getByRole('dialog').getByLabel('单位名称').fill('福田安防科技有限公司');
  await officer.getByRole('dialog').getByLabel('联系电话').fill('13800005678');
  await officer.getByTestId('contractor-modal-ok').click();
  await expect(officer.getByTestId('contractor')).toContainText('138****5678');
  await officer.getByTestId('milestone-add').click();
  await officer.getByRole('dialog').getByLabel('节点').fill('更换门禁主机');
  await pickDate(officer, null, '计划完成日期', '2030-06-30');
  await officer.getByTestId('milestone-modal-ok').click();
  await expect(officer.getByTestId('milestone')).toContainText('更换门禁主机');
  await step(officer, 'start');
  const jpeg = await sharp({ create: { width: 80, height: 60, channels: 3, background: '#2a6' } })
    .jpeg()
    .toBuffer();
  await officer
    .getByTestId('photo-input')
    .setInputFiles({ name: 'site.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  await expect(officer.getByTestId('photo')).toHaveCount(1);
  await officer.getByTestId('milestone-done').click();
  await officer.getByRole('dialog').getByLabel('完成情况').fill('新主机已安装');
  await officer.getByTestId('milestone-done-modal-ok').click();
  await expect(officer.getByTestId('project-progress')).toContainText('100%');
  await step(officer, 'finish');
  await officer.getByTestId('action-accept').click();
  await officer.getByRole('dialog').getByLabel('验收意见').fill('门禁运行正常，验收合格');
  await officer.getByTestId('step-modal-ok').click();
  await expect(officer.getByTestId('project-stage').first()).toHaveText('已验收');

  // the resident heard of each step and rates it
  await resident.reload();
  await expect(resident.getByTestId('project-stage').first()).toHaveText('已验收');
  await expect(resident.getByTestId('contractor')).not.toContainText('138');
  await resident.getByTestId('rate-stars').locator('li').nth(4).click();
  await resident.getByTestId('rate-submit').click();
  await expect(resident.getByTestId('rating-card')).toContainText('我的评价：5 星');
  const inbox = await apiGet<unknown>(resident, '/api/notify/inbox?limit=50');
  expect(JSON.stringify(inbox)).toContain(title);

  // the officer closes it; the public page shows its money and progress
  await officer.reload();
  await step(officer, 'close');
  await expect(officer.getByTestId('project-stage').first()).toHaveText('已结项');
  const anon = await (await browser.newContext(PHONE)).newPage();
  await anon.goto(`/public/c/${communityId}`);
  const row = anon.getByTestId('public-project').filter({ hasText: title });
  await expect(row).toContainText('¥26,000.00');
  await expect(row).toContainText('100%');
});

test('the deputies’ vote chooses the year’s livelihood projects', async ({ browser }) => {
  const org = await as(browser, 'zzb', DESKTOP);
  const tag = Date.now().toString().slice(-5);
  await org.goto('/projects/ballots');
  await org.getByTestId('ballot-new').click();
  await org.getByRole('dialog').getByLabel('名称').fill(`E2E 票决 ${tag}`);
  await org.getByRole('dialog').getByLabel('拟选项目数').fill('1');
  await org.getByTestId('ballot-modal-ok').click();
  await expect(org.getByTestId('ballot-page')).toBeVisible();
  for (const name of [`社区长者饭堂 ${tag}`, `口袋公园 ${tag}`]) {
    await org.getByTestId('candidate-add').click();
    await org.getByRole('dialog').getByLabel('项目名称').fill(name);
    await org.getByRole('dialog').getByLabel('财政资金（元）').fill('1500000');
    await org.getByTestId('candidate-modal-ok').click();
    await expect(org.getByTestId('candidate').filter({ hasText: name })).toBeVisible();
  }
  await org.getByTestId('ballot-open').click();
  await pickDate(org, 'open-closes', '截止时间', '2030-12-31 18:00:00');
  await org.getByTestId('open-modal-ok').click();
  await expect(org.getByTestId('ballot-state')).toHaveText('票决中');
  const url = org.url();

  // the deputy votes on a phone
  const deputy = await as(browser, 'daibiao', PHONE);
  await deputy.goto(url);
  await deputy.getByText(`口袋公园 ${tag}`).first().click();
  await deputy.getByTestId('cast').click();
  await deputy
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: /投\s?票/ })
    .click();
  await expect(deputy.getByTestId('voted')).toBeVisible();

  // the officer closes the vote: the chosen project is marked
  await org.reload();
  await org.getByTestId('vote-close').click();
  await org
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: /确\s?定|OK/ })
    .click();
  await expect(org.getByTestId('ballot-state')).toHaveText('已确定');
  await expect(org.getByTestId('candidate').filter({ hasText: `口袋公园 ${tag}` })).toContainText('票决通过');
  await expect(org.getByTestId('candidate').filter({ hasText: `社区长者饭堂 ${tag}` })).toContainText(
    '未入选',
  );
  await deputy.reload();
  await expect(deputy.getByTestId('candidate').filter({ hasText: `口袋公园 ${tag}` })).toContainText('1 票');
});
