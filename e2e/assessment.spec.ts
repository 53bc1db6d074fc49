/**
 * Cadre assessment end to end in Chromium (issue 18's acceptance): the organisation department issues
 * a commendation order in 一榜三令 naming the demo cadre; the cadre sees it as points, finds it in the
 * prefilled summary of the current quarter and writes the summary in the UI on a phone in well
 * under 10 minutes; the unit (区住房和建设局, its cadres already submitted in the demo) reviews; the
 * department grades within the quota, feeds back and publishes; the ranking shows the unit; the
 * cadre sees the result and the portrait.
 */
import { expect, request as pwRequest, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './support.ts';

interface Session {
  me: {
    user: { personId: string | null };
    grants: { role: string; nodeId: string; districtId: string }[];
    csrfToken: string;
  };
  get: <T>(url: string) => Promise<T>;
  post: <T>(url: string, data: unknown) => Promise<T>;
  ctx: APIRequestContext;
}

/** An API session of a demo account. */
async function session(baseURL: string, username: string): Promise<Session> {
  const ctx = await pwRequest.newContext({ baseURL });
  const r = await ctx.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(r.ok(), `login ${username}`).toBeTruthy();
  const me = await (await ctx.get('/api/auth/me')).json();
  return {
    ctx,
    me,
    get: async <T>(url: string) => {
      const res = await ctx.get(url);
      expect(res.ok(), `${url} → ${res.status()} ${await res.text()}`).toBeTruthy();
      return (await res.json()) as T;
    },
    post: async <T>(url: string, data: unknown) => {
      const res = await ctx.post(url, { data, headers: { 'x-csrf-token': me.csrfToken } });
      expect(res.ok(), `${url} → ${res.status()} ${await res.text()}`).toBeTruthy();
      return (await res.json()) as T;
    },
  };
}

interface Sheet {
  id: string;
  status: string;
  version: number;
  personId: string;
  unitNodeId: string;
  grade: string | null;
}

test.describe.configure({ mode: 'serial' });

let zzb: Session;
let bumen: Session;
let ganbuPerson: string;
let unitNodeId: string;
let cycleId: string;
let districtId: string;

test.beforeAll(async ({ baseURL }) => {
  zzb = await session(baseURL!, 'zzb');
  bumen = await session(baseURL!, 'bumen');
  const ganbu = await session(baseURL!, 'ganbu');
  ganbuPerson = ganbu.me.user.personId!;
  unitNodeId = bumen.me.grants[0].nodeId;
  districtId = zzb.me.grants[0].districtId;
  const cycles = await zzb.get<{ id: string; status: string }[]>(
    `/api/assessment/cycles?districtId=${districtId}`,
  );
  cycleId = cycles[0].id; // the quarter under way
});

test('a commendation order in 一榜三令 becomes the cadre’s points', async ({ page }) => {
  // the department awards a task to the unit with the demo cadre in command, then commends it
  const lists = await zzb.get<{ year: number; districtId: string }[]>('/api/tasks/lists');
  let year = new Date().getFullYear() + 5;
  while (lists.some((l) => l.year === year && l.districtId === districtId)) year++;
  const list = await zzb.post<{ id: string }>('/api/tasks/lists', {
    districtId,
    year,
    title: `${year}年任务榜`,
  });
  const task = await zzb.post<{ id: string }>(`/api/tasks/lists/${list.id}/tasks`, {
    title: '城市更新攻坚',
    category: 'major_project',
    goal: '完成首期拆除',
    indicators: [],
    milestones: [{ title: '首期拆除', weight: 1, dueDate: `${year}-12-31` }],
    startDate: `${year}-01-01`,
    deadline: `${year}-12-31`,
  });
  const l = await zzb.get<{ version: number }>(`/api/tasks/lists/${list.id}`);
  await zzb.post(`/api/tasks/lists/${list.id}/publish`, { version: l.version });
  const app = await bumen.post<{ id: string }>(`/api/tasks/tasks/${task.id}/applications`, {
    applicantNodeId: unitNodeId,
    plan: '专班推进',
    commanderName: '干部',
  });
  await zzb.post(`/api/tasks/tasks/${task.id}/award`, {
    applicationIds: [app.id],
    commanderName: '干部',
    commanderPersonId: ganbuPerson,
  });
  const draft = await zzb.post<{ id: string; version: number }>('/api/tasks/orders', {
    taskId: task.id,
    type: 'commendation',
    reason: '提前完成首期拆除',
  });
  await zzb.post(`/api/tasks/orders/${draft.id}/issue`, { reason: '签发', version: draft.version });

  await signIn(page, 'ganbu');
  await page.goto('/assessment/me');
  await page.getByRole('tab', { name: '积分台账' }).click();
  await expect(page.getByTestId('ledger-lines')).toContainText('城市更新攻坚');
  await expect(page.getByTestId('ledger-lines')).toContainText('+5');
});

test('the cadre writes the prefilled summary on a phone in minutes', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await signIn(page, 'ganbu');
  const t0 = Date.now();
  await page.goto('/assessment/me');
  await expect(page.getByTestId('my-sheet')).toBeVisible();
  // the commendation is in the quarter's material and in the draft summary
  await expect(page.getByTestId('sheet-prefill')).toContainText('嘉奖令');
  await expect(page.getByTestId('sheet-summary')).toHaveValue(/嘉奖令/);
  for (const input of await page.locator('input[data-testid^="self-"], [data-testid^="self-"] input').all())
    await input.fill('93');
  for (const input of await page
    .locator('input[data-testid^="evidence-"], [data-testid^="evidence-"] input')
    .all())
    if ((await input.inputValue()) === '') await input.fill('工作台账');
  await page
    .getByTestId('sheet-summary')
    .fill((await page.getByTestId('sheet-summary').inputValue()) + '\n下季度继续推进城市更新。');
  await page.getByTestId('sheet-submit').click();
  const submitted = page.waitForResponse((r) => /\/submit$/.test(r.url()));
  await page.getByTestId('confirm-ok').click();
  expect((await submitted).ok()).toBeTruthy();
  await expect(page.getByTestId('my-sheets')).toContainText('待审核');
  expect(Date.now() - t0).toBeLessThan(10 * 60_000);
  await context.close();
});

test('the unit reviews, the department grades within the quota, feeds back, publishes and ranks', async ({
  page,
}) => {
  test.setTimeout(600_000);
  const sheets = await bumen.get<Sheet[]>(
    `/api/assessment/cycles/${cycleId}/sheets?unitNodeId=${unitNodeId}`,
  );
  expect(sheets.length).toBeGreaterThanOrEqual(20);
  const mine = sheets.find((s) => s.personId === ganbuPerson)!;
  // the unit reviews the cadre's sheet in the UI and the others through the API
  await signIn(page, 'bumen');
  await page.goto(`/assessment/sheets/${mine.id}`);
  await expect(page.getByTestId('sheet-summary-view')).toContainText('下季度继续推进城市更新');
  await page.getByTestId('unit-comment').fill('同意，工作实绩突出');
  await page.getByTestId('review-submit').click();
  const reviewed = page.waitForResponse((r) => /\/review$/.test(r.url()));
  await page.getByTestId('confirm-ok').click();
  expect((await reviewed).ok()).toBeTruthy();
  for (const s of sheets.filter((x) => x.id !== mine.id && x.status === 'submitted'))
    await bumen.post(`/api/assessment/sheets/${s.id}/review`, { items: [], version: s.version });

  // the department grades the cadre in the UI, the rest at the suggested grade
  await signIn(page, 'zzb');
  await page.goto(`/assessment/sheets/${mine.id}`);
  await page.getByTestId('assess-submit').click();
  const graded = page.waitForResponse((r) => /\/assess$/.test(r.url()));
  await page.getByTestId('confirm-ok').click();
  expect((await graded).ok()).toBeTruthy();
  for (const s of await zzb.get<Sheet[]>(
    `/api/assessment/cycles/${cycleId}/sheets?unitNodeId=${unitNodeId}&status=reviewed`,
  )) {
    const d = await zzb.get<{ suggestedGrade: string; version: number }>(`/api/assessment/sheets/${s.id}`);
    const g = d.suggestedGrade === 'good' ? 'fairly_good' : d.suggestedGrade;
    await zzb.post(`/api/assessment/sheets/${s.id}/assess`, {
      grade: g,
      dimensionGrades: { post_fit: g, results: g, reputation: g, key_tasks: g },
      version: d.version,
    });
  }
  await page.goto('/assessment/board');
  await page.getByTestId(`feedback-${unitNodeId}`).click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId(`publish-${unitNodeId}`)).toBeVisible();
  await page.getByTestId(`publish-${unitNodeId}`).click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId(`publish-${unitNodeId}`)).toHaveCount(0);
  const ranking = await zzb.get<{ unitNodeId: string; rankInUnit: number | null }[]>(
    `/api/assessment/cycles/${cycleId}/ranking?unitNodeId=${unitNodeId}`,
  );
  expect(ranking.length).toBe(sheets.length);
  expect(ranking.some((r) => r.rankInUnit === 1)).toBe(true);
});

test('the cadre sees the result, and the commendation in the portrait', async ({ page }) => {
  await signIn(page, 'ganbu');
  await page.goto('/assessment/me');
  await expect(page.getByTestId('my-result')).toBeVisible();
  const portrait = await (await page.request.get(`/api/assessment/portraits/${ganbuPerson}`)).json();
  expect(portrait.scores.execution).toBeGreaterThan(80);
  await page.getByRole('tab', { name: '人物画像' }).click();
  await expect(page.getByTestId('portrait-radar')).toBeVisible();
  // a cadre reads no one else's file
  const other = (
    await bumen.get<Sheet[]>(`/api/assessment/cycles/${cycleId}/sheets?unitNodeId=${unitNodeId}`)
  ).find((s) => s.personId !== ganbuPerson)!;
  expect((await page.request.get(`/api/assessment/points/people/${other.personId}`)).status()).toBe(404);
});

/** Keeps Page imported for helpers written against it. */
export type { Page };
