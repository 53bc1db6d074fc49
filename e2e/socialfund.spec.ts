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

test('shehui withdraws an application with a reason; its grant agreement prints with number and parties', async ({
  page,
}) => {
  await signIn(page, 'shehui');
  type Row = { id: string; state: string; mine: boolean; applicantName: string };
  const apps = await apiGet<Row[]>(page, '/api/socialfund/applications');
  const open = apps.find((a) => a.mine && (a.state === 'submitted' || a.state === 'eligible'))!;
  const done = apps.find((a) => a.mine && a.state === 'completed')!;
  expect(open, 'an application of shehui waiting in review').toBeTruthy();
  expect(done, 'a completed project of shehui').toBeTruthy();

  await page.goto(`/socialfund/applications/${open.id}`);
  await page.getByTestId('sf-act-withdraw').click();
  // no reason: the form says so under the field, and nothing is sent
  await page.getByTestId('sf-move-form-ok').click();
  const reason = page.getByTestId('sf-move-form').locator('.ant-form-item').filter({ hasText: '撤回原因' });
  await expect(reason.locator('.ant-form-item-explain-error')).toBeVisible();
  await page.getByTestId('sf-withdraw-reason').fill('机构人手调整，本期无法实施');
  await page.getByTestId('sf-move-form-ok').click();
  await expect(page.getByTestId('sf-app-state')).toHaveText('已撤回');
  await expect(page.getByText('机构人手调整，本期无法实施')).toBeVisible();
  await expect(page.getByTestId('sf-act-withdraw')).toHaveCount(0);

  await page.goto(`/socialfund/applications/${done.id}`);
  const link = page.getByTestId('sf-agreement');
  await expect(link).toHaveText(/^社资协〔\d{4}〕第\d{4}号$/);
  const number = (await link.innerText()).trim();
  const [sheet] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  await expect(sheet).toHaveURL(new RegExp(`/print/socialfund-agreement/${done.id}$`));
  await expect(sheet.getByTestId('sf-agreement-number')).toHaveText(number);
  await expect(sheet.getByTestId('sf-agreement-party-a')).toContainText('社会建设专项资金管理办公室');
  await expect(sheet.getByTestId('sf-agreement-party-b')).toHaveText(
    `乙方（项目承接方）：${done.applicantName}`,
  );
});
