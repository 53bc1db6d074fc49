/**
 * Grid field work end to end, at phone width (390×844): a grid worker records a visit and a hazard
 * with a photo while offline; the phone syncs when the network is back; the community officer
 * receives and dispatches the event, the department accepts and handles it, the worker verifies
 * it; and the community dashboard's receipt and disposal figures move by exactly that one event.
 * Also: a grid head's weekly walk with a finding tagged to an assessment standard, and the visit
 * compliance shown with its definition.
 */
import {
  expect,
  request as pwRequest,
  test,
  type APIRequestContext,
  type Browser,
  type Page,
} from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './support.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

interface Session {
  ctx: APIRequestContext;
  me: {
    user: { id: string };
    grants: { role: string; nodeId: string; nodeName: string }[];
    csrfToken: string;
  };
  get: <T>(url: string) => Promise<T>;
  post: <T>(url: string, data: unknown, headers?: Record<string, string>) => Promise<T>;
}

/** An API session of a demo account (outside the browser, so the phone's offline mode does not touch it). */
async function session(baseURL: string, username: string): Promise<Session> {
  const ctx = await pwRequest.newContext({ baseURL });
  const r = await ctx.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(r.ok(), `login ${username}: ${r.status()}`).toBeTruthy();
  const me = await (await ctx.get('/api/auth/me')).json();
  return {
    ctx,
    me,
    get: async <T>(url: string) => {
      const res = await ctx.get(url);
      expect(res.ok(), `${url} → ${res.status()} ${await res.text()}`).toBeTruthy();
      return (await res.json()) as T;
    },
    post: async <T>(url: string, data: unknown, headers: Record<string, string> = {}) => {
      const res = await ctx.post(url, { data, headers: { 'x-csrf-token': me.csrfToken, ...headers } });
      expect(res.ok(), `${url} → ${res.status()} ${await res.text()}`).toBeTruthy();
      return (await res.json()) as T;
    },
  };
}

async function phone(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

interface Figures {
  reported: number;
  received: number;
  dispatched: number;
  handled: number;
  verified: number;
  receipt: string;
  disposal: string;
}

/** Opens the dashboard and reads the figures it shows. */
async function readDashboard(page: Page): Promise<Figures> {
  const loaded = page.waitForResponse((r) => r.url().includes('/api/events/dashboard') && r.ok());
  await page.goto('/grid/dashboard');
  await loaded;
  await expect(page.locator('[data-testid="grid-dashboard"][data-state="ready"]')).toBeVisible();
  await expect(page.getByTestId('receipt-rate')).toBeVisible();
  const n = async (k: string) => Number(await page.getByTestId(`count-${k}`).innerText());
  return {
    reported: await n('reported'),
    received: await n('received'),
    dispatched: await n('dispatched'),
    handled: await n('handled'),
    verified: await n('verified'),
    receipt: await page.getByTestId('receipt-rate').innerText(),
    disposal: await page.getByTestId('disposal-rate').innerText(),
  };
}

const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(2)}%` : '—');

test('offline visit and hazard sync, then dispatch, handling, verification and exact rates', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(420_000); // three phones, a demo district and a sync round
  const t0 = Date.now();
  const mark = (what: string) =>
    console.log(`[grid e2e] ${what} at ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const stamp = Date.now().toString(36);
  const room = `E2E-${stamp}`;
  const title = `违建隐患 ${stamp}`;

  // --- setup through the API: a routing rule to 住建局 for the community, and a dwelling to visit
  const zzb = await session(baseURL!, 'zzb');
  const shequApi = await session(baseURL!, 'shequ');
  const wanggeApi = await session(baseURL!, 'wangge');
  const community = shequApi.me.grants.find((g) => g.role === 'community_officer')!;
  const grid = wanggeApi.me.grants.find((g) => g.role === 'grid_worker')!;
  const [dept] = await zzb.get<{ id: string; name: string }[]>(
    `/api/org/search?q=${encodeURIComponent('区住房和建设局')}&level=department`,
  );
  expect(dept.name).toBe('区住房和建设局');
  await zzb.post('/api/events/routing-rules', {
    category: 'illegal_construction',
    nodeId: community.nodeId,
    departmentId: dept.id,
  });
  // the worker serves the grid of their grant (the due list follows assignments)
  const assigned = await shequApi.get<{ userId: string }[]>(`/api/grid/assignments?nodeId=${grid.nodeId}`);
  if (!assigned.some((a) => a.userId === wanggeApi.me.user.id))
    await shequApi.post('/api/grid/assignments', {
      userId: wanggeApi.me.user.id,
      nodeId: grid.nodeId,
      kind: 'worker',
      from: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()),
    });
  await wanggeApi.post('/api/grid/registers/housing', {
    nodeId: grid.nodeId,
    attrs: { building: 'E2E楼', unit: '1', room, occupancy: 'rented' },
  });

  mark('setup done');
  // --- the community dashboard before
  const officer = await phone(browser, 'shequ');
  const before = await readDashboard(officer);

  mark('dashboard read');
  // --- 1. the worker opens the due list; the service worker takes over; the network is cut
  const worker = await phone(browser, 'wangge');
  await worker.goto('/grid/due');
  await worker.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await worker.reload(); // now every request goes through the service worker, which keeps copies
  await expect(worker.evaluate(() => !!navigator.serviceWorker.controller)).resolves.toBe(true);
  const item = worker.getByTestId('due-item').filter({ hasText: room });
  await expect(item).toBeVisible();

  await worker.context().setOffline(true);
  await worker.reload(); // the app opens with no network: shell and assets from the cache, due list from the phone
  await expect(worker.getByTestId('net-offline')).toBeVisible();
  await expect(item).toBeVisible();

  mark('offline reload done');
  // --- 2. a visit that finds a hazard, then the hazard with a photo, all offline
  await item.getByTestId('due-visit').click();
  await worker.getByTestId('visit-result-hazard_found').click();
  await worker.getByTestId('visit-note').fill('楼顶加建彩钢棚');
  await worker.getByTestId('visit-save').click();
  await expect(worker).toHaveURL(/\/grid\/report/);
  await expect(worker.getByTestId('report-address')).toHaveValue(new RegExp(room));

  await worker.getByTestId('report-category').click();
  await worker.getByTitle('违法建设').click();
  await worker.getByTestId('report-title').fill(title);
  await worker.getByTestId('report-description').fill('顶楼违规加建，存在安全隐患');
  // a large camera-like photo (2400×1800 PNG), made in the page
  const png = await worker.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 2400;
    c.height = 1800;
    const g = c.getContext('2d')!;
    for (let i = 0; i < 60; i++) {
      g.fillStyle = `hsl(${i * 6}, 70%, 50%)`;
      g.fillRect((i % 10) * 240, Math.floor(i / 10) * 300, 240, 300);
    }
    return c.toDataURL('image/png').split(',')[1];
  });
  const original = Buffer.from(png, 'base64');
  await worker
    .getByTestId('report-photo')
    .setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: original });
  const sizeText = await worker.getByTestId('report-photo-size').innerText();
  const kb = Number(/(\d+)\s*KB/.exec(sizeText)![1]);
  expect(kb * 1024).toBeLessThan(original.length);
  await worker.getByTestId('report-submit').click();
  await expect(worker).toHaveURL(/\/grid\/sync/);
  await expect(worker.getByTestId('outbox-op')).toHaveCount(3); // visit, event, photo
  await expect(worker.getByTestId('sync-status')).toContainText('待同步 3 条');

  // nothing has reached the server yet
  const early = await wanggeApi.get<{ items: { title: string }[] }>('/api/events?mine=1&limit=100');
  expect(early.items.some((e) => e.title === title)).toBe(false);

  mark('queued offline');
  // --- 3. the network is back: the queue replays by itself
  await worker.context().setOffline(false);
  await expect(worker.getByTestId('net-online')).toBeVisible();
  await expect(worker.getByTestId('sync-empty')).toBeVisible({ timeout: 30_000 });
  await expect(worker.getByTestId('sync-status')).toContainText('已全部同步');

  const mine = await wanggeApi.get<{
    items: { id: string; title: string; state: string; photoIds: string[] }[];
  }>('/api/events?mine=1&limit=100');
  const reported = mine.items.filter((e) => e.title === title);
  expect(reported).toHaveLength(1);
  const event = reported[0];
  expect(event.state).toBe('reported');
  expect(event.photoIds).toHaveLength(1);
  const due = await wanggeApi.get<{ done: { label: string }[]; today: { label: string }[] }>('/api/grid/due');
  expect(due.done.some((d) => d.label.includes(room))).toBe(true);
  expect(due.today.some((d) => d.label.includes(room))).toBe(false);
  // the due list shows it done too
  await worker.goto('/grid/due');
  await worker.getByTestId('tab-done').click();
  await expect(worker.getByTestId('due-item').filter({ hasText: room })).toBeVisible();

  mark('synced');
  // --- 4. the community officer receives and dispatches; the department accepts and handles
  await officer.goto('/grid/events');
  await officer.getByTestId('event-link').filter({ hasText: title }).click();
  await expect(officer).toHaveURL(new RegExp(`/events/${event.id}`));
  const photo = officer.locator('img[data-testid="event-photo"], [data-testid="event-photo"] img').first();
  await expect(photo).toBeVisible();
  await expect
    .poll(() => photo.evaluate((img: HTMLImageElement) => Math.max(img.naturalWidth, img.naturalHeight)))
    .toBe(1280); // shrunk on the phone from 2400 px
  await expect(officer.getByTestId('action-accept')).toHaveCount(0); // a department's button, not the officer's
  await officer.getByTestId('action-receive').click();
  await officer.getByTestId('confirm-ok').click(); // 受理 asks for confirmation
  await expect(officer.getByTestId('state-received')).toBeVisible();
  await officer.getByTestId('action-dispatch').click();
  await officer.getByTestId('action-confirm').click();
  await expect(officer.getByTestId('state-dispatched')).toBeVisible();
  await expect(officer.getByText('区住房和建设局').first()).toBeVisible();

  const dept1 = await phone(browser, 'bumen');
  await dept1.goto(`/grid/events/${event.id}`);
  await expect(dept1.getByTestId('action-receive')).toHaveCount(0);
  await dept1.getByTestId('action-accept').click();
  await expect(dept1.getByTestId('state-accepted')).toBeVisible();
  await dept1.getByTestId('action-handle').click();
  await dept1.getByTestId('action-note-text').fill('已责令拆除，现场复查完毕');
  await dept1.getByTestId('action-confirm').click();
  await expect(dept1.getByTestId('state-handled')).toBeVisible();

  mark('handled');
  // --- 5. the worker verifies
  await worker.goto(`/grid/events/${event.id}`);
  await worker.getByTestId('action-verify').click();
  await worker.getByTestId('confirm-ok').click();
  await expect(worker.getByTestId('state-verified')).toBeVisible();

  mark('verified');
  // --- 6. the dashboard moved by exactly this event
  const after = await readDashboard(officer);
  expect(after.reported).toBe(before.reported + 1);
  expect(after.received).toBe(before.received + 1);
  expect(after.dispatched).toBe(before.dispatched + 1);
  expect(after.handled).toBe(before.handled + 1);
  expect(after.verified).toBe(before.verified + 1);
  expect(before.receipt).toBe(pct(before.received, before.reported));
  expect(after.receipt).toBe(pct(after.received, after.reported));
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const from = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() - 29 * 86400_000),
  );
  const api = await shequApi.get<{
    rates: { totals: { reported: number; verified: number; dispatched: number; resolved: number } };
  }>(`/api/events/dashboard?nodeId=${community.nodeId}&from=${from}&to=${today}`);
  expect(api.rates.totals.reported).toBe(after.reported);
  expect(api.rates.totals.verified).toBe(after.verified);
  // disposal counts events resolved on the spot in both terms (RATES.md)
  const { verified, dispatched, resolved } = api.rates.totals;
  expect(after.disposal).toBe(pct(verified + resolved, dispatched + resolved));

  for (const s of [zzb, shequApi, wanggeApi]) await s.ctx.dispose();
});

test('a visit queued offline against a record changed meanwhile shows the conflict and overwrites nothing', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const room = `C-${Date.now().toString(36)}`;
  const shequApi = await session(baseURL!, 'shequ');
  const wanggeApi = await session(baseURL!, 'wangge');
  const grid = wanggeApi.me.grants.find((g) => g.role === 'grid_worker')!;
  const assigned = await shequApi.get<{ userId: string }[]>(`/api/grid/assignments?nodeId=${grid.nodeId}`);
  if (!assigned.some((a) => a.userId === wanggeApi.me.user.id))
    await shequApi.post('/api/grid/assignments', {
      userId: wanggeApi.me.user.id,
      nodeId: grid.nodeId,
      kind: 'worker',
      from: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()),
    });
  const attrs = { building: 'C栋', unit: '2', room, occupancy: 'owner' };
  const rec = await wanggeApi.post<{ id: string; version: number }>('/api/grid/registers/housing', {
    nodeId: grid.nodeId,
    attrs,
  });

  const worker = await phone(browser, 'wangge');
  await worker.goto('/grid/due');
  const item = worker.getByTestId('due-item').filter({ hasText: room });
  await expect(item).toBeVisible();
  await worker.context().setOffline(true);
  await expect(worker.getByTestId('net-offline')).toBeVisible();
  await item.getByTestId('due-visit').click();
  await worker.getByTestId('visit-save').click(); // "met", record checked as seen (version 1)
  await expect(worker.getByTestId('sync-status')).toContainText('待同步 1 条');

  // meanwhile the community office changes the dwelling
  const patched = await shequApi.ctx.patch(`/api/grid/registers/housing/${rec.id}`, {
    data: { version: rec.version, attrs: { ...attrs, occupancy: 'vacant' } },
    headers: { 'x-csrf-token': shequApi.me.csrfToken },
  });
  expect(patched.ok(), await patched.text()).toBeTruthy();

  await worker.context().setOffline(false);
  await expect(worker.getByTestId('sync-status')).toContainText('1 条冲突待处理', { timeout: 30_000 });
  await worker.getByTestId('sync-status').click();
  const conflict = worker.getByTestId('conflict');
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('row').filter({ hasText: 'occupancy' })).toContainText('vacant');
  await expect(conflict.getByRole('row').filter({ hasText: 'version' })).toContainText(/1\s*2/);

  // nothing was stored or overwritten on the server
  let due = await wanggeApi.get<{ done: { recordId: string }[] }>('/api/grid/due');
  expect(due.done.some((d) => d.recordId === rec.id)).toBe(false);
  let page = await wanggeApi.get<{ items: { id: string; attrs: { occupancy: string } }[] }>(
    `/api/grid/registers/housing?nodeId=${grid.nodeId}&q=${encodeURIComponent(room)}`,
  );
  expect(page.items.find((r) => r.id === rec.id)?.attrs.occupancy).toBe('vacant');

  // the worker keeps their visit, now against the server's version
  await worker.getByTestId('conflict-mine').click();
  await expect(worker.getByTestId('sync-empty')).toBeVisible({ timeout: 30_000 });
  due = await wanggeApi.get<{ done: { recordId: string }[] }>('/api/grid/due');
  expect(due.done.filter((d) => d.recordId === rec.id)).toHaveLength(1);
  page = await wanggeApi.get<{ items: { id: string; attrs: { occupancy: string } }[] }>(
    `/api/grid/registers/housing?nodeId=${grid.nodeId}&q=${encodeURIComponent(room)}`,
  );
  expect(page.items.find((r) => r.id === rec.id)?.attrs.occupancy).toBe('vacant');

  for (const s of [shequApi, wanggeApi]) await s.ctx.dispose();
});

test('a grid worker logs a civilisation patrol on the phone and raises an event from it', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const finding = `巡查发现 ${stamp}：楼道堆放杂物`;
  const worker = await phone(browser, 'wangge');
  await worker.goto('/grid/patrols');
  await expect(worker.getByTestId('patrols-page')).toBeVisible();
  await worker.getByTestId('patrol-new').click();
  const form = worker.getByTestId('patrol-form');
  await expect(form).toBeVisible();
  await worker.getByTestId('patrol-note-input').fill(finding);
  await worker.getByTestId('patrol-raise-after').click();
  const saved = worker.waitForResponse(
    (r) => r.url().endsWith('/api/grid/patrols') && r.request().method() === 'POST',
  );
  await worker.getByTestId('patrol-submit').click();
  const res = await saved;
  expect(res.ok(), `POST /api/grid/patrols → ${res.status()} ${await res.text()}`).toBeTruthy();
  const patrol = (await res.json()) as { id: string };
  // "report what was found" leads to the report page, tied to the patrol
  await expect(worker).toHaveURL(new RegExp(`patrolId=${patrol.id}`));
  await expect(worker.getByTestId('report-from-patrol')).toBeVisible();
  // the patrol is on the list, newest first, with its finding
  await worker.goto('/grid/patrols');
  const card = worker.getByTestId('patrol-item').filter({ hasText: finding });
  await expect(card).toBeVisible();
  await worker.context().close();
});

test('a grid head walks a headed grid this week and tags what was found to an assessment standard (seed 003)', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const note = `垃圾分类亭满溢 ${stamp}`;
  // the demo cadre heads four grids as 文明城市创建网格长; this week's walks are still to do
  const head = await phone(browser, 'ganbu');
  await head.goto('/grid/patrols');
  const week = head.getByTestId('head-week');
  await expect(week).toBeVisible();
  await expect(week.getByTestId('head-grid')).toHaveCount(4);
  const first = week.getByTestId('head-grid').first();
  const gridName = (await first.locator('span').first().innerText()).trim();
  await first.getByTestId('head-walk').click();
  const form = head.getByTestId('patrol-form');
  await expect(form).toBeVisible();
  // one problem found, against 01.05.1 (公共环境 · 垃圾分类)
  await head.getByTestId('finding-add').click();
  await head.getByTestId('finding-standard').click();
  await head.keyboard.type('01.05.1');
  await head.locator('.ant-select-item-option').filter({ hasText: '01.05.1' }).first().click();
  await head.getByTestId('finding-note').fill(note);
  const saved = head.waitForResponse(
    (r) => r.url().endsWith('/api/grid/patrols') && r.request().method() === 'POST',
  );
  await head.getByTestId('patrol-submit').click();
  const res = await saved;
  expect(res.ok(), `POST /api/grid/patrols → ${res.status()} ${await res.text()}`).toBeTruthy();
  const patrol = (await res.json()) as {
    nodeName: string;
    asHead: boolean;
    eventIds: string[];
    findings: { code: string; eventId: string | null }[];
  };
  expect(patrol).toMatchObject({ nodeName: gridName, asHead: true });
  expect(patrol.findings).toEqual([expect.objectContaining({ code: '01.05.1' })]);
  // the finding became an event of the events module, raised on the patrol
  expect(patrol.eventIds).toEqual([patrol.findings[0].eventId]);
  // the grid is walked this week, and the walk shows its finding
  await expect(head.getByTestId('head-grid').filter({ hasText: gridName })).toContainText('本周已巡查');
  const card = head.getByTestId('patrol-item').filter({ hasText: note }).first();
  await expect(card.getByTestId('patrol-findings')).toContainText('01.05.1');
  const shequApi = await session(baseURL!, 'zzb');
  const ev = await shequApi.get<{ title: string; category: string; reporterKind: string }>(
    `/api/events/${patrol.eventIds[0]}`,
  );
  expect(ev).toMatchObject({ category: 'sanitation', reporterKind: 'patrol' });
  expect(ev.title).toContain('01.05.1');
  await shequApi.ctx.dispose();
  await head.context().close();
});

test('the dashboard shows visit compliance with its definition, and the worker sees his grid on a map', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const shequApi = await session(baseURL!, 'shequ');
  const community = shequApi.me.grants.find((g) => g.role === 'community_officer')!;
  const officer = await phone(browser, 'shequ');
  const compliance = officer.waitForResponse((r) => r.url().includes('/api/grid/compliance') && r.ok());
  await officer.goto('/grid/dashboard');
  await compliance;
  const api = await shequApi.get<{
    definition: string;
    total: { due: number; onTime: number; rate: number | null };
  }>(`/api/grid/compliance?nodeId=${community.nodeId}`);
  const shown = api.total.rate === null ? '—' : `${(api.total.rate * 100).toFixed(2)}%`;
  await expect(officer.getByTestId('compliance-rate')).toHaveText(shown);
  await expect(officer.getByTestId('compliance-definition')).toContainText(
    '按时完成的走访 ÷ 到期应走访的次数',
  );
  await expect(officer.getByText(`（按时 ${api.total.onTime} / 到期 ${api.total.due}）`)).toBeVisible();
  // the community's grids with their outlines and who serves them
  await officer.goto('/grid/grids');
  await expect(officer.getByTestId('grid-row').first()).toBeVisible();
  await expect(officer.getByTestId('grid-outline-map')).toBeVisible();
  await officer.context().close();
  // the grid worker opens his grid's outline on the phone
  const worker = await phone(browser, 'wangge');
  await worker.goto('/grid/due');
  await worker.getByTestId('my-grid-map-toggle').click();
  await expect(worker.getByTestId('my-grid-map')).toBeVisible();
  await worker.context().close();
  await shequApi.ctx.dispose();
});

test('the population register links a resident to the people register', async ({ page }) => {
  await signIn(page, 'shequ');
  await page.goto('/grid/registers');
  await page.getByRole('tab', { name: '人口' }).click();
  const link = page.getByTestId('reg-person').first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/people\?person=/);
  // the person opens masked, as the people register shows them
  await expect(page.getByTestId('person-detail')).toBeVisible();
  await expect(page.getByTestId('national-id')).toContainText('********');
});
