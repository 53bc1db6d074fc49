/**
 * 主体责任清单 end to end (seed 004 Luohu): the community officer `shequ` opens the community's list,
 * reports progress on an open item with its evidence; the office `zzb` accepts it and the item shows
 * done; zzb opens the latest quarterly bulletin, numbered, with the organisations ranked.
 */
import { expect, test } from '@playwright/test';
import { apiGet, signIn } from './support.ts';

type Lists = { lists: { id: string; target: string; kind: string }[] };
type List = { itemsList: { title: string; state: string }[] };

test('shequ reports progress on an item, zzb accepts it, the bulletin is numbered', async ({ page }) => {
  await signIn(page, 'shequ');
  await page.goto('/dutylists');
  await expect(page.getByTestId('dl-lists')).toBeVisible();
  const { lists } = await apiGet<Lists>(page, `/api/dutylists/lists`);
  const own = lists.find((l) => l.kind === 'community_committee')!;
  const { itemsList } = await apiGet<List>(page, `/api/dutylists/lists/${own.id}`);
  const item = itemsList.find((i) => i.state === 'open')!;
  await page.getByTestId('dl-lists').getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/dutylists/lists/${own.id}$`));
  const row = page.getByTestId('dl-items').locator('tr').filter({ hasText: item.title });
  await row.getByTestId('dl-report').click();
  await page.getByLabel('进展情况').fill('已组织全体党员开展，按网格分组进行');
  await page.getByLabel('佐证材料（文字说明）').fill('会议记录、照片 12 张');
  await page.getByTestId('dl-report-form-ok').click();
  await expect(row.getByTestId('dl-state')).toHaveText('待认定');

  await signIn(page, 'zzb');
  await page.goto(`/dutylists/lists/${own.id}`);
  const checked = page.getByTestId('dl-items').locator('tr').filter({ hasText: item.title });
  await expect(checked).toContainText('已组织全体党员开展');
  await checked.getByTestId('dl-accept').click();
  await expect(checked.getByTestId('dl-state')).toHaveText('已完成');

  await page.goto('/dutylists/bulletins');
  await page.getByTestId('dl-bul-card').first().getByRole('link').click();
  await expect(page.getByTestId('dl-bul-number')).toHaveText(/^〔\d{4}〕第\d+期$/);
  await expect(page.getByTestId('dl-bulletin')).toContainText('一、完成率排名');
});
