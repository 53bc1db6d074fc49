/**
 * The residents' council end to end, at phone width (390×844): a resident signs up with a phone
 * number and an SMS code, claims their record in the register, raises a topic; the community
 * officer takes it through the six steps 六步议事 (ideas, plan, open floor, convention) to a vote;
 * the resident gives an idea, comments and votes; the vote is closed and the plan adopted with its
 * convention; the community's public page (no login) shows the decision.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { buildTree, DEFAULT_DEMO, people } from '../demo/generate.ts';
import { signIn } from './support.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const OUTBOX = path.resolve(
  import.meta.dirname,
  '..',
  '.tmp',
  `e2e-${process.env.GZ_E2E_RUN}`,
  'sms-outbox.log',
);

/** A registered resident of the demo community that no demo account stands for (the last by id). */
function claimable() {
  const tree = buildTree(DEFAULT_DEMO);
  const community = tree.communities[0];
  const adults = [...people(tree)].filter(
    (p) =>
      p.communityId === community.id &&
      p.identities.every((i) => i.kind === 'resident') &&
      p.birthDate < '1995-01-01' &&
      p.birthDate > '1950-01-01',
  );
  adults.sort((a, b) => (a.id < b.id ? 1 : -1));
  return { person: adults[0], community };
}

/** The last code the SMS stub wrote for a phone. */
async function codeFor(phone: string): Promise<string> {
  let code: string | undefined;
  await expect
    .poll(() => {
      const lines = fs.existsSync(OUTBOX) ? fs.readFileSync(OUTBOX, 'utf8').trim().split('\n') : [];
      code = lines
        .reverse()
        .find((l) => l.startsWith(`${phone} `))
        ?.split(' ')[1];
      return code;
    })
    .toBeTruthy();
  return code!;
}

async function officerPhone(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext(PHONE)).newPage();
  await signIn(page, 'shequ');
  return page;
}

/** Takes a step with its confirmation. */
async function step(page: Page, action: string) {
  await page.getByTestId(`action-${action}`).click();
  await page
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: /受理|进入|重新|确\s?定|OK/ })
    .click();
  await expect(page.getByTestId(`action-${action}`)).toHaveCount(0);
}

/** Writes a new version of the plan or convention. */
async function draft(page: Page, kind: 'plan' | 'convention', text: string) {
  await page.getByTestId(`draft-edit-${kind}`).click();
  await page.getByRole('dialog').getByLabel('内容').fill(text);
  await page.getByTestId(`draft-modal-${kind}-ok`).click();
  await expect(page.getByTestId(`draft-text-${kind}`)).toContainText(text.slice(0, 10));
}

test('a resident signs up, claims their record and takes a topic through the six steps to a vote and a convention', async ({
  browser,
}) => {
  const { person, community } = claimable();
  const phoneNo = `138${String(Date.now()).slice(-8)}`;

  // sign up with phone and code
  const resident = await (await browser.newContext(PHONE)).newPage();
  await resident.goto('/r/signup');
  await resident.getByTestId('signup-form').waitFor();
  const axe = await new AxeBuilder({ page: resident }).withRules(['label', 'button-name']).analyze();
  expect(axe.violations).toEqual([]);
  await resident.getByLabel('手机号').fill(phoneNo);
  await resident.getByTestId('send-code').click();
  await resident.getByLabel('短信验证码').fill(await codeFor(phoneNo));
  await resident.getByTestId('signup-submit').click();
  await expect(resident).toHaveURL(/\/residents\/me/);
  await expect(resident.getByTestId('unverified')).toBeVisible();

  // claim the record: community, name, ID number
  await resident.getByTestId('community-select').click();
  await resident.keyboard.type(community.name.slice(0, 2));
  await resident.locator('.ant-select-item-option', { hasText: community.name }).click();
  await resident.getByTestId('claim-form').getByLabel('姓名').fill(person.name);
  await resident.getByTestId('claim-form').getByLabel('身份证号').fill(person.nationalId);
  await resident.getByTestId('claim-submit').click();
  await expect(resident.getByTestId('verified')).toBeVisible();
  await expect(resident.getByTestId('my-community')).toHaveText(community.name);
  await expect(resident.locator('body')).not.toContainText(person.nationalId);

  // raise a topic
  const title = `E2E 楼道照明改造 ${phoneNo.slice(-4)}`;
  await resident.goto('/council/new');
  const form = resident.getByTestId('raise-form');
  await form.getByLabel('议题').fill(title);
  await form.getByLabel('情况说明和建议').fill('3栋楼道灯经常不亮，晚上出入不安全，建议更换声控灯。');
  await resident.getByTestId('raise-submit').click();
  await expect(resident.getByTestId('topic-title')).toHaveText(title);
  await expect(resident.getByTestId('stage-tag').first()).toHaveText('提议题');
  const topicUrl = resident.url();

  // the officer accepts it: 出主意
  const officer = await officerPhone(browser);
  await officer.goto(topicUrl);
  await step(officer, 'accept');

  // the resident gives an idea
  await resident.reload();
  await resident.getByLabel('我的主意').fill('换成声控感应灯，物业每月巡检');
  await resident.getByTestId('idea-submit').click();
  await expect(resident.getByTestId('idea')).toContainText('声控感应灯');

  // 拟方案 → 开言路 with a plan in two versions
  await officer.reload();
  await step(officer, 'to_plan');
  await draft(officer, 'plan', '更换 3栋 1–18 层楼道灯为声控感应灯。');
  await draft(officer, 'plan', '更换 3栋 1–18 层楼道灯为声控感应灯，物业每月巡检一次并公示。');
  await step(officer, 'to_floor');

  // the resident comments on the open floor
  await resident.reload();
  await resident.getByLabel('我的意见').fill('赞成，希望月底前完成');
  await resident.getByTestId('comment-submit').click();
  await expect(resident.getByTestId('comment')).toContainText('月底前完成');

  // 定公约 → 说了算: the convention, then the vote
  await officer.reload();
  await step(officer, 'to_convention');
  await draft(
    officer,
    'convention',
    '一、爱护楼道照明设施；二、发现损坏及时报物业；三、物业 48 小时内修复。',
  );
  await officer.getByTestId('action-to_decide').click();
  await officer.getByTestId('vote-modal-ok').click();
  await expect(officer.getByTestId('topic-vote')).toBeVisible();

  // the resident votes 赞成
  await resident.reload();
  const ballot = resident.getByTestId('topic-vote');
  await ballot.getByText('赞成').click();
  await ballot.getByTestId('cast').click();
  await resident
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: /投\s?票/ })
    .click();
  await expect(ballot.getByTestId('voted')).toBeVisible();

  // the officer closes the vote: adopted, with the convention
  await officer.reload();
  await officer.getByTestId('vote-close').click();
  await officer
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: /确\s?定|OK/ })
    .click();
  await expect(officer.getByTestId('outcome')).toHaveText('表决通过');

  await resident.reload();
  await expect(resident.getByTestId('outcome')).toHaveText('表决通过');
  await expect(resident.getByTestId('stage-tag').first()).toHaveText('实施中');
  await expect(resident.getByTestId('vote-results')).toBeVisible();
  await expect(resident.getByTestId('draft-text-convention')).toContainText('爱护楼道照明设施');
  const axeTopic = await new AxeBuilder({ page: resident }).withRules(['label', 'button-name']).analyze();
  expect(axeTopic.violations).toEqual([]);

  // the public page of the community, without login
  const anon = await (await browser.newContext(PHONE)).newPage();
  await anon.goto(`/public/c/${community.id}`);
  await expect(anon.getByTestId('public-community')).toHaveText(community.name);
  await expect(anon.getByTestId('public-decision').filter({ hasText: title })).toBeVisible();
  const share = await anon.request.get(`/public/c/${community.id}`);
  expect(await share.text()).toContain(`<title>${community.name}居民议事厅 · 共治</title>`);
});

test('the community officer sets up a council of a kind and filters the councils by kind', async ({
  browser,
}) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, 'shequ');
  await page.goto('/council/bodies');
  await expect(page.getByTestId('kind-figures-hallway')).toBeVisible();
  await page.getByTestId('body-create').click();
  const form = page.getByTestId('body-form');
  await form.getByLabel('类型').click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: '其他议事机构' })
    .click();
  await form.getByLabel('名称').fill('老友议事会');
  await page.getByTestId('body-form-ok').click();
  await expect(page.getByText('老友议事会')).toBeVisible();
  await page.getByTestId('bodies-kind-filter').click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: '楼道会客厅' })
    .click();
  await expect(page.getByTestId('body-kind')).toHaveCount(1);
  await expect(page.getByTestId('body-kind')).toHaveText('楼道会客厅');
});
