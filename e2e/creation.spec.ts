/**
 * 示范创建 end to end (seed 000: 福民社区's ladder of titles): the district `zzb` sets up a
 * programme; 百花社区's officer `shequ` declares the district level, self-assesses each indicator
 * with evidence and submits; 园岭街道 `jiedao` passes the pre-review; zzb scores each indicator,
 * publicises under a numbered 公示 and names it. Then the 先锋指数 page shows the ranking chart.
 */
import { expect, test } from '@playwright/test';
import { apiGet, choose, signIn } from './support.ts';

test('shequ declares and self-assesses, jiedao pre-reviews, zzb scores and names; the index charts', async ({
  page,
}) => {
  const name = `e2e 平安示范社区 ${Date.now().toString(36)}`;
  await signIn(page, 'zzb');
  const me = await apiGet<{ grants: { role: string; nodeId: string }[]; csrfToken: string }>(
    page,
    '/api/auth/me',
  );
  const district = me.grants.find((g) => g.role === 'org_officer')!.nodeId;
  const created = await page.request.post('/api/creation/programmes', {
    headers: { 'x-csrf-token': me.csrfToken },
    data: {
      nodeId: district,
      name,
      passPct: 80,
      publicityDays: 0,
      renewYears: 3,
      indicators: [
        { name: '平安建设组织体系', points: 50 },
        { name: '矛盾纠纷排查化解', points: 50 },
      ],
    },
  });
  expect(created.ok(), await created.text()).toBeTruthy();

  await signIn(page, 'shequ');
  await page.goto('/creation');
  await page.getByTestId('cre-declare').click();
  await choose(page, page.getByTestId('cre-declare-programme'), name);
  await page.getByTestId('cre-declare-form-ok').click();
  await expect(page.getByTestId('cre-state')).toHaveText('自评中');
  for (const [i, s] of [45, 44].entries()) {
    await page.getByTestId(`cre-self-${i}`).fill(String(s));
    await page.getByTestId(`cre-evidence-${i}`).fill('会议纪要与现场照片');
  }
  await page.getByTestId('cre-save-self').click();
  await page.getByTestId('cre-move-submit').click();
  await expect(page.getByTestId('cre-state')).toHaveText('待街道初审');
  const url = page.url();

  await signIn(page, 'jiedao');
  await page.goto(url);
  await page.getByTestId('cre-move-pass').click();
  await expect(page.getByTestId('cre-state')).toHaveText('待区评审');

  await signIn(page, 'zzb');
  await page.goto(url);
  for (const [i, s] of [44, 42].entries()) {
    await page.getByTestId(`cre-score-${i}`).fill(String(s));
    await page.getByTestId(`cre-score-${i}-ok`).click();
    await expect(page.getByTestId(`cre-score-${i}`)).toHaveCount(0);
  }
  await expect(page.getByTestId('cre-review-total')).toHaveText('86');
  await page.getByTestId('cre-move-publicise').click();
  await expect(page.getByTestId('cre-state')).toHaveText('公示中');
  await expect(page.getByTestId('cre-publicity-no')).toHaveText(/^创建公示〔\d{4}〕\d+号$/);
  await page.getByTestId('cre-move-name').click();
  await expect(page.getByTestId('cre-state')).toHaveText('已命名');

  await page.goto('/creation/index');
  await expect(page.getByTestId('cre-index-chart')).toBeVisible();
  await expect(page.getByTestId('cre-index').locator('tbody tr.ant-table-row').first()).toBeVisible();
});
