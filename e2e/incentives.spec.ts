/**
 * 正向激励 end to end (seed 004 Luohu: 有为有位 … 常态化关心关爱; seed 000 Futian: 休整休养): 住建局
 * `bumen` proposes 安排休整休养 for the demo cadre `ganbu`; the organisation department `zzb` approves,
 * numbering the 激励决定; ganbu books two days from his own page; bumen approves them, numbering the
 * 休整休养通知; the printable decision shows its number and ganbu's name.
 */
import { expect, test } from '@playwright/test';
import { apiGet, choose, signIn } from './support.ts';

const day = (offset: number) =>
  new Date(Date.now() + (offset * 24 + 8) * 3_600_000).toISOString().slice(0, 10);

test('bumen proposes, zzb approves, ganbu books rest, bumen approves; the decision prints', async ({
  page,
}) => {
  await signIn(page, 'ganbu');
  const me = await apiGet<{ user: { displayName: string } }>(page, '/api/auth/me');
  const name = me.user.displayName.replace(/^干部\s*/, '');
  const reason = `e2e 连续值守 ${Date.now().toString(36)}`;

  await signIn(page, 'bumen');
  await page.goto('/incentives');
  await page.getByTestId('inc-propose').click();
  const form = page.getByTestId('inc-propose-form');
  // the unit's cadres are many: search by name (the list renders only the options in view)
  await page.getByTestId('inc-cadre').click();
  await page.keyboard.type(name);
  await choose(page, page.getByTestId('inc-cadre'), name);
  await choose(page, page.getByTestId('inc-measure'), '安排休整休养');
  await form.getByLabel('事由').fill(reason);
  await page.getByTestId('inc-propose-form-ok').click();
  await expect(page.getByTestId('inc-grant-state')).toHaveText('待审批');
  await expect(page.getByTestId('inc-approve')).toHaveCount(0);
  const url = page.url();
  const grantId = url.split('/').pop()!;

  await signIn(page, 'zzb');
  await page.goto(url);
  await page.getByTestId('inc-approve').click();
  await expect(page.getByTestId('inc-grant-state')).toHaveText('已同意');
  await expect(page.getByTestId('inc-decision-link')).toContainText('激励决〔');

  await signIn(page, 'ganbu');
  await page.goto('/incentives/mine');
  await page.getByTestId(`inc-book-${grantId}`).click();
  const book = page.getByTestId('inc-book-form');
  await book.getByLabel('开始日期').fill(day(20));
  await book.getByLabel('结束日期').fill(day(21));
  await page.getByTestId('inc-book-form-ok').click();
  await expect(page.getByRole('listitem').filter({ hasText: `${day(20)} — ${day(21)}` })).toContainText(
    '待审批',
  );

  await signIn(page, 'bumen');
  await page.goto('/incentives/rests');
  const row = page.getByRole('row').filter({ hasText: day(20) });
  await row.getByRole('button', { name: /同\s*意/ }).click();
  await expect(row).toContainText('休整〔');
  await row.getByRole('link').click();
  await expect(page.getByTestId('inc-document-no')).toHaveText(/^休整〔\d{4}〕\d+号$/);
  await expect(page.getByTestId('inc-document')).toContainText(name);

  await page.goto(`/incentives/grants/${grantId}/decision`);
  await expect(page.getByTestId('inc-document-no')).toHaveText(/^激励决〔\d{4}〕\d+号$/);
  await expect(page.getByTestId('inc-document')).toContainText(reason);
});
