// Builds the web client into web/dist with Vite. With --if-stale it only builds when a source file
// is newer than the last build, so `npm start` stays fast after the first time.
// The build goes to a private folder first and is then moved in with index.html last (an atomic
// rename), keeping the previous hashed assets for a while: a server that is already running, or a
// second build started at the same moment, never sees a half-written or emptied web/dist.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
/** Held shared by each e2e server (e2e/serve.ts) while it runs, exclusive while web/dist changes.
 * One lock per checkout (named by a hash of its path): two clones never wait on each other's web/dist. */
const LOCK = path.join(
  os.tmpdir(),
  `gongzhi-web-dist-${createHash('sha1').update(root).digest('hex').slice(0, 12)}.lock`,
);
const web = path.join(root, 'web');
const dist = path.join(web, 'dist');
const stamp = path.join(dist, 'index.html');
if (!fs.existsSync(path.join(web, 'index.html'))) process.exit(0);
if (!fs.existsSync(path.join(root, 'node_modules', 'vite'))) process.exit(0); // production install without dev tools

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'dist' || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

function hasFlock() {
  try {
    execFileSync('flock', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Copies a finished build into web/dist: assets first (new names), index.html last by rename. */
function moveIn(tmp) {
  fs.mkdirSync(dist, { recursive: true });
  // everything but index.html first (hashed names never clash), then index.html by rename
  const copy = (from, to) => {
    for (const e of fs.readdirSync(from, { withFileTypes: true })) {
      const a = path.join(from, e.name);
      const b = path.join(to, e.name);
      if (e.isDirectory()) {
        fs.mkdirSync(b, { recursive: true });
        copy(a, b);
      } else if (!(from === tmp && e.name === 'index.html')) {
        fs.copyFileSync(a, `${b}.${process.pid}`);
        fs.renameSync(`${b}.${process.pid}`, b);
      }
    }
  };
  copy(tmp, dist);
  fs.copyFileSync(path.join(tmp, 'index.html'), `${stamp}.${process.pid}`);
  fs.renameSync(`${stamp}.${process.pid}`, stamp);
  // drop hashed assets that the new index.html no longer needs, once they are a day old
  const assets = path.join(dist, 'assets');
  const keep = new Set(fs.readdirSync(path.join(tmp, 'assets')));
  for (const f of fs.existsSync(assets) ? fs.readdirSync(assets) : []) {
    const p = path.join(assets, f);
    if (!keep.has(f) && Date.now() - fs.statSync(p).mtimeMs > 24 * 3600_000) fs.rmSync(p, { force: true });
  }
}

if (process.argv[2] === '--move-in') {
  moveIn(process.argv[3]);
  process.exit(0);
}

const sources = [web, path.join(root, 'server')];
if (process.argv.includes('--if-stale') && fs.existsSync(stamp)) {
  const built = fs.statSync(stamp).mtimeMs;
  if (Math.max(...sources.map(newest), fs.statSync(path.join(root, 'vite.config.ts')).mtimeMs) <= built)
    process.exit(0);
}
console.log('[gongzhi] building the web client (vite)…');
const tmp = path.join(root, 'node_modules', '.cache', `gongzhi-web-${process.pid}`);
try {
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--logLevel',
      'warn',
      '--outDir',
      tmp,
      '--emptyOutDir',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  // The move-in waits for running e2e servers (they hold the lock shared): @fastify/static lists the
  // files of web/dist when a server starts, so new asset names would be unknown to it.
  if (hasFlock())
    execFileSync(
      'flock',
      ['-x', '-w', '900', LOCK, process.execPath, import.meta.filename, '--move-in', tmp],
      {
        stdio: 'inherit',
      },
    );
  else moveIn(tmp);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
