/**
 * The floor, end to end in Chromium: a community officer opens the tree, finds a resident by pinyin
 * initials and reveals the national ID; the auditor then sees that reveal in the audit log. And the
 * same pages are usable at phone width.
 */
import { expect, test, type Page } from '@playwright/test';
import { apiGet, login, logout, pinyinInitials } from './support.ts';

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
  await login(page, 'shequ');

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
  await page.getByTestId('reveal').click();
  await expect(nationalId).toHaveText(/^\d{17}[\dX]$/);
  const plain = (await nationalId.textContent())!;
  expect(plain.slice(0, 6)).toBe(person.nationalId.slice(0, 6));
  expect(plain.slice(-4)).toBe(person.nationalId.slice(-4));
  await shot(page, 'person-revealed-desktop');
  await page.keyboard.press('Escape');

  await logout(page);

  // The auditor finds that reveal in the log.
  await login(page, 'auditor');
  await page.getByTestId('side-menu').getByText('审计日志').click();
  await expect(page).toHaveURL(/\/audit/);
  await expect(page.getByTestId('org-tree')).toHaveCount(0);
  const filters = page.getByTestId('audit-filters');
  await filters.getByLabel('操作', { exact: true }).fill('people.reveal');
  await filters.getByLabel('对象 ID', { exact: true }).fill(person.id);
  await page.getByTestId('audit-search').click();
  const table = page.getByTestId('audit-table');
  const entry = table.locator('tbody tr.ant-table-row', { hasText: person.id });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('people.reveal');
  await expect(entry).toContainText('成功');
  await expect(entry).not.toContainText(plain);

  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-verify-result')).toContainText('哈希链完整');
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
