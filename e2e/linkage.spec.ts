/**
 * Linkage, 一老一小 and honours end to end in the demo district: the community officer keeps the
 * 三联三领 register and moves an item to done, adds to the 三官三师 roster; the deputy records a
 * session as held with the problems raised and the officer answers one; a resident asks the
 * elderly-care station for a service, the officer assigns it, the social organisation serves it
 * and the resident rates it; a resident nominates a neighbour for 福田居民美德奖, the street office
 * approves and publishes, and the public honours page (no login) shows the winner.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { apiGet, closeContexts, signIn } from './support.ts';

test.afterEach(closeContexts);

/** A page of its own for the account, signed in through the API (the login form is home.spec's). */
async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username);
  return page;
}

test('三联三领 and 三官三师: the community officer registers a link, moves its item to done, adds to the roster (seed 001)', async ({
  browser,
}) => {
  const page = await as(browser, 'shequ');
  await page.goto('/linkage');
  await expect(page.getByTestId('linkage-figures')).toBeVisible();
  await expect(page.getByTestId('link-row').first()).toBeVisible();
  await page.getByTestId('link-new').click();
  await page.getByTestId('linker-name').fill('区城管局');
  await page.getByTestId('link-form').locator('.ant-select').nth(1).click(); // after the node picker
  await page.locator('.ant-select-item-option[title="机关单位·领办项目"]').click();
  await page.getByTestId('link-form-ok').click();
  await page.getByRole('link', { name: '区城管局' }).click();
  await page.getByTestId('item-new').click();
  await page.getByTestId('item-title').fill('背街小巷立面整治');
  await page.getByTestId('item-form-ok').click();
  const item = page.getByTestId('item-row').filter({ hasText: '背街小巷立面整治' });
  await item.getByTestId('move-start').click();
  await page.getByTestId('move-progress').fill('40');
  await page.getByTestId('move-form-ok').click();
  await expect(item.getByTestId('item-state')).toHaveText('推进中');
  await item.getByTestId('move-complete').click();
  await page.getByTestId('move-note').fill('整治完成，居民验收通过');
  await page.getByTestId('move-form-ok').click();
  await expect(item.getByTestId('item-state')).toHaveText('已完成');
  // the link ends: no more items, the register keeps it with its end day
  await page.getByTestId('link-end').click();
  await page.getByTestId('end-form-ok').click();
  await expect(page.getByTestId('link-ended')).toBeVisible();
  await expect(page.getByTestId('item-new')).toHaveCount(0);
  await expect(page.getByTestId('link-end')).toHaveCount(0);

  await page.goto('/linkage/experts');
  await expect(page.getByTestId('roster-node').first()).toBeVisible();
  await page.getByTestId('expert-new').click();
  await page.getByTestId('expert-form').locator('.ant-select').nth(1).click(); // after the node picker
  await page.locator('.ant-select-item-option[title="律师"]').click();
  await page.getByTestId('expert-name').fill('周律师');
  await page.getByTestId('expert-hours').fill('每周五 14:00-17:00');
  await page.getByTestId('expert-form-ok').click();
  await expect(page.getByText('周律师')).toBeVisible();
  // office hours change, and the lawyer goes off duty
  const lawyer = page.locator('tr', { hasText: '周律师' });
  await lawyer.getByTestId('expert-edit').click();
  await page.getByTestId('expert-edit-hours').fill('每周二、周五 14:00-17:00');
  await page.getByTestId('expert-edit-active').click();
  await page.getByTestId('expert-edit-form-ok').click();
  await expect(lawyer.getByTestId('expert-hours-cell')).toHaveText('每周二、周五 14:00-17:00');
  await expect(lawyer).toContainText('不在岗');
  // the roster's roles are the district's to set: a community officer has no button for them
  await expect(page.getByTestId('roles-edit')).toHaveCount(0);
  const exported = await page.request.get('/api/linkage/experts/export');
  expect(exported.ok()).toBeTruthy();
});

test('三官三师 roles: the district adds a role to every roster; rosters without one show it missing (seed 001 同步配齐“三官三师”)', async ({
  browser,
}) => {
  const page = await as(browser, 'zzb');
  await page.goto('/linkage/experts');
  await expect(page.getByTestId('roster-node').first()).toBeVisible();
  await page.getByTestId('roles-edit').click();
  await expect(page.getByTestId('role-row')).toHaveCount(6);
  await page.getByTestId('role-add').click();
  await page.getByTestId('role-code').last().fill('mediator');
  await page.getByTestId('role-name').last().fill('调解员');
  await page.getByTestId('roles-form-ok').click();
  await expect(page.getByTestId('roster-node').first()).toContainText('调解员');
  // and takes it away again: the six roles of the seed
  await page.getByTestId('roles-edit').click();
  await expect(page.getByTestId('role-row')).toHaveCount(7);
  await page.getByTestId('role-row').last().locator('.anticon-minus-circle').click();
  await page.getByTestId('roles-form-ok').click();
  await expect(page.getByTestId('roster-node').first()).not.toContainText('调解员');
});

test('两代表一委员进社区: the deputy records a session with the problems raised; the officer answers one (seed 003)', async ({
  browser,
}) => {
  const deputy = await as(browser, 'daibiao');
  const sessions = await apiGet<{ id: string; state: string; startsAt: string }[]>(
    deputy,
    '/api/linkage/sessions',
  );
  const due = sessions.find((s) => s.state === 'planned' && s.startsAt < new Date().toISOString())!;
  await deputy.goto(`/linkage/sessions/${due.id}`);
  await deputy.getByTestId('session-record').click();
  await deputy.getByTestId('record-attendance').fill('28');
  await deputy.getByTestId('record-problems').fill('社区公园夜间照明不足\n菜市场周边占道经营');
  await deputy.getByTestId('record-form-ok').click();
  await expect(deputy.getByTestId('session-state')).toHaveText('已开展');
  await expect(deputy.getByTestId('problem-row')).toHaveCount(2);
  await expect(deputy.getByTestId('problem-answer')).toHaveCount(0);

  const officer = await as(browser, 'shequ');
  await officer.goto(`/linkage/sessions/${due.id}`);
  const row = officer.getByTestId('problem-row').filter({ hasText: '社区公园夜间照明不足' });
  await row.getByTestId('problem-answer').click();
  await officer.getByTestId('answer-text').fill('已增设路灯 12 盏，本月底前完工');
  await officer.getByTestId('answer-form-ok').click();
  await expect(row.getByTestId('problem-state')).toHaveText('已答复');
});

test('一老一小: a resident asks the station for a service; the officer assigns, the social organisation serves, the resident rates (seed 001)', async ({
  browser,
}) => {
  const resident = await as(browser, 'jumin');
  await resident.goto('/eldercare');
  await expect(resident.getByTestId('care-map')).toBeVisible();
  const card = resident.getByTestId('station-card').filter({ hasText: '社区养老服务站' });
  await expect(card.getByTestId('station-reach')).toBeVisible();
  await card.getByTestId('ticket-request').click();
  await resident.getByTestId('ticket-description').fill('母亲腿脚不便，需要每周一次助浴');
  await resident.getByTestId('ticket-form-ok').click();
  // the ticket is in the resident's list once the request is stored (the click does not wait for it)
  type Ticket = { id: string; number: string; description: string };
  let mine: Ticket | undefined;
  await expect
    .poll(async () => {
      const tickets = await apiGet<Ticket[]>(resident, '/api/eldercare/tickets?mine=true');
      mine = tickets.find((x) => x.description === '母亲腿脚不便，需要每周一次助浴');
      return !!mine;
    })
    .toBe(true);

  const officer = await as(browser, 'shequ');
  // the officer reads the register too: the households within the circle, with how they are counted
  await officer.goto('/eldercare');
  await expect(
    officer
      .getByTestId('station-card')
      .filter({ hasText: '社区养老服务站' })
      .getByTestId('station-households'),
  ).toContainText('户');
  await officer.goto('/eldercare/tickets');
  const orow = officer.locator('tr', { hasText: mine!.number });
  await orow.getByTestId('ticket-assign').click();
  await officer.getByTestId('ticket-assignee').fill('护理员 王老师');
  await officer.getByTestId('ticket-move-ok').click();
  await expect(orow.getByTestId('ticket-state')).toHaveText('服务中');
  // the social organisation serves it and marks it done
  const org = await as(browser, 'shehui');
  await org.goto('/eldercare/tickets');
  const srow = org.locator('tr', { hasText: mine!.number });
  await srow.getByTestId('ticket-complete').click();
  await org.getByTestId('ticket-move-ok').click();
  await expect(srow.getByTestId('ticket-state')).toHaveText('待评价');

  await resident.goto('/eldercare/tickets');
  const rrow = resident.locator('tr', { hasText: mine!.number });
  await rrow.getByTestId('ticket-rate').click();
  await resident.getByTestId('ticket-rating').locator('li').nth(4).click();
  await resident.getByTestId('ticket-move-ok').click();
  await expect(rrow.getByTestId('ticket-state')).toHaveText('已评价');
});

test('福田居民美德奖: a resident nominates, the street approves and publishes, the public page shows it (seed 003)', async ({
  browser,
}) => {
  const resident = await as(browser, 'jumin');
  await resident.goto('/honours');
  await resident.getByTestId('nominate').click();
  await resident.getByTestId('nominate-form').locator('.ant-select').nth(1).click();
  await resident.locator('.ant-select-item-option[title="助人为乐"]').click();
  await resident.getByTestId('nominate-name').fill('郑阿姨');
  await resident.getByTestId('nominate-deeds').fill('十年如一日为楼栋老人代买菜');
  await resident.getByTestId('nominate-form-ok').click();
  await expect(resident.locator('tr', { hasText: '郑阿姨' }).getByTestId('nomination-state')).toHaveText(
    '待评审',
  );

  const street = await as(browser, 'jiedao');
  await street.goto('/honours');
  const row = street.locator('tr', { hasText: '郑阿姨' });
  await row.getByTestId('honours-approve').click();
  await street.getByTestId('review-form-ok').click();
  await expect(row.getByTestId('nomination-state')).toHaveText('已通过');
  await row.getByTestId('honours-publish').click();
  await street.getByTestId('review-form-ok').click();
  await expect(row.getByTestId('nomination-state')).toHaveText('已公示');

  const me = await apiGet<{ grants: { nodeId: string; role: string }[] }>(resident, '/api/auth/me');
  const community = me.grants.find((g) => g.role === 'resident')!.nodeId;
  const anon = await (await browser.newContext()).newPage();
  await anon.goto(`/public/honours/${community}`);
  await expect(anon.getByTestId('honours-board')).toContainText('郑阿姨');
});
