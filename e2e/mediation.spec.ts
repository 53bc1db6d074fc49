/**
 * Mediation end to end in Chromium (seed 003, Futian): the community officer imports a paper
 * register's case from a file, turns a dispute event into a case and assigns it to the people's
 * mediation room and its mediator; the mediator (who sees
 * only their own cases) registers a party (shown masked), records a hearing at a 331 step, reaches an
 * agreement, prints it, refers it for judicial confirmation and records the court's confirmation;
 * and the district's organisation department sets the 331 steps the mediators hear by.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { apiGet, login, logout } from './support.ts';

/** Picks an option of an antd select (options render in a portal; a missed click is retried). */
async function choose(page: Page, select: Locator, text: string | RegExp) {
  const dropdown = page.locator('.ant-select-dropdown:visible');
  for (let attempt = 0; attempt < 6; attempt++) {
    if (!(await dropdown.isVisible())) await select.click();
    const option = dropdown.locator('.ant-select-item-option').filter({ hasText: text }).first();
    try {
      await option.click({ timeout: 5_000 });
    } catch {
      await page.keyboard.press('Escape');
      continue;
    }
    await dropdown.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
    return;
  }
  throw new Error('the select kept no value');
}

/** Submits the FormModal with the given testid and waits for its write. */
async function submit(page: Page, formId: string, url: RegExp) {
  const done = page.waitForResponse((r) => url.test(r.url()) && r.request().method() !== 'GET');
  await page.getByTestId(`${formId}-ok`).click();
  const res = await done;
  expect(res.ok(), `${res.url()} → ${res.status()} ${await res.text()}`).toBeTruthy();
}

test('a dispute event is mediated to an agreement and judicially confirmed', async ({ page, context }) => {
  // the community officer receives the dispute from an event and assigns it
  await login(page, 'shequ');
  await page.goto('/mediation');

  // a paper register comes in from a file in the template's columns: checked first, then received
  const rooms = await apiGet<{ name: string; nodeName: string }[]>(page, '/api/mediation/rooms');
  const place = rooms.find((r) => r.name === '社区人民调解室')!.nodeName;
  const title = `台账导入纠纷${Date.now().toString(36)}`;
  await page.getByTestId('cases-import').click();
  const modal = page.locator('.ant-modal', { hasText: '按模板的列填写' });
  await modal.locator('input[type=file]').setInputFiles({
    name: 'cases.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `发生地,调解室,纠纷类型,纠纷简况,当事人\n${place},社区人民调解室,邻里纠纷,${title},申请人：王小明\n`,
    ),
  });
  await modal.getByRole('button', { name: /^检\s?查$/ }).click();
  await expect(modal.locator('.ant-table-row', { hasText: title })).toContainText('新增');
  await modal.getByTestId('cases-import-apply').click();
  await expect(modal).toBeHidden();
  await expect(page.locator('.ant-table-row', { hasText: title })).toBeVisible();

  await page.getByTestId('from-event').click();
  const ev = page.getByTestId('event-modal');
  await choose(page, ev.getByTestId('event-select'), /纠纷/);
  await choose(page, ev.getByLabel('调解室'), '社区人民调解室');
  await submit(page, 'event-modal', /from-event$/);
  await expect(page).toHaveURL(/\/mediation\/cases\/[0-9a-f-]+$/);
  const url = page.url();
  await expect(page.getByTestId('case-state')).toHaveText('已受理');
  await page.getByTestId('act-assign').click();
  const act = page.getByTestId('act-modal');
  await choose(page, act.getByTestId('assign-room'), '社区人民调解室');
  await choose(page, act.getByTestId('assign-mediator'), '何姐');
  await submit(page, 'act-modal', /\/transitions$/);
  await expect(page.getByTestId('case-state')).toHaveText('已分派');
  await logout(page);

  // the mediator hears it and reaches an agreement
  await login(page, 'tiaojie');
  await page.goto(url);
  await page.getByTestId('add-party').click();
  const party = page.getByRole('dialog');
  await party.getByLabel('姓名').fill('李晓明');
  await party.getByLabel('手机号码').fill('13800138000');
  await submit(page, 'form', /\/parties$/);
  await expect(page.getByText('李*明')).toBeVisible();
  await expect(page.getByText('138****8000')).toBeVisible();
  await page.getByTestId('hear').click();
  const hear = page.getByTestId('hear-modal');
  await hear.getByLabel('参加人员').fill('调解员、党员代表、楼长、双方当事人');
  await hear.getByLabel('调解笔录').fill('三方联合接访，听取双方陈述，查看漏水现场。');
  await submit(page, 'hear-modal', /\/hearings$/);
  await expect(page.getByTestId('case-state')).toHaveText('调解中');
  await page.getByTestId('act-agree').click();
  await act.getByLabel('协议内容').fill('一、楼上业主负责维修防水层；二、赔偿楼下业主损失3000元。');
  await act.getByLabel('履行方式、时限').fill('签订之日起三十日内履行完毕');
  await submit(page, 'act-modal', /\/transitions$/);
  await expect(page.getByTestId('case-state')).toHaveText('达成协议');

  // the agreement prints with the full names (the mediator may see them)
  const [print] = await Promise.all([context.waitForEvent('page'), page.getByTestId('print').click()]);
  await expect(print.getByRole('heading', { name: '人民调解协议书' })).toBeVisible();
  await expect(print.getByText('李晓明')).toBeVisible();
  await print.close();

  // judicial confirmation 司法确认, and the court's answer
  await page.getByTestId('act-refer_confirmation').click();
  await submit(page, 'act-modal', /\/transitions$/);
  await expect(page.getByTestId('case-state')).toHaveText('司法确认中');
  await page.getByTestId('act-confirmed').click();
  await act.getByLabel('说明').fill('法院裁定确认调解协议有效');
  await submit(page, 'act-modal', /\/transitions$/);
  await expect(page.getByTestId('case-state')).toHaveText('已办结');
  await expect(page.getByTestId('case-result')).toHaveText('调解成功');
});

test('the district sets the 党群调解331 steps; mediators see them and they go to Excel', async ({ page }) => {
  await login(page, 'zzb');
  await page.goto('/mediation/rooms');
  const card = page.getByTestId('steps-card');
  await expect(card.getByRole('listitem')).toHaveCount(4);
  await card.getByTestId('edit-steps').click();
  const modal = page.getByTestId('steps-modal');
  await modal.getByTestId('step-3').getByLabel('工作要求').fill('协议履行后一个月内上门回访');
  await modal.getByTestId('add-step').click();
  const added = modal.getByTestId('step-4');
  await added.getByLabel('步骤名称').fill('矛盾纠纷回头看');
  await added.getByLabel('工作要求').fill('半年后回访双方，防止纠纷反弹');
  await added.getByLabel('代码').fill('review');
  await submit(page, 'steps-modal', /\/api\/mediation\/steps$/);
  await expect(card.getByRole('listitem')).toHaveCount(5);
  await expect(card.getByRole('listitem').nth(3)).toContainText('协议履行后一个月内上门回访');

  const download = page.waitForEvent('download');
  await card.getByRole('link', { name: /导出 Excel/ }).click();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await (await download).path())!);
  const ws = wb.worksheets[0];
  expect([ws.rowCount, ws.getRow(6).getCell(2).value]).toEqual([6, '矛盾纠纷回头看']);
  await logout(page);

  // the mediator hears cases by the district's steps, and cannot change them
  await login(page, 'tiaojie');
  await page.goto('/mediation/rooms');
  await expect(page.getByTestId('steps-card')).toContainText('矛盾纠纷回头看');
  await expect(page.getByTestId('edit-steps')).toHaveCount(0);
});
