/**
 * 文明巡访团 end to end (seed 003 福田: 区级“文明巡访团”): the district `zzb` sees the year's rounds and the
 * share fixed, opens the latest round held in shequ's community and records what a member saw; the
 * community `shequ` opens the same round and marks the finding fixed with a note.
 */
import { expect, test } from '@playwright/test';
import { signIn } from './support.ts';

test('zzb records a finding on a round; shequ marks it fixed', async ({ page }) => {
  const place = `e2e 路口 ${Date.now().toString(36).slice(-4)}`;
  await signIn(page, 'zzb');
  await page.goto('/visitteam');
  await expect(page.getByTestId('vt-fig-fixed')).toContainText('%');
  const row = page.getByTestId('vt-rounds').locator('tbody tr').filter({ hasText: '已巡访' }).first();
  await row.getByRole('link').click();
  await expect(page.getByTestId('vt-round-title')).toBeVisible();
  const url = page.url();

  await page.getByTestId('vt-record').click();
  const form = page.getByTestId('vt-record-form');
  await form.getByLabel('地点').fill(place);
  await form.getByLabel('问题描述').fill('垃圾桶满溢，周边有散落垃圾');
  await page.getByTestId('vt-record-form-ok').click();
  const item = page.getByTestId('vt-findings').locator('li').filter({ hasText: place });
  await expect(item).toContainText('待整改');

  await signIn(page, 'shequ');
  await page.goto(url);
  const mine = page.getByTestId('vt-findings').locator('li').filter({ hasText: place });
  await mine.getByTestId('vt-fix').click();
  await page.getByTestId('vt-fix-form').getByLabel('整改情况').fill('已协调物业清运');
  await page.getByTestId('vt-fix-form-ok').click();
  await expect(mine).toContainText('已协调物业清运');
  await expect(mine).toContainText('已整改');
});
