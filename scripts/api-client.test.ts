/**
 * The acceptance of the typed client (issue 17.4): a response field renamed on the server fails tsc
 * in a real page of every web module. One copy of web/app/api.generated.ts with one response field
 * per module renamed (the table below) is handed to the compiler in place of the file; each listed
 * page must then fail to compile naming its field, while with the file as committed all of them
 * compile. One program covers all the pages, so the test costs one compile per version of the file.
 *
 * Beside it: no web file calls the old untyped api() helper or writes an /api URL by hand; the
 * typed client (web/app/client.ts) is the only way in.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const GENERATED = path.join(root, 'web/app/api.generated.ts');
const MODULES = path.join(root, 'web/modules');

/**
 * For every web module: a route in api.generated.ts, a field of its JSON answer, and a page of the
 * module that reads that field. Chosen by reading the pages; keep it true when pages change.
 */
const READS: { module: string; route: string; field: string; page: string }[] = [
  { module: 'accounts', route: '/api/accounts/users', field: 'totpEnabled', page: 'users.page.tsx' },
  {
    module: 'assessment',
    route: '/api/assessment/units',
    field: 'supervisingGroup',
    page: 'field-units.tsx',
  },
  { module: 'audit', route: '/api/audit', field: 'actionName', page: 'audit.page.tsx' },
  { module: 'contests', route: '/api/contests/{id}', field: 'myUnits', page: 'contest.page.tsx' },
  { module: 'contests', route: '/api/contests/setup', field: 'districts', page: 'setup.page.tsx' },
  { module: 'council', route: '/api/council/topics', field: 'stageDueAt', page: 'topics.page.tsx' },
  { module: 'eldercare', route: '/api/eldercare/stations', field: 'openingHours', page: 'stations.page.tsx' },
  { module: 'events', route: '/api/events/{id}', field: 'reporterName', page: 'EventDetailPage.tsx' },
  { module: 'grid', route: '/api/grid/grids', field: 'parentName', page: 'grids.page.tsx' },
  { module: 'home', route: '/api/home/todos', field: 'count', page: 'home.page.tsx' },
  { module: 'honours', route: '/api/honours/awards', field: 'categories', page: 'honours.page.tsx' },
  { module: 'dutylists', route: '/api/dutylists/lists', field: 'completion', page: 'lists.page.tsx' },
  { module: 'inspections', route: '/api/inspections/rounds', field: 'feedbackNo', page: 'rounds.tsx' },
  { module: 'incentives', route: '/api/incentives/grants', field: 'decisionNo', page: 'grants.page.tsx' },
  { module: 'jobs', route: '/api/jobs/tickets', field: 'canRecommend', page: 'tickets.page.tsx' },
  { module: 'juvenile', route: '/api/juvenile/cases/{id}', field: 'sessionDue', page: 'case.page.tsx' },
  { module: 'linkage', route: '/api/linkage/links/{id}', field: 'linkerName', page: 'links.page.tsx' },
  { module: 'login', route: '/api/auth/totp/enrol', field: 'secret', page: 'login.page.tsx' },
  { module: 'mediation', route: '/api/mediation/cases', field: 'mediatorName', page: 'cases.page.tsx' },
  { module: 'notify', route: '/api/notify/inbox', field: 'read', page: 'inbox.page.tsx' },
  { module: 'open311', route: '/api/open311/keys', field: 'revokedAt', page: 'Open311KeysPage.tsx' },
  { module: 'outreach', route: '/api/outreach/reports', field: 'programmeName', page: 'register.page.tsx' },
  { module: 'partners', route: '/api/partners/needs', field: 'canAssign', page: 'needs.page.tsx' },
  {
    module: 'partymembers',
    route: '/api/partymembers/members/{id}',
    field: 'partyOrgName',
    page: 'register.page.tsx',
  },
  {
    module: 'partyorgs',
    route: '/api/partyorgs/activities',
    field: 'targetAttendance',
    page: 'activities.page.tsx',
  },
  {
    module: 'partyworkers',
    route: '/api/partyworkers/register',
    field: 'contractState',
    page: 'register.page.tsx',
  },
  { module: 'people', route: '/api/people/{id}', field: 'identities', page: 'identity.form.tsx' },
  { module: 'petitions', route: '/api/petitions/visits', field: 'mediationCaseNo', page: 'visits.page.tsx' },
  { module: 'projects', route: '/api/projects', field: 'ordererLabel', page: 'projects.page.tsx' },
  { module: 'property', route: '/api/property/companies', field: 'hasPartyOrg', page: 'companies.page.tsx' },
  { module: 'residents', route: '/api/residents/me', field: 'consentText', page: 'me.page.tsx' },
  {
    module: 'secondments',
    route: '/api/secondments/mine',
    field: 'weeklyLogDue',
    page: 'secondments.page.tsx',
  },
  { module: 'secretaries', route: '/api/secretaries/roster', field: 'rotationDue', page: 'roster.page.tsx' },
  { module: 'campaigns', route: '/api/campaigns', field: 'targetSignPct', page: 'campaigns.page.tsx' },
  { module: 'venues', route: '/api/venues', field: 'opensAt', page: 'venues.page.tsx' },
  { module: 'psych', route: '/api/psych/patients', field: 'nextDue', page: 'patients.page.tsx' },
  { module: 'owners', route: '/api/owners/assemblies', field: 'pending', page: 'assemblies.page.tsx' },
  { module: 'owners', route: '/api/owners/assemblies/{id}', field: 'proxyLimit', page: 'assembly.page.tsx' },
  { module: 'culture', route: '/api/culture/quotas', field: 'used', page: 'quotas.card.tsx' },
  { module: 'culture', route: '/api/culture/orders', field: 'programmeTitle', page: 'orders.page.tsx' },
  {
    module: 'creation',
    route: '/api/creation/declarations',
    field: 'titleStatus',
    page: 'creation.page.tsx',
  },
  { module: 'services', route: '/api/services/items', field: 'providerOrgName', page: 'market.page.tsx' },
  { module: 'socialfund', route: '/api/socialfund/funds', field: 'allocatedFen', page: 'funds.page.tsx' },
  {
    module: 'compacts',
    route: '/api/compacts/contracts',
    field: 'projectsOverdue',
    page: 'contracts.page.tsx',
  },
  {
    module: 'socialorgs',
    route: '/api/socialorgs/instructors',
    field: 'visitsThisQuarter',
    page: 'instructors.page.tsx',
  },
  {
    module: 'stability',
    route: '/api/stability/decisions',
    field: 'overdueMeasures',
    page: 'register.page.tsx',
  },
  {
    module: 'taskforces',
    route: '/api/taskforces/members',
    field: 'declaredAt',
    page: 'taskforces.desk.tsx',
  },
  { module: 'tasks', route: '/api/tasks/lists', field: 'publishedAt', page: 'board.page.tsx' },
  { module: 'training', route: '/api/training/classes', field: 'enrolled', page: 'classes.page.tsx' },
  { module: 'training', route: '/api/training/awards', field: 'version', page: 'awards.page.tsx' },
  { module: 'training', route: '/api/training/tracks', field: 'lagging', page: 'tracks.page.tsx' },
  {
    module: 'villagefund',
    route: '/api/villagefund/pools/{id}',
    field: 'recoveredFen',
    page: 'pool.page.tsx',
  },
  {
    module: 'visitteam',
    route: '/api/visitteam/rounds/{id}',
    field: 'findingList',
    page: 'round.page.tsx',
  },
  {
    module: 'volunteers',
    route: '/api/volunteers/activities',
    field: 'signedUp',
    page: 'activities.page.tsx',
  },
  { module: 'votes', route: '/api/votes/{id}', field: 'turnout', page: 'ballot.tsx' },
  { module: 'votes', route: '/api/votes/{id}', field: 'closedAt', page: 'print.page.tsx' },
];
const pageOf = (r: (typeof READS)[number]) => path.join(MODULES, r.module, r.page);

const config = ts.getParsedCommandLineOfConfigFile(
  path.join(root, 'tsconfig.json'),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  },
)!;
const cache = new Map<string, ts.SourceFile | undefined>();

/** Each listed page's type errors when api.generated.ts holds `generated`, by page file. */
function pageErrors(generated: string): Map<string, string[]> {
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, lang, ...rest) => {
    if (path.resolve(file) === GENERATED) return ts.createSourceFile(file, generated, lang, true);
    if (!cache.has(file)) cache.set(file, getSourceFile(file, lang, ...rest));
    return cache.get(file);
  };
  const pages = [...new Set(READS.map(pageOf))];
  const program = ts.createProgram(pages, { ...config.options, noEmit: true }, host);
  return new Map(
    pages.map((page) => [
      page,
      ts
        .getPreEmitDiagnostics(program, program.getSourceFile(page))
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    ]),
  );
}

/**
 * `text` with `field` renamed to `${field}Renamed` in the JSON answers of `route` only (its request
 * bodies and parameters, and every other route, are left alone). Throws when the route or the field
 * is not there, so the table above stays true.
 */
function renameField(text: string, route: string, field: string): string {
  const start = text.indexOf(`\n    ${JSON.stringify(route)}: {`);
  if (start < 0) throw new Error(`no route ${route} in api.generated.ts`);
  const next = text.indexOf('\n    "/api/', start + 1);
  const end = next < 0 ? text.indexOf('\n}', start) : next;
  const block = text.slice(start, end);
  let count = 0;
  // a `responses: {` section runs until the next key at the method's depth (8 spaces)
  const renamed = block.replace(/responses: \{[\s\S]*?(?=\n {8}\S|$)/g, (section) =>
    section.replace(new RegExp(`^(\\s+)${field}(\\??:)`, 'gm'), (_, indent: string, colon: string) => {
      count++;
      return `${indent}${field}Renamed${colon}`;
    }),
  );
  if (count === 0) throw new Error(`no field ${field} in the answers of ${route}: update the table`);
  return text.slice(0, start) + renamed + text.slice(end);
}

/** Every .ts/.tsx file under `dir`. */
function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join(dir, f));
}

/**
 * What bypasses the typed client in one file: the old untyped api() helper (called or imported) and
 * any /api URL written by hand outside a typed spot (the path argument of client.get/post/.../url,
 * or a type such as Res<'get', '/api/...'>).
 */
function untypedUses(file: string, text: string): { line: number; text: string }[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string }[] = [];
  const report = (n: ts.Node) =>
    found.push({ line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, text: n.getText(sf) });
  const isClientPath = (n: ts.Node) =>
    ts.isCallExpression(n.parent) &&
    n.parent.arguments[0] === n &&
    ts.isPropertyAccessExpression(n.parent.expression) &&
    ts.isIdentifier(n.parent.expression.expression) &&
    n.parent.expression.expression.text === 'client';
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'api') report(n);
    if (
      ts.isImportSpecifier(n) &&
      (n.propertyName ?? n.name).text === 'api' &&
      /app\/api(\.ts)?['"]$/.test(n.parent.parent.parent.moduleSpecifier.getText(sf))
    )
      report(n);
    if (
      (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateExpression(n)) &&
      /^['"`]\/api\//.test(n.getText(sf)) &&
      !ts.isLiteralTypeNode(n.parent) &&
      !isClientPath(n)
    )
      report(n);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

/**
 * Hand-written /api URLs that predate this check, as `file: text`; each should become a client.url()
 * call. Do not add to this list.
 */
const KNOWN_UNTYPED: string[] = [];

describe('the typed client', () => {
  it('covers every web module in the table', () => {
    const modules = fs.readdirSync(MODULES, { withFileTypes: true }).filter((d) => d.isDirectory());
    expect([...new Set(READS.map((r) => r.module))].sort()).toEqual(modules.map((d) => d.name).sort());
    for (const r of READS) expect(fs.existsSync(pageOf(r)), pageOf(r)).toBe(true);
  });

  it('makes tsc fail in a page of every module that reads a response field renamed on the server', () => {
    const text = ts.sys.readFile(GENERATED)!;
    const renamed = READS.reduce((t, r) => renameField(t, r.route, r.field), text);

    const before = pageErrors(text);
    for (const [page, errors] of before) expect(errors, path.relative(root, page)).toEqual([]);
    const after = pageErrors(renamed);
    const unnoticed = READS.filter((r) => !after.get(pageOf(r))!.some((e) => e.includes(`'${r.field}'`)));
    expect(unnoticed.map((r) => `${r.module}: ${r.field} of ${r.route} in ${r.page}`)).toEqual([]);
  }, 420_000); // two whole-client compiles: 228 s seen on a machine at load 13

  it('refuses a table entry whose field is not in the answers of its route', () => {
    const text = ts.sys.readFile(GENERATED)!;
    expect(() => renameField(text, '/api/notify/inbox', 'noSuchField')).toThrow(/no field noSuchField/);
    expect(() => renameField(text, '/api/no/such/route', 'read')).toThrow(/no route/);
  });

  it('is the only way web files reach the API: no api() helper, no /api URL written by hand', () => {
    const web = path.join(root, 'web');
    const allowed = new Set(
      ['app/api.ts', 'app/client.ts', 'app/api.generated.ts'].map((f) => path.join(web, f)),
    );
    const uses = sources(web)
      .filter((f) => !allowed.has(f))
      .flatMap((f) =>
        untypedUses(f, fs.readFileSync(f, 'utf8')).map((u) => ({
          ...u,
          at: `${path.relative(root, f)}: ${u.text}`,
        })),
      );
    expect(uses.filter((u) => !KNOWN_UNTYPED.includes(u.at)).map((u) => `${u.at} (line ${u.line})`)).toEqual(
      [],
    );
    // the list shrinks as the pages are fixed: an entry nothing matches any more must go
    expect(KNOWN_UNTYPED.filter((k) => !uses.some((u) => u.at === k))).toEqual([]);
  });

  it('would notice an untyped call sneaking back into a page', () => {
    const page = [
      "import { api } from '../../app/api.ts';",
      "export const load = () => api<{ id: string }[]>('GET', '/api/events');",
      'export const raw = (id: string) => fetch(`/api/events/${id}`);',
      "export const fine = () => [fetch('/health'), client.get('/api/events'), client.url(`/api/x`)];",
      "export type Fine = Res<'get', '/api/events'>;",
    ].join('\n');
    expect(untypedUses('x.page.tsx', page).map((u) => `${u.line}: ${u.text}`)).toEqual([
      '1: api',
      "2: api<{ id: string }[]>('GET', '/api/events')",
      "2: '/api/events'",
      '3: `/api/events/${id}`',
    ]);
  });
});
