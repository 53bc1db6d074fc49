/**
 * 社区书记 end to end (seed 004 Luohu: 对空缺的社区党委书记进行公开选拔): the organisation department
 * `zzb` publishes an open selection for a vacant community; the cadre `ganbu` registers; zzb moves
 * him through 资格审查, 笔试面试, 考察 and 公示 (the printable notice shows the period) to 任用, and
 * the roster shows him as the community's secretary.
 */
import { expect, test } from '@playwright/test';
import { apiGet, choose, signIn } from './support.ts';

const day = (offset: number) =>
  new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

test('zzb publishes a selection, ganbu registers, zzb moves him to 任用 and the roster shows him', async ({
  page,
}) => {
  const title = `e2e 社区党委书记公开遴选 ${Date.now().toString(36)}`;
  await signIn(page, 'zzb');
  await page.goto('/secretaries/selections');
  await page.getByTestId('sec-sel-new').click();
  const form = page.getByTestId('sec-sel-form');
  await form.getByLabel('标题').fill(title);
  await choose(page, page.getByTestId('sec-sel-posts'), /社区/);
  const post = (await form.locator('.ant-select-selection-item').first().textContent())!
    .trim()
    .split(' ')
    .pop()!;
  await page.getByTestId('sec-sel-form-ok').click();
  const card = page.getByTestId('sec-sel-card').filter({ hasText: title });
  await expect(card).toBeVisible();

  // ganbu registers for the post
  await signIn(page, 'ganbu');
  await page.goto('/secretaries/selections');
  await page
    .getByTestId('sec-sel-card')
    .filter({ hasText: title })
    .getByRole('link', { name: title })
    .click();
  await page.getByTestId('sec-register').click();
  await page.getByTestId('sec-register-form-ok').click();
  await expect(page.getByTestId('sec-stage')).toHaveText('报名');
  const id = page.url().split('/').pop()!;
  const sel = await apiGet<{ candidates: { name: string }[] }>(page, `/api/secretaries/selections/${id}`);
  const name = sel.candidates[0].name;

  // zzb moves him through the stages
  await signIn(page, 'zzb');
  await page.goto(`/secretaries/selections/${id}`);
  const row = page.getByTestId('sec-candidates').locator('tr').filter({ hasText: name });
  await row.getByTestId('sec-step-qualify').click();
  await expect(row.getByTestId('sec-stage')).toHaveText('资格审查通过');
  await row.getByTestId('sec-step-score').click();
  await page.getByLabel('笔试成绩').fill('86');
  await page.getByLabel('面试成绩').fill('90');
  await page.getByTestId('sec-step-form-ok').click();
  await expect(row.getByTestId('sec-stage')).toHaveText('笔试面试');
  await expect(row).toContainText('86 / 90 / 88');
  await row.getByTestId('sec-step-inspect').click();
  await expect(row.getByTestId('sec-stage')).toHaveText('考察');
  await row.getByTestId('sec-step-publicise').click();
  await page.getByLabel('公示开始').fill(day(-9));
  await page.getByLabel('公示结束').fill(day(-2));
  await page.getByTestId('sec-step-form-ok').click();
  await expect(row.getByTestId('sec-stage')).toHaveText('公示');

  // the printable notice names him and the period
  const [notice] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByTestId('sec-notice-link').click(),
  ]);
  await expect(notice.getByTestId('sec-notice')).toContainText(name);
  await expect(notice.getByTestId('sec-notice-period')).toHaveText(`公示时间：${day(-9)} 至 ${day(-2)}。`);
  await notice.close();

  await row.getByTestId('sec-step-appoint').click();
  await expect(row.getByTestId('sec-stage')).toHaveText('任用');

  await page.goto('/secretaries');
  const entry = page.getByTestId('sec-roster').locator('tr').filter({ hasText: post });
  await expect(entry).toContainText(name);
  await expect(entry).toContainText('公开遴选');
});
