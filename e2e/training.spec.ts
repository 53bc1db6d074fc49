/**
 * 领雁学苑 end to end in Chromium (Shangcheng, seed 001): the organisation department (`zzb`) puts a
 * class of the 五力十课 on the schedule; the community secretary (`shequ`) enrols; the teacher
 * (`jiaoshi`) opens QR check-in and the secretary's phone opens the code's link and is checked in;
 * the teacher closes the class as held; the department opens the course's exam; the secretary takes
 * it against the clock, passes, and the certificate shows; the secretary rates the class, the department
 * awards a teacher (学苑工作委员会, seed 001 上城) and prints the certificate, the teacher sees it; the
 * department sees the plans per track (领航/雏鹰/常青藤, seed 001 开化) and who lags, the cadre their hours.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { closeContexts, signIn } from './support.ts';

test.describe.configure({ mode: 'serial' });
test.afterEach(closeContexts);

async function as(browser: Browser, username: string, phone = false): Promise<Page> {
  const ctx = await browser.newContext(
    phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {},
  );
  const page = await ctx.newPage();
  // through the API: the login form is home.spec's; each step opens its page itself
  await signIn(page, username);
  return page;
}

/** A write through the API in the page's session (what a form elsewhere in the app would send). */
async function post<T>(page: Page, url: string, data: unknown): Promise<T> {
  const me = await (await page.request.get('/api/auth/me')).json();
  const res = await page.request.post(url, { data, headers: { 'x-csrf-token': me.csrfToken } });
  expect(res.ok(), `${url} → ${res.status()} ${await res.text()}`).toBeTruthy();
  return (await res.json()) as T;
}

const title = `群众工作方法·${Date.now().toString(36).slice(-4)}`;
let classId = '';
let examId = '';
let checkinUrl = '';

test('the department schedules a class and its exam', async ({ browser }) => {
  const page = await as(browser, 'zzb');
  const me = await (await page.request.get('/api/auth/me')).json();
  const nodeId = me.grants[0].nodeId as string;
  const courses = await (await page.request.get(`/api/training/courses?nodeId=${nodeId}`)).json();
  const course = courses.find((c: { code: string }) => c.code === 'FW-01');
  const starts = new Date(Date.now() + 10 * 60_000);
  ({ id: classId } = await post<{ id: string }>(page, '/api/training/classes', {
    nodeId,
    courseId: course.id,
    title,
    mode: 'offline',
    place: '街道党群服务中心三楼',
    startsAt: starts.toISOString(),
    endsAt: new Date(starts.getTime() + 3 * 3600_000).toISOString(),
    hours: 3,
  }));
  ({ id: examId } = await post<{ id: string }>(page, '/api/training/exams', {
    courseId: course.id,
    title: `${title} 结业考试`,
    durationMin: 15,
    passMark: 60,
    questions: [
      { text: '群众工作首先要？', options: ['听取群众意见', '先定方案再通知'], answer: 0, points: 50 },
      { text: '头雁论坛收集的问题会？', options: ['形成课程', '直接归档'], answer: 0, points: 50 },
    ],
  }));
  await page.goto('/training');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
});

test('the secretary enrols; the teacher opens QR check-in; the secretary’s phone checks in', async ({
  browser,
}) => {
  const secretary = await as(browser, 'shequ', true);
  await secretary.goto(`/training/classes/${classId}`);
  await secretary.getByTestId('tr-enrol').click();
  await expect(secretary.getByTestId('tr-mine')).toHaveText('已报名');

  const teacher = await as(browser, 'jiaoshi');
  await teacher.goto(`/training/classes/${classId}`);
  await teacher.getByTestId('tr-open-checkin').click();
  await expect(teacher.getByTestId('tr-qr-code').locator('svg')).toBeVisible();
  checkinUrl = (await teacher.getByTestId('tr-qr-url').innerText()).trim();
  expect(checkinUrl).toContain('/training/checkin?t=');

  await secretary.goto(new URL(checkinUrl).pathname + new URL(checkinUrl).search);
  await expect(secretary.getByTestId('tr-checkin-result')).toHaveText(`签到成功：${title}`);
  await secretary.goto(`/training/classes/${classId}`);
  await expect(secretary.getByTestId('tr-mine')).toHaveText('已扫码签到');

  await teacher.reload();
  await expect(teacher.getByRole('row', { name: /扫码签到/ })).toBeVisible();
  await teacher.getByTestId('tr-held').click();
  await expect(teacher.getByText('已结课')).toBeVisible();
});

test('the department opens the exam; the secretary passes it and sees the certificate', async ({
  browser,
}) => {
  const org = await as(browser, 'zzb');
  await org.goto('/training/exams');
  await org.getByTestId(`tr-open-${examId}`).click();
  await expect(org.getByTestId(`tr-open-${examId}`)).toHaveCount(0);

  const secretary = await as(browser, 'shequ', true);
  await secretary.goto('/training/exams');
  await secretary.getByTestId(`tr-take-${examId}`).click();
  await expect(secretary.getByTestId('tr-countdown')).toContainText(/1[45]:\d\d/);
  await secretary.getByTestId('tr-q-0').getByText('听取群众意见').click();
  await secretary.getByTestId('tr-q-1').getByText('形成课程').click();
  await secretary.getByTestId('tr-submit').click();
  await expect(secretary.getByTestId('tr-result')).toHaveText('成绩 100 分');
  await secretary.getByTestId('tr-cert-link').click();
  const cert = secretary.getByTestId('tr-certificate');
  await expect(cert.getByRole('heading', { name: '结业证书' })).toBeVisible();
  await expect(cert).toContainText('群众工作方法');
  await expect(cert).toContainText('LY-');
  const print = await secretary.request.get(
    (await secretary.getByTestId('tr-cert-print').getAttribute('href')) ?? '',
  );
  expect(await print.text()).toContain('准予结业');
  await secretary.goto('/training/record');
  await expect(secretary.getByTestId('tr-total-hours')).toContainText('学时');
});

test('the secretary rates the class; the department awards a teacher and prints the certificate; the teacher sees it', async ({
  browser,
}) => {
  const secretary = await as(browser, 'shequ', true);
  await secretary.goto(`/training/classes/${classId}`);
  await secretary.getByTestId('tr-rate').locator('li').nth(4).click();
  await expect(secretary.getByText('感谢评价')).toBeVisible();

  const org = await as(browser, 'zzb');
  await org.goto('/training/awards');
  const awards = org.getByTestId('tr-awards');
  await expect(awards.getByText('许老师').first()).toBeVisible();
  await awards.getByTestId('tr-aw-decide').first().click();
  await expect(awards.getByTestId('tr-aw-print')).toHaveCount(2);
  const href = (await awards.getByTestId('tr-aw-print').last().getAttribute('href')) ?? '';
  await org.goto(href);
  await expect(org.getByTestId('tr-aw-cert').getByRole('heading', { name: '荣誉证书' })).toBeVisible();
  await expect(org.getByTestId('tr-aw-cert-number')).toHaveText(/^LYJ-\d{4}-\d{3}$/);

  const teacher = await as(browser, 'jiaoshi');
  await teacher.goto('/training/awards');
  await expect(teacher.getByTestId('tr-aw-mine')).toContainText('优秀教师');
});

test('the department sees each track’s plan and who lags; the cadre sees their hours', async ({
  browser,
}) => {
  const org = await as(browser, 'zzb');
  await org.goto('/training/tracks');
  await expect(org.getByTestId('tr-track-plan-lead')).toContainText('40 学时');
  await expect(org.getByTestId('tr-track-eagle').getByText('滞后').first()).toBeVisible();

  const cadre = await as(browser, 'ganbu');
  await cadre.goto('/training/tracks/mine');
  await expect(cadre.getByTestId('tr-mytrack-hours').first()).toContainText('应完成');
});
