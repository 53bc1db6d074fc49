/**
 * The embedded default under abuse: the real app (`server/main.ts`, no DATABASE_URL) is killed
 * with SIGKILL during a stream of writes, restarted on the same data, and must still hold every
 * write it acknowledged; a clean SIGTERM stops PostgreSQL too; a stale postmaster.pid is survived.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addDepartment, login, realApp } from '../../testing/real-app.ts';

const real = realApp('gz-crash-');
const { dataDir, postmasterPid, start: startApp } = real;
afterAll(real.cleanUp);

describe('embedded PostgreSQL lifecycle', () => {
  it(
    'keeps every acknowledged write across kill -9, recovers a stale pid file, and stops cleanly',
    { timeout: 420_000 },
    async () => {
      const first = await real.startLoggedIn();
      const { port, base, auth, districtId } = first;
      let app = first.app;

      // a stream of writes from 4 clients; note each acknowledged id
      const acknowledged: string[] = [];
      let n = 0;
      let stop = false;
      const writer = async () => {
        while (!stop) {
          const i = n++;
          try {
            const res = await addDepartment(base, auth, districtId, `压力测试部门${i}`);
            if (res.status === 200) acknowledged.push((await res.json()).id);
          } catch {
            // the server died mid-request: not acknowledged
          }
        }
      };
      const writers = [writer(), writer(), writer(), writer()];
      while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 20));
      app.proc.kill('SIGKILL');
      stop = true;
      await Promise.all(writers);
      expect(acknowledged.length).toBeGreaterThanOrEqual(40);
      expect(postmasterPid()).toBeDefined(); // the orphaned server is still there

      // restart on the same data: the orphan is stopped and a fresh server started
      app = await startApp(port);
      expect(app.output()).toContain('left running by an earlier run');
      const again = await login(base);
      for (const id of acknowledged) {
        const res = await fetch(`${base}/api/org/nodes/${id}`, { headers: { cookie: again.cookie } });
        expect(res.status, `acknowledged node ${id}`).toBe(200);
      }

      // now kill both the app and PostgreSQL: the pid file goes stale; the next start recovers
      app.proc.kill('SIGKILL');
      const pg = postmasterPid()!;
      process.kill(pg, 'SIGKILL');
      await new Promise((r) => setTimeout(r, 300));
      app = await startApp(port);
      const third = await login(base);
      const res = await fetch(`${base}/api/org/nodes/${acknowledged[acknowledged.length - 1]}`, {
        headers: { cookie: third.cookie },
      });
      expect(res.status).toBe(200);
      // a restart on existing data is quick (the acceptance asks under 10 s)
      console.log(`restart on existing data took ${app.ms} ms`);

      // SIGTERM: the app and its PostgreSQL stop cleanly
      const exited = new Promise<number | null>((r) => app.proc.on('exit', (c) => r(c)));
      app.proc.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(app.output()).toContain('stopped cleanly');
      expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    },
  );
});
