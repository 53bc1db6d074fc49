/**
 * The accounts and grants imports in Chromium, 三员分立 end to end: the system administrator imports
 * two accounts from a CSV and sees each one's initial password once (with a print button), the
 * security administrator imports a grid worker's grant for one of them from a CSV, and that account
 * logs in through the login form with its initial password, must change it, and lands on its home
 * page as a grid worker. Each administrator sees only its own import button.
 */
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { apiGet, signIn } from './support.ts';

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username);
  return page;
}

type OrgNode = { id: string; name: string; level: string };

/** A demo grid in the account's scope and its path of names from the account's root down. */
async function aGrid(page: Page): Promise<{ grid: OrgNode; path: string }> {
  const [root] = await apiGet<OrgNode[]>(page, '/api/org/roots');
  const chain = [root];
  for (const level of ['district', 'street', 'community', 'grid']) {
    const last = chain[chain.length - 1];
    if (last.level === level) continue;
    const children = await apiGet<OrgNode[]>(page, `/api/org/nodes/${last.id}/children`);
    const next = children.find((c) => c.level === level);
    expect(next, `a ${level} under ${last.name}`).toBeTruthy();
    chain.push(next!);
  }
  return { grid: chain[chain.length - 1], path: chain.map((n) => n.name).join(' / ') };
}

/** Picks a CSV in the open import dialog (the dialog checks it at once). */
async function upload(dialog: Locator, name: string, csv: string) {
  await dialog.locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
}

test('accounts imported by the system administrator, granted by the security administrator, log in and change their password', async ({
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const worker = { username: `imp${stamp}a`, displayName: `导入网格员${stamp}` };
  const other = { username: `imp${stamp}b`, displayName: `导入干部${stamp}` };

  // 1. the system administrator imports two accounts and reads their initial passwords once
  const admin = await as(browser, 'admin');
  await admin.goto('/accounts/users');
  await expect(admin.getByTestId('users-import')).toBeVisible();
  await expect(admin.getByTestId('grants-import')).toHaveCount(0);
  await admin.getByTestId('users-import').click();
  const users = admin.locator('.ant-modal', { hasText: '从 Excel 导入账号' });
  await expect(users.getByTestId('import-confirm')).toBeDisabled();
  const csv = `账号,姓名\n${worker.username},${worker.displayName}\n${other.username},${other.displayName}\n`;
  await upload(users, 'accounts.csv', csv);
  await expect(users.getByText('将新增 2 条，跳过 0 条（已存在）')).toBeVisible();
  for (const a of [worker, other]) {
    const row = users.getByTestId('import-rows').locator('.ant-table-row', { hasText: a.username });
    await expect(row).toContainText(a.displayName);
    await expect(row).toContainText('新增');
  }
  await users.getByRole('button', { name: '确认导入 2 条' }).click();
  await expect(users.getByText('初始密码只显示这一次，关闭后无法再查看')).toBeVisible();
  await expect(users.getByText('已新增 2 条，跳过 0 条')).toBeVisible();
  await expect(users.getByRole('button', { name: /打\s?印/ })).toBeVisible();
  const passwords = new Map<string, string>();
  for (const a of [worker, other]) {
    const row = users.getByTestId('import-passwords').locator('.ant-table-row', { hasText: a.username });
    await expect(row).toContainText(a.displayName);
    const password = (await row.locator('code').innerText()).trim();
    expect(password).toMatch(/^\S{16}$/);
    passwords.set(a.username, password);
  }
  expect(passwords.get(worker.username)).not.toBe(passwords.get(other.username));
  await users
    .locator('.ant-modal-footer')
    .getByRole('button', { name: /关\s?闭/ })
    .click();
  await expect(users).toBeHidden();
  // the list shows the new accounts, without grants yet
  await expect(admin.getByTestId(`user-row-${worker.username}`)).toContainText('尚无角色');
  // the same file again makes nothing: both rows are skipped and there is nothing to confirm
  await admin.getByTestId('users-import').click();
  await upload(users, 'accounts.csv', csv);
  await expect(users.getByText('将新增 0 条，跳过 2 条（已存在）')).toBeVisible();
  await expect(users.getByTestId('import-rows').locator('.ant-table-row', { hasText: '跳过' })).toHaveCount(
    2,
  );
  await expect(users.getByTestId('import-confirm')).toBeDisabled();
  await users
    .locator('.ant-modal-footer')
    .getByRole('button', { name: /取\s?消/ })
    .click();
  await expect(users).toBeHidden();
  await admin.context().close();

  // 2. the security administrator grants the grid worker role on a demo grid from a CSV
  const sec = await as(browser, 'secadmin');
  const { grid, path } = await aGrid(sec);
  await sec.goto('/accounts/users');
  await expect(sec.getByTestId('grants-import')).toBeVisible();
  await expect(sec.getByTestId('users-import')).toHaveCount(0);
  await sec.getByTestId('grants-import').click();
  const grants = sec.locator('.ant-modal', { hasText: '从 Excel 导入授权' });
  await upload(grants, 'grants.csv', `账号,角色,授权范围\n${worker.username},网格员,${path}\n`);
  await expect(grants.getByText('将新增 1 条，跳过 0 条（已存在）')).toBeVisible();
  const planned = grants.getByTestId('import-rows').locator('.ant-table-row', { hasText: worker.username });
  await expect(planned).toContainText('网格员');
  await expect(planned).toContainText(grid.name);
  await expect(planned).toContainText('新增');
  await grants.getByRole('button', { name: '确认导入 1 条' }).click();
  await expect(grants.getByText('已新增 1 条，跳过 0 条')).toBeVisible();
  await grants
    .locator('.ant-modal-footer')
    .getByRole('button', { name: /关\s?闭/ })
    .click();
  await expect(grants).toBeHidden();
  await sec.getByTestId('users-search').locator('input').fill(worker.username);
  await sec.getByTestId('users-search').locator('input').press('Enter');
  await expect(sec.getByTestId(`user-row-${worker.username}`)).toContainText(`网格员 @ ${grid.name}`);
  await sec.context().close();

  // 3. the new grid worker logs in with the initial password, must change it, and lands at home
  const page = await (await browser.newContext()).newPage();
  await page.goto('/login');
  await page.getByTestId('login-form').waitFor();
  await page.getByLabel('用户名').fill(worker.username);
  await page.getByLabel('密码').fill(passwords.get(worker.username)!);
  await page.getByTestId('login-submit').click();
  await expect(page.getByRole('heading', { name: /修改密码/ })).toBeVisible();
  await expect(page.getByText('您的密码需要修改后才能继续使用。')).toBeVisible();
  // the app's pages are closed until the password is changed
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByText('您的密码需要修改后才能继续使用。')).toBeVisible();
  const next = `Gz#${stamp}Neu9`;
  await page.getByLabel('当前密码').fill(passwords.get(worker.username)!);
  await page.getByLabel('新密码', { exact: true }).fill(next);
  await page.getByLabel('再次输入新密码').fill(next);
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByTestId('home-page')).toBeVisible();
  await expect(page.getByTestId('home-greeting')).toContainText(worker.displayName);
  await expect(page.getByTestId('home-page').locator('.ant-tag', { hasText: '网格员' })).toBeVisible();
  await expect(page.getByTestId('user-menu')).toBeVisible();
  await page.context().close();
});
