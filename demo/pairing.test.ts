/**
 * The 结对联系 share of the demo (seed 001, Beilun): most outflowing members paired, a year of
 * monthly contacts with gaps, the demo party member keeping in touch with a member of the demo
 * community, and members of that community still to pair — loaded in seconds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../server/composition-root.ts';
import type { RequestContext } from '../server/platform/access/access.ts';
import { deriveKeys, TEST_MASTER_KEY } from '../server/platform/secrets.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { freshDb, type TestDb } from '../server/testing/db.ts';
import { seedPairing } from './pairing.ts';
import { seedPartymembers } from './partymembers.ts';
import { loadDemoWithAccounts } from './seed.ts';

let t: TestDb;
let services: Services;
let ms = 0;
const ctx: Record<string, RequestContext> = {};

beforeAll(async () => {
  t = await freshDb();
  services = createServices({ db: t.db, pool: t.pool, keys: deriveKeys(TEST_MASTER_KEY) });
  const r = await loadDemoWithAccounts(
    { db: t.db, pool: t.pool, services },
    { seed: 'gongzhi', residents: 20_000, atomic: true },
  );
  await seedPartymembers(services, t.db, r.tree.district.id, shanghaiDay());
  const t0 = Date.now();
  await seedPairing(services, t.db, r.tree.district.id, shanghaiDay());
  ms = Date.now() - t0;
  for (const username of ['jiedao', 'shequ', 'dangyuan']) {
    const u = await t.db
      .selectFrom('accounts_users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    ctx[username] = {
      actor: await services.accounts.loadActor(u.id),
      ip: '127.0.0.1',
      userAgent: 'vitest',
      lang: 'zh-CN',
    };
  }
}, 240_000);
afterAll(() => t.drop());

describe('demo: a year of 结对联系 (seed 001 Beilun)', () => {
  it('most outflowing members are paired and the pairs kept in touch most months, with gaps', async () => {
    const p = services.partymembers.pairing;
    const pairs = await p.listPairs(ctx.jiedao, { status: 'active', limit: 200, offset: 0 });
    expect(pairs.total).toBeGreaterThan(10);
    const risks = pairs.items.map((x) => x.risk);
    expect(risks).toContain('ok');
    expect(risks).toContain('red');
    const d = await p.getPair(ctx.jiedao, pairs.items.find((x) => x.risk === 'ok')!.id);
    expect(d.months.filter((m) => m.mark === 'contacted').length).toBeGreaterThan(5);
    const help = await p.listHelp(ctx.jiedao, {});
    expect(help.some((h) => h.status === 'helped')).toBe(true);
  });

  it('dangyuan keeps in touch with a member of the demo community; two are left for shequ to pair', async () => {
    const mine = await services.partymembers.pairing.myPairs(ctx.dangyuan);
    expect(mine.items.length).toBeGreaterThanOrEqual(1);
    const left = await services.partymembers.pairing.unpaired(ctx.shequ);
    expect(left.length).toBeGreaterThanOrEqual(2);
    // dangyuan may keep in touch with them too (the e2e pairs one)
    const cands = await services.partymembers.pairing.candidates(ctx.shequ, left[0].memberId);
    expect(cands.map((c) => c.personId)).toContain(ctx.dangyuan.actor!.personId);
  });

  it('loads in a few seconds', () => {
    expect(ms).toBeLessThan(20_000);
  });
});
