/**
 * Volunteering end to end (seed 003, Futian): the community officer publishes an activity; the
 * demo resident signs up on a phone, checks in and out from the link in the activity's QR code
 * (a second tap changes nothing), the officer confirms three hours, and the resident's first
 * star shows on their page and on the printable certificate.
 */
import { expect, request as pwRequest, test, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './support.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

async function phone(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext(PHONE)).newPage();
  await signIn(page, username);
  return page;
}

test('a resident signs up, checks in and out by QR, the organiser confirms the hours and the star shows', async ({
  browser,
  baseURL,
}) => {
  // the officer publishes an activity that started ten minutes ago (through the API)
  const api = await pwRequest.newContext({ baseURL });
  expect(
    (await api.post('/api/auth/login', { data: { username: 'shequ', password: DEMO_PASSWORD } })).ok(),
  ).toBeTruthy();
  const me = await (await api.get('/api/auth/me')).json();
  const title = `e2e 楼道清洁志愿活动 ${Date.now().toString(36)}`;
  const made = await api.post('/api/volunteers/activities', {
    headers: { 'x-csrf-token': me.csrfToken },
    data: {
      nodeId: me.grants[0].nodeId,
      title,
      place: '党群服务中心',
      startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
      endsAt: new Date(Date.now() + 3 * 3600_000).toISOString(),
      capacity: 10,
    },
  });
  expect(made.ok(), await made.text()).toBeTruthy();
  const { id } = await made.json();

  // the resident starts with 17 hours and no star
  const resident = await phone(browser, 'jumin');
  await resident.goto('/volunteers/me');
  await expect(resident.getByTestId('my-stars')).toHaveAttribute('data-stars', '0');

  // sign up from the list
  await resident.goto('/volunteers');
  await resident.getByTestId('activity-card').filter({ hasText: title }).getByRole('link').click();
  await resident.getByTestId('signup').click();
  await expect(resident.getByTestId('activity-detail').getByTestId('signup-state')).toHaveText('已报名');

  // the organiser shows the QR code; its link opens the check-in page on the resident's phone
  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, 'shequ');
  await officer.goto(`/volunteers/activities/${id}`);
  await expect(officer.getByTestId('checkin-qr')).toBeVisible();
  const link = (await officer.getByTestId('checkin-link').textContent())!.trim();
  expect(link).toContain(`/volunteers/checkin/${id}?t=`);

  await resident.goto(link);
  await resident.getByTestId('do-checkin').click();
  await expect(resident.getByTestId('checked-in-at')).toBeVisible();
  await expect(resident.getByTestId('signup-state')).toHaveText('已签到');
  // the same scan again (a second tap, a retried request) changes nothing
  await resident.reload();
  await expect(resident.getByTestId('do-checkin')).toHaveCount(0);
  await resident.getByTestId('do-checkout').click();
  await expect(resident.getByTestId('signup-state')).toHaveText('已签退');

  // the organiser confirms three hours
  await officer.reload();
  const hours = officer.locator('[data-testid^="hours-"]');
  await hours.fill('3');
  await officer.getByTestId('confirm-hours').click();
  await expect(officer.getByTestId('signup-state').first()).toHaveText('时长已确认');

  // 20 hours this year: the first star, on the page and on the certificate
  await resident.goto('/volunteers/me');
  await expect(resident.getByTestId('my-hours')).toContainText('20');
  await expect(resident.getByTestId('my-stars')).toHaveAttribute('data-stars', '1');
  await resident.goto(`/print/volunteer-certificate`);
  await expect(resident.getByTestId('certificate')).toContainText('志愿服务证书');
  await expect(resident.getByTestId('certificate-stars')).toHaveText('★☆☆☆☆');
});
