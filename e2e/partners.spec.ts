/**
 * 天大的小事 end to end in the demo community (seed 001 鄞州 “找问题、抓需求、求破解”): the party member
 * `dangyuan` reports a small problem; the community officer `shequ` selects it as one of the year's
 * 民生实事 and assigns it to the partner 福田社工服务中心; that partner's account `shehui` marks it
 * done; the reporter sees it done and the community's public page shows it with its progress.
 */
import { expect, test } from '@playwright/test';
import { signIn } from './support.ts';

test('天大的小事: dangyuan reports, shequ selects and assigns it, shehui completes it (seed 001)', async ({
  page,
}) => {
  const title = `2号楼门禁损坏${Date.now() % 100000}`;
  await signIn(page, 'dangyuan');
  await page.goto('/partners/needs');
  await page.getByTestId('need-report').click();
  await page.getByTestId('need-title').fill(title);
  await page.getByTestId('need-detail').fill('刷卡无反应，外来人员随意进出');
  await page.getByTestId('need-form-ok').click();
  const mine = page.getByTestId('need-row').filter({ hasText: title });
  await expect(mine.getByTestId('need-state')).toHaveText('待筛选');

  await signIn(page, 'shequ');
  await page.goto('/partners/needs');
  const row = page.getByTestId('need-row').filter({ hasText: title });
  await row.getByTestId('need-select').click();
  await page.getByTestId('move-target').fill('2099-12-31');
  await page.getByTestId('move-form-ok').click();
  await expect(row.getByTestId('need-state')).toHaveText('已列入民生实事');
  await row.getByTestId('need-assign').click();
  await page.getByTestId('assign-form').locator('.ant-select').first().click();
  await page.locator('.ant-select-item-option[title="福田社工服务中心"]').click();
  await page.getByTestId('assign-form').locator('.ant-modal-title').click(); // closes the multiple select
  await page.getByTestId('assign-form-ok').click();
  await expect(row.getByTestId('need-partners')).toHaveText('福田社工服务中心');

  await signIn(page, 'shehui');
  await page.goto('/partners/needs');
  await page.getByRole('tab', { name: '指派给本单位' }).click();
  const job = page.getByTestId('need-row').filter({ hasText: title });
  await job.getByTestId('need-complete').click();
  await page.getByTestId('move-note').fill('已更换门禁读卡器，恢复正常');
  await page.getByTestId('move-form-ok').click();
  await expect(job.getByTestId('need-state')).toHaveText('已办结');

  // the reporter's list says done (what their 我反映的 tab shows)
  await signIn(page, 'dangyuan');
  const mineNow = (await (await page.request.get('/api/partners/needs?mine=1')).json()) as {
    title: string;
    state: string;
  }[];
  expect(mineNow.find((d) => d.title === title)?.state).toBe('done');
  const community = (await (await page.request.get('/api/partners/needs?mine=1')).json())[0].nodeId;
  await page.context().clearCookies();
  await page.goto(`/public/partners/${community}`);
  await expect(page.getByTestId('public-matters')).toContainText(title);
  await expect(page.getByTestId('public-matters')).toContainText('已更换门禁读卡器');
});
