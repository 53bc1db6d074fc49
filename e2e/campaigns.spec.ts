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

test('jiedao corrects a household and a team, removes a member; a team with work cannot be disbanded', async ({
  page,
}) => {
  await signIn(page, 'jiedao');
  const me = await apiGet<{ csrfToken: string }>(page, '/api/auth/me');
  const post = async (url: string, data: object) => {
    const res = await page.request.post(url, { data, headers: { 'x-csrf-token': me.csrfToken } });
    expect(res.ok(), `${url} → ${res.status()}`).toBeTruthy();
    return (await res.json()) as { id: string };
  };
  // set up through the API: a household entered by mistake, a new team with a member who did nothing
  const drives = await apiGet<{ id: string; name: string }[]>(page, '/api/campaigns');
  const drive = drives.find((c) => c.name.includes('土地整备'))!;
  const tag = Date.now().toString(36).toUpperCase();
  const no = `E2E-${tag}`;
  await post(`/api/campaigns/${drive.id}/households`, {
    no,
    buildingNo: '9栋',
    headName: '周建华',
    people: 3,
    areaM2: 86,
  });
  const team = await post(`/api/campaigns/${drive.id}/teams`, { name: `临时组${tag}` });
  await post(`/api/campaigns/teams/${team.id}/members`, { name: '刘晓红' });
  const [taken] = await apiGet<{ no: string }[]>(page, `/api/campaigns/${drive.id}/households`);

  await page.goto(`/campaigns/${drive.id}`);
  await page.getByRole('searchbox', { name: '户号或楼栋' }).fill(no);
  await page.keyboard.press('Enter');
  const rows = page.getByTestId('cmp-households').locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(1);
  await rows.getByTestId('cmp-household-open').click();
  const drawer = page.getByTestId('cmp-household');
  await drawer.getByTestId('cmp-household-edit').click();
  const form = page.getByTestId('cmp-household-form');
  // a number another household has: the message sits under the number
  await form.getByLabel('户号').fill(taken.no);
  await page.getByTestId('cmp-household-form-ok').click();
  await expect(form.locator('.ant-form-item').filter({ has: page.getByLabel('户号') })).toContainText(
    '本项目已有这个户号',
  );
  await form.getByLabel('户号').fill(`${no}-1`);
  await form.getByLabel('户主').fill('周建国');
  await page.getByTestId('cmp-household-form-ok').click();
  await expect(form).toBeHidden();
  await expect(drawer.locator('.ant-drawer-title')).toHaveText(`9栋 ${no}-1 · 周建国`);
  await drawer.locator('.ant-drawer-close').click();

  await page.getByRole('tab', { name: '工作组' }).click();
  const card = page.getByTestId('cmp-team').filter({ hasText: `临时组${tag}` });
  await card.getByRole('button', { name: '改名' }).click();
  await page.getByTestId('cmp-team-rename').getByLabel('工作组名称').fill(`第十一工作组${tag}`);
  await page.getByTestId('cmp-team-rename-ok').click();
  const renamed = page.getByTestId('cmp-team').filter({ hasText: `第十一工作组${tag}` });
  await expect(renamed).toBeVisible();
  await renamed.getByTestId('cmp-member').filter({ hasText: '刘晓红' }).click();
  await page.getByTestId('cmp-member-delete').click();
  await page
    .locator('.ant-popconfirm:visible')
    .getByRole('button', { name: /确\s?定/ })
    .click();
  await expect(renamed.getByTestId('cmp-member')).toHaveCount(0);

  // 第一工作组 has logged visits and signings: disbanding it is refused, and the page says why
  const first = page.getByTestId('cmp-team').filter({ hasText: '第一工作组' });
  await first.getByRole('button', { name: '撤销' }).click();
  await page
    .locator('.ant-popconfirm:visible')
    .getByRole('button', { name: /确\s?定/ })
    .click();
  await expect(page.locator('.ant-message')).toContainText('该工作组已有走访或签约、搬迁记录，不能撤销');
  await expect(first).toBeVisible();
});
