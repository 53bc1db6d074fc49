/**
 * 基层一线实践锻炼 end to end in Chromium (Longgang, seed 002): the organisation department (`zzb`)
 * opens a batch on the street office `jiedao`'s street and assigns the demo cadre `ganbu`; ganbu,
 * on his phone, files this week's log; the street rates him 优秀 at the batch's end, and the rating
 * shows in his one-person file (政治素质档案) on the assessment page.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { apiGet, choose, signIn } from './support.ts';

test.describe.configure({ mode: 'serial' });

async function as(browser: Browser, username: string, phone = false): Promise<Page> {
  const ctx = await browser.newContext(
    phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {},
  );
  const page = await ctx.newPage();
  await signIn(page, username);
  return page;
}

const day = (n: number) => new Date(Date.now() + 8 * 3600_000 + n * 86_400_000).toISOString().slice(0, 10);
const batchName = `第三批实践锻炼·${Date.now().toString(36).slice(-4)}`;

test('zzb opens a batch and assigns ganbu to jiedao’s street; ganbu logs his week; jiedao rates him', async ({
  browser,
}) => {
  // the names the pages show: jiedao's street and ganbu's person
  const street = await as(browser, 'jiedao');
  const streetMe = await apiGet<{ grants: { nodeId: string }[] }>(street, '/api/auth/me');
  const node = await apiGet<{ name: string }>(street, `/api/org/nodes/${streetMe.grants[0].nodeId}`);

  const ganbu = await as(browser, 'ganbu', true);
  const zzb = await as(browser, 'zzb');
  await zzb.goto('/secondments');
  await zzb.getByTestId('batch-new').click();
  const form = zzb.getByTestId('batch-form');
  await form.getByLabel('批次名称').fill(batchName);
  await form.getByLabel('开始日期').fill(day(-80));
  await form.getByLabel(/结束日期/).fill(day(7));
  // a multiple select: the list stays open after a pick
  const streets = zzb.getByTestId('batch-streets');
  await streets.click();
  await zzb
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: node.name })
    .click();
  await zzb.keyboard.press('Escape');
  await expect(streets).toContainText(node.name);
  await zzb.getByTestId('batch-form-ok').click();
  const panel = zzb.getByTestId('batch-panel');
  await expect(panel).toContainText(batchName);
  await panel.getByTestId('assign').click();
  const cadres = await apiGet<{ name: string; personId: string }[]>(
    zzb,
    `/api/secondments/cadres?nodeId=${(await apiGet<{ grants: { nodeId: string }[] }>(zzb, '/api/auth/me')).grants[0].nodeId}`,
  );
  // his name as the register has it (the demo put him in the running batch)
  const ganbuName = (await apiGet<{ name: string }[]>(ganbu, '/api/secondments/mine'))[0].name;
  expect(cadres.some((c) => c.name === ganbuName)).toBe(true);
  // the district has hundreds of cadres: type to find him
  const cadre = zzb.getByTestId('assign-cadre');
  await cadre.click();
  await zzb.keyboard.type(ganbuName);
  await zzb
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: ganbuName })
    .first()
    .click();
  await expect(cadre).toContainText(ganbuName);
  await choose(zzb, zzb.getByTestId('assign-street'), node.name);
  await zzb.getByTestId('assign-form-ok').click();
  await expect(panel.getByRole('row', { name: new RegExp(ganbuName) })).toBeVisible();

  // ganbu on his phone: the new secondment, this week's log
  await ganbu.goto('/secondments');
  const card = ganbu.getByTestId('my-secondment').filter({ hasText: batchName });
  await expect(card).toBeVisible();
  await card.getByLabel('工作内容').fill('本周走访拆迁户 20 户，协助签约 3 户');
  await card.getByTestId('weekly-submit').click();
  await expect(card).toContainText('本周周志已填写');
  await expect(card.getByTestId('secondment-entries')).toContainText('本周走访拆迁户 20 户');

  // jiedao: the batch ends within two weeks, so he rates him
  await street.goto('/secondments');
  await street
    .getByRole('row', { name: new RegExp(batchName) })
    .getByRole('button')
    .click();
  const row = street.getByTestId('batch-panel').getByRole('row', { name: new RegExp(ganbuName) });
  await row.getByTestId('rate').click();
  const rate = street.getByTestId('rate-form');
  await choose(street, street.getByTestId('rate-rating'), '优秀');
  await rate.getByLabel('鉴定评语').fill('冲锋在前，完成签约 20 户');
  await street.getByTestId('rate-form-ok').click();
  await expect(row.getByTestId('assignment-rating')).toHaveText('优秀');

  // zzb: the rating is in ganbu's one-person file, as the printed file carries it
  const personId = cadres.find((c) => c.name === ganbuName)!.personId;
  await zzb.goto(`/assessment/people/${personId}`);
  await zzb.getByRole('tab', { name: '政治素质档案' }).click();
  const section = zzb.getByTestId('pq-secondments').getByRole('row', { name: new RegExp(batchName) });
  await expect(section.getByTestId('pq-secondment-rating')).toHaveText('优秀');
  await expect(section).toContainText('冲锋在前，完成签约 20 户');
});
