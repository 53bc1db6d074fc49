/**
 * 专班招募令 end to end in the demo district (seed 001 衢江): the organisation department publishes an
 * order, the cadre `ganbu` applies as a former leader, the department selects them and closes the order
 * early (with its reason), and ganbu's home page tells them to report for duty.
 */
import { expect, test } from '@playwright/test';
import { choose, signIn } from './support.ts';

test('专班招募令: zzb publishes, ganbu applies, zzb selects, ganbu’s home shows the selection (seed 001)', async ({
  page,
}) => {
  const name = '重点项目攻坚专班（测试）';
  await signIn(page, 'zzb');
  await page.goto('/taskforces');
  await expect(page.getByTestId('order-row').first()).toBeVisible();
  await page.getByTestId('order-new').click();
  await page.getByTestId('order-name').fill(name);
  await page.getByTestId('order-mission').fill('攻坚重点项目审批堵点。');
  await choose(page, page.getByTestId('order-form').locator('.ant-select').first(), /局|委|办|中心/);
  await page.getByTestId('post-title').fill('项目专员');
  await page.getByTestId('order-form-ok').click();
  const row = page.getByTestId('order-row').filter({ hasText: name });
  await expect(row).toContainText(/福田专招〔\d{4}〕\d+号/);
  const print = await page.request.get(
    (await row.getByRole('link', { name: /打印/ }).getAttribute('href')) ?? '',
  );
  expect(await print.text()).toContain(name);

  await signIn(page, 'ganbu');
  await page.goto('/taskforces');
  await row.getByTestId('order-apply').click();
  await page.getByTestId('apply-statement').fill('曾任部门副职，熟悉项目审批，愿重返一线。');
  await page.getByLabel('本人为退职领导干部').check();
  await page.getByTestId('apply-form-ok').click();
  await expect(row.getByTestId('my-state')).toHaveText('已报名');

  await signIn(page, 'zzb');
  await page.goto('/taskforces');
  await page.getByRole('tab', { name: '报名与选用' }).click();
  const app = page.getByTestId('application-row').filter({ hasText: name });
  await app.getByTestId('application-select').click();
  await page.getByTestId('decide-form-ok').click();
  await expect(app.getByTestId('application-state')).toHaveText('已选用');
  // the post is filled: the department closes the order early, with its reason
  await page.getByRole('tab', { name: '招募令', exact: true }).click();
  await row.getByTestId('order-close').click();
  await page.getByTestId('close-reason').fill('岗位已选配到位，提前截止报名');
  await page.getByTestId('close-form-ok').click();
  await expect(row.getByTestId('order-close-reason')).toContainText('岗位已选配到位');
  await expect(row.getByTestId('order-close')).toHaveCount(0);
  // 单列考核: the demo year's 退职领导 ranked apart, with the chart
  await page.getByRole('tab', { name: '退职领导单列考核' }).click();
  await expect(page.getByTestId('ranking-chart')).toBeVisible();
  await expect(page.getByRole('tabpanel').getByText('优秀').first()).toBeVisible();

  await signIn(page, 'ganbu');
  await page.goto('/');
  await expect(page.getByTestId('todo-taskforces.my_selected')).toContainText(name);
});
