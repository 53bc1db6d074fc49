import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createServices, type Services } from '../server/composition-root.ts';
import { ROLES } from '../server/platform/access/access.ts';
import { isMainlandMobile, parseNationalId } from '../server/platform/pii/national-id.ts';
import { pinyinFull, pinyinInitials } from '../server/platform/pinyin.ts';
import { deriveKeys, TEST_MASTER_KEY } from '../server/platform/secrets.ts';
import { freshDb, type TestDb } from '../server/testing/db.ts';
import { namePinyinKeys } from './copy.ts';
import { buildTree, DEFAULT_DEMO, people, specialCounts } from './generate.ts';
import { insertDemo, loadDemo } from './load.ts';
import { DEMO_ROUTING } from './fieldwork.ts';
import { seedDemoIfEmpty } from './seed.ts';

const execFileP = promisify(execFile);
const small = { seed: 'test-seed', residents: 3000 };

describe('demo generator (pure)', () => {
  it('gives the same tree and people for the same seed, and others for another seed', () => {
    const a = buildTree(small);
    const b = buildTree(small);
    expect(b.nodes).toEqual(a.nodes);
    expect(b.partyOrgs).toEqual(a.partyOrgs);
    const pa = [...people(a)];
    const pb = [...people(b)];
    expect(pb).toEqual(pa);
    const other = [...people(buildTree({ ...small, seed: 'another' }))];
    expect(other.map((p) => p.nationalId)).not.toEqual(pa.map((p) => p.nationalId));
  });

  it('makes valid, unique ID numbers matching birth date and gender, and mainland mobiles', () => {
    const seen = new Set<string>();
    let count = 0;
    for (const p of people(buildTree(DEFAULT_DEMO))) {
      const parsed = parseNationalId(p.nationalId, { birthDate: p.birthDate, gender: p.gender });
      expect(parsed, `${p.nationalId} ${p.birthDate} ${p.gender}`).toMatchObject({ ok: true });
      expect(seen.has(p.nationalId)).toBe(false);
      seen.add(p.nationalId);
      if (p.phone !== null) expect(isMainlandMobile(p.phone)).toBe(true);
      count++;
    }
    expect(count).toBe(DEFAULT_DEMO.residents);
  });

  it('has Futian’s shape: 10 streets, 95 communities, 1,547 grids, departments and every party-org kind', () => {
    const t = buildTree(DEFAULT_DEMO);
    const byLevel = (l: string) => t.nodes.filter((n) => n.level === l);
    expect(byLevel('district').map((n) => n.code)).toEqual(['440304']);
    expect(byLevel('street')).toHaveLength(10);
    expect(byLevel('street').map((n) => n.code)).toContain('440304010');
    expect(byLevel('community')).toHaveLength(95);
    expect(new Set(byLevel('community').map((n) => n.code)).size).toBe(95);
    expect(byLevel('community').every((n) => /^440304\d{6}$/.test(n.code!))).toBe(true);
    expect(byLevel('grid')).toHaveLength(1547);
    expect(byLevel('micro_grid').length).toBeGreaterThan(1547);
    expect(byLevel('building').length).toBeGreaterThan(byLevel('micro_grid').length);
    expect(byLevel('department').map((n) => n.name)).toContain('区住房和建设局');
    expect(new Set(t.partyOrgs.map((o) => o.kind))).toEqual(
      new Set(['committee', 'general_branch', 'branch', 'group', 'four_in_one', 'building', 'hometown']),
    );
    // paths follow the org service: parent path + id + '/'
    const byId = new Map(t.nodes.map((n) => [n.id, n]));
    for (const n of t.nodes)
      expect(n.path).toBe(n.parentId ? `${byId.get(n.parentId)!.path}${n.id}/` : `/${n.id}/`);
  });

  it('computes pinyin keys piece by piece exactly as for the whole name', () => {
    const t = buildTree(DEFAULT_DEMO);
    for (const n of [...t.nodes, ...t.partyOrgs].filter((x) => x.parts))
      expect(namePinyinKeys(n.name, n.parts), n.name).toEqual([pinyinInitials(n.name), pinyinFull(n.name)]);
  });
});

describe('demo loading (PostgreSQL)', () => {
  let t: TestDb;
  let services: Services;
  const logs: string[] = [];
  let firstSeedMs = 0;

  beforeAll(async () => {
    t = await freshDb();
    services = createServices({ db: t.db, pool: t.pool, keys: deriveKeys(TEST_MASTER_KEY) });
    const started = performance.now();
    await seedDemoIfEmpty({ db: t.db, pool: t.pool, services, log: (m) => logs.push(m) });
    firstSeedMs = performance.now() - started;
  }, 180_000);
  afterAll(async () => {
    await t?.drop();
  });

  it('loads the documented default counts and says so', async () => {
    const count = async (q: ReturnType<typeof sql<{ c: number }>>) => (await q.execute(t.db)).rows[0].c;
    const level = (l: string) => count(sql`SELECT count(*)::int AS c FROM org_nodes WHERE level = ${l}`);
    expect(await level('street')).toBe(10);
    expect(await level('community')).toBe(95);
    expect(await level('grid')).toBe(1547);
    expect(await count(sql`SELECT count(*)::int AS c FROM people_persons`)).toBe(20_000);
    const kind = (k: string) =>
      count(sql`SELECT count(*)::int AS c FROM people_identities WHERE kind = ${k}`);
    expect(await kind('resident')).toBe(20_000);
    expect(await kind('cadre')).toBe(500);
    expect(await kind('grid_worker')).toBe(300);
    expect(await kind('deputy')).toBe(specialCounts(20_000).deputies);
    const party = await kind('party_member');
    expect(party).toBeGreaterThan(20_000 * 0.06);
    expect(party).toBeLessThan(20_000 * 0.12); // ~8% at scale; cadres lift it in a small district
    expect(logs.some((l) => l.startsWith('demo district loaded'))).toBe(true);
    console.log(`default demo seeded in ${(firstSeedMs / 1000).toFixed(1)} s`);
  });

  it('places an account for every role where that role works', async () => {
    const rows = await t.db
      .selectFrom('accounts_users as u')
      .innerJoin('accounts_grants as g', 'g.user_id', 'u.id')
      .innerJoin('org_nodes as n', 'n.id', 'g.node_id')
      .leftJoin('people_persons as p', 'p.id', 'u.person_id')
      .leftJoin('org_nodes as home', 'home.id', 'p.node_id')
      .select(['u.username', 'g.role', 'n.level', 'n.path', 'home.path as homePath'])
      .execute();
    expect(new Set(rows.map((r) => r.role))).toEqual(new Set(ROLES));
    const of = (u: string) => rows.find((r) => r.username === u)!;
    expect(of('shequ').level).toBe('community');
    expect(of('wangge').level).toBe('grid');
    expect(of('wangge').path.startsWith(of('shequ').path)).toBe(true);
    expect(of('jumin').homePath!.startsWith(of('shequ').path)).toBe(true);
    expect(of('wangge').homePath!.startsWith(of('shequ').path)).toBe(true);
    expect(of('jiedao').level).toBe('street');
    expect(of('shequ').path.startsWith(of('jiedao').path)).toBe(true);
    expect(of('bumen').level).toBe('department');
    expect(of('ganbu').homePath).toBeTruthy();
    // the community officer's community has residents
    const inCommunity = await sql<{ c: number }>`
      SELECT count(*)::int AS c FROM people_persons p JOIN org_nodes n ON n.id = p.node_id
      WHERE n.path LIKE ${of('shequ').path + '%'}`.execute(t.db);
    expect(inCommunity.rows[0].c).toBeGreaterThan(50);
    // and the demo login works with the documented password
    const login = await services.accounts.login(
      { actor: null, ip: '127.0.0.1', userAgent: 'test', lang: 'zh-CN' },
      { username: 'shequ', password: 'Gongzhi@2026' },
    );
    expect(login).toBeTruthy();
  });

  it('routes every event category to a department and assigns the grid worker to his grid', async () => {
    const q = (text: ReturnType<typeof sql<Record<string, number>>>) =>
      text.execute(t.db).then((r) => r.rows[0]);
    const ctxOf = async (username: string) => {
      const { id } = await t.db
        .selectFrom('accounts_users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow();
      return {
        actor: await services.accounts.loadActor(id),
        ip: '127.0.0.1',
        userAgent: 'test',
        lang: 'zh-CN' as const,
      };
    };
    const rules = await services.events.routingRules(await ctxOf('zzb'));
    expect(rules.find((r) => r.category === 'illegal_construction')?.departmentName).toBe('区住房和建设局');
    expect(new Set(rules.map((r) => r.category)).size).toBe(Object.keys(DEMO_ROUTING).length);
    const wangge = await ctxOf('wangge');
    const mine = await services.grid.myAssignments(wangge);
    expect(mine.map((a) => a.nodeId)).toEqual([wangge.actor!.grants[0].nodeId]);
    // his grid's households and shops have a year of weekly visits behind them: some are due today
    const due = await services.grid.dueList(wangge);
    expect(due.today.length + due.overdue.length).toBeGreaterThanOrEqual(1);
    expect(due.done).toEqual([]);
    const visits = await q(
      sql`SELECT count(*)::int AS n, count(DISTINCT day)::int AS days, count(DISTINCT number)::int AS numbers FROM grid_visits`,
    );
    expect(visits.n).toBeGreaterThan(18 * 40);
    expect(visits.days).toBeGreaterThan(300);
    expect(visits.numbers).toBe(visits.n);
    // his population register: residents linked to the people register, and one newcomer
    const pop = await services.grid.records(wangge, 'population', {
      nodeId: wangge.actor!.grants[0].nodeId,
      limit: 50,
      offset: 0,
    });
    expect(pop.items.filter((r) => r.personId).length).toBeGreaterThanOrEqual(1);
    expect(pop.items.filter((r) => !r.personId)).toHaveLength(1);
  });

  it('heads every grid with a cadre walking it weekly, keeps the 12/90/188 standards and outlines every grid (demo/fieldwork.ts)', async () => {
    const q = (text: ReturnType<typeof sql<Record<string, number>>>) =>
      text.execute(t.db).then((r) => r.rows[0]);
    const heads = await q(
      sql`SELECT count(DISTINCT node_id)::int AS grids, count(DISTINCT user_id)::int AS heads FROM grid_assignments WHERE kind = 'head'`,
    );
    expect(heads).toEqual({ grids: 1547, heads: 401 });
    const walks = await q(
      sql`SELECT count(*)::int AS n, count(DISTINCT week)::int AS weeks, count(*) FILTER (WHERE NOT as_head)::int AS other FROM grid_patrols`,
    );
    expect(walks.weeks).toBeGreaterThan(40);
    expect(walks.n).toBeGreaterThan(1547 * 8);
    const std = await q(
      sql`SELECT count(DISTINCT project_code)::int AS projects, count(DISTINCT item_code)::int AS items, count(*)::int AS n FROM grid_civ_standards WHERE active`,
    );
    expect(std).toEqual({ projects: 12, items: 90, n: 188 });
    const raised = await q(
      sql`SELECT count(*)::int AS n FROM grid_patrol_findings WHERE event_id IS NOT NULL`,
    );
    expect(raised.n).toBe(2);
    const outlined = await q(sql`SELECT count(*)::int AS n FROM grid_outlines`);
    expect(outlined.n).toBe(1547);
  });

  it('loads a year of events with points and numbers, whose rollup agrees with the rows (demo/events.ts)', async () => {
    const q = (text: ReturnType<typeof sql<Record<string, number>>>) =>
      text.execute(t.db).then((r) => r.rows[0]);
    const e =
      await q(sql`SELECT count(*)::int AS n, count(lat)::int AS placed, count(DISTINCT report_day)::int AS days,
        count(*) FILTER (WHERE state = 'resolved')::int AS resolved, count(*) FILTER (WHERE recurring)::int AS recurring,
        count(*) FILTER (WHERE deadline_at < now())::int AS overdue FROM events_events`);
    expect(e.n).toBeGreaterThan(1000);
    expect(e.placed).toBe(e.n);
    expect(e.days).toBeGreaterThan(300);
    expect(e.resolved).toBeGreaterThan(0);
    expect(e.recurring).toBeGreaterThan(0);
    const dup = await q(
      sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM events_events GROUP BY district_id, report_day, number HAVING count(*) > 1) x`,
    );
    expect(dup.n).toBe(0);
    const district = (
      await t.db
        .selectFrom('org_nodes')
        .select('id')
        .where('level', '=', 'district')
        .executeTakeFirstOrThrow()
    ).id;
    const r =
      await q(sql`SELECT sum(reported)::int AS reported, sum(received)::int AS received, sum(resolved)::int AS resolved
      FROM events_rollup WHERE node_id = ${district}`);
    const rows = await q(sql`SELECT count(*)::int AS reported, count(received_at)::int AS received,
      count(resolved_at)::int AS resolved FROM events_events WHERE state <> 'merged'`);
    expect(r).toEqual(rows);
    expect(await q(sql`SELECT count(*)::int AS n FROM events_prevention`)).toEqual({ n: 1 });
  });

  it('stores no plaintext ID number, and each decrypts to one matching the row', async () => {
    const rows = await t.db
      .selectFrom('people_persons')
      .select(['id_enc', 'birth_date', 'gender', 'phone_enc'])
      .orderBy('id')
      .limit(300)
      .execute();
    for (const r of rows) {
      const id = services.pii.decrypt(r.id_enc);
      expect(parseNationalId(id, { birthDate: r.birth_date, gender: r.gender as 'M' | 'F' }).ok).toBe(true);
      expect(r.id_enc.toString('latin1')).not.toContain(id);
      if (r.phone_enc) expect(isMainlandMobile(services.pii.decrypt(r.phone_enc))).toBe(true);
    }
  });

  it('leaves the per-node people counts equal to the people loaded through COPY', async () => {
    const r = await sql<{ counted: number; kept: number; kinds: number; keptKinds: number }>`
      SELECT (SELECT count(*)::int FROM people_persons) AS counted,
        (SELECT sum(n)::int FROM people_node_counts WHERE kind = '') AS kept,
        (SELECT count(*)::int FROM people_identities) AS kinds,
        (SELECT sum(n)::int FROM people_node_counts WHERE kind <> '') AS "keptKinds"`.execute(t.db);
    const row = r.rows[0];
    expect(row.counted).toBeGreaterThan(0);
    expect(row.kept).toBe(row.counted);
    expect(row.keptKinds).toBe(row.kinds);
  });

  it('does nothing the second time', async () => {
    const before = await sql<{ c: number }>`SELECT count(*)::int AS c FROM org_nodes`.execute(t.db);
    const logs2: string[] = [];
    const again = await seedDemoIfEmpty({ db: t.db, pool: t.pool, services, log: (m) => logs2.push(m) });
    const after = await sql<{ c: number }>`SELECT count(*)::int AS c FROM org_nodes`.execute(t.db);
    expect(after.rows[0].c).toBe(before.rows[0].c);
    expect(logs2).toEqual([]);
    expect(again?.accounts.map((a) => a.username)).toContain('shequ');
  });
});

describe('demo loading paths agree', () => {
  it('COPY, INSERT and `npm run demo` (worker threads) loads of one seed hold the same rows', async () => {
    const a = await freshDb();
    const b = await freshDb();
    const c = await freshDb();
    try {
      const keys = deriveKeys(TEST_MASTER_KEY);
      const sa = createServices({ db: a.db, pool: a.pool, keys });
      const sb = createServices({ db: b.db, pool: b.pool, keys });
      await loadDemo(a.pool, sa.pii, { ...small, chunk: 1000 });
      await insertDemo(b.db, sb.pii, small);
      const dump = async (t: TestDb, pii: typeof sa.pii) => {
        const nodes = await t.db
          .selectFrom('org_nodes')
          .select(['id', 'parent_id', 'path', 'name', 'name_initials', 'name_pinyin', 'code'])
          .orderBy('id')
          .execute();
        const persons = await t.db
          .selectFrom('people_persons')
          .select([
            'id',
            'node_id',
            'name',
            'name_initials',
            'gender',
            'birth_date',
            'address',
            'id_enc',
            'id_bidx',
          ])
          .orderBy('id')
          .execute();
        const ids = await t.db
          .selectFrom('people_identities')
          .select(['id', 'person_id', 'kind', 'attrs'])
          .orderBy('id')
          .execute();
        return {
          nodes,
          persons: persons.map(({ id_enc, id_bidx, ...p }) => ({
            ...p,
            nationalId: pii.decrypt(id_enc),
            bidx: id_bidx.toString('hex'),
          })),
          ids,
        };
      };
      const cli = await execFileP(
        process.execPath,
        ['--import', 'tsx', 'demo/cli.ts', '--residents', String(small.residents), '--seed', small.seed],
        {
          cwd: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
          env: {
            ...process.env,
            DATABASE_URL: c.url,
            GONGZHI_MASTER_KEY: TEST_MASTER_KEY.toString('hex'),
          },
        },
      );
      expect(cli.stdout).toContain('demo-result');
      expect(cli.stdout).toMatch(/shequ +社区 community officer @/);
      const da = await dump(a, sa.pii);
      const db = await dump(b, sb.pii);
      const dc = await dump(c, sa.pii);
      expect(da.persons).toHaveLength(small.residents);
      expect(db).toEqual(da);
      expect(dc).toEqual(da);
    } finally {
      await a.drop();
      await b.drop();
      await c.drop();
    }
  }, 240_000);
});
