/**
 * The to-grade and to-rate counts on the home page and the graded shares on the dashboard, counted
 * in SQL: on a seeded street they equal what reading every organisation, grade and report gives
 * (dissolved organisations, another street, another year, grades of dissolved ones), and they stay
 * whole past the 5,000 grades and 2,000 reports the old reads stopped at.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiThisYear } from '../../platform/time.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
let street: Client; // 福田街道: grades and rates
let district: Client; // 福田区
const year = shanghaiThisYear();

/** Adds n organisations on a node (some dissolved), graded at levels, with reports rated or not. */
async function seed(
  nodeKey: 'community11' | 'community12' | 'community21',
  tag: string,
  n: number,
  o: { dissolved?: boolean; level?: string | null; report?: 'rated' | 'unrated' | null; year?: number },
) {
  const node = env.nodes[nodeKey];
  await sql`
    INSERT INTO org_party_orgs (district_id, id, node_id, kind, name, name_initials, established_on, dissolved_on)
    SELECT ${node.districtId}, gen_random_uuid(), ${node.id}, 'branch', ${tag} || i, 'cs' || i,
           ${o.dissolved ? '2020-01-01' : null}::date, ${o.dissolved ? '2021-01-01' : null}::date
    FROM generate_series(1, ${n}) i`.execute(env.db);
  const ids = sql`(SELECT id FROM org_party_orgs WHERE node_id = ${node.id} AND name LIKE ${tag + '%'})`;
  if (o.level)
    await sql`
      INSERT INTO partyorgs_grades (district_id, id, party_org_id, node_id, year, org_class, scores, total, max_total, level)
      SELECT ${node.districtId}, gen_random_uuid(), p.id, ${node.id}, ${o.year ?? year}, 'community', '{}', 90, 100, ${o.level}
      FROM ${ids} p`.execute(env.db);
  if (o.report)
    await sql`
      INSERT INTO partyorgs_reports (district_id, id, party_org_id, node_id, year, secretary, report, rating)
      SELECT ${node.districtId}, gen_random_uuid(), p.id, ${node.id}, ${o.year ?? year}, '书记', '述职',
             ${o.report === 'rated' ? 'good' : null}
      FROM ${ids} p`.execute(env.db);
}

/** What reading everything gives: live organisations not graded, reports not rated, shares. */
async function byReading(path: string) {
  const like = path + '%';
  const { rows: orgs } = await sql<{ id: string; dissolved_on: string | null }>`
    SELECT p.id, p.dissolved_on FROM org_party_orgs p JOIN org_nodes n ON n.id = p.node_id
    WHERE n.path LIKE ${like}`.execute(env.db);
  const { rows: grades } = await sql<{ party_org_id: string; level: string }>`
    SELECT g.party_org_id, g.level FROM partyorgs_grades g JOIN org_nodes n ON n.id = g.node_id
    WHERE n.path LIKE ${like} AND g.year = ${year}`.execute(env.db);
  const { rows: reports } = await sql<{ rating: string | null }>`
    SELECT r.rating FROM partyorgs_reports r JOIN org_nodes n ON n.id = r.node_id
    WHERE n.path LIKE ${like} AND r.year = ${year}`.execute(env.db);
  const live = orgs.filter((x) => !x.dissolved_on);
  const graded = new Set(grades.map((g) => g.party_org_id));
  const pct = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 10 : null);
  return {
    toGrade: live.filter((x) => !graded.has(x.id)).length,
    toRate: reports.filter((r) => !r.rating).length,
    graded: pct(grades.length, live.length),
    fiveStar: pct(grades.filter((g) => g.level === 'five_star').length, grades.length),
    weak: pct(grades.filter((g) => g.level === 'weak').length, grades.length),
    reports: reports.filter((r) => r.rating).length,
  };
}

/** What the home page and the dashboard say for an officer at a node. */
async function shown(c: Client, node: { id: string; districtId: string; path: string }, level: string) {
  const todos = await env.services.partyorgs.todos(c.ctx);
  const stats = Object.fromEntries(
    (await env.services.partyorgs.stats(c.ctx, { ...node, level } as never, year)).map((s) => [
      s.key,
      s.value,
    ]),
  );
  return {
    toGrade: todos.find((x) => x.key === 'partyorgs.to_grade')?.count ?? 0,
    toRate: todos.find((x) => x.key === 'partyorgs.to_rate')?.count ?? 0,
    graded: stats['partyorgs.graded'],
    fiveStar: stats['partyorgs.five_star'],
    weak: stats['partyorgs.weak'],
    reports: stats['partyorgs.reports'],
  };
}

beforeAll(async () => {
  env = await createTestEnv();
  street = await env.as('street_officer', 'street1');
  district = await env.as('org_officer', 'district');
});
afterAll(() => env.close());

describe('partyorgs to-do counts and dashboard shares, counted in SQL', () => {
  it('equal what reading every organisation, grade and report gives on a seeded tree', async () => {
    await seed('community11', '五星支部', 7, { level: 'five_star', report: 'rated' });
    await seed('community11', '后进支部', 3, { level: 'weak', report: 'unrated' });
    await seed('community11', '未评支部', 11, { report: 'unrated' });
    await seed('community12', '三星支部', 5, { level: 'three_star' });
    await seed('community12', '撤销已评', 2, { dissolved: true, level: 'four_star', report: 'rated' });
    await seed('community12', '撤销未评', 4, { dissolved: true });
    await seed('community12', '去年评定', 6, { level: 'five_star', report: 'unrated', year: year - 1 });
    await seed('community21', '别街支部', 9, { level: 'weak', report: 'unrated' });

    const atStreet = await shown(street, env.nodes.street1, 'street');
    expect(atStreet).toEqual(await byReading(env.nodes.street1.path));
    // 11 never graded + 6 graded only last year; the dissolved ones wait for nobody
    expect(atStreet.toGrade).toBe(17);
    expect(atStreet.toRate).toBe(3 + 11); // last year's reports are last year's
    expect(atStreet.graded).toBe(Math.round(((7 + 3 + 5 + 2) / (7 + 3 + 11 + 5 + 6)) * 1000) / 10);
    expect(atStreet.reports).toBe(7 + 2);

    const atDistrict = await shown(district, env.nodes.district, 'district');
    expect(atDistrict).toEqual(await byReading(env.nodes.district.path));
    expect(atDistrict.toGrade).toBe(17);
    expect(atDistrict.toRate).toBe(14 + 9);
  });

  it('count every grade and report past the 5,000 grades and 2,000 reports a read stopped at', async () => {
    const before = await shown(street, env.nodes.street1, 'street');
    await seed('community11', '大批已评', 5100, { level: 'four_star', report: 'unrated' });
    const after = await shown(street, env.nodes.street1, 'street');
    expect(after).toEqual(await byReading(env.nodes.street1.path));
    // all 5,100 are graded: none more to grade; each one's report waits to be rated
    expect(after.toGrade).toBe(before.toGrade);
    expect(after.toRate).toBe(before.toRate + 5100);
  });
});
