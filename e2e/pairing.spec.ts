/**
 * 结对联系 end to end (seed 001, Beilun: "建立支部党员联系结对流动党员机制…联系不断线"): the community
 * officer pairs an outflowing member with the demo party member, whose home now lists the pair
 * without a contact this month; the party member, on a phone, logs a WeChat call with what the
 * family needs; and the officer's home no longer lists the pair.
 */
import { expect, test } from '@playwright/test';
import { apiGet, choose, signIn } from './support.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

test('Beilun: shequ pairs a mobile member with dangyuan, who logs a contact from a phone (seed 001)', async ({
  browser,
}) => {
  const phone = await (await browser.newContext(PHONE)).newPage();
  await signIn(phone, 'dangyuan');
  const me = await apiGet<{ user: { displayName: string } }>(phone, '/api/auth/me');
  const keeper = me.user.displayName.replace(/^党员\s*/, '');

  // the community officer pairs the first outflowing member not yet paired with dangyuan
  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, 'shequ');
  await officer.goto('/partymembers/pairing');
  const unpaired = officer.getByTestId('pp-unpaired');
  const row = unpaired.locator('tbody tr.ant-table-row').first();
  await expect(row).toBeVisible({ timeout: 60_000 }); // the first page of a busy CI machine
  const member = (await row.locator('td').first().innerText()).trim();
  await row.getByTestId('pp-pair').click();
  const form = officer.getByTestId('pp-pair-form');
  // the list holds the community's resident members: type the name to find them
  await form.getByTestId('pp-contact-select').click();
  await officer.keyboard.type(keeper);
  await choose(officer, form.getByTestId('pp-contact-select'), keeper);
  await officer.getByTestId('pp-pair-form-ok').click();
  await expect(unpaired.locator('tr', { hasText: member })).toHaveCount(0);

  // the officer's to-dos list the new pair among those not in touch this month
  type Todo = { key: string; entries?: { title: string }[] };
  const silent = async () =>
    (await apiGet<Todo[]>(officer, '/api/home/todos'))
      .find((t) => t.key === 'partymembers.pairing.no_contact')
      ?.entries?.map((e) => e.title) ?? [];
  expect(await silent()).toContain(member);

  // dangyuan, on a phone, opens the member and logs a WeChat call
  await phone.goto('/partymembers/pairing/mine');
  const card = phone.getByTestId('pp-mine').filter({ hasText: member });
  await expect(card).toContainText('失联风险');
  await card.getByTestId('pp-open').click();
  const log = phone.getByTestId('pp-log');
  await log.getByText('微信').click();
  await log.getByLabel('本人及家人的困难需求').fill('父亲住院，想了解异地医保报销');
  await log.getByLabel('学习情况').fill('已学习本月支部推送的理论学习资讯');
  await log.getByTestId('pp-log-submit').click();
  await expect(phone.getByText('已记录联系')).toBeVisible();
  await expect(phone.getByTestId('pp-contacts')).toContainText('父亲住院');
  await expect(phone.getByTestId('pp-risk').first()).toHaveText('本月已联系');

  // the officer's home no longer lists it
  expect(await silent()).not.toContain(member);
  await officer.goto('/');
  await expect(officer.getByTestId('home-todos').locator('.ant-skeleton')).toHaveCount(0);
  await expect(officer.getByTestId('home-todos')).toBeVisible();
  await expect(
    officer
      .getByTestId('todo-partymembers.pairing.no_contact')
      .getByTestId('todo-entry')
      .filter({ hasText: member }),
  ).toHaveCount(0);
});
