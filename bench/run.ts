/**
 * `npm run bench -- [names…] [--residents N] [--duration s] [--connections n] [--database-url url]
 * [--rebuild]`: runs the selected benchmarks (all by default), prints each beside its baseline and
 * appends the figures with the machine's description to bench/RESULTS.md. Every other bench/*.ts file
 * joins by exporting `benchmark: Benchmark` (see bench/lib.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { demoGenBenchmark } from './demo-gen.ts';
import { appendResults, fmt, machine, ROOT, type Benchmark, type BenchContext } from './lib.ts';
import { peopleListBenchmark } from './people-list.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    residents: { type: 'string', default: '5000000' },
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '10' },
    'database-url': { type: 'string' },
    rebuild: { type: 'boolean', default: false },
    list: { type: 'boolean', default: false },
  },
});

async function discover(): Promise<Benchmark[]> {
  const found: Benchmark[] = [demoGenBenchmark, peopleListBenchmark];
  const dir = path.join(ROOT, 'bench');
  for (const f of fs.readdirSync(dir).sort()) {
    if (!f.endsWith('.ts') || f.endsWith('.test.ts')) continue;
    if (['lib.ts', 'run.ts', 'demo-gen.ts', 'people-list.ts'].includes(f)) continue;
    const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { benchmark?: Benchmark };
    if (mod.benchmark?.name && typeof mod.benchmark.run === 'function') found.push(mod.benchmark);
  }
  return found;
}

const all = await discover();
if (values.list) {
  for (const b of all) console.log(`${b.name.padEnd(16)} ${b.description}`);
  process.exit(0);
}
const unknown = positionals.filter((p) => !all.some((b) => b.name === p));
if (unknown.length) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${all.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
const selected = positionals.length ? all.filter((b) => positionals.includes(b.name)) : all;
const num = (v: string | undefined, what: string, min: number) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${what} must be a whole number ≥ ${min}`);
    process.exit(2);
  }
  return n;
};
const ctx: BenchContext = {
  adminUrl:
    values['database-url'] ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  residents: num(values.residents, 'residents', 100),
  duration: num(values.duration, 'duration', 1),
  connections: num(values.connections, 'connections', 1),
  rebuild: values.rebuild ?? false,
  log: (m) => console.log(m),
};

const header = await machine(ctx.adminUrl);
console.log(header);
// each section is appended as soon as it is measured, so a long run keeps what it finished
appendResults(
  [
    `## Run of ${new Date().toISOString()} (${selected.map((b) => b.name).join(', ')}, --residents ${ctx.residents})`,
    header,
  ].join('\n\n'),
);
let failed = false;
for (const b of selected) {
  const t0 = performance.now();
  let section: string;
  try {
    section = (await b.run(ctx)).markdown;
    console.log(`\n${section}\n`);
  } catch (e) {
    failed = true;
    section = `### ${b.name}: failed\n\n${e instanceof Error ? e.message : String(e)}`;
    console.error(section);
  }
  appendResults(section);
  console.log(`(${b.name} took ${fmt((performance.now() - t0) / 1000, 1)} s; appended to bench/RESULTS.md)`);
}
process.exit(failed ? 1 : 0);
