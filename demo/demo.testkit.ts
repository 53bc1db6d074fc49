/**
 * What the demo's module tests share: a demo district with its accounts loaded once for the file
 * (a fresh database), the module's own step timed after it, and a request context per demo login.
 */
import { afterAll, beforeAll } from 'vitest';
import { createServices, type Services } from '../server/composition-root.ts';
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import { deriveKeys, TEST_MASTER_KEY } from '../server/platform/secrets.ts';
import { freshDb, type TestDb } from '../server/testing/db.ts';
import { loadDemoWithAccounts } from './seed.ts';

export interface DemoWorld {
  t: TestDb;
  services: Services;
  districtId: string;
  /** How long the module's step took, ms. */
  ms: number;
  /** The context of a demo login, as its requests would carry it. */
  ctxOf(username: string): Promise<RequestContext>;
}

/**
 * Loads the demo of `residents` residents before the file's tests, runs `before` (steps the module's
 * needs first, untimed), then the module's `step` (timed), and drops the database after.
 */
export function useDemo(
  residents: number,
  step: (services: Services, db: Db, districtId: string) => Promise<unknown>,
  opts: {
    before?: (services: Services, db: Db, districtId: string) => Promise<unknown>;
    timeoutMs?: number;
  } = {},
): DemoWorld {
  const w = {
    ms: 0,
    async ctxOf(username: string): Promise<RequestContext> {
      const u = await w.t.db
        .selectFrom('accounts_users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow();
      return {
        actor: await w.services.accounts.loadActor(u.id),
        ip: '127.0.0.1',
        userAgent: 'vitest',
        lang: 'zh-CN',
      };
    },
  } as DemoWorld;
  beforeAll(async () => {
    w.t = await freshDb();
    w.services = createServices({ db: w.t.db, pool: w.t.pool, keys: deriveKeys(TEST_MASTER_KEY) });
    const r = await loadDemoWithAccounts(
      { db: w.t.db, pool: w.t.pool, services: w.services },
      { seed: 'gongzhi', residents, atomic: true },
    );
    w.districtId = r.tree.district.id;
    await opts.before?.(w.services, w.t.db, w.districtId);
    const started = performance.now();
    await step(w.services, w.t.db, w.districtId);
    w.ms = performance.now() - started;
  }, opts.timeoutMs ?? 300_000);
  afterAll(async () => {
    await w.t?.drop();
  });
  return w;
}
