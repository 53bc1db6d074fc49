// `npm test`'s first phase: eslint, prettier --check and tsc side by side (each is one process on
// one core; one after another they took ≈ 3 min of a loaded 2-core machine, side by side the time of
// tsc alone). Each command's output is printed whole when it ends, with its time; the exit code is
// 1 when any of them failed.
import { spawn } from 'node:child_process';

const CHECKS = [
  ['eslint', ['eslint', '.']],
  ['prettier', ['prettier', '--check', '.']],
  ['tsc', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
];

const t0 = Date.now();
const results = await Promise.all(
  CHECKS.map(
    ([name, args]) =>
      new Promise((resolve) => {
        const started = Date.now();
        const out = [];
        const child = spawn('npx', ['--no-install', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.on('data', (d) => out.push(d));
        child.on('close', (code) => {
          const s = ((Date.now() - started) / 1000).toFixed(1);
          process.stdout.write(`[checks] ${name}: ${code === 0 ? 'ok' : `FAILED (${code})`} in ${s} s\n`);
          process.stdout.write(Buffer.concat(out));
          resolve(code === 0);
        });
      }),
  ),
);
console.log(`[checks] done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(results.every(Boolean) ? 0 : 1);
