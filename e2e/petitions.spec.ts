/**
 * 诉访分离 end to end (seed 003 福田 访前法律工作室): the community officer `shequ` registers a neighbour
 * quarrel brought by six people (a 集体访); the mediator on duty `tiaojie` triages it at the street's
 * 访前法律工作室 to people's mediation; the list shows it guided with a numbered 不予受理告知书, which
 * opens for printing; the resident `jumin` files her own matter online and sees it waiting, beside the
 * earlier one whose reply she may rate.
 */
import { expect, test } from '@playwright/test';
import { apiGet, choose, signIn } from './support.ts';

test('shequ registers a 集体访, tiaojie guides it to people’s mediation, the notice prints; jumin files online', async ({
  page,
}) => {
  const matter = `e2e 楼上漏水邻里纠纷 ${Date.now().toString(36)}`;
  await signIn(page, 'shequ');
  await page.goto('/petitions');
  await page.getByTestId('visit-register').click();
  await page.getByTestId('visit-name').fill('孙丽华');
  await choose(page, page.getByTestId('visit-category'), '邻里纠纷');
  await page.getByTestId('visit-matter').fill(matter);
  await page.getByTestId('visit-people').fill('6');
  await page.getByTestId('visit-form-ok').click();
  const mine = page.getByTestId('visit-row').filter({ hasText: matter });
  await expect(mine.getByTestId('visit-state')).toHaveText('待分流');
  await expect(mine).toContainText('集体访 6');

  await signIn(page, 'tiaojie');
  await page.goto('/petitions');
  const row = page.getByTestId('visit-row').filter({ hasText: matter });
  await row.getByTestId('visit-triage').click();
  await expect(page.getByTestId('move-route')).toContainText('人民调解'); // the category's suggestion
  await page.getByTestId('move-note').fill('引导至社区人民调解室调解');
  await page.getByTestId('move-form-ok').click();
  await expect(row.getByTestId('visit-state')).toHaveText('已引导');
  await expect(row.getByTestId('visit-route')).toHaveText('人民调解');
  const number = (await row.getByTestId('visit-notice').innerText()).trim();
  expect(number).toMatch(/^福田信访不受〔\d{4}〕第\d{4}号$/);
  const [notice] = await Promise.all([page.waitForEvent('popup'), row.getByTestId('visit-notice').click()]);
  await expect(notice.getByTestId('pt-notice')).toContainText('信访事项不予受理告知书');
  await expect(notice.getByTestId('pt-notice-number')).toHaveText(number);
  await expect(notice.getByTestId('pt-notice')).toContainText('人民调解');
  await notice.close();

  // a resident files her own matter from the phone and follows it; her earlier one has a reply to rate
  await signIn(page, 'jumin');
  await page.goto('/petitions');
  await expect(
    page.getByTestId('visit-row').filter({ hasText: '人行道破损' }).getByTestId('visit-rate'),
  ).toBeVisible();
  const own = `e2e 楼道照明损坏 ${Date.now().toString(36)}`;
  await page.getByTestId('visit-submit').click();
  await page.getByTestId('visit-matter').fill(own);
  await page.getByTestId('visit-form-ok').click();
  await expect(page.getByTestId('visit-row').filter({ hasText: own }).getByTestId('visit-state')).toHaveText(
    '待分流',
  );
});

test('shequ sees a visitor’s full ID and phone for a reason, audited; the list follows the tree; zzb sets up a district studio', async ({
  page,
}) => {
  const tag = Date.now().toString(36);
  const matter = `e2e 小区车位分配争议 ${tag}`;
  const reason = `核实来访人身份后电话回访 ${tag}`;
  await signIn(page, 'shequ');
  const me = await apiGet<{ csrfToken: string; grants: { nodeId: string }[] }>(page, '/api/auth/me');
  const res = await page.request.post('/api/petitions/visits', {
    headers: { 'x-csrf-token': me.csrfToken, 'idempotency-key': `e2e-${tag}` },
    data: {
      nodeId: me.grants[0].nodeId,
      name: '吴海燕',
      idNumber: '440304198503150028',
      phone: '13912345678',
      matter,
      category: 'property',
    },
  });
  expect(res.ok(), `register → ${res.status()}`).toBeTruthy();
  const visit = (await res.json()) as { id: string };

  await page.goto('/petitions');
  const row = page.getByTestId('visit-row').filter({ hasText: matter });
  await expect(row).toContainText('139****5678');
  await expect(row).not.toContainText('13912345678');
  await row.getByTestId('visit-reveal').click();
  const dialog = page.getByTestId('visit-reveal-form');
  await dialog.getByTestId('visit-reveal-form-ok').click();
  await expect(dialog.locator('.ant-form-item-explain-error')).toBeVisible(); // a reason is needed
  await dialog.getByTestId('visit-reveal-reason').fill(reason);
  await dialog.getByTestId('visit-reveal-form-ok').click();
  await expect(row.getByTestId('visit-revealed')).toContainText('440304198503150028');
  await expect(row.getByTestId('visit-revealed')).toContainText('13912345678');

  // the street officer picks one community in the tree: the list holds its visits only
  await signIn(page, 'jiedao');
  const [street] = await apiGet<{ id: string }[]>(page, '/api/org/roots');
  const communities = await apiGet<{ id: string; name: string; level: string }[]>(
    page,
    `/api/org/nodes/${street.id}/children`,
  );
  const home = (await apiGet<{ nodeName: string }>(page, `/api/petitions/visits/${visit.id}`)).nodeName;
  const other = communities.find((c) => c.level === 'community' && c.name !== home)!;
  await page.goto('/petitions');
  const rows = page.getByTestId('visit-row');
  await expect(rows.filter({ hasText: matter })).toBeVisible();
  await page.getByTestId('org-tree').getByTestId(`org-node-${other.id}`).click();
  await expect(rows.filter({ hasText: matter })).toHaveCount(0);
  await expect(rows.first()).toContainText(other.name);
  await expect(rows.filter({ hasNotText: other.name })).toHaveCount(0);

  // the district's officer sees the district's studios and sets up one at the district
  await signIn(page, 'zzb');
  const [district] = await apiGet<{ name: string }[]>(page, '/api/org/roots');
  await page.goto('/petitions/studios');
  const studios = page.getByTestId('studio-row');
  await expect(studios.filter({ hasText: '区信访局访前法律工作室' })).toContainText(district.name);
  await page.getByTestId('studio-new').click();
  const form = page.getByTestId('studio-form');
  await form.getByLabel('名称').fill(`区级访前法律工作室（${tag}）`);
  await form.getByLabel('开放时间').fill('每周一至周五 9:00-17:00');
  await form.getByTestId('studio-form-ok').click();
  await expect(studios.filter({ hasText: `区级访前法律工作室（${tag}）` })).toContainText(district.name);

  // the auditor finds the reveal with its reason
  await signIn(page, 'auditor');
  const log = await apiGet<{ items: { actorName: string; detail: { reason?: string } }[] }>(
    page,
    `/api/audit?action=petitions.visit.reveal&objectId=${visit.id}`,
  );
  expect(log.items.map((e) => e.detail.reason)).toEqual([reason]);
});
