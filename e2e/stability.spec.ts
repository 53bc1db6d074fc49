/**
 * 稳评 end to end (seed 003 Futian: 将重大决策社会稳定影响风险评估纳入重大决策前置程序): 住建局 `bumen`
 * registers a major decision, cannot decide it yet (only 提交审核 is offered), identifies a risk
 * source and the survey, and submits; the district 政法委 `zzb` confirms the level, numbering the
 * report; bumen decides, and the printable report shows its number and level.
 */
import { expect, test } from '@playwright/test';
import { apiGet, choose, signIn } from './support.ts';

test('bumen registers and assesses a decision, zzb confirms it, bumen decides, the report prints', async ({
  page,
}) => {
  const title = `e2e 公交场站改造 ${Date.now().toString(36)}`;
  await signIn(page, 'bumen');
  await page.goto('/stability');
  await page.getByTestId('stab-new').click();
  const form = page.getByTestId('stab-new-form');
  await form.getByLabel('决策事项').fill(title);
  await choose(page, page.getByTestId('stab-field'), '重大工程');
  await form.getByLabel('涉及人数').fill('860');
  await page.getByTestId('stab-new-form-ok').click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByTestId('stab-state')).toHaveText('评估中');
  // the pre-decision gate: no 决策 before the assessment is confirmed
  await expect(page.getByTestId('stab-move-decide')).toHaveCount(0);

  await page.getByTestId('stab-edit').click();
  const a = page.getByTestId('stab-assess-form');
  await page.getByTestId('stab-add-risk').click();
  await a.getByLabel('风险源').fill('施工期间公交临时改道');
  await a.getByLabel('支持').fill('120');
  await a.getByLabel('反对').fill('4');
  await a.getByLabel('中立').fill('16');
  await choose(page, page.getByTestId('stab-methods'), '问卷');
  await page.getByTestId('stab-assess-form-ok').click();
  await expect(page.getByTestId('stab-rules-level')).toHaveText('低');
  await page.getByTestId('stab-move-submit').click();
  await expect(page.getByTestId('stab-state')).toHaveText('待审核');
  const url = page.url();

  await signIn(page, 'zzb');
  await page.goto(url);
  await page.getByTestId('stab-move-confirm').click();
  await page.getByTestId('stab-move-form-ok').click();
  await expect(page.getByTestId('stab-state')).toHaveText('评估完成');
  await expect(page.getByTestId('stab-report-link')).toContainText('稳评〔');

  await signIn(page, 'bumen');
  await page.goto(url);
  await expect(page.getByTestId('stab-outcome-rule')).toContainText('低风险');
  await page.getByTestId('stab-move-decide').click();
  await page.getByTestId('stab-move-form-ok').click();
  await expect(page.getByTestId('stab-state')).toHaveText('已决策');

  await page.getByTestId('stab-report-link').click();
  await expect(page.getByTestId('stab-report-no')).toHaveText(/^稳评〔\d{4}〕\d+号$/);
  await expect(page.getByTestId('stab-report')).toContainText(title);
  await expect(page.getByTestId('stab-report-level')).toHaveText('低');
});

test('bumen corrects a decision before submitting it, a stale edit is refused, and withdraws it', async ({
  page,
}) => {
  const title = `e2e 背街小巷改造 ${Date.now().toString(36)}`;
  await signIn(page, 'bumen');
  const me = await apiGet<{ csrfToken: string; grants: { nodeId: string }[] }>(page, '/api/auth/me');
  const headers = { 'x-csrf-token': me.csrfToken };
  const created = await page.request.post('/api/stability/decisions', {
    headers,
    data: { nodeId: me.grants[0].nodeId, title, field: 'project', affected: 300, plannedOn: '2027-06-30' },
  });
  expect(created.ok()).toBeTruthy();
  const { id } = (await created.json()) as { id: string };

  await page.goto(`/stability/decisions/${id}`);
  await expect(page.getByTestId('stab-state')).toHaveText('评估中');
  await page.getByTestId('stab-edit-decision').click();
  const form = page.getByTestId('stab-decision-form');
  await form.getByLabel('涉及人数').fill('420');
  await form.getByLabel('事项概要').fill('改造三条背街小巷的路面和排水');
  await page.getByTestId('stab-decision-form-ok').click();
  await expect(form).toBeHidden();
  await expect(page.getByText('改造三条背街小巷的路面和排水')).toBeVisible();
  await expect(page.getByTestId('stab-affected')).toHaveText('420');

  // someone else saves while the form is open: saving it is refused, and the page says why
  await page.getByTestId('stab-edit-decision').click();
  await form.getByLabel('涉及人数').fill('500');
  const now = await apiGet<{ version: number }>(page, `/api/stability/decisions/${id}`);
  const other = await page.request.put(`/api/stability/decisions/${id}`, {
    headers,
    data: {
      title,
      field: 'project',
      affected: 450,
      plannedOn: '2027-06-30',
      summary: '同事的修改',
      version: now.version,
    },
  });
  expect(other.ok()).toBeTruthy();
  await page.getByTestId('stab-decision-form-ok').click();
  await expect(page.locator('.ant-message')).toContainText('记录已被他人修改，请刷新后再试');
  await expect(form).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('stab-affected')).toHaveText('450');

  // 撤回 before the decision: a reason is asked for, then shown
  await page.getByTestId('stab-move-withdraw').click();
  const dialog = page.getByTestId('stab-move-form');
  await dialog.getByTestId('stab-move-form-ok').click();
  await expect(dialog.locator('.ant-form-item-explain-error')).toBeVisible();
  await dialog.getByLabel('撤回原因').fill('并入片区统筹改造，不再单独决策');
  await dialog.getByTestId('stab-move-form-ok').click();
  await expect(page.getByTestId('stab-state')).toHaveText('已撤回');
  await expect(page.getByTestId('stab-withdraw-reason')).toContainText('并入片区统筹改造，不再单独决策');
  await expect(page.getByTestId('stab-edit-decision')).toHaveCount(0);
});
