/**
 * 专职党务工作者 end to end (seed 003 福田: 为街道社区配备180名专职党务工作者): the district `zzb` sees the
 * year's placements against the target of 180; the street `jiedao` places a worker in a vacant post of
 * a community, opens the worker, writes this month's work log and renews the contract.
 */
import { expect, test } from '@playwright/test';
import { signIn } from './support.ts';

const day = (offset: number) =>
  new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

test('jiedao places a worker in a vacant post, writes the monthly log and renews the contract', async ({
  page,
}) => {
  const name = `e2e${Date.now().toString(36).slice(-4)}`;
  await signIn(page, 'zzb');
  await page.goto('/partyworkers');
  await expect(page.getByTestId('pw-fig-placed')).toContainText('/ 180');

  await signIn(page, 'jiedao');
  await page.goto('/partyworkers');
  await page.getByText('只看有空缺的').click();
  const row = page
    .getByTestId('pw-posts')
    .locator('tr')
    .filter({ has: page.getByTestId('pw-place') })
    .first();
  await row.getByTestId('pw-place').click();
  const form = page.getByTestId('pw-place-form');
  await form.getByLabel('姓名').fill(name);
  await form.getByLabel('合同到期').fill(day(30));
  await page.getByTestId('pw-place-form-ok').click();
  const worker = page.getByTestId('pw-workers').locator('tr').filter({ hasText: name });
  await expect(worker).toContainText('即将到期');
  await worker.getByRole('link', { name }).click();
  await expect(page.getByTestId('pw-worker-name')).toHaveText(name);

  await page.getByTestId('pw-log-write').click();
  await page.getByTestId('pw-log-form').getByLabel('工作纪实').fill('组织主题党日 1 次，走访党员 6 户');
  await page.getByTestId('pw-log-form-ok').click();
  await expect(page.getByTestId('pw-logs')).toContainText('走访党员 6 户');

  await page.getByTestId('pw-renew').click();
  await page.getByTestId('pw-renew-form').getByLabel('合同到期').fill(day(1000));
  await page.getByTestId('pw-renew-form-ok').click();
  await expect(page.getByTestId('pw-contract-end')).toHaveText(day(1000));
});
