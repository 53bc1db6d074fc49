/**
 * 党群服务阵地联盟 end to end (seed 003 福田 "1+95+N"): the resident `jumin` finds the community's
 * party-and-mass service centre by its pinyin initials, opens its week calendar, books the
 * 议事室 for tomorrow morning, and sees the booking confirmed on the phone-width 我的预约 page.
 */
import { expect, test } from '@playwright/test';
import { apiGet, choose, pinyinInitials, signIn } from './support.ts';

test('jumin finds the centre by pinyin, books a room for tomorrow, and sees it on my bookings', async ({
  page,
}) => {
  await signIn(page, 'jumin');
  const mine = await apiGet<{ venueId: string; venueName: string; state: string }[]>(
    page,
    '/api/venues/bookings/mine',
  );
  const centre = mine.find((b) => b.state === 'confirmed')!;
  const title = `e2e 楼栋议事会 ${Date.now().toString(36)}`;

  await page.goto('/venues');
  await page.getByTestId('vn-search').getByRole('searchbox').fill(pinyinInitials(centre.venueName));
  await page.keyboard.press('Enter');
  const list = page.getByTestId('vn-list');
  // the initials match this centre (and members named after the same community), not the district's 95 others
  await expect(list.locator('tbody tr')).not.toHaveCount(0);
  expect(await list.locator('tbody tr').count()).toBeLessThan(5);
  await list.getByRole('link', { name: centre.venueName }).click();
  await expect(page.getByTestId('vn-week')).toContainText('议事室');

  await page.getByTestId('vn-book').click();
  const form = page.getByTestId('vn-book-form');
  await choose(page, page.getByTestId('vn-book-room'), '议事室');
  await choose(page, page.getByTestId('vn-book-start'), '09:00');
  await choose(page, page.getByTestId('vn-book-end'), '10:00');
  await form.getByLabel('活动名称').fill(title);
  await page
    .getByRole('button', { name: '预 约' })
    .or(page.getByRole('button', { name: '预约', exact: true }))
    .last()
    .click();
  await expect(page.getByText('预约成功')).toBeVisible();
  await expect(page.getByTestId('vn-week')).toContainText(title);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/venues/mine');
  const card = page.getByTestId('vn-mine').locator('.ant-card').filter({ hasText: title });
  await expect(card).toContainText('已确认');
  await expect(card).toContainText('09:00–10:00');
});
