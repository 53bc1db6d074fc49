/**
 * The floor, end to end in Chromium: a community officer opens the tree, finds a resident by pinyin
 * initials, reveals the national ID for a stated reason and hides it again; the auditor then sees
 * that reveal in the audit log by its name and whose record it was (masked). The system
 * administrator creates an account and finds it; the security administrator grants it a role on a
 * node. An officer registers one person by hand and gives them an identity. And the pages are
 * usable at phone width.
 */
import { expect, test, type Page } from '@playwright/test';
import { apiGet, login, logout, pinyinInitials, signIn } from './support.ts';

interface PersonItem {
  id: string;
  name: string;
  nationalId: string;
  nodeId: string;
}
interface OrgNode {
  id: string;
  name: string;
}

/** Screenshots for the README are written only when asked (SCREENSHOTS=1). */
async function shot(page: Page, name: string) {
  if (process.env.SCREENSHOTS) await page.screenshot({ path: `docs/${name}.png`, fullPage: false });
}

/** A resident of the officer's community whose initials find at most one page of people. */
async function pickResident(page: Page, nodeId: string) {
  const list = await apiGet<{ items: PersonItem[] }>(page, `/api/people?nodeId=${nodeId}&limit=40`);
  for (const p of list.items) {
    const initials = pinyinInitials(p.name);
    const hits = await apiGet<{ total: number }>(page, `/api/people?nodeId=${nodeId}&q=${initials}&limit=1`);
    if (hits.total >= 1 && hits.total <= 10) return { person: p, initials };
  }
  throw new Error('no resident with distinctive initials in the demo community');
}

test('a community officer reveals an ID found by initials, and the auditor sees the reveal', async ({
  page,
}) => {
  await signIn(page, 'shequ');
  await page.goto('/');

  // The tree: the officer's community is the root; select it.
  const roots = await apiGet<OrgNode[]>(page, '/api/org/roots');
  expect(roots.length).toBeGreaterThan(0);
  const community = roots[0];
  await page.getByTestId('side-menu').getByText('人员信息').click();
  await expect(page).toHaveURL(/\/people/);
  const tree = page.getByTestId('org-tree');
  // the community's grids are loaded lazily under it; the search box finds a grid by name…
  const grids = await apiGet<OrgNode[]>(page, `/api/org/nodes/${community.id}/children`);
  const grid = grids[grids.length - 1];
  await expect(tree.getByTestId(`org-node-${grid.id}`)).toBeVisible();
  await tree.getByTestId('org-search').click();
  await page.keyboard.type(grid.name);
  await page.getByTestId(`org-hit-${grid.id}`).click();
  await expect(page.getByText(`范围：${grid.name}`)).toBeVisible();
  await expect(tree.locator('.ant-tree-treenode-selected')).toContainText(grid.name);
  // …and the community by its pinyin initials
  await tree.getByTestId('org-search').click();
  await page.keyboard.type(pinyinInitials(community.name));
  await page.getByTestId(`org-hit-${community.id}`).click();
  await expect(page.getByText(`范围：${community.name}`)).toBeVisible();
  await expect(tree.locator('.ant-tree-treenode-selected')).toContainText(community.name);

  // Find a person by pinyin initials.
  const { person, initials } = await pickResident(page, community.id);
  expect(person.nationalId).toContain('*');
  await page.getByTestId('people-search').locator('input').fill(initials);
  await page.getByTestId('people-search').locator('input').press('Enter');
  const row = page.getByTestId(`person-row-${person.id}`);
  await expect(row).toBeVisible();
  await expect(row).toContainText(person.nationalId);
  await shot(page, 'people-desktop');

  // Open the record: masked until revealed.
  await row.getByTestId('person-name').click();
  const nationalId = page.getByTestId('national-id');
  await expect(nationalId).toHaveText(person.nationalId);
  // revealing asks why; the reason goes to the audit entry
  await page.getByTestId('reveal').click();
  await page.getByRole('dialog', { name: '查看明文的原因' }).getByText('入户走访').click();
  await page.getByTestId('reveal-ok').click();
  await expect(nationalId).toHaveText(/^\d{17}[\dX]$/);
  const plain = (await nationalId.textContent())!;
  expect(plain.slice(0, 6)).toBe(person.nationalId.slice(0, 6));
  expect(plain.slice(-4)).toBe(person.nationalId.slice(-4));
  await shot(page, 'person-revealed-desktop');
  // and it can be hidden again
  await page.getByTestId('hide').click();
  await expect(nationalId).toHaveText(person.nationalId);
  await expect(page.getByTestId('reveal')).toBeVisible();
  await page.keyboard.press('Escape');

  // The auditor finds that reveal in the log.
  await signIn(page, 'auditor');
  await page.goto('/');
  await page.getByTestId('side-menu').getByText('审计日志').click();
  await expect(page).toHaveURL(/\/audit/);
  await expect(page.getByTestId('org-tree')).toHaveCount(0);
  const filters = page.getByTestId('audit-filters');
  await filters.getByLabel('操作', { exact: true }).fill('people.reveal');
  await filters.getByLabel('对象 ID', { exact: true }).fill(person.id);
  await page.getByTestId('audit-search').click();
  const table = page.getByTestId('audit-table');
  const entry = table.locator('tbody tr.ant-table-row');
  await expect(entry).toHaveCount(1);
  // the action by its name and whose record it was, masked; no raw code, no id, no plaintext
  await expect(entry).toContainText('查看完整个人信息');
  await expect(entry.getByTestId('audit-subject')).toHaveText(masked(person.name));
  await expect(entry).toContainText('visit');
  await expect(entry).toContainText('成功');
  await expect(entry).not.toContainText(person.id);
  await expect(entry).not.toContainText(plain);

  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-verify-result')).toContainText('哈希链完整');
});

/** 张*明 / 李*: the mask the server applies to a resident's name. */
function masked(name: string): string {
  const c = [...name];
  return c.length <= 1
    ? name
    : c.length === 2
      ? c[0] + '*'
      : c[0] + '*'.repeat(c.length - 2) + c[c.length - 1];
}

/** A valid GB 11643 national ID number for a man born on the given day. */
function nationalIdFor(birth: string, seq: number): string {
  const first17 = '440304' + birth.replaceAll('-', '') + String(seq | 1).padStart(3, '0');
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * w[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

test('the system administrator creates an account; the security administrator grants it a role on a node', async ({
  page,
}) => {
  const username = `e2e${Date.now().toString(36)}`;
  await signIn(page, 'admin');
  await page.goto('/');
  await page.getByTestId('side-menu').getByText('用户与授权').click();
  await expect(page).toHaveURL(/\/accounts\/users/);
  await page.getByTestId('user-create').click();
  await page.getByTestId('user-username').fill(username);
  await page.getByTestId('user-displayName').fill('新同事');
  await page.getByTestId('user-password').fill('Start-Passw0rd!');
  await page.getByTestId('user-create-ok').click();
  await expect(page.getByText(`用户 ${username} 已创建`)).toBeVisible();
  // listed at once (newest first), and a search finds it
  await expect(page.getByTestId(`user-row-${username}`)).toBeVisible();
  await page.getByTestId('users-search').locator('input').fill(username);
  await page.getByTestId('users-search').locator('input').press('Enter');
  await expect(page.locator('tbody tr.ant-table-row')).toHaveCount(1);
  await expect(page.getByTestId(`user-row-${username}`)).toContainText('尚无角色');
  // the system administrator does not grant roles (三员分立): no grant button for it
  await expect(page.getByTestId(`grant-${username}`)).toHaveCount(0);
  await signIn(page, 'secadmin');
  await page.goto('/');
  await page.getByTestId('side-menu').getByText('用户与授权').click();
  // choose the node in the tree: the grant screen starts from it
  const roots = await apiGet<OrgNode[]>(page, '/api/org/roots');
  const district = (await apiGet<OrgNode[]>(page, `/api/org/nodes/${roots[0].id}/children`))[0];
  await page.getByTestId('org-tree').getByTestId(`org-node-${roots[0].id}`).click();
  await page.getByTestId('users-search').locator('input').fill(username);
  await page.getByTestId('users-search').locator('input').press('Enter');
  await page.getByTestId(`grant-${username}`).click();
  const drawer = page.getByTestId('grant-drawer');
  await expect(drawer).toContainText('三员分立');
  await expect(drawer).toContainText('不能兼任任何业务角色');
  await drawer.getByTestId('grant-role').click();
  await page.locator('.ant-select-item-option', { hasText: '区委组织部' }).click();
  // the node picker: the district under the city
  await drawer.locator('.ant-tree-select').click();
  await page.locator('.ant-select-tree-switcher').first().click();
  await page.locator('.ant-select-tree-node-content-wrapper', { hasText: district.name }).first().click();
  await drawer.getByTestId('grant-ok').click();
  await expect(page.getByText('已授权')).toBeVisible();
  await expect(drawer.getByTestId('grant-list')).toContainText(district.name);
  await expect(drawer.getByTestId('grant-list')).toContainText('区委组织部');
  // a security role now would break the separation: offered, but disabled with the reason
  await drawer.getByTestId('grant-role').click();
  await expect(page.locator('.ant-select-item-option-disabled', { hasText: '安全审计员' })).toContainText(
    '三员不能兼任业务角色',
  );
  await page.keyboard.press('Escape');
  await shot(page, 'grant-desktop');
});

test('an officer registers one person by hand and gives them an identity', async ({ page }) => {
  await signIn(page, 'shequ');
  await page.goto('/');
  await page.getByTestId('side-menu').getByText('人员信息').click();
  const roots = await apiGet<OrgNode[]>(page, '/api/org/roots');
  await page.getByTestId('org-tree').getByTestId(`org-node-${roots[0].id}`).click();
  await page.getByTestId('person-add').click();
  const id = nationalIdFor('1990-03-07', Date.now() % 997);
  await page.getByTestId('person-form-name').fill('测试登记');
  await page.getByTestId('person-form-nationalId').fill(id);
  await page.getByTestId('person-form-birthDate').fill('1990-03-07');
  await page.getByTestId('person-form-phone').fill('13912345678');
  await page.getByTestId('person-form-ok').click();
  await expect(page.getByText('已登记')).toBeVisible();
  // the new record opens, masked
  await expect(page.getByTestId('person-detail')).toContainText('测试登记');
  await expect(page.getByTestId('national-id')).toContainText('*');
  await page.getByTestId('identity-add').click();
  await page.getByTestId('identity-kind').click();
  await page.locator('.ant-select-item-option', { hasText: '志愿者' }).click();
  await page.getByLabel('队伍').fill('福田志愿服务队');
  await page.getByTestId('identity-ok').click();
  await expect(page.getByText('身份已添加')).toBeVisible();
  await expect(page.getByTestId('identities')).toContainText('福田志愿服务队');
  // found in the list, sorted among the others by pinyin
  const list = await apiGet<{ items: PersonItem[] }>(page, `/api/people?q=${id}`);
  expect(list.items.map((p) => p.name)).toEqual(['测试登记']);
});

test.describe('at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('login and the people list are usable', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByTestId('login-form')).toBeVisible();
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await sideways()).toBeLessThanOrEqual(0);
    await shot(page, 'login-phone');
    await login(page, 'shequ');
    await page.goto('/people');

    // nothing sticks out sideways; the table scrolls inside its own box
    await expect(page.getByTestId('people-table').locator('tbody tr.ant-table-row').first()).toBeVisible();
    expect(await sideways()).toBeLessThanOrEqual(0);

    // the tree lives in a drawer; picking a node closes it and narrows the list
    const roots = await apiGet<OrgNode[]>(page, '/api/org/roots');
    await page.getByTestId('tree-button').click();
    const tree = page.getByTestId('org-tree');
    await expect(tree).toBeVisible();
    await shot(page, 'tree-phone');
    await tree.getByTestId(`org-node-${roots[0].id}`).click();
    await expect(tree).toBeHidden();
    await expect(page.getByText(`范围：${roots[0].name}`)).toBeVisible();
    await shot(page, 'people-phone');

    // the menu is a drawer too, and logging out works from it
    await logout(page);
  });
});
