/**
 * Social-organisation support end to end (seed 001 普陀 党建指导员派驻; seed 003 福田 总部基地 四联):
 * the street `jiedao` adds a party-building instructor, sends him to the street's incubation base
 * and logs a guidance visit; the demo organisation's staff `shehui` see him among their instructors;
 * the district `zzb` records a joint-mediation activity at the headquarters base.
 */
import { expect, test } from '@playwright/test';
import { choose, signIn } from './support.ts';

test('jiedao sends an instructor to the base and logs a visit; shehui sees him; zzb records a 联调', async ({
  page,
}) => {
  const tag = Date.now().toString(36).slice(-4);
  const name = `郑指导${tag}`;
  await signIn(page, 'jiedao');
  await page.goto('/socialorgs/instructors');
  await page.getByTestId('sos-new-instructor').click();
  const form = page.getByTestId('sos-instructor-form');
  await form.getByLabel('姓名').fill(name);
  await form.getByLabel('所在单位').fill('区委社会工作部');
  await form.getByLabel('联系电话').fill('13812345678');
  await page.getByTestId('sos-instructor-form-ok').click();
  await page.getByTestId('sos-roster').getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name: new RegExp(name) })).toBeVisible();

  await page.getByTestId('sos-assign').click();
  await choose(page, page.getByTestId('sos-target-id'), /孵化基地/);
  await page.getByTestId('sos-assign-form-ok').click();
  await expect(page.getByTestId('sos-assignments')).toContainText('孵化基地');
  await expect(page.getByTestId('sos-in-charge')).toContainText('福田社工服务中心');

  await page.getByTestId('sos-log-visit').click();
  const visit = page.getByTestId('sos-visit-form');
  await visit.getByLabel('指导内容').fill(`指导组织生活会 ${tag}`);
  await page.getByTestId('sos-visit-form-ok').click();
  await expect(page.getByTestId('sos-visits')).toContainText(`指导组织生活会 ${tag}`);

  await signIn(page, 'shehui');
  await page.goto('/socialorgs/instructors');
  await expect(page.getByTestId('sos-coverage-orgs')).toContainText(name);

  await signIn(page, 'zzb');
  await page.goto('/socialorgs/bases');
  await page.getByTestId('sos-bases').getByRole('link', { name: '福田区社会组织总部基地' }).click();
  await page.getByTestId('sos-add-link').click();
  const link = page.getByTestId('sos-link-form');
  await choose(page, link.getByTestId('sos-link-kind'), '联调');
  await link.getByLabel('活动').fill(`物业纠纷联调会 ${tag}`);
  await choose(page, page.getByTestId('sos-link-orgs'), /./);
  await page.getByTestId('sos-link-form-ok').click();
  await expect(page.getByTestId('sos-records')).toContainText(`物业纠纷联调会 ${tag}`);
});
