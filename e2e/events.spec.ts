/**
 * Events end to end: a street officer receives an event and dispatches it to a department, which
 * is notified; an event's number is shown, found, and names the original of a duplicate; a
 * resident reports a problem at a place on the map (at phone width) and finds it under my reports.
 */
import {
  expect,
  request as pwRequest,
  test,
  type APIRequestContext,
  type Browser,
  type Page,
} from '@playwright/test';
import { apiGet, DEMO_PASSWORD, signIn } from './support.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

interface EventView {
  id: string;
  number: string | null;
  title: string;
  state: string;
}

/** An API session of a demo account, outside the browser. */
async function session(baseURL: string, username: string) {
  const ctx: APIRequestContext = await pwRequest.newContext({ baseURL });
  const r = await ctx.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(r.ok(), `login ${username}: ${r.status()}`).toBeTruthy();
  const me = (await (await ctx.get('/api/auth/me')).json()) as {
    csrfToken: string;
    grants: { role: string; nodeId: string }[];
  };
  return {
    ctx,
    me,
    /** A grid worker's report in their grid. */
    async report(title: string): Promise<EventView> {
      const grid = me.grants.find((g) => g.role === 'grid_worker')!.nodeId;
      const res = await ctx.post('/api/events', {
        data: {
          id: uuidv7(),
          nodeId: grid,
          category: 'sanitation',
          title,
          description: 'e2e',
          position: { lat: 22.5401, lng: 114.0501 },
        },
        headers: { 'x-csrf-token': me.csrfToken },
      });
      expect(res.ok(), await res.text()).toBeTruthy();
      return (await res.json()) as EventView;
    },
  };
}

/** A time-ordered UUID (v7) made here, as a phone makes its report's id. */
function uuidv7(): string {
  const hex = Date.now().toString(16).padStart(12, '0');
  const r = Array.from(crypto.getRandomValues(new Uint8Array(10)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8)}-7${r.slice(0, 3)}-${((parseInt(r[3], 16) & 3) | 8).toString(16)}${r.slice(4, 7)}-${r.slice(7, 19)}`;
}

async function asUser(browser: Browser, username: string, phone = false): Promise<Page> {
  const context = await browser.newContext(phone ? PHONE : {});
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

test('a street officer receives an event and dispatches it to a department, and the department is notified', async ({
  browser,
  baseURL,
}) => {
  const wangge = await session(baseURL!, 'wangge');
  const e = await wangge.report(`楼下垃圾堆积 ${Date.now() % 100000}`);
  expect(e.number).toMatch(/^福田-\d{8}-\d{4}$/);

  const street = await asUser(browser, 'jiedao');
  await street.goto(`/events/${e.id}`);
  await expect(street.getByTestId('detail-number')).toHaveText(e.number!);
  await street.getByTestId('action-receive').click();
  await expect(street.getByText('受理后，事件由本级负责办理')).toBeVisible(); // says what happens
  await street.getByTestId('confirm-ok').click();
  await expect(street.getByTestId('state-received')).toBeVisible();
  await street.getByTestId('action-dispatch').click();
  await street.getByTestId('action-department').click();
  await street
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '区住房和建设局' })
    .click();
  await street.getByTestId('action-confirm').click();
  await expect(street.getByTestId('state-dispatched')).toBeVisible();
  await expect(street.getByText('区住房和建设局').first()).toBeVisible();

  const dept = await asUser(browser, 'bumen');
  const inbox = await apiGet<{ title: string; link: string | null }[]>(dept, '/api/notify/inbox?limit=50');
  expect(inbox.find((n) => n.link === `/events/${e.id}`)?.title).toBe(`事件 ${e.number}：已派遣`);
  await dept.goto('/events');
  await dept.getByTestId('events-search').locator('input').fill(e.number!);
  await dept.getByTestId('events-search').locator('input').press('Enter');
  await dept.getByTestId('event-link').filter({ hasText: e.title }).click();
  await expect(dept.getByTestId('action-accept')).toBeVisible();
  // the reporter was told too
  const told = (await (await wangge.ctx.get('/api/notify/inbox?limit=50')).json()) as { title: string }[];
  expect(told.map((n) => n.title)).toContain(`事件 ${e.number}：已派遣`);
  await wangge.ctx.dispose();
});

test("an event's number is shown in the list, finds it, and merges a duplicate into it", async ({
  browser,
  baseURL,
}) => {
  const wangge = await session(baseURL!, 'wangge');
  const tag = Date.now() % 100000;
  const original = await wangge.report(`井盖缺失 ${tag}`);
  const duplicate = await wangge.report(`井盖缺失（重复） ${tag}`);
  const officer = await asUser(browser, 'shequ');
  await officer.goto('/events');
  await officer.getByTestId('events-search').locator('input').fill(original.number!);
  await officer.getByTestId('events-search').locator('input').press('Enter');
  await expect(officer.getByTestId('event-number')).toHaveText([original.number!]);
  await officer.goto(`/events/${duplicate.id}`);
  await officer.getByTestId('action-merge').click();
  await officer.getByTestId('action-duplicate').fill(original.number!);
  await officer.getByTestId('action-confirm').click();
  await expect(officer.getByTestId('state-merged')).toBeVisible();
  const merged = await apiGet<{ duplicateOf: string }>(officer, `/api/events/${duplicate.id}`);
  expect(merged.duplicateOf).toBe(original.id);
  await wangge.ctx.dispose();
});

test('a resident reports a problem at a place on the map and sees it under my reports', async ({
  browser,
}) => {
  const resident = await asUser(browser, 'jumin', true);
  await resident.goto('/events/report');
  await expect(resident).toHaveTitle(/我要反映/);
  const title = `路灯不亮 ${Date.now() % 100000}`;
  await resident.getByTestId('resident-title').fill(title);
  const map = resident.getByTestId('resident-map');
  await expect(map).toBeVisible();
  await map.click({ position: { x: 120, y: 100 } });
  await expect(resident.getByTestId('resident-picked')).toBeVisible();
  await resident.getByTestId('resident-submit').click();
  await expect(resident).toHaveURL(/\/events\/mine$/);
  const card = resident.getByTestId('my-report').filter({ hasText: title });
  await expect(card).toBeVisible();
  await expect(card.getByTestId('my-report-number')).toContainText(/福田-\d{8}-\d{4}/);
  const mine = await apiGet<{ items: { title: string; position: unknown; reporterKind: string }[] }>(
    resident,
    '/api/events?mine=1',
  );
  expect(mine.items.find((i) => i.title === title)).toMatchObject({ reporterKind: 'resident' });
  expect(mine.items.find((i) => i.title === title)?.position).not.toBeNull();
});

test('seed 003 查缺补漏: the community officer tags an event to an assessment standard on its page; readiness counts it', async ({
  browser,
  baseURL,
}) => {
  const worker = await session(baseURL!, 'wangge');
  const ev = await worker.report(`宣传栏破损 ${Date.now().toString(36)}`);
  await worker.ctx.dispose();
  const officer = await asUser(browser, 'shequ');
  type Readiness = { projects: { projectName: string; openProblems: number }[] };
  const me = await apiGet<{ grants: { nodeId: string }[] }>(officer, '/api/auth/me');
  const openUnder = async () =>
    (await apiGet<Readiness>(officer, `/api/grid/readiness?nodeId=${me.grants[0].nodeId}`)).projects.find(
      (p) => p.projectName === '公共环境',
    )!.openProblems;
  const before = await openUnder();
  await officer.goto(`/events/${ev.id}`);
  const card = officer.getByTestId('event-standard');
  await expect(card).toContainText('尚未对应测评标准');
  await card.getByTestId('event-standard-tag').click();
  await officer.getByTestId('event-standard-select').click();
  await officer.keyboard.type('01.05.1');
  await officer.locator('.ant-select-item-option').filter({ hasText: '01.05.1' }).first().click();
  await officer.getByTestId('event-standard-ok').click();
  await expect(card.getByTestId('event-standard-code')).toContainText('01.05.1');
  await expect(card).toContainText('公共环境');
  // the community's readiness per project now counts one more open problem under 公共环境
  expect(await openUnder()).toBe(before + 1);
  await officer.goto('/grid/standards');
  const row = officer.getByTestId('readiness').locator('tr', { hasText: '公共环境' });
  await expect(row).toContainText(String(before + 1));
  await officer.context().close();
});
