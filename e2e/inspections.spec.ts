/**
 * Inspections 巡察 end to end in the demo district (seed 004): the organisation department `zzb`
 * records a problem with its suggestions on 区住房和建设局 and issues the feedback letter; the
 * department officer `bumen` sees it, opens the letter and submits a rectification plan with a
 * deadline; `zzb` accepts the plan and the problem is being rectified.
 */
import { expect, request as pwRequest, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './support.ts';

const PROBLEM = '工程项目评标专家抽取记录不完整（e2e）';

test('巡察: zzb records a problem and issues the letter, bumen plans, zzb accepts the plan (seed 004)', async ({
  browser,
  baseURL,
}) => {
  // a round over 区住房和建设局 set up through the API (the round form is plain fields and a tree)
  const api = await pwRequest.newContext({ baseURL });
  expect(
    (await api.post('/api/auth/login', { data: { username: 'zzb', password: DEMO_PASSWORD } })).ok(),
  ).toBeTruthy();
  const me = await (await api.get('/api/auth/me')).json();
  const [district] = await (await api.get('/api/org/roots')).json();
  const children = (await (await api.get(`/api/org/nodes/${district.id}/children`)).json()) as {
    id: string;
    name: string;
  }[];
  const dept = children.find((n) => n.name === '区住房和建设局')!;
  const rounds = (await (await api.get('/api/inspections/rounds')).json()) as {
    year: number;
    number: number;
  }[];
  const year = new Date().getFullYear();
  const number = Math.max(0, ...rounds.filter((r) => r.year === year).map((r) => r.number)) + 1;
  const created = await api.post('/api/inspections/rounds', {
    data: {
      nodeId: district.id,
      year,
      number,
      kind: 'special',
      topic: '评标专家管理专项巡察',
      periodStart: `${year}-01-05`,
      periodEnd: `${year}-01-20`,
      groups: [{ name: '区委第四巡察组', leader: '罗组长', members: [] }],
      units: [{ nodeId: dept.id, groupName: '区委第四巡察组' }],
    },
    headers: { 'x-csrf-token': me.csrfToken },
  });
  expect(created.ok(), await created.text()).toBeTruthy();

  const zzb = await (await browser.newContext()).newPage();
  await signIn(zzb, 'zzb');
  await zzb.goto('/inspections');
  const round = zzb.getByTestId('inspection-round').filter({ hasText: '评标专家管理专项巡察' });
  await round.getByTestId('record-finding').click();
  const form = zzb.getByTestId('finding-form');
  await form.getByLabel('问题类别').click();
  await zzb.locator('.ant-select-item-option[title="公共资源交易"]').click();
  await form.getByLabel('问题描述').fill(PROBLEM);
  await form.getByLabel('整改建议（每行一条）').fill('建立评标专家抽取全程留痕制度\n定期抽查抽取记录');
  await zzb.getByTestId('finding-form-ok').click();
  await expect(round.locator('tr', { hasText: '区住房和建设局' })).toContainText('1');
  await round.getByTestId('issue-feedback').click();
  await zzb.getByTestId('confirm-ok').click();
  await expect(round).toContainText(`巡察反馈〔${year}〕`);

  const bumen = await (await browser.newContext()).newPage();
  await signIn(bumen, 'bumen');
  await bumen.goto('/inspections');
  const row = bumen.locator('tr', { hasText: PROBLEM });
  await expect(row.getByTestId('finding-state')).toHaveText('待报整改方案');
  // the letter, opened from the rounds tab, lists the problem under its category
  await bumen.getByRole('tab', { name: '巡察轮次' }).click();
  const card = bumen.getByTestId('inspection-round').filter({ hasText: '评标专家管理专项巡察' });
  const href = await card.getByTestId('feedback-letter').getAttribute('href');
  const letter = await (await bumen.request.get(href!)).text();
  expect(letter).toContain('一、【公共资源交易】');
  expect(letter).toContain('（2）定期抽查抽取记录');
  await bumen.getByRole('tab', { name: '问题整改' }).click();
  await row.getByTestId('finding-submit_plan').click();
  const move = bumen.getByTestId('move-form');
  await move.getByLabel('整改措施').fill('修订评标专家抽取办法，抽取过程全程录像');
  await move.getByLabel('整改时限').fill(`${year + 1}-03-31`);
  await bumen.getByTestId('move-form-ok').click();
  await expect(row.getByTestId('finding-state')).toHaveText('方案待审核');

  await zzb.getByRole('tab', { name: '问题整改' }).click();
  const zrow = zzb.locator('tr', { hasText: PROBLEM });
  await zrow.getByTestId('finding-accept_plan').click();
  await zzb.getByTestId('move-form-ok').click();
  await expect(zrow.getByTestId('finding-state')).toHaveText('整改中');
});
