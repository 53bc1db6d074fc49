/**
 * The 强村富民 fund end to end in Chromium (Qingtian, seed 001): the village's company (`cunji`)
 * applies for a project; the street (`jiedao`) starts the review, records the 4+X panel's four
 * on-site visits, runs the online analysis (ROI 8.1%, payback 12.3 years), approves it and sets
 * the one plan; the village asks for the first batch by progress; the street approves it and the
 * organisation department (`zzb`) checks and pays it; the street reviews the year and the score shows.
 */
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { signIn } from './support.ts';

test.describe.configure({ mode: 'serial' });

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username);
  return page;
}

/** Picks an option of an antd select by its text. */
async function choose(page: Page, select: Locator, text: string) {
  await select.click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .first()
    .click();
}

/** Submits the FormModal with the given testid and waits for the API write it makes. */
async function submit(page: Page, formId: string, url: RegExp) {
  const done = page.waitForResponse((r) => url.test(r.url()) && r.request().method() !== 'GET');
  await page.getByTestId(`${formId}-ok`).click();
  const res = await done;
  expect(res.ok(), `${res.url()} → ${res.status()} ${await res.text()}`).toBeTruthy();
}

const title = `瑞乐牧场二期${Date.now().toString(36).slice(-4)}`;
let projectUrl = '';

test('the village applies for a project', async ({ browser }) => {
  const page = await as(browser, 'cunji');
  await page.goto('/villagefund');
  await page.getByTestId('vf-apply').click();
  const form = page.getByTestId('vf-apply-form');
  await form.getByLabel('项目名称', { exact: true }).fill(title);
  await form.getByLabel('项目简介', { exact: true }).fill('扩建牛舍、增加存栏，村集体经营，农户入股分红。');
  await choose(page, form.getByLabel('类别', { exact: true }), '种养殖');
  await form.getByLabel('总投资（万元）', { exact: true }).fill('740');
  await form.getByLabel('预计年收入（万元）', { exact: true }).fill('160');
  await form.getByLabel('预计年成本（万元）', { exact: true }).fill('100');
  await form.getByLabel('测算年限（年）', { exact: true }).fill('15');
  await submit(page, 'vf-apply-form', /\/api\/villagefund\/projects$/);
  await expect(page.getByTestId('vf-project-title')).toHaveText(title);
  await expect(page.getByTestId('vf-stage')).toHaveText('已申报');
  projectUrl = new URL(page.url()).pathname;
});

test('the street reviews it with the 4+X panel and the online analysis, approves it and sets the plan', async ({
  browser,
}) => {
  const page = await as(browser, 'jiedao');
  await page.goto(projectUrl);
  await page.getByTestId('vf-step-start_review').click();
  await expect(page.getByTestId('vf-stage')).toHaveText('评审中');
  for (const [unit, member] of [
    ['县委组织部', '王科长'],
    ['县财政局', '陈股长'],
    ['县农业农村局', '刘站长'],
    ['“双增”攻坚组', '周组长'],
  ]) {
    await page.getByTestId('vf-add-visit').click();
    const form = page.getByTestId('vf-visit-form');
    await choose(page, form.getByLabel('成员单位', { exact: true }), unit);
    await form.getByLabel('成员', { exact: true }).fill(member);
    const date = form.getByLabel('日期', { exact: true });
    await date.click();
    await date.fill('2026-11-02');
    await date.press('Enter');
    await submit(page, 'vf-visit-form', /\/visits$/);
  }
  await expect(page.getByText('尚未走访')).toHaveCount(0);
  await page.getByTestId('vf-analyse').click();
  const f = page.getByTestId('vf-feasibility');
  await expect(f).toContainText('8.1%');
  await expect(f).toContainText('12.3 年');
  await expect(f).toContainText('有条件立项');
  const report = await page.request.get(`/api/villagefund/projects/${projectUrl.split('/').pop()}/report`);
  expect(await report.text()).toContain('可行性研究报告');
  await page.getByTestId('vf-step-approve').click();
  await expect(page.getByTestId('vf-stage')).toHaveText('已立项');

  await page.getByTestId('vf-set-plan').click();
  const plan = page.getByTestId('vf-plan-form');
  await plan.getByLabel('财政补助（万元）', { exact: true }).fill('300');
  await plan.getByLabel('金融贷款（万元）', { exact: true }).fill('300');
  await plan.getByLabel('集体自筹（万元）', { exact: true }).fill('100');
  await plan.getByLabel('社会捐资（万元）', { exact: true }).fill('40');
  await plan.getByLabel('进度节点', { exact: true }).fill('3月开工，6月牛舍完工，9月引进牛犊');
  await plan.getByLabel(/监管指标/).fill('最低存栏数=200头\n流动资金=50万元\n牛犊溯源=100%');
  await plan.getByLabel('退出机制', { exact: true }).fill('连续两年绩效不合格，按资产评估价收回');
  await submit(page, 'vf-plan-form', /\/plan$/);
  await expect(page.getByTestId('vf-plan')).toContainText('最低存栏数：200头');
});

test('the village asks for the first batch; the street approves and the organisation department pays', async ({
  browser,
}) => {
  const village = await as(browser, 'cunji');
  await village.goto(projectUrl);
  await village.getByTestId('vf-request-batch').click();
  const form = village.getByTestId('vf-batch-form');
  await form.getByLabel('金额（万元）', { exact: true }).fill('300');
  await form.getByLabel('进度（%）', { exact: true }).fill('40');
  await form.getByLabel('进度说明', { exact: true }).fill('牛舍主体完工');
  await submit(village, 'vf-batch-form', /\/batches$/);
  await expect(village.getByTestId('vf-batch-1-status')).toHaveText('待批准');

  const street = await as(browser, 'jiedao');
  await street.goto(projectUrl);
  await street.getByTestId('vf-batch-1-approve').click();
  await expect(street.getByTestId('vf-batch-1-status')).toHaveText('待拨付');
  await expect(street.getByTestId('vf-stage')).toHaveText('分批拨付中');
  // the approver may not pay it too
  await expect(street.getByTestId('vf-batch-1-pay')).toHaveCount(0);

  const org = await as(browser, 'zzb');
  await org.goto(projectUrl);
  await org.getByTestId('vf-batch-1-pay').click();
  await expect(org.getByTestId('vf-batch-1-status')).toContainText('已拨付');
  await expect(org.getByTestId('vf-paid')).toHaveText('300.00 万元');
});

test('the street reviews the year: the score and the returns show', async ({ browser }) => {
  const page = await as(browser, 'jiedao');
  await page.goto(projectUrl);
  await page.getByTestId('vf-add-review').click();
  const form = page.getByTestId('vf-review-form');
  await form.getByLabel('收入（万元）', { exact: true }).fill('160');
  await form.getByLabel('成本（万元）', { exact: true }).fill('100');
  await form.getByLabel('村集体分红（万元）', { exact: true }).fill('42');
  await form.getByLabel('农户分红（万元）', { exact: true }).fill('18');
  await submit(page, 'vf-review-form', /\/reviews$/);
  await expect(page.getByTestId('vf-review-score')).toHaveText('100');
  await page.goto('/villagefund');
  await expect(page.getByTestId('vf-by-source')).toBeVisible();
});

test('the street sees the pool’s pledged hall and school (集体资产担保) and releases one', async ({
  browser,
}) => {
  const page = await as(browser, 'jiedao');
  const pools = await page.request.get('/api/villagefund/pools');
  const [pool] = (await pools.json()) as { id: string }[];
  await page.goto(`/villagefund/pools/${pool.id}`);
  await expect(page.getByTestId('vf-pool-pledged')).toHaveText(/600/);
  await expect(page.getByTestId('vf-pledges')).toContainText('村老礼堂');
  await expect(page.getByTestId('vf-pledges-due')).toBeVisible();
  await page
    .getByTestId('vf-pledges')
    .getByRole('button', { name: /解\s?押/ })
    .first()
    .click();
  await expect(page.getByTestId('vf-pledges')).toContainText('已解押');
});
