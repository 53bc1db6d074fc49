/**
 * 攻坚签约 end to end (seed 002 龙岗 土地整备): the cadre `ganbu` opens his team's households not
 * visited in 7 days, logs a visit from the household drawer and records a signing; the street officer
 * `jiedao` confirms it (two people), the drive's signed count goes up, and the printable 攻坚日报
 * shows its number and the signing rate.
 */
import { expect, test } from '@playwright/test';
import { apiGet, choose, signIn } from './support.ts';

test('ganbu visits and records a signing, jiedao confirms it, the bulletin counts it', async ({ page }) => {
  await signIn(page, 'ganbu');
  await page.goto('/campaigns');
  const card = page.getByTestId('cmp-card').filter({ hasText: '土地整备攻坚' });
  await expect(card).toContainText('我所在工作组');
  await card.getByRole('link').first().click();
  const id = page.url().split('/').pop()!.split('?')[0];
  const before = await apiGet<{ figures: { signed: number } }>(page, `/api/campaigns/${id}`);

  // a household of his team not visited in 7 days
  await choose(page, page.getByTestId('cmp-status-filter'), '7天未走访');
  const rows = page
    .getByTestId('cmp-households')
    .locator('tbody tr.ant-table-row')
    .filter({ hasText: /谈判中|已走访/ });
  await expect(rows.first()).toBeVisible();
  await rows.first().getByTestId('cmp-household-open').click();
  const drawer = page.getByTestId('cmp-household');
  await drawer.getByLabel('群众诉求').fill('关心安置房交付时间');
  await drawer.getByTestId('cmp-visit-save').click();
  await expect(drawer).toContainText('关心安置房交付时间');
  await drawer.getByTestId('cmp-record-sign').click();
  await expect(drawer.getByTestId('cmp-household-sign')).toHaveText('签约待确认');

  // the street confirms (never the one who recorded it)
  await signIn(page, 'jiedao');
  await page.goto(`/campaigns/${id}?tab=confirm`);
  const table = page.getByTestId('cmp-confirm-table');
  await expect(table.locator('tbody tr.ant-table-row').first()).toBeVisible();
  const count = await table.getByTestId('cmp-confirm').count();
  await table.getByTestId('cmp-confirm').first().click();
  await expect(table.getByTestId('cmp-confirm')).toHaveCount(count - 1);
  const after = await apiGet<{ figures: { signed: number; signRate: number } }>(page, `/api/campaigns/${id}`);
  expect(after.figures.signed).toBe(before.figures.signed + 1);

  // the printable bulletin
  const [sheet] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByTestId('cmp-bulletin-link').click(),
  ]);
  await expect(sheet.getByTestId('cmp-bulletin-no')).toHaveText(/第 \d+ 期/);
  await expect(sheet.getByTestId('cmp-bulletin-total')).toContainText(`签约率 ${after.figures.signRate}%`);
  await expect(sheet.getByTestId('cmp-bulletin-teams')).toContainText('第一工作组');
});
