/**
 * The real app (`server/main.ts`, no DATABASE_URL: its own embedded PostgreSQL under a data folder)
 * as a child process, for the crash tests: started on a free port and waited for, logged in over
 * HTTP as the demo's organisation department, writing departments, and cleaned up with any
 * postmaster left behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';

/** A TCP port nobody listens on now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

/** Logs in as the first run's zzb over HTTP; the session cookie and its CSRF token. */
export async function login(base: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'zzb', password: 'Gongzhi@2026' }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.get('set-cookie')!.split(';')[0];
  const me = await (await fetch(`${base}/api/auth/me`, { headers: { cookie } })).json();
  return { cookie, csrf: me.csrfToken as string };
}

/** The first root of the tree the logged-in account sees (the demo district): its id. */
async function firstRootId(base: string, cookie: string): Promise<string> {
  const roots = await (await fetch(`${base}/api/org/roots`, { headers: { cookie } })).json();
  return roots[0].id as string;
}

/** Adds a department named name under parentId over HTTP: the crash tests' write. */
export function addDepartment(
  base: string,
  auth: { cookie: string; csrf: string },
  parentId: string,
  name: string,
): Promise<Response> {
  return fetch(`${base}/api/org/nodes`, {
    method: 'POST',
    headers: { cookie: auth.cookie, 'x-csrf-token': auth.csrf, 'content-type': 'application/json' },
    body: JSON.stringify({ parentId, level: 'department', name }),
  });
}

/**
 * A data folder (under the temp folder, its name starting with prefix) for the real app; extraEnv
 * is added to every start's environment.
 */
export function realApp(prefix: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dataDir, 0o755);
  let child: ChildProcess | undefined;

  /** The embedded PostgreSQL's pid from its pid file, if there is one. */
  const postmasterPid = (): number | undefined => {
    try {
      return (
        Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]) ||
        undefined
      );
    } catch {
      return undefined;
    }
  };

  /** Starts the app on port and waits until it serves (rejects if it exits first). */
  const start = async (port: number) => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      SERVE_WEB: '0',
      LOG_LEVEL: 'warn',
      ...extraEnv,
    };
    delete env.DATABASE_URL;
    const t0 = Date.now();
    const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    proc.stdout!.on('data', (d) => (out += d));
    proc.stderr!.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((r) => proc.on('exit', (c) => r(c)));
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (out.includes('serving http')) {
          clearInterval(timer);
          resolve();
        }
      }, 50);
      void exited.then((code) => {
        clearInterval(timer);
        reject(new Error(`app exited ${code}: ${out}`));
      });
    });
    child = proc;
    return { proc, output: () => out, exited, ms: Date.now() - t0 };
  };

  /** The first start: on a free port, logged in; the address, the app, the session and the district's id. */
  const startLoggedIn = async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const app = await start(port);
    const auth = await login(base);
    return { port, base, app, auth, districtId: await firstRootId(base, auth.cookie) };
  };

  /** Kills the last app started and any PostgreSQL left running, and removes the folder. */
  const cleanUp = async () => {
    child?.kill('SIGKILL');
    const pid = postmasterPid();
    if (pid) {
      try {
        process.kill(pid, 'SIGQUIT');
      } catch {}
    }
    await new Promise((r) => setTimeout(r, 500));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  return { dataDir, start, startLoggedIn, postmasterPid, cleanUp };
}
