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
 *
 * The detail pages (every route of the registry with a parameter, below DETAILS) are walked the same
 * way with one demo object each, found through the API, and so are the main dialogs and drawers.
 */
import fs from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import { expect, request, test, type APIResponse, type Page } from '@playwright/test';
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
async function violations(
  page: Page,
  where: string,
  o: { mainOnly?: boolean; wordingOnly?: boolean; scope?: string } = {},
) {
  const started = Date.now();
  await settle(page);
  const settled = Date.now();
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const { found, elements } = await page.evaluate(
    async ({ tags, mainOnly, rules, scope }) => {
      const r = await (window as unknown as { axe: typeof axe }).axe.run(
        scope ?? (mainOnly ? 'main' : document),
        {
          runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
          resultTypes: ['violations'],
        },
      );
      const found = r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id} (${v.impact}): ${v.nodes
              .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`)
              .slice(0, 3)
              .join(' | ')}`,
        );
      const within = scope ? `:is(${scope}) *` : mainOnly ? 'main *' : '*';
      return { found, elements: document.querySelectorAll(within).length };
    },
    {
      tags: TAGS,
      mainOnly: !!o.mainOnly,
      rules: o.wordingOnly ? WORDING_RULES : null,
      scope: o.scope ?? null,
    },
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
          // the page has drawn itself once it shows its own title (on a busy machine the network
          // may fall quiet before it has): axe analyses this page, not the one before it
          await expect
            .poll(() => page.title())
            .not.toBe(before)
            .catch(() => {});
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

/**
 * The detail pages (a route of a module with a parameter: a task, a project, an event, a ballot…):
 * for each, one demo object, found through the API as the app finds it (the first row of the
 * module's list, for the first account in USERNAMES that lists one and may open it), and that page
 * analysed in both languages as the menu walk analyses a page. Every such route of the registry is
 * either here or in UNREACHABLE: a new detail page fails the test until it is walked.
 */
interface Detail {
  /** the route as the module registers it */
  route: string;
  /**
   * the list to take the object from; later entries are read with the id found in the one before
   * ({district}: the district of the account's first grant)
   */
  list: string[];
  /** the field of a row that is the route's parameter */
  key?: string;
  /** the field of a row that is the parameter of the next list */
  via?: string;
  /** the API that opens the object ({id}): the account must be allowed to read it */
  open?: string;
  /** the page without login (the object is found by a logged-in account) */
  anon?: boolean;
  /** the accounts to try (all by default) */
  as?: string[];
  /** the dialogs and drawers the page opens (the test ids of the buttons that open them) */
  dialogs?: string[];
}
const DETAILS: Detail[] = [
  { route: 'assessment/me/:id', list: ['/api/assessment/me/sheets'], open: '/api/assessment/me/sheets/{id}' },
  {
    route: 'assessment/sheets/:id',
    list: ['/api/assessment/cycles?districtId={district}', '/api/assessment/cycles/{id}/sheets'],
    open: '/api/assessment/sheets/{id}',
  },
  {
    route: 'assessment/people/:personId',
    list: ['/api/assessment/cycles?districtId={district}', '/api/assessment/cycles/{id}/sheets'],
    key: 'personId',
    open: '/api/assessment/points/people/{id}',
  },
  { route: 'council/topics/:id', list: ['/api/council/topics'], open: '/api/council/topics/{id}' },
  { route: 'council/meetings/:id', list: ['/api/council/meetings'], open: '/api/council/meetings/{id}' },
  {
    route: 'events/:id',
    list: ['/api/events'],
    open: '/api/events/{id}',
    as: ['shequ', 'zzb', 'jiedao', 'bumen'],
    dialogs: ['action-note'],
  },
  { route: 'grid/events/:id', list: ['/api/events'], open: '/api/events/{id}', as: ['wangge'] },
  { route: 'juvenile/cases/:id', list: ['/api/juvenile/cases'], open: '/api/juvenile/cases/{id}' },
  {
    route: 'juvenile/cases/:id/report',
    list: ['/api/juvenile/cases?state=closed'],
    open: '/api/juvenile/cases/{id}/report',
  },
  { route: 'linkage/links/:id', list: ['/api/linkage/links'], open: '/api/linkage/links/{id}' },
  { route: 'linkage/sessions/:id', list: ['/api/linkage/sessions'], open: '/api/linkage/sessions/{id}' },
  { route: 'mediation/cases/:id', list: ['/api/mediation/cases'], open: '/api/mediation/cases/{id}' },
  { route: 'partymembers/members/:id', list: ['/api/partymembers'], open: '/api/partymembers/members/{id}' },
  { route: 'projects/ballots/:id', list: ['/api/projects/ballots'], open: '/api/projects/ballots/{id}' },
  { route: 'projects/:id', list: ['/api/projects'], open: '/api/projects/{id}' },
  {
    route: 'property/compounds/:id',
    list: ['/api/property/compounds'],
    open: '/api/property/compounds/{id}',
  },
  { route: 'services/orders/:id', list: ['/api/services/orders'], open: '/api/services/orders/{id}' },
  {
    route: 'tasks/tasks/:id',
    list: ['/api/tasks/tasks'],
    open: '/api/tasks/tasks/{id}',
    as: ['zzb'],
    dialogs: ['draft-order'],
  },
  { route: 'tasks/orders/:id', list: ['/api/tasks/orders'], open: '/api/tasks/orders/{id}' },
  { route: 'training/classes/:id', list: ['/api/training/classes'], open: '/api/training/classes/{id}' },
  { route: 'training/certificates/:id', list: ['/api/training/certificates'] },
  {
    route: 'villagefund/projects/:id',
    list: ['/api/villagefund/projects'],
    open: '/api/villagefund/projects/{id}',
  },
  { route: 'villagefund/pools/:id', list: ['/api/villagefund/pools'], open: '/api/villagefund/pools/{id}' },
  {
    route: 'volunteers/activities/:id',
    list: ['/api/volunteers/activities'],
    open: '/api/volunteers/activities/{id}',
  },
  {
    route: 'volunteers/checkin/:id',
    list: ['/api/volunteers/activities'],
    open: '/api/volunteers/activities/{id}',
  },
  { route: 'votes/:id', list: ['/api/votes'], open: '/api/votes/{id}' },
  { route: 'contests/:id', list: ['/api/contests'], open: '/api/contests/{id}' },
  { route: 'contests/:id/edit', list: ['/api/contests'], open: '/api/contests/{id}', as: ['zzb'] },
  {
    route: 'contests/board/:roundId',
    list: ['/api/contests/board'],
    key: 'roundId',
    open: '/api/contests/rounds/{id}/ranking',
  },
  {
    route: 'partymembers/pairing/pairs/:id',
    list: ['/api/partymembers/pairs'],
    open: '/api/partymembers/pairs/{id}',
  },
  {
    route: 'dutylists/lists/:id',
    list: ['/api/dutylists/lists'],
    open: '/api/dutylists/lists/{id}',
  },
  {
    route: 'dutylists/bulletins/:id',
    list: ['/api/dutylists/bulletins'],
    open: '/api/dutylists/bulletins/{id}',
  },
  {
    route: 'secretaries/selections/:id',
    list: ['/api/secretaries/selections'],
    open: '/api/secretaries/selections/{id}',
  },
  {
    route: 'incentives/grants/:id',
    list: ['/api/incentives/grants'],
    open: '/api/incentives/grants/{id}',
  },
  {
    route: 'incentives/grants/:id/decision',
    list: ['/api/incentives/grants?state=approved'],
    open: '/api/incentives/grants/{id}/decision',
  },
  {
    route: 'incentives/rests/:id/notice',
    list: ['/api/incentives/rests?state=approved'],
    open: '/api/incentives/rests/{id}/notice',
  },
  {
    route: 'creation/declarations/:id',
    list: ['/api/creation/declarations'],
    open: '/api/creation/declarations/{id}',
  },
  {
    route: 'partyworkers/workers/:id',
    list: ['/api/partyworkers/register'],
    open: '/api/partyworkers/workers/{id}',
    dialogs: ['pw-log-write', 'pw-appraise', 'pw-renew', 'pw-end'],
  },
  {
    route: 'compacts/contracts/:id',
    list: ['/api/compacts/contracts'],
    open: '/api/compacts/contracts/{id}',
    dialogs: ['cp-add'],
  },
  {
    route: 'compacts/meetings/:id',
    list: ['/api/compacts/meetings'],
    open: '/api/compacts/meetings/{id}',
    as: ['shequ'],
  },
  {
    route: 'socialorgs/instructors/:id',
    list: ['/api/socialorgs/instructors'],
    open: '/api/socialorgs/instructors/{id}',
    dialogs: ['sos-assign', 'sos-log-visit'],
  },
  {
    route: 'socialorgs/bases/:id',
    list: ['/api/socialorgs/bases'],
    open: '/api/socialorgs/bases/{id}',
    dialogs: ['sos-settle', 'sos-add-link'],
  },
  {
    route: 'outreach/reports/:id',
    list: ['/api/outreach/reports'],
    open: '/api/outreach/reports/{id}',
  },
  {
    route: 'visitteam/rounds/:id',
    list: ['/api/visitteam'],
    open: '/api/visitteam/rounds/{id}',
    // the street's officer: zzb's answer lists the roster before the rounds
    as: ['jiedao'],
  },
  {
    route: 'stability/decisions/:id',
    list: ['/api/stability/decisions'],
    open: '/api/stability/decisions/{id}',
  },
  {
    route: 'stability/decisions/:id/report',
    list: ['/api/stability/decisions?state=decided'],
    open: '/api/stability/decisions/{id}/report',
  },
  {
    route: 'socialfund/rounds/:id',
    list: ['/api/socialfund/applications'],
    key: 'roundId',
    open: '/api/socialfund/rounds/{id}',
  },
  {
    route: 'socialfund/applications/:id',
    list: ['/api/socialfund/applications'],
    open: '/api/socialfund/applications/{id}',
  },
  { route: 'campaigns/:id', list: ['/api/campaigns'], open: '/api/campaigns/{id}' },
  { route: 'venues/:id', list: ['/api/venues'], open: '/api/venues/{id}' },
  { route: 'psych/patients/:id', list: ['/api/psych/patients'], open: '/api/psych/patients/{id}' },
  {
    route: 'owners/compounds/:id',
    list: ['/api/owners/compounds'],
    open: '/api/owners/compounds/{id}/owners',
  },
  { route: 'owners/assemblies/:id', list: ['/api/owners/assemblies'], open: '/api/owners/assemblies/{id}' },
  {
    route: 'owners/assemblies/:id/notice',
    list: ['/api/owners/assemblies?state=closed'],
    open: '/api/owners/assemblies/{id}/notice',
  },
  { route: 'owners/elections/:id', list: ['/api/owners/elections'], open: '/api/owners/elections/{id}' },
  { route: 'culture/teams/:id', list: ['/api/culture/teams'], open: '/api/culture/teams/{id}' },
  {
    route: 'culture/certificates/:id',
    list: ['/api/culture/volunteers'],
    key: 'certificateId',
    open: '/api/culture/certificates/{id}',
    as: ['zzb'],
  },
  // the pages without login: a community's (the node of a council topic) and one of its public topics
  {
    route: '/public/t/:id',
    list: ['/api/council/topics', '/api/public/council/communities/{id}'],
    via: 'nodeId',
    open: '/api/public/council/topics/{id}',
    anon: true,
  },
  ...(
    [
      ['/public/c/:id', '/api/public/council/communities/{id}'],
      ['/public/property/:id', '/api/public/property/communities/{id}'],
      ['/public/honours/:nodeId', '/api/public/honours/{id}'],
      ['/public/partners/:nodeId', '/api/public/partners/{id}'],
      ['/public/outreach/:communityId', '/api/outreach/public/communities/{id}/pledges'],
    ] as const
  ).map(([route, open]) => ({ route, list: ['/api/council/topics'], key: 'nodeId', open, anon: true })),
  // the main dialogs and drawers of menu pages (the pages themselves are walked above)
  { route: '/people', list: [], as: ['shequ'], dialogs: ['person-name', 'person-add', 'people-import'] },
  { route: '/accounts/users', list: [], as: ['admin'], dialogs: ['user-create', 'users-import'] },
  { route: '/tasks', list: [], as: ['zzb'], dialogs: ['new-list'] },
  { route: '/tasks/projects', list: [], as: ['zzb'], dialogs: ['new-project'] },
  { route: '/grid/patrols', list: [], as: ['wangge'], dialogs: ['patrol-new'] },
  { route: '/eldercare', list: [], as: ['shequ'], dialogs: ['station-import'] },
];
/** The open dialog or drawer. */
const OVERLAY = '.ant-modal-wrap:not([style*="display: none"]), .ant-drawer-open';
/**
 * Detail routes not walked, and why:
 * - training/exams/:id/take starts a timed attempt as it opens (a write that spends one of the
 *   account's attempts): not opened by a walk that only reads;
 * - /m/return/:token is opened from a one-time link sent to a party member (no demo token).
 * - /print/secretaries-notice/:id is a sheet for the printer outside the shell (no menu, no language
 *   switch, no main landmark); e2e/secretaries.spec.ts opens it and reads its 公示 period.
 * - /print/petitions-notice/:id likewise (a numbered 受理 / 不予受理告知书 for the printer);
 *   e2e/petitions.spec.ts opens it and reads its number.
 * - /socialfund-public/:id is the public list of a published round, outside the shell (no menu, no
 *   language switch); e2e/socialfund.spec.ts opens it and reads the funded project.
 * - /print/campaigns-bulletin/:id (攻坚日报) is likewise a sheet for the printer outside the shell;
 *   e2e/campaigns.spec.ts opens it and reads its number and rates.
 * - /print/socialfund-agreement/:id (资助协议) is likewise a sheet for the printer outside the shell;
 *   e2e/socialfund.spec.ts opens it and reads its number and parties.
 * - /print/vote-result/:id (表决结果) is likewise a sheet for the printer outside the shell;
 *   its route test reads the counts, but no e2e spec opens it yet.
 * - /print/compact/:id and /print/compact-minutes/:id (共建契约 and 圆桌会纪要) likewise;
 *   e2e/compacts.spec.ts opens both.
 * - /print/teacher-award/:id (教师荣誉证书) is likewise a sheet for the printer outside the shell;
 *   e2e/training.spec.ts opens it after the award is given.
 * - venues/checkin/:id is what the QR at a venue's door opens: it checks the account in as it loads
 *   (a write), so a walk that only reads does not open it.
 */
const UNREACHABLE = [
  'training/exams/:id/take',
  '/m/return/:token',
  '/print/secretaries-notice/:id',
  '/print/petitions-notice/:id',
  '/socialfund-public/:id',
  '/print/campaigns-bulletin/:id',
  '/print/socialfund-agreement/:id',
  '/print/vote-result/:id',
  '/print/teacher-award/:id',
  '/print/compact/:id',
  '/print/compact-minutes/:id',
  'venues/checkin/:id',
];

/** The first row's `key` of the first list of rows in a body (an array, or one in an object). */
function firstKey(body: unknown, key: string): string | undefined {
  const queue: unknown[] = [body];
  while (queue.length) {
    const v = queue.shift();
    if (Array.isArray(v)) {
      for (const x of v)
        if (x && typeof x === 'object' && typeof (x as Record<string, unknown>)[key] === 'string')
          return (x as Record<string, string>)[key];
    } else if (v && typeof v === 'object') queue.push(...Object.values(v));
  }
  return undefined;
}

/** Every route of every module that takes a parameter. */
async function allDetailRoutes(): Promise<string[]> {
  const dir = path.resolve(import.meta.dirname, '../web/modules');
  const routes: string[] = [];
  for (const m of fs.readdirSync(dir).sort()) {
    if (!fs.existsSync(path.join(dir, m, 'index.tsx'))) continue;
    const mod = ((await import(`../web/modules/${m}/index.tsx`)) as { default: WebModule }).default;
    for (const r of [...(mod?.routes ?? []), ...(mod?.publicRoutes ?? [])])
      if (r.path?.includes(':')) routes.push(r.path);
  }
  return routes;
}

test('the detail pages, in both languages', async ({ browser, baseURL }) => {
  test.setTimeout(600_000);
  const routes = await allDetailRoutes();
  expect(
    routes.filter((r) => !DETAILS.some((d) => d.route === r) && !UNREACHABLE.includes(r)),
    'every detail route is walked or said to be unreachable',
  ).toEqual([]);
  // one API session per account, with its district: the one its menu walk had (beforeAll), or a
  // new one if that has ended (each login costs a password hash on the server)
  type Session = {
    api: Awaited<ReturnType<typeof request.newContext>>;
    district: string;
    storage?: Walk['storage'];
  };
  const apis = new Map<string, Session>();
  const sessionOf = async (user: string): Promise<Session> => {
    const known = apis.get(user);
    if (known) return known;
    let api = await request.newContext({ baseURL, storageState: walks.get(user)?.storage });
    let me = await api.get('/api/auth/me');
    if (!me.ok()) {
      await api.dispose();
      api = await request.newContext({ baseURL });
      await api.post('/api/auth/login', { data: { username: user, password: DEMO_PASSWORD } });
      me = await api.get('/api/auth/me');
    }
    const { grants } = (await me.json()) as { grants?: { districtId: string }[] };
    const made = { api, district: grants?.[0]?.districtId ?? '' };
    apis.set(user, made);
    return made;
  };
  const missing: string[] = [];
  const byUser = new Map<string, string[]>();
  const dialogsAt = new Map<string, string[]>();
  try {
    for (const d of DETAILS) {
      let found: { user: string; id: string } | undefined;
      for (const user of d.as ?? USERNAMES) {
        const { api, district } = await sessionOf(user);
        if (d.list.length === 0) {
          found = { user, id: '' };
          break;
        }
        let id: string | undefined = '';
        for (const [i, l] of d.list.entries()) {
          const url: string = l.replace('{id}', id ?? '').replace('{district}', district);
          const res: APIResponse = await api.get(url);
          id = res.ok()
            ? firstKey(await res.json(), i === d.list.length - 1 ? (d.key ?? 'id') : (d.via ?? 'id'))
            : undefined;
          if (!id) break;
        }
        if (!id || (d.open && !(await api.get(d.open.replace('{id}', id))).ok())) continue;
        found = { user, id };
        break;
      }
      if (!found) {
        missing.push(d.route);
        continue;
      }
      const to = (d.route.startsWith('/') ? d.route : `/${d.route}`).replace(/:[a-zA-Z]+/, found.id);
      const who = d.anon ? '' : found.user;
      byUser.set(who, [...(byUser.get(who) ?? []), to]);
      if (d.dialogs) dialogsAt.set(to, d.dialogs);
    }
  } finally {
    for (const session of apis.values()) {
      // the browser walks the detail pages in the same session
      session.storage = await session.api.storageState();
      await session.api.dispose();
    }
  }
  test.info().annotations.push({
    type: 'detail pages',
    description: [...byUser].map(([u, ps]) => `${u || '(no login)'}: ${ps.join(' ')}`).join('; '),
  });
  const found: string[] = missing.map((r) => `${r}: no demo object found to open`);
  for (const [user, paths] of byUser) {
    const context = await browser.newContext({ storageState: user ? apis.get(user)!.storage : undefined });
    const page = await context.newPage();
    track(page);
    try {
      await page.goto(paths[0]);
      for (const p of paths) {
        await page.evaluate((to) => {
          if (location.pathname === to) return;
          history.pushState(null, '', to);
          dispatchEvent(new PopStateEvent('popstate'));
        }, p);
        await expect(page).toHaveURL((u) => u.pathname === p);
        for (let side = 0; side < 2; side++) {
          const lang = await page.locator('html').getAttribute('lang');
          if (side === 1 && user) await page.getByTestId('lang-switch').click();
          if (side === 1 && !user) {
            // the pages without login keep the language of the login page
            await page.evaluate(
              (l) => localStorage.setItem('gz_lang', l === 'en-US' ? 'zh-CN' : 'en-US'),
              lang,
            );
            await page.reload();
          }
          if (side === 1) await expect(page.locator('html')).not.toHaveAttribute('lang', lang!);
          const now = await page.locator('html').getAttribute('lang');
          found.push(
            ...(await violations(page, `${p} ${now}${user ? '' : ' (no login)'}`, {
              mainOnly: !!user,
              wordingOnly: side === 1,
            })),
          );
          // the object itself (axe has waited for its data), not an empty page or an error in its place
          await expect(page.locator(user ? 'main' : 'body')).toContainText(/\S{2}/);
          await expect(page.locator('.ant-result-error, .ant-result-403, .ant-result-404')).toHaveCount(0);
          // its dialogs and drawers, each opened, analysed and closed (Escape) in this language
          for (const testId of dialogsAt.get(p) ?? []) {
            const button = page.getByTestId(testId).first();
            if (!(await button.isVisible())) {
              found.push(`${p} ${now}: no ${testId} to open`);
              continue;
            }
            await button.click();
            await expect(page.locator(OVERLAY).first()).toBeVisible();
            found.push(
              ...(await violations(page, `${p} ${testId} ${now}`, {
                scope: OVERLAY,
                wordingOnly: side === 1,
              })),
            );
            await page.keyboard.press('Escape');
            await expect(page.locator(OVERLAY)).toHaveCount(0);
          }
          const title = await page.title();
          if (!title.includes('·')) found.push(`${p} ${now}: no title of its own ("${title}")`);
        }
      }
    } finally {
      await context.close();
    }
  }
  expect(found).toEqual([]);
});
