/**
 * 双点 and points by hand in Chromium (issue 18 items 3 and 8, seed 000): the organisation department
 * marks a unit as an observation point with its supervising group, records what the group saw there,
 * and a unit's officer asks for points for a cadre, which count only once the department approves.
 */
import { expect, test } from '@playwright/test';
import { apiGet, choose, signIn } from './support.ts';

test('a unit becomes an observation point, is observed, and points asked by the unit count once approved', async ({
  page,
}) => {
  const stamp = Date.now().toString(36).slice(-4).toUpperCase();
  await signIn(page, 'zzb');
  await page.goto('/assessment/field');
  await expect(page).toHaveTitle(/双点与加减分/);
  // the unit of the demo cadre: 区住房和建设局
  const row = page.getByRole('row', { name: /区住房和建设局/ }).first();
  const observed = row.getByRole('switch', { name: /观测点/ });
  if (!(await observed.isChecked())) await observed.click();
  await row.getByRole('textbox', { name: /督导组/ }).fill(`第一督导组${stamp}`);
  await row.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('操作成功').first()).toBeVisible();

  await page.getByRole('tab', { name: '观测记录' }).click();
  const form = page.getByTestId('observation-form');
  await choose(page, page.getByTestId('f-obs-unit'), '区住房和建设局');
  await form.getByLabel('观测人').fill(`王组长${stamp}`);
  await form.getByLabel('情况').fill(`旧改攻坚现场协调有力 ${stamp}`);
  await form.getByRole('button', { name: /提\s*交/ }).click();
  await expect(page.getByRole('cell', { name: `旧改攻坚现场协调有力 ${stamp}` })).toBeVisible();

  // the unit's officer asks for points for its cadre
  await signIn(page, 'bumen');
  await page.goto('/assessment/field');
  await page.getByRole('tab', { name: '手工加减分' }).click();
  const pf = page.getByTestId('points-form');
  await choose(page, page.getByTestId('f-points-cadre'), /.+/);
  const cadre = (await page.getByTestId('f-points-cadre').innerText()).split(' · ')[0].trim();
  await pf.getByLabel('分值').fill('2');
  await pf.getByLabel('事由').fill(`台风抢险表现突出 ${stamp}`);
  await pf.getByRole('button', { name: /提\s*交/ }).click();
  await expect(page.getByText('已提交，待审批')).toBeVisible();
  // a unit cannot approve its own request: no approval table for it
  await expect(page.getByText('待审批的加减分')).toHaveCount(0);

  // the department approves; the cadre's ledger has the line
  await signIn(page, 'zzb');
  await page.goto('/assessment/field');
  await page.getByRole('tab', { name: '手工加减分' }).click();
  const pending = page.getByRole('row', { name: new RegExp(`台风抢险表现突出 ${stamp}`) });
  await expect(pending).toContainText(cadre);
  await pending.getByRole('button', { name: /批\s*准/ }).click();
  await expect(pending).toHaveCount(0);
  const me = await apiGet<{ grants: { districtId: string }[] }>(page, '/api/auth/me');
  const q = new Date();
  const quarter = `${q.getFullYear()}Q${Math.floor(q.getMonth() / 3) + 1}`;
  const rows = await apiGet<{ personId: string; name: string }[]>(
    page,
    `/api/assessment/points/ranking?districtId=${me.grants[0].districtId}&quarter=${quarter}`,
  );
  const person = rows.find((r) => r.name === cadre)!;
  const ledger = await apiGet<{ lines: { reason: string; status: string; points: number }[] }>(
    page,
    `/api/assessment/points/people/${person.personId}`,
  );
  expect(ledger.lines).toContainEqual(
    expect.objectContaining({ reason: `台风抢险表现突出 ${stamp}`, status: 'approved', points: 2 }),
  );
});
