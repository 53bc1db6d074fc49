/**
 * The built web client under its Content-Security-Policy: the pages a district officer opens
 * (home, people, tasks, the dashboard with charts and the map, events, the API docs) load and draw
 * without a single CSP violation, and the page cannot be framed.
 */
import { expect, test } from '@playwright/test';
import { login } from './support.ts';

test('every page works under the Content-Security-Policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const first = await page.goto('/login');
  const csp = first!.headers()['content-security-policy'];
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(first!.headers()['x-content-type-options']).toBe('nosniff');

  await login(page, 'zzb');
  for (const path of ['/', '/people', '/tasks', '/grid/dashboard', '/grid/events', '/notifications']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const seen = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    violations.push(...seen.map((v) => `${path}: ${v}`));
  }
  await page.goto('/api/docs');
  await expect(page.getByText('gongzhi 共治 API').first()).toBeVisible();
  violations.push(
    ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).map(
      (v) => `/api/docs: ${v}`,
    ),
  );
  expect(violations).toEqual([]);
});
