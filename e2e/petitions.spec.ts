/**
 * 诉访分离 end to end (seed 003 福田 访前法律工作室): the community officer `shequ` registers a neighbour
 * quarrel brought by six people (a 集体访); the mediator on duty `tiaojie` triages it at the street's
 * 访前法律工作室 to people's mediation; the list shows it guided with a numbered 不予受理告知书, which
 * opens for printing; the resident `jumin` files her own matter online and sees it waiting, beside the
 * earlier one whose reply she may rate.
 */
import { expect, test } from '@playwright/test';
import { choose, signIn } from './support.ts';

test('shequ registers a 集体访, tiaojie guides it to people’s mediation, the notice prints; jumin files online', async ({
  page,
}) => {
  const matter = `e2e 楼上漏水邻里纠纷 ${Date.now().toString(36)}`;
  await signIn(page, 'shequ');
  await page.goto('/petitions');
  await page.getByTestId('visit-register').click();
  await page.getByTestId('visit-name').fill('孙丽华');
  await choose(page, page.getByTestId('visit-category'), '邻里纠纷');
  await page.getByTestId('visit-matter').fill(matter);
  await page.getByTestId('visit-people').fill('6');
  await page.getByTestId('visit-form-ok').click();
  const mine = page.getByTestId('visit-row').filter({ hasText: matter });
  await expect(mine.getByTestId('visit-state')).toHaveText('待分流');
  await expect(mine).toContainText('集体访 6');

  await signIn(page, 'tiaojie');
  await page.goto('/petitions');
  const row = page.getByTestId('visit-row').filter({ hasText: matter });
  await row.getByTestId('visit-triage').click();
  await expect(page.getByTestId('move-route')).toContainText('人民调解'); // the category's suggestion
  await page.getByTestId('move-note').fill('引导至社区人民调解室调解');
  await page.getByTestId('move-form-ok').click();
  await expect(row.getByTestId('visit-state')).toHaveText('已引导');
  await expect(row.getByTestId('visit-route')).toHaveText('人民调解');
  const number = (await row.getByTestId('visit-notice').innerText()).trim();
  expect(number).toMatch(/^福田信访不受〔\d{4}〕第\d{4}号$/);
  const [notice] = await Promise.all([page.waitForEvent('popup'), row.getByTestId('visit-notice').click()]);
  await expect(notice.getByTestId('pt-notice')).toContainText('信访事项不予受理告知书');
  await expect(notice.getByTestId('pt-notice-number')).toHaveText(number);
  await expect(notice.getByTestId('pt-notice')).toContainText('人民调解');
  await notice.close();

  // a resident files her own matter from the phone and follows it; her earlier one has a reply to rate
  await signIn(page, 'jumin');
  await page.goto('/petitions');
  await expect(
    page.getByTestId('visit-row').filter({ hasText: '人行道破损' }).getByTestId('visit-rate'),
  ).toBeVisible();
  const own = `e2e 楼道照明损坏 ${Date.now().toString(36)}`;
  await page.getByTestId('visit-submit').click();
  await page.getByTestId('visit-matter').fill(own);
  await page.getByTestId('visit-form-ok').click();
  await expect(page.getByTestId('visit-row').filter({ hasText: own }).getByTestId('visit-state')).toHaveText(
    '待分流',
  );
});
