/**
 * Every role has a home (issue 16): each demo account logs in, lands on 工作台 at `/` (never on a
 * form), sees its to-do list, and opens the first item, which leads to a page that exists. Grid
 * workers and residents do it at phone width. The login page links to the pages that need no login,
 * and a permission error is said as such, never as "no network".
 *
 * The login form sends every account to the same `/` (web/modules/login): the first desk role and
 * the grid worker's phone log in through the form and are seen to land there; the other roles sign
 * in through the API and open `/`, which shows each its own home.
 */
import { expect, test, type Page } from '@playwright/test';
import { login, signIn } from './support.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/**
 * Lands on the home page (through the login form, or signed in through the API and opening `/`) and
 * opens the first to-do (or reads the empty state that says where to start).
 */
async function homeAndFirstItem(page: Page, username: string, form: boolean) {
  if (form) await login(page, username);
  else {
    await signIn(page, username);
    await page.goto('/');
  }
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('home-page')).toBeVisible();
  await expect(page).toHaveTitle(/工作台/);
  await expect(page.getByTestId('home-greeting')).toContainText(/好，/);
  const todos = page.getByTestId('home-todos');
  await expect(todos.locator('.ant-skeleton')).toHaveCount(0);
  const first = todos.getByTestId('todo-link').first();
  if ((await first.count()) === 0) {
    // nothing waits: the empty state says so and offers where to start
    await expect(page.getByTestId('home-todos-empty')).toContainText('眼下没有等您处理的事项');
    return null;
  }
  const label = (await first.innerText()).trim();
  await first.click();
  await expect(page).not.toHaveURL(/\/$/);
  await expect(page.getByText('页面不存在')).toHaveCount(0);
  await expect(page.getByText('出错了')).toHaveCount(0);
  await expect(page.getByTestId('page-loading')).toHaveCount(0);
  return label;
}

const desk = [
  ['zzb', 'org_officer'],
  ['jiedao', 'street_officer'],
  ['shequ', 'community_officer'],
  ['bumen', 'dept_officer'],
  ['ganbu', 'cadre'],
  ['daibiao', 'deputy'],
  ['tiaojie', 'mediator'],
  ['dangyuan', 'party_member'],
  ['wuye', 'property_staff'],
  ['cunji', 'village_staff'],
] as const;

for (const [i, [username, role]] of desk.entries())
  test(`${role} (${username}) lands on the home page and opens the first to-do`, async ({ page }) => {
    await homeAndFirstItem(page, username, i === 0);
  });

test('the community officer sees to-dos grouped by module with SLA colours, and the dashboard of the community with rate definitions', async ({
  page,
}) => {
  await signIn(page, 'shequ');
  await page.goto('/');
  const todos = page.getByTestId('home-todos');
  // the demo community has events waiting (seeded with a year of history)
  await expect(todos.getByTestId('todo-group-events')).toBeVisible();
  await expect(todos.locator('.ant-tag').first()).toHaveText(/已超期|临近期限|待办/);
  const dash = page.getByTestId('home-dashboard');
  await expect(dash.getByTestId('stat-group-events')).toBeVisible();
  await expect(dash.getByTestId('stat-definition').first()).toContainText('口径');
  // another year is another request, same figures' labels
  await dash.getByTestId('home-year').click();
  await page
    .locator('.ant-select-item-option-content')
    .getByText(String(new Date().getFullYear() - 1), { exact: true })
    .click();
  await expect(dash.getByTestId('stat-group-events')).toBeVisible();
});

test.describe('at phone width', () => {
  test.use(PHONE);

  test('the grid worker (wangge) lands on the home page and opens the first to-do', async ({ page }) => {
    await homeAndFirstItem(page, 'wangge', true);
  });

  test('a resident (jumin) lands on the home page, without a node dashboard, and opens the first to-do', async ({
    page,
  }) => {
    await signIn(page, 'jumin');
    await page.goto('/');
    await expect(page.getByTestId('home-page')).toBeVisible();
    await expect(page.getByTestId('home-dashboard')).toHaveCount(0);
    await homeAndFirstItemAfterLogin(page);
  });
});

async function homeAndFirstItemAfterLogin(page: Page) {
  const todos = page.getByTestId('home-todos');
  await expect(todos).toBeVisible();
  await expect(todos.locator('.ant-skeleton')).toHaveCount(0);
  const first = todos.getByTestId('todo-link').first();
  if ((await first.count()) === 0) {
    await expect(page.getByTestId('home-todos-empty')).toBeVisible();
    return;
  }
  await first.click();
  await expect(page).not.toHaveURL(/\/$/);
  await expect(page.getByText('页面不存在')).toHaveCount(0);
}

test('the login page links to resident sign-up, the public task list and the community pages', async ({
  page,
}) => {
  await page.goto('/login');
  await expect(page).toHaveTitle(/登录/);
  await page.getByTestId('link-signup').click();
  await expect(page).toHaveURL(/\/r\/signup$/);
  await page.goto('/login');
  await page.getByTestId('link-public-tasks').click();
  await expect(page).toHaveURL(/\/public\/tasks$/);
  // no district yet: the page asks for a community instead of claiming there is no list
  await expect(page.getByText('输入您所在社区的名称')).toBeVisible();
  await page.goto('/login');
  await page.getByTestId('link-public-council').click();
  await expect(page).toHaveURL(/\/public$/);
});

test('a permission error is said as such, never as "no network"', async ({ page }) => {
  await signIn(page, 'jumin');
  // a resident types the audit log's address: the server answers 403, the page says so
  await page.goto('/audit');
  await expect(page.locator('.ant-message')).toBeVisible();
  await expect(page.locator('.ant-message')).not.toContainText('无法连接服务器');
  await expect(page.locator('.ant-message')).not.toContainText('Failed to fetch');
});
