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
