/**
 * The Excel registers in Chromium: a community officer downloads the events inbox as it is filtered
 * (导出 Excel), the system administrator the accounts register (no password hash in it; an account
 * without the permission has no such button), and the organisation department exports a street's
 * subtree from the layout's tree, then imports a sheet that adds one grid to a community and finds
 * the new grid in the tree.
 */
import { expect, test, type Browser, type Download, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { apiGet, choose, signIn } from './support.ts';

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username);
  return page;
}

/** The first sheet of a downloaded workbook: its header row and its data rows, as text. */
async function sheetOf(download: Download) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await download.path())!);
  const ws = wb.worksheets[0];
  const rows: string[][] = [];
  ws.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (c) => cells.push(c.text));
    rows.push(cells);
  });
  return { header: rows[0] ?? [], data: rows.slice(1) };
}

/** Clicks the button and returns the file the browser downloads. */
async function downloadFrom(page: Page, testId: string): Promise<Download> {
  const download = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const d = await download;
  expect(await d.failure()).toBeNull();
  expect(d.suggestedFilename()).toMatch(/\.xlsx$/);
  return d;
}

test('a community officer downloads the events inbox as filtered: one row per event the list counts', async ({
  browser,
}) => {
  const page = await as(browser, 'shequ');
  await page.goto('/events');
  await expect(page.getByTestId('event-number').first()).toBeVisible();
  // the register follows the list's filter: closed events only
  await choose(page, page.getByTestId('events-state'), '已结案');
  await expect(page.getByTestId('events-export')).toHaveAttribute('href', /state=closed/);
  const list = await apiGet<{ total: number }>(page, '/api/events?state=closed&limit=1');
  expect(list.total).toBeGreaterThan(0);

  const sheet = await sheetOf(await downloadFrom(page, 'events-export'));
  expect(sheet.header.slice(0, 3)).toEqual(['编号', '标题', '类别']);
  expect(sheet.header).toContain('状态');
  expect(sheet.data).toHaveLength(list.total);
  const state = sheet.header.indexOf('状态');
  expect(new Set(sheet.data.map((r) => r[state]))).toEqual(new Set(['已结案']));
  expect(sheet.data[0][0]).toMatch(/^福田-\d{8}-\d{4}$/);
  await page.context().close();
});

test('the system administrator downloads the accounts register; an account without the permission has no button', async ({
  browser,
}) => {
  const page = await as(browser, 'admin');
  await page.goto('/accounts/users');
  const list = await apiGet<{ total: number }>(page, '/api/accounts/users?limit=1');
  // the page counts the accounts, as many as the register holds
  await expect(page.getByText(`共 ${list.total} 条`)).toBeVisible();

  const sheet = await sheetOf(await downloadFrom(page, 'users-export'));
  expect(sheet.header).toEqual(expect.arrayContaining(['账号', '角色']));
  expect(sheet.data).toHaveLength(list.total);
  const username = sheet.header.indexOf('账号');
  const zzb = sheet.data.find((r) => r[username] === 'zzb');
  expect(zzb?.[sheet.header.indexOf('角色')]).toContain('组织部');
  for (const row of sheet.data) for (const cell of row) expect(cell).not.toContain('$argon2');
  await page.context().close();

  // the organisation department may not read accounts: no download on the pages it reaches
  const zzbPage = await as(browser, 'zzb');
  await zzbPage.goto('/accounts/users');
  await expect(zzbPage.getByTestId('user-menu')).toBeVisible();
  await expect(zzbPage.getByRole('menuitem', { name: /用户与授权/ })).toHaveCount(0);
  await expect(zzbPage.getByTestId('users-export')).toHaveCount(0);
  expect((await zzbPage.request.get('/api/accounts/users/export.xlsx')).status()).toBe(403);
  await zzbPage.context().close();
});

test('the organisation department exports a street from the tree and imports a grid into a community', async ({
  browser,
}) => {
  const page = await as(browser, 'zzb');
  type Node = { id: string; name: string; level: string };
  const [district] = await apiGet<Node[]>(page, '/api/org/roots');
  const streets = await apiGet<Node[]>(page, `/api/org/nodes/${district.id}/children`);
  const street = streets.find((s) => s.level === 'street')!;
  const communities = await apiGet<Node[]>(page, `/api/org/nodes/${street.id}/children`);
  const community = communities.find((c) => c.level === 'community')!;

  await page.goto('/');
  const tree = page.getByTestId('org-tree');
  // the district opens by itself; pick the street
  await tree.getByTestId(`org-node-${street.id}`).click();
  const sheet = await sheetOf(await downloadFrom(page, 'org-export'));
  expect(sheet.header[0]).toBe('层级');
  expect(sheet.header).toEqual(expect.arrayContaining(['名称', '上级']));
  expect(sheet.data.length).toBeGreaterThan(1);
  expect(sheet.data[0].slice(0, 2)).toEqual(['街道', street.name]);
  expect(sheet.data.map((r) => r[1])).toContain(community.name);

  // open the street, then pick the community and look at its grids
  await tree
    .locator(`.ant-tree-treenode:has([data-testid="org-node-${street.id}"]) .ant-tree-switcher`)
    .click();
  await tree.getByTestId(`org-node-${community.id}`).click();
  await tree
    .locator(`.ant-tree-treenode:has([data-testid="org-node-${community.id}"]) .ant-tree-switcher`)
    .click();
  await expect(tree.locator('.ant-tree-treenode', { hasText: '网格' }).first()).toBeVisible();

  const name = `导入网格${Date.now().toString(36)}`;
  await page.getByTestId('org-import').click();
  const modal = page.locator('.ant-modal', { hasText: `导入下级 · ${community.name}` });
  await modal.locator('input[type=file]').setInputFiles({
    name: 'grids.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`层级,名称,上级\n网格,${name},${community.name}\n`),
  });
  await modal.getByRole('button', { name: /^检\s?查$/ }).click();
  await expect(modal.getByText('将新增 1 个节点，跳过已有的 0 个')).toBeVisible();
  const row = modal.locator('.ant-table-row', { hasText: name });
  await expect(row).toContainText('网格');
  await expect(row).toContainText('新增');
  await modal.getByTestId('org-import-apply').click();
  await expect(page.getByText('已新增 1 个节点，跳过 0 个')).toBeVisible();
  await expect(modal).toBeHidden();

  // the community's open branch shows the new grid, and the search finds it
  await expect(tree.locator('.ant-tree-treenode', { hasText: name })).toBeVisible();
  await page.getByTestId('org-search').click();
  await page.keyboard.type(name);
  const hit = page.locator('[data-testid^="org-hit-"]', { hasText: name });
  await expect(hit).toBeVisible();
  const newId = (await hit.getAttribute('data-testid'))!.replace('org-hit-', '');
  await hit.click();
  await expect(tree.locator('.ant-tree-node-selected').getByTestId(`org-node-${newId}`)).toBeVisible();
  const added = await apiGet<{ name: string; level: string; ancestors: { id: string }[] }>(
    page,
    `/api/org/nodes/${newId}`,
  );
  expect(added).toMatchObject({ name, level: 'grid' });
  expect(added.ancestors.at(-1)?.id).toBe(community.id);
  await page.context().close();
});
