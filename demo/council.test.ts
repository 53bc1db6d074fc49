/**
 * The council's share of the demo: a year of topics through the six steps, meetings, votes, a
 * children's council, and the demo resident able to vote, loaded on a first start in seconds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createServices, type Services } from '../server/composition-root.ts';
import type { RequestContext } from '../server/platform/access/access.ts';
import { deriveKeys, TEST_MASTER_KEY } from '../server/platform/secrets.ts';
import { freshDb, type TestDb } from '../server/testing/db.ts';
import { seedCouncil } from './council.ts';
import { seedFieldWork } from './fieldwork.ts';
import { loadDemoWithAccounts } from './seed.ts';

let t: TestDb;
let services: Services;
let districtId: string;
let councilMs = 0;
let councilCpuMs = 0;
const ctxOf = async (username: string): Promise<RequestContext> => {
  const u = await t.db
    .selectFrom('accounts_users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return {
    actor: await services.accounts.loadActor(u.id),
    ip: '127.0.0.1',
    userAgent: 'vitest',
    lang: 'zh-CN',
  };
};

beforeAll(async () => {
  t = await freshDb();
  services = createServices({ db: t.db, pool: t.pool, keys: deriveKeys(TEST_MASTER_KEY) });
  const r = await loadDemoWithAccounts(
    { db: t.db, pool: t.pool, services },
    { seed: 'gongzhi', residents: 20_000, atomic: true },
  );
  districtId = r.tree.district.id;
  await seedFieldWork(services, t.db, districtId);
  const started = performance.now();
  const cpu = process.cpuUsage();
  await seedCouncil(services, t.db, districtId, new Date());
  councilMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  councilCpuMs = (used.user + used.system) / 1000;
}, 300_000);
afterAll(async () => {
  await t?.drop();
});

describe('the council demo', () => {
  it('loads in a few seconds', () => {
    // wall time on a loaded machine says little: the app's own CPU is printed beside it
    console.info(
      `council demo seeded in ${(councilMs / 1000).toFixed(1)} s (${(councilCpuMs / 1000).toFixed(1)} s of this process's CPU)`,
    );
    expect(councilMs).toBeLessThan(60_000);
  });

  it('has a year of topics in every stage of the six steps, most resolved', async () => {
    const { rows } = await sql<{ stage: string; n: number }>`
      SELECT stage, count(*)::int AS n FROM council_topics GROUP BY stage ORDER BY stage`.execute(t.db);
    const by = Object.fromEntries(rows.map((r) => [r.stage, r.n]));
    for (const s of [
      'raise',
      'ideas',
      'floor',
      'decide',
      'implementing',
      'resolved',
      'not_adopted',
      'declined',
    ])
      expect(by[s], s).toBeGreaterThan(0);
    expect(by.resolved).toBeGreaterThanOrEqual(6);
    const span = await sql<{ days: number }>`
      SELECT extract(day FROM max(created_at) - min(created_at))::int AS days FROM council_topics`.execute(
      t.db,
    );
    expect(span.rows[0].days).toBeGreaterThan(300);
  });

  it('shows the figures per node, with a meeting a month held', async () => {
    const officer = await ctxOf('shequ');
    const community = officer.actor!.grants[0];
    const year = new Date().getUTCFullYear();
    const stats = await services.council.stats(
      officer,
      { id: community.nodeId, districtId, path: community.path, level: 'community' },
      year,
    );
    const value = (k: string) => stats.find((s) => s.key === k)?.value;
    expect(value('council.meetings')).toBeGreaterThan(0);
    expect(value('council.proposals')).toBeGreaterThan(0);
    const held = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM council_meetings WHERE status = 'held'`.execute(t.db);
    expect(held.rows[0].n).toBe(12);
  });

  it('lets the demo resident vote in the open vote, and has a children’s council with child members', async () => {
    const jumin = await ctxOf('jumin');
    const open = await services.votes.list(jumin, { state: 'open', limit: 10, offset: 0 });
    expect(open.items.length).toBeGreaterThan(0);
    const v = await services.votes.get(jumin, open.items[0].id);
    expect(v.can.cast).toBe(true);
    expect((await services.votes.cast(jumin, v.id, { choices: [1] })).counted).toBe(true);
    const kids = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM council_members WHERE role = 'child'`.execute(t.db);
    expect(kids.rows[0].n).toBeGreaterThanOrEqual(2);
    const todos = await services.council.todos(await ctxOf('shequ'));
    expect(todos.map((x) => x.key)).toContain('council.to_accept');
  });
});
