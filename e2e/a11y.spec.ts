/**
 * Accessibility (issue 16): every page of the side menu, for every demo role, in Chinese and in
 * English, has no serious or critical axe violation (WCAG 2.1 A and AA): labelled controls,
 * contrast, a title of its own. So is every page without login.
 *
 * The menu comes from the modules' own registry (web/modules/<m>/index.tsx, as web/app/modules.ts
 * loads them), filtered by each account's abilities as the side menu filters them: a new page is
 * walked without touching this file. Each distinct page is walked once, by the first role (in the
 * order below) whose menu shows it, in one logged-in browser context per role; the page is analysed
 * in one language, the language switch in the header is pressed, and the same page is analysed in
 * the other (the next page starts in the language the previous one ended in), there with only the
 * rules whose outcome can change with the words (WORDING_RULES).
 */
import fs from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import { expect, request, test, type Page } from '@playwright/test';
import type { MenuEntry, WebModule } from '../web/app/types.ts';
import { DEMO_PASSWORD } from './support.ts';

/** The demo accounts (demo/seed.ts), the four everyday roles first: they walk most pages. */
const USERNAMES = [
  'zzb',
  'shequ',
  'wangge',
  'jumin',
  'admin',
  'secadmin',
  'auditor',
  'jiedao',
  'bumen',
  'ganbu',
  'daibiao',
  'shehui',
  'wuye',
  'yeweihui',
  'tiaojie',
  'dangyuan',
  'cunji',
  'jiaoshi',
];

/** The requests each page has in flight (a language switch refetches without a navigation). */
const inFlight = new WeakMap<Page, Set<unknown>>();
function track(page: Page) {
  const open = new Set<unknown>();
  inFlight.set(page, open);
  // the app's own requests: a map's tiles from outside (none reach a machine without internet) are not waited for
  page.on('request', (r) => {
    if (new URL(r.url()).origin === new URL(page.url()).origin) open.add(r);
  });
  page.on('requestfinished', (r) => open.delete(r));
  page.on('requestfailed', (r) => open.delete(r));
}

/** Waits until the page has its code, its data and no spinner: axe sees the page a user reads. */
async function settle(page: Page) {
  await page.waitForLoadState('load');
  const open = inFlight.get(page)!;
  // quiet for 300 ms (at most ten seconds: a long poll must not hold the walk)
  for (let quiet = 0, waited = 0; quiet < 3 && waited < 100; waited++) {
    await page.waitForTimeout(100);
    quiet = open.size === 0 ? quiet + 1 : 0;
  }
  await expect(page.getByTestId('page-loading')).toHaveCount(0);
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton-active')).toHaveCount(0);
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The rules whose outcome can change with the language: names and labels of controls, titles, alt
 * texts, the page's lang, and tables that overflow their box (English words are longer). Markup,
 * roles and colours are the same in both languages: the page's second language runs only these.
 */
const WORDING_RULES = [
  'area-alt',
  'aria-command-name',
  'aria-input-field-name',
  'aria-meter-name',
  'aria-progressbar-name',
  'aria-tab-name',
  'aria-toggle-field-name',
  'aria-tooltip-name',
  'button-name',
  'document-title',
  'frame-title',
  'html-has-lang',
  'html-lang-valid',
  'image-alt',
  'input-button-name',
  'input-image-alt',
  'label',
  'link-name',
  'object-alt',
  'role-img-alt',
  'scrollable-region-focusable',
  'select-name',
  'summary-name',
  'svg-img-alt',
  'valid-lang',
];

/**
 * Serious and critical violations on the page. axe-core is put into a document once and run there
 * (the walk moves between pages without reloading). `mainOnly` leaves the app's frame (header,
 * menu, tree) out; `wordingOnly` runs only the rules that can change with the language (above).
 */
async function violations(page: Page, where: string, o: { mainOnly?: boolean; wordingOnly?: boolean } = {}) {
  const started = Date.now();
  await settle(page);
  const settled = Date.now();
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const { found, elements } = await page.evaluate(
    async ({ tags, mainOnly, rules }) => {
      const r = await (window as unknown as { axe: typeof axe }).axe.run(mainOnly ? 'main' : document, {
        runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      const found = r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id} (${v.impact}): ${v.nodes
              .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`)
              .slice(0, 3)
              .join(' | ')}`,
        );
      return { found, elements: document.querySelectorAll(mainOnly ? 'main *' : '*').length };
    },
    { tags: TAGS, mainOnly: !!o.mainOnly, rules: o.wordingOnly ? WORDING_RULES : null },
  );
  // one line a page in the run's log: where the walk is, how long the page took to settle and to
  // analyse (axe's time grows with the elements analysed), what it found
  console.log(
    `${where} ${settled - started} + ${Date.now() - settled} ms, ${elements} elements${found.length ? `\n  ${found.join('\n  ')}` : ''}`,
  );
  return found.map((f) => `${where}: ${f}`);
}

/** Every menu entry of every module, read from the modules' registry. */
async function allMenuEntries(): Promise<MenuEntry[]> {
  const dir = path.resolve(import.meta.dirname, '../web/modules');
  const entries: MenuEntry[] = [];
  for (const m of fs.readdirSync(dir).sort()) {
    if (!fs.existsSync(path.join(dir, m, 'index.tsx'))) continue;
    const mod = ((await import(`../web/modules/${m}/index.tsx`)) as { default: WebModule }).default;
    entries.push(...(mod?.menu ?? []));
  }
  return entries;
}

/** The pages each account walks, and its session (cookies) to walk them in. */
interface Walk {
  paths: string[];
  storage: Awaited<ReturnType<Awaited<ReturnType<typeof request.newContext>>['storageState']>>;
}
const walks = new Map<string, Walk>();

// one role after the other in one worker (the config is not fullyParallel), but a role whose walk
// fails does not stop the other roles' walks: every violation is reported in one run
test.describe.configure({ mode: 'default' });
// no trace: it snapshots the page at every step of a walk of a hundred pages (a failure's log names
// each violation with its element's markup and a screenshot is kept)
test.use({ trace: 'off' });

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(120_000);
  const entries = await allMenuEntries();
  expect(entries.length).toBeGreaterThan(10);
  const taken = new Set<string>();
  for (const username of USERNAMES) {
    const api = await request.newContext({ baseURL });
    const login = await api.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
    expect(login.ok(), `${username} logs in`).toBeTruthy();
    const me = (await (await api.get('/api/auth/me')).json()) as { abilities?: string[] };
    const can = new Set(me.abilities ?? []);
    const paths = [...new Set(entries.filter((e) => !e.ability || can.has(e.ability)).map((e) => e.path))];
    expect(paths.length, `${username} has a menu`).toBeGreaterThan(0);
    const own = paths.filter((p) => !taken.has(p));
    for (const p of own) taken.add(p);
    walks.set(username, { paths: own, storage: await api.storageState() });
    await api.dispose();
  }
});

test('the login page and the pages without login, in both languages', async ({ page }) => {
  track(page);
  const found: string[] = [];
  for (const lang of ['zh-CN', 'en-US'] as const) {
    await page.context().clearCookies();
    await page.goto('/login');
    await page.evaluate((l) => localStorage.setItem('gz_lang', l), lang);
    for (const p of ['/login', '/r/signup', '/public/tasks', '/public']) {
      await page.goto(p);
      await expect(page).toHaveTitle(/·/);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      found.push(...(await violations(page, `${p} ${lang}`)));
    }
  }
  expect(found).toEqual([]);
});

for (const username of USERNAMES)
  test(`the menu pages ${username} is the first to see, in both languages`, async ({ browser }) => {
    const walk = walks.get(username)!;
    // a few seconds a page in two languages, up to half a minute on a busy two-core machine
    test.setTimeout(60_000 + walk.paths.length * 30_000);
    test.info().annotations.push({ type: 'pages', description: walk.paths.join(' ') || '(none of its own)' });
    if (walk.paths.length === 0) return;
    const context = await browser.newContext({ storageState: walk.storage });
    const page = await context.newPage();
    track(page);
    const found: string[] = [];
    let before = '';
    try {
      await page.goto(walk.paths[0]);
      await expect(page.getByTestId('user-menu')).toBeVisible();
      for (const p of walk.paths) {
        // to the next page as the side menu goes there: in the app, without reloading it
        await page.evaluate((to) => {
          if (location.pathname === to) return;
          history.pushState(null, '', to);
          dispatchEvent(new PopStateEvent('popstate'));
        }, p);
        await expect(page).toHaveURL((u) => u.pathname === p);
        for (let side = 0; side < 2; side++) {
          const lang = await page.locator('html').getAttribute('lang');
          if (side === 1) {
            await page.getByTestId('lang-switch').click();
            await expect(page.locator('html')).not.toHaveAttribute('lang', lang!);
          }
          const now = await page.locator('html').getAttribute('lang');
          // the frame around the page (header, side menu, organisation tree) is the same on every
          // page of a role: analysed on the first page in each language, then only the page itself;
          // markup and colours do not change with the language: the second one runs only the rules
          // that depend on the words (WORDING_RULES)
          found.push(
            ...(await violations(page, `${p} ${now}`, {
              mainOnly: p !== walk.paths[0],
              wordingOnly: side === 1,
            })),
          );
          const title = await page.title();
          if (!title.includes('·')) found.push(`${p} ${now}: no title of its own ("${title}")`);
          // its own title in this language: not the one of the page or the language before it
          if (title === before) found.push(`${p} ${now}: the title shown before ("${title}")`);
          before = title;
        }
      }
    } finally {
      await context.close();
    }
    expect(found).toEqual([]);
  });
