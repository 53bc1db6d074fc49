/** Shared steps of the e2e specs: log in (the form or the API) and out as a demo account, and API reads in the browser's session. */
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { pinyinInitials } from '../server/platform/pinyin.ts';

/** The password of every demo account (demo/seed.ts). */
export const DEMO_PASSWORD = 'Gongzhi@2026';

export { pinyinInitials };

/** Logs in through the login page and waits for the app layout. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByTestId('login-form').waitFor();
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

/**
 * Logs in through the API, as the login form does, for a test that is not about the login form: the
 * session cookie lands in the page's browser context (the cookies of any account before are dropped
 * first). The page is not navigated: the test opens the page it is about, the login page and the
 * home page are not loaded in between (a UI login and logout cost seconds each on a busy machine).
 */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.context().clearCookies();
  const res = await page.request.post('/api/auth/login', { data: { username, password } });
  expect(res.ok(), `login ${username} → ${res.status()}`).toBeTruthy();
}

/**
 * Closes every browser context of the worker's browser, for `test.afterEach` in a spec whose tests
 * open pages of their own (one a role): the browser lives as long as the worker, and a page left
 * open keeps polling the server (its inbox) through every spec after it.
 */
export async function closeContexts({ browser }: { browser: Browser }) {
  await Promise.all(browser.contexts().map((c) => c.close()));
}

/** Logs out (through the drawer menu at phone width) and waits for the login page. */
export async function logout(page: Page) {
  const direct = page.getByTestId('logout');
  if (!(await direct.first().isVisible())) await page.getByTestId('menu-button').click();
  await direct.first().click();
  await expect(page).toHaveURL(/\/login/);
  await page.getByTestId('login-form').waitFor();
}

/** GET on the API with the browser's session cookie (the logged-in user's view). */
export async function apiGet<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url);
  expect(res.ok(), `${url} → ${res.status()}`).toBeTruthy();
  return (await res.json()) as T;
}

/**
 * Picks an option of an antd select, and checks that the select now shows it: options load
 * asynchronously, and a click that lands while the list re-renders is retried.
 */
export async function choose(page: Page, select: Locator, text: string | RegExp) {
  const dropdown = page.locator('.ant-select-dropdown:visible');
  for (let attempt = 0; attempt < 6; attempt++) {
    if (!(await dropdown.isVisible())) await select.click();
    const option = dropdown.locator('.ant-select-item-option').filter({ hasText: text }).first();
    try {
      await option.click({ timeout: 5_000 });
    } catch {
      // the list closed or re-rendered under the pointer: close it and open it again
      await page.keyboard.press('Escape');
      continue;
    }
    await dropdown.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
    if ((await select.innerText()).trim() !== '') return;
  }
  throw new Error('the select kept no value');
}
