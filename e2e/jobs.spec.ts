/**
 * The community talent station end to end (seed 001 Haichuang 社区人才发展服务站): the demo resident
 * files a job-seeking need on a phone, the community's officer recommends a matching posting from
 * the station's ticket list, and the resident accepts it on the phone. No phone or ID number is asked.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './support.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

async function open(browser: Browser, username: string, phone = false): Promise<Page> {
  const page = await (await browser.newContext(phone ? PHONE : {})).newPage();
  await signIn(page, username);
  return page;
}

test('jumin files a need on the phone, shequ recommends a posting, jumin accepts it', async ({ browser }) => {
  const resident = await open(browser, 'jumin', true);
  await resident.goto('/jobs/mine');
  const form = resident.locator('form#jobs-need');
  await expect(form).toBeVisible();
  await expect(form).not.toContainText('身份证');
  await form.getByLabel('餐饮服务').check();
  await form.getByLabel('技能特长').fill('在食堂帮过厨，会切配');
  await resident.getByTestId('jobs-need-submit').click();
  const mine = resident.getByTestId('jobs-my-ticket').filter({ hasText: '餐饮服务' });
  await expect(mine.getByTestId('jobs-my-state')).toHaveText('待处理');

  const officer = await open(browser, 'shequ');
  await officer.goto('/jobs/tickets');
  const row = officer.getByRole('row').filter({ hasText: '餐饮服务' }).filter({ hasText: '待处理' });
  await expect(row).toHaveCount(1);
  await row.getByTestId('jobs-recommend').click();
  const pick = officer.getByRole('dialog').getByRole('listitem').filter({ hasText: '后厨帮工' });
  await pick.getByTestId('jobs-recommend-pick').click();
  await expect(
    officer.getByRole('row').filter({ hasText: '餐饮服务' }).first().getByTestId('jobs-ticket-state'),
  ).toHaveText('服务中');

  await resident.reload();
  const rec = resident
    .getByTestId('jobs-my-ticket')
    .filter({ hasText: '餐饮服务' })
    .getByTestId('jobs-my-rec');
  await expect(rec).toContainText('后厨帮工');
  await expect(rec.getByTestId('jobs-my-rec-state')).toHaveText('待答复');
  await rec.getByTestId('jobs-rec-accept').click();
  await expect(rec.getByTestId('jobs-my-rec-state')).toHaveText('已接受');
  await expect(rec.getByTestId('jobs-rec-accept')).toHaveCount(0);
});
