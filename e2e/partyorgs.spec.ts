/**
 * Party-organisation quality end to end (seed 004, Luohu): the community officer plans an activity
 * by 5W1H (who, what, why, when, how, to what extent) and records it against its plan; the street
 * officer then grades the branch by results against the criteria, and sees its level; and a street
 * officer sets up a major project's temporary branch and dissolves it early.
 */
import { expect, test } from '@playwright/test';
import { signIn } from './support.ts';

test('Luohu: an activity planned by 5W1H, recorded, and the branch graded (seed 004)', async ({
  browser,
}) => {
  const what = `e2e 主题党日 ${Date.now().toString(36)}`;
  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, 'shequ');
  await officer.goto('/partyorgs');
  await officer.getByTestId('po-plan').click();
  await officer.getByTestId('po-org').click();
  const option = officer.locator('.ant-select-item-option').first();
  const orgLabel = (await option.textContent())!.trim();
  await option.click();
  await officer.getByLabel('谁来做 (Who)').fill('支部书记和全体支委');
  await officer.getByLabel('做什么 (What)').fill(what);
  await officer.getByLabel('为什么做 (Why)').fill('学习贯彻上级精神，增强党员归属感');
  await officer.getByLabel('怎么做 (How)').fill('集中学习、重温入党誓词、交流发言');
  await officer.getByLabel('做到什么程度 (To what extent)').fill('党员参加率不低于90%');
  await officer.getByTestId('po-plan-form-ok').click();
  const row = officer.getByTestId('po-activities').locator('tr', { hasText: what });
  await expect(row).toContainText('已计划');

  // recorded against its plan
  await row.getByTestId('po-record').click();
  await officer.getByLabel('完成情况').fill('实到 26 人，全体重温入党誓词，8 人交流发言');
  await officer.getByTestId('po-record-form-ok').click();
  await expect(row).toContainText('达成');

  // the street grades the branch by results
  const street = await (await browser.newContext()).newPage();
  await signIn(street, 'jiedao');
  await street.goto('/partyorgs/grades');
  const graded = street.getByTestId('po-grades').locator('tr', { hasText: orgLabel }).first();
  await expect(graded).toBeVisible({ timeout: 60_000 });
  await graded.getByTestId('po-grade').click();
  const scores = street.locator('.ant-modal input.ant-input-number-input');
  await expect(scores.first()).toBeVisible();
  for (let i = 0; i < (await scores.count()); i++) await scores.nth(i).fill('18');
  await street.getByTestId('po-grade-ok').click();
  await expect(graded).toContainText('三星');
  await expect(graded).toContainText('72/100');
});

test('a major project’s temporary branch is set up with its start date and planned end, overdue, re-planned, and dissolved early', async ({
  page,
}) => {
  const name = `e2e 项目临时党支部 ${Date.now().toString(36)}`;
  const day = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const pickDate = async (label: string, value: string) => {
    const input = page.getByRole('dialog').getByLabel(label);
    await input.click();
    await input.fill(value);
    await input.press('Enter');
  };
  const submit = async (formId: string, url: RegExp, method = 'POST') => {
    const done = page.waitForResponse((r) => url.test(r.url()) && r.request().method() === method);
    await page.getByTestId(`${formId}-ok`).click();
    const res = await done;
    expect(res.ok(), `${res.url()} → ${res.status()} ${await res.text()}`).toBeTruthy();
  };
  await signIn(page, 'jiedao');
  await page.goto('/partyorgs/temporary');
  await page.getByTestId('add-temporary').click();
  await page.getByRole('dialog').getByLabel('党组织').fill(name);
  const lastYear = Number(day.slice(0, 4)) - 1;
  await pickDate('成立日期', `${lastYear}-03-01`);
  await pickDate('计划撤销日期', `${lastYear}-12-31`);
  await submit('temporary-modal', /\/party-orgs\/temporary$/);
  // its planned end has passed and it is not dissolved: overdue
  await expect(page.getByTestId(`temporary-status-${name}`)).toHaveText('逾期未撤销');
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText('项目临时党支部');

  // the project is extended: the planned end moves on and it is in being again
  await page.getByTestId(`edit-${name}`).click();
  await page.getByRole('dialog').getByLabel('计划撤销日期').clear();
  await pickDate('计划撤销日期', `${lastYear + 3}-06-30`);
  await submit('temporary-edit-modal', /\/party-orgs\/[^/]+\/temporary$/, 'PATCH');
  await expect(page.getByTestId(`temporary-planned-end-${name}`)).toHaveText(`${lastYear + 3}-06-30`);
  await expect(page.getByTestId(`temporary-status-${name}`)).toHaveText('运行中');

  // the project ends early: the branch is dissolved today
  await page.getByTestId(`dissolve-${name}`).click();
  await pickDate('撤销日期', day);
  await submit('dissolve-modal', /\/dissolve$/);
  await expect(page.getByTestId(`temporary-status-${name}`)).toHaveText('已撤销');
  await expect(page.getByTestId(`dissolve-${name}`)).toHaveCount(0);
});
