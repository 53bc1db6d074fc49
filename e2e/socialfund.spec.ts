/**
 * 社会建设专项资金 end to end (seed 003 Futian: 每年2000万元的社会建设专项资金 … 共资助8期688个项目): the
 * fund office `zzb` opens this year's round (in review) from the funds page, finds an application
 * waiting for eligibility and passes it; the reviewer `bumen` scores it; zzb funds it and the grant
 * shows; the public list of an earlier round reads without logging in.
 */
import { expect, test } from '@playwright/test';
import { apiGet, signIn } from './support.ts';

test('zzb checks an application, bumen scores it, zzb funds it; a published list is public', async ({
  page,
}) => {
  await signIn(page, 'zzb');
  await page.goto('/socialfund');
  const fund = page.getByTestId('sf-fund').filter({ hasText: '社会建设专项资金' });
  await expect(fund.getByTestId('sf-chart')).toBeVisible();
  await fund.getByRole('link', { name: /第8期/ }).click();
  await expect(page.getByText('评审中')).toBeVisible();
  await page
    .getByTestId('sf-apps')
    .locator('tr')
    .filter({ hasText: '已提交' })
    .first()
    .getByRole('link')
    .click();
  await page.getByTestId('sf-act-qualify').click();
  await expect(page.getByTestId('sf-app-state')).toHaveText('资格审查合格');
  const url = page.url();

  await signIn(page, 'bumen');
  await page.goto(url);
  await page.getByRole('spinbutton', { name: '评分' }).fill('86');
  await page.getByTestId('sf-score-submit').click();
  await expect(page.getByText('我的评分：86')).toBeVisible();

  await signIn(page, 'zzb');
  await page.goto(url);
  await page.getByTestId('sf-act-fund').click();
  await page.getByLabel('资助金额（元）').fill('100000');
  await page.getByTestId('sf-move-form-ok').click();
  await expect(page.getByTestId('sf-app-state')).toHaveText('立项资助');
  await expect(page.getByTestId('sf-granted')).toHaveText('100,000.00');

  // the public list of the round before, without logging in
  const funds = await apiGet<{ funds: { kind: string; rounds: { id: string; state: string }[] }[] }>(
    page,
    '/api/socialfund/funds',
  );
  const published = funds.funds[0].rounds.find((r) => r.state === 'published')!;
  await page.context().clearCookies();
  await page.goto(`/socialfund-public/${published.id}`);
  await expect(page.getByRole('heading', { name: /资助项目公示/ })).toBeVisible();
  await expect(page.getByTestId('sf-public').locator('tr.ant-table-row').first()).toContainText(
    /\d{1,3}(,\d{3})*\.\d{2}/,
  );
});
