/**
 * The secretaries share of the demo: every community has had a secretary, with term history; 2–3
 * vacancies this year; some due for rotation and ten rotated; an open selection under way with the
 * cadre `ganbu` a candidate; something on the home page of zzb, jiedao and ganbu.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../server/composition-root.ts';
import type { RequestContext } from '../server/platform/access/access.ts';
import { deriveKeys, TEST_MASTER_KEY } from '../server/platform/secrets.ts';
import { freshDb, type TestDb } from '../server/testing/db.ts';
import { seedSecretaries } from './secretaries.ts';
import { loadDemoWithAccounts } from './seed.ts';

let t: TestDb;
let services: Services;
let districtId: string;
let ms = 0;
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
    { seed: 'gongzhi', residents: 2_000, atomic: true },
  );
  districtId = r.tree.district.id;
  const t0 = Date.now();
  await seedSecretaries(services, t.db, districtId, new Date());
  ms = Date.now() - t0;
}, 120_000);
afterAll(async () => {
  await t.drop();
});

describe('demo: community party secretaries (seed 004)', () => {
  it('every community has had a secretary; 2–3 vacant; some due for rotation; rotations kept; in seconds', async () => {
    const zzb = await ctxOf('zzb');
    const roster = (await services.secretaries.roster(zzb, {})).entries;
    expect(roster).toHaveLength(95);
    const vacant = roster.filter((e) => e.vacant);
    expect(vacant.length).toBeGreaterThanOrEqual(2);
    expect(vacant.length).toBeLessThanOrEqual(3);
    const due = roster.filter((e) => e.rotationDue).length;
    expect(due).toBeGreaterThan(3);
    expect(due).toBeLessThan(20);
    for (const e of roster)
      expect((await services.secretaries.history(zzb, e.nodeId)).length).toBeGreaterThan(0);
    expect(new Set(roster.filter((e) => e.term).map((e) => e.term!.method))).toEqual(
      new Set(['election', 'rotation', 'open', 'competition', 'assigned']),
    );
    expect((await services.secretaries.rotations(zzb, {})).length).toBeGreaterThanOrEqual(8);
    expect(ms).toBeLessThan(30_000);
  });

  it('an open selection is under way with ganbu a candidate; the home pages show it', async () => {
    const ganbu = await ctxOf('ganbu');
    const [sel] = await services.secretaries.listSelections(ganbu);
    expect(sel).toMatchObject({ state: 'open', registrationOpen: true });
    expect(sel.candidates).toEqual([expect.objectContaining({ mine: true, stage: 'examined' })]);
    const keys = async (u: string) => (await services.secretaries.todos(await ctxOf(u))).map((x) => x.key);
    expect(await keys('ganbu')).toEqual(['secretaries.mine']);
    expect(await keys('zzb')).toEqual([
      'secretaries.vacancies',
      'secretaries.rotation_due',
      'secretaries.candidates',
    ]);
    expect(await keys('jiedao')).toEqual(['secretaries.vacancies']);
    const shequ = (await ctxOf('shequ')).actor!.grants[0].nodeId;
    const c0 = (await services.secretaries.roster(await ctxOf('zzb'), {})).entries.find(
      (e) => e.nodeId === shequ,
    );
    expect(c0?.term?.name).toMatch(/^陈/);
  });
});
