/**
 * 擂台赛 end to end in the demo district (seed 001 开化): zzb opens the “两勤” contest's fourth
 * quarter; bumen submits the department's entry; zzb, a judge, scores it; zzb publishes the
 * ranking and the 实绩晾晒 leaderboard shows the department with its chart.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { login } from './support.ts';

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, username);
  return page;
}

test('擂台赛: zzb opens a round, bumen submits, the judge scores, zzb publishes, the leaderboard shows it (seed 001)', async ({
  browser,
}) => {
  const zzb = await as(browser, 'zzb');
  await zzb.goto('/contests');
  await zzb.getByTestId('contest-link').filter({ hasText: '两勤' }).click();
  const q4 = zzb.locator('tr', { hasText: '第四季度' });
  await q4.getByTestId('round-open').click();
  await expect(q4.getByTestId('round-state')).toHaveText('进行中');

  const bumen = await as(browser, 'bumen');
  await bumen.goto('/contests');
  await expect(bumen.getByTestId('contest-link').first()).toBeVisible();
  await expect(bumen.getByTestId('contest-new')).toHaveCount(0); // only the organisation department sets up
  await bumen.getByTestId('contest-link').filter({ hasText: '两勤' }).click();
  await bumen.getByTestId('round-row').filter({ hasText: '第四季度' }).click();
  await bumen.getByTestId('entry-new').click();
  await bumen.getByTestId('entry-summary').fill('完成城中村改造 8 个，群众满意度 98%');
  await bumen.getByTestId('entry-figures').fill('惠及 5200 户');
  await bumen.getByTestId('entry-form-ok').click();
  await expect(bumen.getByTestId('entry-row')).toHaveCount(1);
  await expect(bumen.getByTestId('entry-row')).toContainText('完成城中村改造 8 个');

  await zzb.reload();
  await zzb.getByTestId('round-row').filter({ hasText: '第四季度' }).click();
  const entry = zzb.getByTestId('entry-row').filter({ hasText: '完成城中村改造 8 个' });
  await entry.getByTestId('entry-score').click();
  for (const [d, v] of [
    ['profession', '99'],
    ['duty', '99'],
    ['innovation', '99'],
    ['contribution', '99'],
    ['position', '99'],
  ])
    await zzb.getByTestId(`score-${d}`).fill(v);
  await zzb.getByTestId('score-form-ok').click();
  await expect(entry).toContainText('已评分');

  await zzb.locator('tr', { hasText: '第四季度' }).getByTestId('round-publish').click();
  await expect(zzb.locator('tr', { hasText: '第四季度' }).getByTestId('round-state')).toHaveText('已晾晒');

  // any officer of the district reads the leaderboard
  await bumen.goto('/contests');
  await bumen.getByTestId('contest-board').getByRole('link', { name: '“两勤”擂台赛·第四季度' }).click();
  await expect(bumen.getByTestId('ranking').locator('tbody tr').first()).toContainText('区住房和建设局');
  await expect(bumen.getByTestId('ranking-chart')).toBeVisible();
});

test('擂台赛 set-up: zzb picks judges from a list (not one of a participating unit); the server refuses weights not summing to 100 % on each field; the draft is edited, then deleted', async ({
  browser,
}) => {
  const zzb = await as(browser, 'zzb');
  const title = `“两勤”擂台赛（专项 ${Date.now() % 100000}）`;
  await zzb.goto('/contests');
  await zzb.getByTestId('contest-new').click();
  await zzb.getByTestId('setup-title').fill(title);
  await zzb.getByTestId('setup-series').locator('input').fill('两勤');
  await zzb.getByTestId('setup-weight-position').fill('10');
  await expect(zzb.getByTestId('setup-weights-sum')).toHaveText('合计 90%');
  const units = zzb.getByTestId('setup-units');
  for (const name of ['区住房和建设局', '街道']) {
    await units.click();
    await units.locator('input').fill(name);
    await zzb.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  }
  // judges are picked from the district's officers and cadres, found by pinyin initials (王科长 → wkz)
  const judge = zzb.getByTestId('setup-judge');
  await judge.first().click();
  await judge.first().locator('input').fill('wkz');
  await zzb.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  await expect(judge.first()).toContainText('王科长');
  await zzb.getByTestId('setup-judge-add').click();
  await judge.nth(1).click();
  await judge.nth(1).locator('input').fill('ganbu'); // a cadre of 区住房和建设局: offered, but not to pick
  await expect(
    zzb.locator('.ant-select-dropdown:visible .ant-select-item-option-disabled').first(),
  ).toContainText('属参赛单位：区住房和建设局');
  await zzb.keyboard.press('Escape');
  await zzb.getByTestId('setup-judge-row').nth(1).getByRole('button', { name: '删除' }).click();
  await zzb.getByTestId('setup-round-title').fill('第一阶段');
  await zzb.getByTestId('setup-round-opens').fill('2026-12-20');
  await zzb.getByTestId('setup-round-due').fill('2026-12-31');
  await zzb.getByTestId('setup-save').click();
  // the server's rules, each message under its own field
  await expect(zzb.getByText('各项权重合计须为 100%，现为 90%')).toHaveCount(5);
  await zzb.getByTestId('setup-weight-position').fill('20');
  await zzb.getByTestId('setup-save').click();
  await expect(zzb.getByRole('heading', { name: title })).toBeVisible();
  await expect(zzb.getByTestId('contest-draft')).toBeVisible();

  // a draft is edited as a whole
  await zzb.getByTestId('contest-edit').click();
  await zzb.getByTestId('setup-round-add').click();
  await zzb.getByTestId('setup-round-title').nth(1).fill('第二阶段');
  await zzb.getByTestId('setup-round-opens').nth(1).fill('2027-01-01');
  await zzb.getByTestId('setup-round-due').nth(1).fill('2027-01-31');
  await zzb.getByTestId('setup-save').click();
  await expect(zzb.getByTestId('round-row')).toHaveText(['第一阶段', '第二阶段']);

  // nobody has scored it: it may be deleted, after a confirmation
  await zzb.getByTestId('contest-delete').click();
  await zzb.getByTestId('contest-delete-ok').click();
  await expect(zzb).toHaveURL(/\/contests$/);
  await expect(zzb.getByText(title)).toHaveCount(0);
});
