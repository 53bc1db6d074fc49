/**
 * The real app (`server/main.ts`, its own embedded PostgreSQL) while the database restarts under
 * it, and while it is stopped with SIGTERM in the middle of a stream of requests:
 * - PostgreSQL restarted in immediate mode (a crash and recovery) during writes: the process
 *   lives on, requests meanwhile answer 503 problem+json (never 500, never a dropped connection),
 *   writes are served again without restarting the app, and every acknowledged write is there;
 * - SIGTERM while busy: requests in flight finish, later ones get 503, the pools close, the
 *   embedded PostgreSQL stops, "stopped cleanly" is logged and the exit code is 0; after a restart
 *   every write acknowledged before the stop is there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addDepartment, login, realApp } from '../../testing/real-app.ts';
import { pgCtl } from './embedded.ts';

const real = realApp('gz-restart-', { RATE_LIMIT: '0' });
const { dataDir, start: startApp } = real;
afterAll(real.cleanUp);

/** One answer as seen by a client: status, problem code, or the network error. */
interface Seen {
  status: number | 'network';
  code?: string;
  type?: string;
}

/** Writers and readers against the app; each acknowledged write's id is kept. */
function traffic(base: string, auth: { cookie: string; csrf: string }, parentId: string, tag: string) {
  const acknowledged: string[] = [];
  const seen: Seen[] = [];
  let stop = false;
  let n = 0;
  const note = async (res: Response) => {
    const type = res.headers.get('content-type') ?? '';
    const body = type.includes('json') ? await res.json() : await res.text();
    seen.push({ status: res.status, code: (body as { code?: string })?.code, type });
    return body as { id?: string };
  };
  const writer = async () => {
    while (!stop) {
      const i = n++;
      try {
        const res = await addDepartment(base, auth, parentId, `${tag}${i}`);
        const body = await note(res);
        if (res.status === 200) acknowledged.push(body.id!);
      } catch {
        seen.push({ status: 'network' });
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  };
  const reader = async () => {
    while (!stop) {
      try {
        await note(
          await fetch(`${base}/api/org/nodes/${parentId}/children`, { headers: { cookie: auth.cookie } }),
        );
      } catch {
        seen.push({ status: 'network' });
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  };
  const running = Promise.all([writer(), writer(), writer(), reader(), reader()]);
  return {
    acknowledged,
    seen,
    async stop() {
      stop = true;
      await running;
    },
  };
}

const until = async (ok: () => boolean, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('the app while its database restarts, and while it stops', () => {
  it(
    'survives a PostgreSQL crash-restart under load and stops cleanly with requests in flight',
    { timeout: 420_000 },
    async () => {
      const first = await real.startLoggedIn();
      const { port, base, auth, districtId } = first;
      let app = first.app;

      // 1. PostgreSQL crashes and recovers (immediate mode) while writes and reads stream in
      const t = traffic(base, auth, districtId, '重启测试部门');
      await until(() => t.acknowledged.length >= 30);
      const before = t.acknowledged.length;
      await pgCtl(dataDir, ['restart', '-m', 'immediate']);
      const restartedAt = t.seen.length;
      await until(() => t.acknowledged.length >= before + 30);
      await t.stop();
      expect(app.proc.exitCode).toBeNull(); // the process lived through it
      const during = t.seen.slice(Math.max(0, restartedAt - 50));
      expect(during.filter((s) => s.status === 503).length).toBeGreaterThan(0);
      for (const s of t.seen) {
        expect(s.status === 200 || s.status === 503, JSON.stringify(s)).toBe(true);
        if (s.status === 503) {
          expect(s.type).toContain('application/problem+json');
          expect(s.code).toBe('error.db_unavailable');
        }
      }
      for (const id of t.acknowledged) {
        const res = await fetch(`${base}/api/org/nodes/${id}`, { headers: { cookie: auth.cookie } });
        expect(res.status, `acknowledged node ${id}`).toBe(200);
      }

      // 2. SIGTERM in the middle of a stream of requests
      const u = traffic(base, auth, districtId, '停止测试部门');
      await until(() => u.acknowledged.length >= 20);
      app.proc.kill('SIGTERM');
      const code = await app.exited;
      await u.stop();
      expect(code, app.output()).toBe(0);
      expect(app.output()).toContain('stopped cleanly');
      expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
      // answers were served, or turned away with 503 while draining; then the port was closed
      for (const s of u.seen)
        expect(s.status === 200 || s.status === 503 || s.status === 'network', JSON.stringify(s)).toBe(true);
      for (const s of u.seen.filter((x) => x.status === 503)) expect(s.code).toBe('error.shutting_down');

      // 3. every write acknowledged before the stop is there after a restart
      app = await startApp(port);
      const again = await login(base);
      const ids = [...t.acknowledged, ...u.acknowledged];
      const children = await (
        await fetch(`${base}/api/org/nodes/${districtId}/children?limit=1000`, {
          headers: { cookie: again.cookie },
        })
      ).json();
      const present = new Set<string>(
        (Array.isArray(children) ? children : (children.items ?? [])).map((c: { id: string }) => c.id),
      );
      const missing: string[] = [];
      for (const id of ids)
        if (!present.has(id)) {
          const res = await fetch(`${base}/api/org/nodes/${id}`, { headers: { cookie: again.cookie } });
          if (res.status !== 200) missing.push(id);
        }
      expect(missing).toEqual([]);
      app.proc.kill('SIGTERM');
      expect(await app.exited).toBe(0);
    },
  );
});
