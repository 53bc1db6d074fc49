/**
 * 帮教 end to end (seed 003 智慧未检帮教云服务): the district officer `zzb` registers a young person
 * referred by the procuratorate (the list and page show the name masked), 社工匹配 suggests the
 * worker skilled in the problem first and zzb assigns her; the social worker `shehui` logs a session
 * on a phone; zzb closes the case as 复学 with 转处分流 and the numbered report prints.
 */
import { expect, test } from '@playwright/test';
import { makeNationalId } from '../server/platform/pii/national-id.ts';
import { choose, signIn } from './support.ts';

test('zzb registers and matches a case, shehui logs a session on a phone, zzb closes it and prints the report', async ({
  page,
}) => {
  const idNumber = makeNationalId('440304', '2010-05-01', Date.now() % 997);
  const note = `e2e 面谈 ${Date.now().toString(36)}`;
  await signIn(page, 'zzb');
  await page.goto('/juvenile');
  await page.getByTestId('juv-new').click();
  const form = page.getByTestId('juv-new-form');
  await form.getByLabel('姓名').fill('林晓东');
  await form.getByLabel('身份证号').fill(idNumber);
  await choose(page, page.getByTestId('juv-problems'), '不良交友');
  await page.getByTestId('juv-new-form-ok').click();
  await expect(page.getByRole('heading', { name: /林\*东/ })).toBeVisible();
  await expect(page.getByTestId('juv-state')).toHaveText('待分配');
  await expect(page.getByText(idNumber)).toHaveCount(0);

  // 社工匹配: 李敏 is skilled in 不良交友
  await expect(page.getByTestId('juv-matches').locator('tbody tr').first()).toContainText('李敏');
  await page.getByTestId('juv-assign-李敏').click();
  await expect(page.getByTestId('juv-state')).toHaveText('帮教中');
  await expect(page.getByTestId('juv-worker')).toHaveText('李敏');
  const url = page.url();

  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'shehui');
  await page.goto(url);
  await page.getByTestId('juv-add-session').click();
  await page.getByTestId('juv-session-form').getByLabel('记录').fill(note);
  await page.getByTestId('juv-session-form-ok').click();
  await expect(page.getByTestId('juv-sessions')).toContainText(note);

  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'zzb');
  await page.goto(url);
  await page.getByTestId('juv-close').click();
  await choose(page, page.getByTestId('juv-outcome-select'), '复学');
  await page.getByTestId('juv-close-form-ok').click();
  await expect(page.getByTestId('juv-state')).toHaveText('已结案');
  await page.getByTestId('juv-report-link').click();
  await expect(page.getByTestId('juv-report-no')).toHaveText(/^未检帮教〔\d{4}〕\d+号$/);
  await expect(page.getByTestId('juv-report')).toContainText('林*东');
  await expect(page.getByTestId('juv-report-outcome')).toHaveText('复学');
});

test('zzb imports a library entry, adds a site with an activity and edits a worker; shehui reads without the buttons', async ({
  page,
}) => {
  const stamp = Date.now().toString(36);
  await signIn(page, 'zzb');
  await page.goto('/juvenile/library');
  await page.getByTestId('juv-library-import').click();
  const modal = page.locator('.ant-modal', { hasText: '导入帮教知识库' });
  await modal.locator('input[type=file]').setInputFiles({
    name: 'library.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`库,编码,名称,指引\n问题库,P90,沉迷短视频 ${stamp},约定上网时段与替代活动\n`, 'utf8'),
  });
  await modal.getByRole('button', { name: /^检\s*查$/ }).click();
  await expect(modal.getByText('检查结果：新增或更新 1，跳过 0')).toBeVisible();
  await modal.getByRole('button', { name: /^导\s*入$/ }).click();
  await expect(page.getByTestId('juv-library-problem')).toContainText(`沉迷短视频 ${stamp}`);

  await page.goto('/juvenile/sites');
  await page.getByTestId('juv-site-new').click();
  await page.getByTestId('juv-site-form').getByLabel('名称').fill(`法治教育实践基地 ${stamp}`);
  await page.getByTestId('juv-site-form-ok').click();
  await expect(page.getByTestId('juv-sites')).toContainText(`法治教育实践基地 ${stamp}`);
  await page.getByTestId('juv-activity-new').click();
  const form = page.getByTestId('juv-activity-form');
  await page.getByTestId('juv-activity-site').click();
  await page.keyboard.type(stamp);
  await choose(page, page.getByTestId('juv-activity-site'), `法治教育实践基地 ${stamp}`);
  await form.getByLabel('活动名称').fill(`模拟法庭 ${stamp}`);
  await form.getByLabel('参与人次').fill('45');
  await page.getByTestId('juv-activity-form-ok').click();
  await expect(page.getByTestId('juv-activities')).toContainText(`模拟法庭 ${stamp}`);
  await expect(page.getByTestId('juv-sites').getByRole('row', { name: new RegExp(stamp) })).toContainText(
    '45',
  );

  await page.goto('/juvenile/workers');
  await page.getByRole('button', { name: '修改 李敏' }).click();
  await page.getByTestId('juv-worker-edit-ok').click();
  await expect(page.getByText('已保存')).toBeVisible();

  await signIn(page, 'shehui');
  // the social worker reads the sites of their own community (the district's new base is not theirs)
  await page.goto('/juvenile/sites');
  await expect(page.getByTestId('juv-sites')).toBeVisible();
  await expect(page.getByTestId('juv-site-new')).toHaveCount(0);
  await page.goto('/juvenile/library');
  await expect(page.getByTestId('juv-library-problem')).toContainText(`沉迷短视频 ${stamp}`);
  await expect(page.getByTestId('juv-library-import')).toHaveCount(0);
});
