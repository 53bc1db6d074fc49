/**
 * The council's share of the demo: a year of topics through the six steps, meetings, votes, a
 * children's council, and the demo resident able to vote, loaded on a first start in seconds.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { seedCouncil } from './council.ts';
import { useDemo } from './demo.testkit.ts';
import { seedFieldWork } from './fieldwork.ts';

let councilCpuMs = 0;
const demo = useDemo(
  20_000,
  async (services, db, districtId) => {
    const cpu = process.cpuUsage();
    await seedCouncil(services, db, districtId, new Date());
    const used = process.cpuUsage(cpu);
    councilCpuMs = (used.user + used.system) / 1000;
  },
  { before: (services, db, districtId) => seedFieldWork(services, db, districtId) },
);
const ctxOf = (username: string) => demo.ctxOf(username);

describe('the council demo', () => {
  it('loads in a few seconds', () => {
    // wall time on a loaded machine says little: the app's own CPU is printed beside it
    console.info(
      `council demo seeded in ${(demo.ms / 1000).toFixed(1)} s (${(councilCpuMs / 1000).toFixed(1)} s of this process's CPU)`,
    );
    expect(demo.ms).toBeLessThan(60_000);
  });

  it('has a year of topics in every stage of the six steps, most resolved', async () => {
    const { rows } = await sql<{ stage: string; n: number }>`
      SELECT stage, count(*)::int AS n FROM council_topics GROUP BY stage ORDER BY stage`.execute(demo.t.db);
    const by = Object.fromEntries(rows.map((r) => [r.stage, r.n]));
    for (const s of [
      'raise',
      'ideas',
      'floor',
      'decide',
      'implementing',
      'resolved',
      'not_adopted',
      'declined',
    ])
      expect(by[s], s).toBeGreaterThan(0);
    expect(by.resolved).toBeGreaterThanOrEqual(6);
    const span = await sql<{ days: number }>`
      SELECT extract(day FROM max(created_at) - min(created_at))::int AS days FROM council_topics`.execute(
      demo.t.db,
    );
    expect(span.rows[0].days).toBeGreaterThan(300);
  });

  it('shows the figures per node, with a meeting a month held', async () => {
    const officer = await ctxOf('shequ');
    const community = officer.actor!.grants[0];
    const year = new Date().getUTCFullYear();
    const stats = await demo.services.council.stats(
      officer,
      { id: community.nodeId, districtId: demo.districtId, path: community.path, level: 'community' },
      year,
    );
    const value = (k: string) => stats.find((s) => s.key === k)?.value;
    expect(value('council.meetings')).toBeGreaterThan(0);
    expect(value('council.proposals')).toBeGreaterThan(0);
    const held = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM council_meetings WHERE status = 'held'`.execute(demo.t.db);
    expect(held.rows[0].n).toBe(12);
  });

  it('lets the demo resident vote in the open vote, and has a children’s council with child members', async () => {
    const jumin = await ctxOf('jumin');
    const open = await demo.services.votes.list(jumin, { state: 'open', limit: 10, offset: 0 });
    expect(open.items.length).toBeGreaterThan(0);
    const v = await demo.services.votes.get(jumin, open.items[0].id);
    expect(v.can.cast).toBe(true);
    expect((await demo.services.votes.cast(jumin, v.id, { choices: [1] })).counted).toBe(true);
    const kids = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM council_members WHERE role = 'child'`.execute(demo.t.db);
    expect(kids.rows[0].n).toBeGreaterThanOrEqual(2);
    const todos = await demo.services.council.todos(await ctxOf('shequ'));
    expect(todos.map((x) => x.key)).toContain('council.to_accept');
  });

  it('has a hallway parlour and a 物居业议事会 with members, shown by kind to the community officer', async () => {
    const shequ = await ctxOf('shequ');
    const hallways = await demo.services.council.listBodies(shequ, { kind: 'hallway' });
    expect(hallways.map((b) => b.name)).toEqual([expect.stringContaining('楼道会客厅')]);
    expect(hallways[0].members.length).toBeGreaterThanOrEqual(2);
    const figures = await demo.services.council.kindFigures(shequ, {});
    const of = (k: string) => figures.find((f) => f.kind === k)!;
    expect(of('property').bodies).toBe(1);
    expect(of('property').members).toBeGreaterThanOrEqual(2);
    expect(of('residents').topics).toBeGreaterThan(0);
  });
});
