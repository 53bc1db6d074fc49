/**
 * votes-ballots: a secret vote of 50,000 eligible residents.
 *
 * 1. Capacity: 2,000 concurrent voters cast all 50,000 ballots through the votes service (scope,
 *    eligibility, one person one vote, sealing, audit), closed loop, on the app's pool of 20
 *    connections; beside it, a raw INSERT of the same 50,000 ballot rows by 2,000 concurrent
 *    callers on a pool of the same size. Every ballot must be counted once. Target ≥ 30% of raw.
 * 2. Latency at a voter's pace: 2,000 voters online at once, each casting within 10 s (a uniform
 *    moment), and each phone sending its ballot twice: p99 of a cast < 100 ms; every voter counted
 *    once.
 * 3. The tally of the closed 50,000-ballot vote beside a raw COUNT of its ballots (median of 15
 *    runs each). Target ≤ 2×.
 *
 * In-process (services, not HTTP): sessions and HTTP are measured by the other benchmarks; this
 * one measures what the votes module adds. Run alone with
 * `node --import tsx bench/votes-ballots.ts [--database-url url]`.
 */
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { createServices } from '../server/composition-root.ts';
import type { Actor, RequestContext } from '../server/platform/access/access.ts';
import { createDb } from '../server/platform/db/db.ts';
import { migrate } from '../server/platform/db/migrator.ts';
import { deriveKeys } from '../server/platform/secrets.ts';
import {
  appendResults,
  BENCH_MASTER_KEY,
  fmt,
  machine,
  percentile,
  recreateDatabase,
  type Benchmark,
  type BenchContext,
} from './lib.ts';

const ELIGIBLE = 50_000;
const VOTERS = 2_000;
const POOL = 20;

/** A closed loop over a queue of jobs: `workers` callers each take the next job until none is left. */
async function drain(workers: number, jobs: number, fn: (i: number) => Promise<unknown>) {
  const lat: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let i = next++; i < jobs; i = next++) {
        const t = performance.now();
        try {
          await fn(i);
          lat.push(performance.now() - t);
        } catch {
          errors++;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  lat.sort((a, b) => a - b);
  return { perSec: jobs / seconds, seconds, p50: percentile(lat, 50), p99: percentile(lat, 99), errors };
}

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export const benchmark: Benchmark = {
  name: 'votes-ballots',
  description: 'a secret vote of 50,000 residents, 2,000 concurrent voters, beside raw INSERT and COUNT',
  async run(ctx: BenchContext) {
    const url = await recreateDatabase(ctx.adminUrl, 'gz_bench_votes');
    const { db, pool } = createDb(url, POOL);
    const raw = new pg.Pool({ connectionString: url, max: POOL });
    try {
      await migrate(pool);
      const services = createServices({ db, pool, keys: deriveKeys(Buffer.from(BENCH_MASTER_KEY, 'hex')) });
      // the council's own kind resolves eligibility from the actor's grants (no query); its count
      // of eligible residents comes from the register, which this database does not hold
      services.votes.registerKind('bench.residents', {
        async votersFor(actor, v) {
          const ok = actor.grants.some((g) => g.role === 'resident' && v.nodePath.startsWith(g.path));
          return ok && actor.personId ? [{ id: actor.personId, label: actor.displayName }] : [];
        },
        countEligible: async () => ELIGIBLE,
        eligibleAmong: async (_v, ids) => new Set(ids),
      });
      const tree = await db.transaction().execute(async (trx) => {
        const d = await services.org.bootstrapNode(trx, null, {
          level: 'district',
          name: '福田区',
          code: '440304',
        });
        const s = await services.org.bootstrapNode(
          trx,
          { id: d.id, district_id: d.districtId, path: d.path, depth: 0, level: 'district' },
          { level: 'street', name: '园岭街道', code: '440304001' },
        );
        const c = await services.org.bootstrapNode(
          trx,
          { id: s.id, district_id: s.districtId, path: s.path, depth: 1, level: 'street' },
          { level: 'community', name: '百花社区', code: '440304001001' },
        );
        return { districtId: d.id, communityId: c.id, path: c.path };
      });
      const system: RequestContext = { actor: null, ip: '127.0.0.1', userAgent: 'bench', lang: 'zh-CN' };
      const newVote = () =>
        db.transaction().execute((trx) =>
          services.votes.createVote(trx, system, {
            districtId: tree.districtId,
            nodeId: tree.communityId,
            owner: 'bench',
            kind: 'bench.residents',
            title: '社区长者饭堂开设晚餐',
            method: 'single',
            secret: true,
            opensAt: new Date(Date.now() - 1000),
            closesAt: new Date(Date.now() + 3600_000),
            options: ['赞成', '反对', '弃权'],
            announce: false,
          }),
        );
      const voter = (i: number): RequestContext => {
        const actor: Actor = {
          userId: crypto.randomUUID(),
          username: `r${i}`,
          displayName: `居民${i}`,
          personId: crypto.randomUUID(),
          grants: [
            { role: 'resident', nodeId: tree.communityId, districtId: tree.districtId, path: tree.path },
          ],
        };
        return { actor, ip: '10.0.0.1', userAgent: 'bench', lang: 'zh-CN' };
      };
      const choice = (i: number) => [1 + (i % 7 === 0 ? 1 : i % 11 === 0 ? 2 : 0)];

      // 1. capacity: all 50,000 ballots, 2,000 at a time, beside a raw INSERT of the same rows
      ctx.log(`votes-ballots: ${fmt(ELIGIBLE)} ballots by ${fmt(VOTERS)} concurrent voters…`);
      const big = await newVote();
      const voters = Array.from({ length: ELIGIBLE }, (_, i) => voter(i));
      const api = await drain(VOTERS, ELIGIBLE, (i) =>
        services.votes.cast(voters[i], big.id, { choices: choice(i) }).then((r) => {
          if (!r.counted) throw new Error('not counted');
        }),
      );
      const counted = await sql<{ voters: number; sealed: number }>`
        SELECT (SELECT count(*)::int FROM votes_voters WHERE vote_id = ${big.id}) AS voters,
          (SELECT count(*)::int FROM votes_sealed WHERE vote_id = ${big.id}) AS sealed`.execute(db);
      const rawVote = await newVote();
      const rawRows = Array.from({ length: ELIGIBLE }, (_, i) => [
        crypto.randomUUID(),
        voters[i].actor!.personId,
        `{${choice(i)[0]}}`,
      ]);
      const rawRun = await drain(VOTERS, ELIGIBLE, (i) =>
        raw.query(
          'INSERT INTO votes_ballots (district_id, vote_id, id, voter_id, choices) VALUES ($1, $2, $3, $4, $5)',
          [tree.districtId, rawVote.id, ...rawRows[i]],
        ),
      );
      ctx.log(
        `  cast ${fmt(api.perSec)}/s (p50 ${fmt(api.p50, 1)} ms, p99 ${fmt(api.p99, 1)} ms), raw INSERT ${fmt(rawRun.perSec)}/s`,
      );

      // 2. a voter's pace: 2,000 voters online, each casting at a moment within 10 s, twice
      const paced = await newVote();
      const pacedVoters = Array.from({ length: VOTERS }, (_, i) => voter(ELIGIBLE + i));
      const lat: number[] = [];
      let pacedErrors = 0;
      await Promise.all(
        pacedVoters.map(async (v, i) => {
          await new Promise((r) => setTimeout(r, crypto.randomInt(10_000)));
          const casts = await Promise.all(
            [0, 1].map(async () => {
              const t = performance.now();
              try {
                const r = await services.votes.cast(v, paced.id, { choices: choice(i) });
                lat.push(performance.now() - t);
                return r.counted;
              } catch {
                pacedErrors++;
                return false;
              }
            }),
          );
          if (casts.filter(Boolean).length !== 1) pacedErrors++;
        }),
      );
      lat.sort((a, b) => a - b);
      // the same pace for a raw INSERT of each ballot (what the machine gives a single statement)
      const rawPaced = await newVote();
      const rawLat: number[] = [];
      await Promise.all(
        pacedVoters.map(async (v, i) => {
          await new Promise((r) => setTimeout(r, crypto.randomInt(10_000)));
          await Promise.all(
            [0, 1].map(async () => {
              const t = performance.now();
              await raw.query(
                'INSERT INTO votes_ballots (district_id, vote_id, id, voter_id, choices) VALUES ($1, $2, $3, $4, $5)',
                [tree.districtId, rawPaced.id, crypto.randomUUID(), v.actor!.personId, `{${choice(i)[0]}}`],
              );
              rawLat.push(performance.now() - t);
            }),
          );
        }),
      );
      rawLat.sort((a, b) => a - b);
      const pacedCounted = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM votes_voters WHERE vote_id = ${paced.id}`.execute(db);
      ctx.log(
        `  at a voter's pace: p50 ${fmt(percentile(lat, 50), 1)} ms, p99 ${fmt(percentile(lat, 99), 1)} ms`,
      );

      // 3. close the big vote (the sealed ballots go into the clear, shuffled), then tally beside COUNT
      const closeStarted = performance.now();
      const closed = await services.votes.close({ ...system, actor: officer(tree) }, big.id);
      const closeMs = performance.now() - closeStarted;
      const { tallyQuery } = await import('../server/modules/votes/votes.repository.ts');
      const tallyMs: number[] = [];
      const countMs: number[] = [];
      for (let r = 0; r < 15; r++) {
        let t = performance.now();
        await tallyQuery(tree.districtId, big.id, 'single', 1).execute(db);
        tallyMs.push(performance.now() - t);
        t = performance.now();
        await raw.query('SELECT count(*) FROM votes_ballots WHERE district_id = $1 AND vote_id = $2', [
          tree.districtId,
          big.id,
        ]);
        countMs.push(performance.now() - t);
      }
      // what a reader of the closed vote waits for: its results as the close stored them
      const readMs: number[] = [];
      for (let r = 0; r < 15; r++) {
        const t = performance.now();
        await services.votes.publicResults(tree.districtId, [big.id]);
        readMs.push(performance.now() - t);
      }
      const tally = median(tallyMs);
      const count = median(countMs);
      const ratio = api.perSec / rawRun.perSec;
      const allCounted =
        counted.rows[0].voters === ELIGIBLE &&
        counted.rows[0].sealed === ELIGIBLE &&
        closed.ballots === ELIGIBLE;
      const markdown = [
        `### votes-ballots`,
        '',
        `A secret single-choice vote of ${fmt(ELIGIBLE)} eligible residents, in-process through the votes service (pool of ${POOL}).`,
        '',
        '| measure | votes service | baseline | ratio | target |',
        '|---|---|---|---|---|',
        `| ${fmt(ELIGIBLE)} ballots, ${fmt(VOTERS)} concurrent voters | ${fmt(api.perSec)}/s (p50 ${fmt(api.p50, 1)} ms, p99 ${fmt(api.p99, 1)} ms, ${api.errors} errors) | raw INSERT ${fmt(rawRun.perSec)}/s (p99 ${fmt(rawRun.p99, 1)} ms) | ${fmt(ratio * 100)}% | ≥ 30% ${ratio >= 0.3 ? 'met' : 'NOT met'} |`,
        `| every ballot counted once | ${counted.rows[0].voters} voters, ${counted.rows[0].sealed} sealed ballots, ${closed.ballots} tallied | ${fmt(ELIGIBLE)} | | ${allCounted ? 'met' : 'NOT met'} |`,
        `| ${fmt(VOTERS)} voters at a voter's pace (each within 10 s, each ballot sent twice) | p50 ${fmt(percentile(lat, 50), 1)} ms, p99 ${fmt(percentile(lat, 99), 1)} ms; ${pacedCounted.rows[0].n} counted, ${pacedErrors} errors | raw INSERT at the same pace: p50 ${fmt(percentile(rawLat, 50), 1)} ms, p99 ${fmt(percentile(rawLat, 99), 1)} ms | | p99 < 100 ms ${percentile(lat, 99) < 100 ? 'met' : 'NOT met'} |`,
        `| tally of the closed vote (median of 15) | ${fmt(tally, 2)} ms | raw COUNT ${fmt(count, 2)} ms | ${fmt(tally / count, 2)}× | ≤ 2× ${tally / count <= 2 ? 'met' : 'NOT met'} |`,
        `| reading the closed vote's results (as stored at the close; median of 15) | ${fmt(median(readMs), 2)} ms | raw COUNT ${fmt(count, 2)} ms | ${fmt(median(readMs) / count, 2)}× | |`,
        `| closing: unseal, shuffle and write ${fmt(ELIGIBLE)} ballots, tally, results | ${fmt(closeMs)} ms | | | |`,
      ].join('\n');
      return { name: 'votes-ballots', markdown };
    } finally {
      await raw.end();
      await db.destroy();
    }
  },
};

/** A street officer of the bench tree (closes the vote). */
function officer(tree: { districtId: string; communityId: string; path: string }): Actor {
  return {
    userId: crypto.randomUUID(),
    username: 'bench-officer',
    displayName: '社区工作人员',
    personId: null,
    grants: [
      { role: 'community_officer', nodeId: tree.communityId, districtId: tree.districtId, path: tree.path },
    ],
  };
}

// run alone: node --import tsx bench/votes-ballots.ts [--database-url url]
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { 'database-url': { type: 'string' } } });
  const adminUrl =
    values['database-url'] ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const header = await machine(adminUrl);
  const r = await benchmark.run({
    adminUrl,
    residents: ELIGIBLE,
    duration: 0,
    connections: VOTERS,
    rebuild: false,
    log: (m) => console.log(m),
  });
  console.log(`\n${header}\n\n${r.markdown}`);
  appendResults([`## Run of ${new Date().toISOString()} (votes-ballots)`, header, r.markdown].join('\n\n'));
  process.exit(0);
}
