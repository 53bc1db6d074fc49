/**
 * The people list picks a strategy by the size of the subtree (node by node for a grid or a
 * building, the name index for a community, a street or a district, the general query for a search). Whatever it
 * picks, the page must be the same: same people, same order, same paging, same scope.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type NodeKey, type TestEnv } from '../../testing/harness.ts';
import { samplePerson } from './people.fixtures.ts';
import {
  browsePage,
  browseUnder,
  browseTotal,
  countCapped,
  listPage,
  MANY_NODES,
  subtreeNodes,
  subtreeNodesUnder,
  type PersonFilter,
} from './people.list.repository.ts';

let env: TestEnv;
let district: Client;
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const WHERE: NodeKey[] = ['community11', 'grid111', 'micro1111', 'building', 'community12', 'community21'];
let volunteers = 0;

beforeAll(async () => {
  env = await createTestEnv();
  district = await env.as('org_officer', 'district');
  for (let i = 0; i < 72; i++) {
    // repeated names, so ties are broken by id on every path
    const name = SURNAMES[(i * 7) % SURNAMES.length] + (i % 3 === 0 ? '伟' : '芳');
    const gender = i % 3 === 0 ? 'M' : 'F';
    const res = await district.post('/api/people', {
      nodeId: env.nodes[WHERE[i % WHERE.length]].id,
      ...samplePerson({ name, gender }),
    });
    expect(res.status, res.raw).toBeLessThan(300);
    if (i % 4 === 0) {
      const v = await district.post(`/api/people/${res.body.id}/identities`, {
        kind: 'volunteer',
        attrs: {},
      });
      expect(v.status, v.raw).toBeLessThan(300);
      volunteers++;
    }
  }
  // a second district, for a city-wide scope
  const other = await env.as('org_officer', 'district2');
  for (let i = 0; i < 9; i++) {
    const res = await other.post('/api/people', {
      nodeId: env.nodes.community31.id,
      ...samplePerson({ name: SURNAMES[i] + '芳', gender: 'F' }),
    });
    expect(res.status, res.raw).toBeLessThan(300);
  }
});
afterAll(() => env.close());

function filterAt(key: NodeKey, extra: Partial<PersonFilter> = {}): PersonFilter {
  const d = env.nodes.district;
  return {
    districtIds: [d.districtId],
    paths: [d.path],
    filterPath: key === 'district' ? null : env.nodes[key].path,
    ...extra,
  };
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('the people list strategies', () => {
  for (const key of ['district', 'street1', 'community11', 'grid111', 'building'] as NodeKey[])
    it(`give the same pages at ${key}, also filtered by identity`, async () => {
      for (const extra of [{}, { identity: 'volunteer' }])
        for (const [limit, offset] of [
          [50, 0],
          [7, 0],
          [7, 7],
          [10, 30],
        ]) {
          const f = filterAt(key, extra);
          const nodes = await subtreeNodes(env.db, f);
          expect(nodes).not.toBeNull();
          const general = ids(await listPage(env.db, f, limit, offset));
          // node by node, through the name index with the node list, through the name index with
          // each entry's node checked
          expect(ids(await listPage(env.db, f, limit, offset, nodes, Infinity))).toEqual(general);
          expect(ids(await listPage(env.db, f, limit, offset, nodes, 0))).toEqual(general);
          expect(ids(await listPage(env.db, f, limit, offset, null))).toEqual(general);
          // the per-node counts sum to what a count of the people gives
          const counted = await countCapped(env.db, f, 1000);
          expect(await browseTotal(env.db, f, nodes)).toBe(counted);
          expect(await browseTotal(env.db, f, null)).toBe(counted);
          // the one-round-trip form gives the same page and total, also past the end
          const both = await browsePage(env.db, f, limit, offset, nodes);
          expect(ids(both.rows)).toEqual(general);
          expect(both.total).toBe(counted);
          const past = await browsePage(env.db, f, limit, 1000, nodes);
          expect(past).toEqual({ total: counted, rows: [] });
          // the single statement under the node, by either of its strategies
          const scoped = { ...f, filterPath: null };
          for (const few of [MANY_NODES, 0]) {
            const one = await browseUnder(env.db, scoped, env.nodes[key].id, limit, offset, few);
            expect(one).toMatchObject({ tooMany: false, total: counted });
            if (!one.tooMany) expect(ids(one.rows)).toEqual(general);
          }
          expect(await browseUnder(env.db, scoped, env.nodes[key].id, limit, 1000)).toEqual({
            tooMany: false,
            total: counted,
            rows: [],
          });
        }
    });

  it('find a filter node and its subtree in one query, inside the scope only', async () => {
    const sorted = (n: { id: string }[] | null) => (n ?? []).map((x) => x.id).sort();
    const district = filterAt('district');
    for (const key of ['district', 'street1', 'community11', 'grid111', 'building'] as NodeKey[]) {
      const under = await subtreeNodesUnder(env.db, district, env.nodes[key].id);
      expect(under.filterPath).toBe(env.nodes[key].path);
      expect(sorted(under.nodes)).toEqual(sorted(await subtreeNodes(env.db, filterAt(key))));
    }
    // a community officer filtering by the whole district sees the community's nodes only
    const community = { ...district, paths: [env.nodes.community12.path] };
    const wide = await subtreeNodesUnder(env.db, community, env.nodes.district.id);
    expect(sorted(wide.nodes)).toEqual([env.nodes.community12.id]);
    // another community, or a node that does not exist: nothing
    expect((await subtreeNodesUnder(env.db, community, env.nodes.community11.id)).nodes).toEqual([]);
    expect(
      (await subtreeNodesUnder(env.db, community, '00000000-0000-7000-8000-000000000000')).nodes,
    ).toEqual([]);
    // the single statement keeps to the scope the same way
    const mine = await browseUnder(env.db, community, env.nodes.district.id, 50, 0);
    expect(mine).toMatchObject({
      tooMany: false,
      total: await countCapped(env.db, filterAt('community12'), 1000),
    });
    expect(await browseUnder(env.db, community, env.nodes.community11.id, 50, 0)).toEqual({
      tooMany: false,
      total: 0,
      rows: [],
    });
    // past the limit: null, with the path still known
    const many = await subtreeNodesUnder(env.db, district, env.nodes.district.id, 2);
    expect(many).toEqual({ nodes: null, filterPath: env.nodes.district.path });
  });

  it('merge the districts of a city-wide scope in name order', async () => {
    const city: PersonFilter = {
      districtIds: [env.nodes.district.districtId, env.nodes.district2.districtId],
      paths: [env.nodes.city.path],
      filterPath: null,
    };
    const nodes = await subtreeNodes(env.db, city);
    for (const [limit, offset] of [
      [50, 0],
      [20, 60],
    ]) {
      const general = ids(await listPage(env.db, city, limit, offset));
      expect(general).toHaveLength(limit === 50 ? 50 : 20);
      expect(ids(await listPage(env.db, city, limit, offset, nodes, 0))).toEqual(general);
      expect(ids(await listPage(env.db, city, limit, offset, null))).toEqual(general);
    }
    const all = await listPage(env.db, city, 1000, 0, null);
    expect(all).toHaveLength(81);
    expect(new Set(all.map((r) => r.district_id)).size).toBe(2);
  });

  it('returns every person of a subtree once, ordered by name (in pinyin order) then id', async () => {
    const street = filterAt('street1');
    const all = await listPage(env.db, street, 1000, 0, await subtreeNodes(env.db, street));
    // street1 holds community11 and everything below it, and community12: 5 of the 6 places
    expect(all).toHaveLength(60);
    expect(new Set(ids(all)).size).toBe(60);
    const keys = all.map((r) => [r.name, r.id]);
    const pinyin = new Intl.Collator('zh-u-co-pinyin');
    const sorted = [...keys].sort((a, b) => pinyin.compare(a[0], b[0]) || (a[1] < b[1] ? -1 : 1));
    expect(keys).toEqual(sorted);
    const v = await listPage(env.db, filterAt('district', { identity: 'volunteer' }), 1000, 0, null);
    expect(v).toHaveLength(volunteers);
    expect(v.every((r) => r.kinds.includes('volunteer'))).toBe(true);
  });

  it('keeps a community officer inside the community on every path', async () => {
    const officer = await env.as('community_officer', 'community12');
    const page = await officer.get('/api/people?limit=50');
    expect(page.status, page.raw).toBe(200);
    expect(page.body.total).toBe(12);
    expect(page.body.items.every((p: { nodeId: string }) => p.nodeId === env.nodes.community12.id)).toBe(
      true,
    );
    const scope = { districtIds: [env.nodes.district.districtId], paths: [env.nodes.community12.path] };
    const byName = await listPage(env.db, { ...scope, filterPath: env.nodes.district.path }, 50, 0, null);
    expect(ids(byName)).toEqual(page.body.items.map((p: { id: string }) => p.id));
    // a node outside the scope narrows to nothing
    const outside = { ...scope, filterPath: env.nodes.community11.path };
    expect(await listPage(env.db, outside, 50, 0, null)).toEqual([]);
    expect(await subtreeNodes(env.db, outside)).toEqual([]);
  });

  it('keeps the per-node counts exact through moves, identity changes, deletions and bulk loads', async () => {
    const recount = async () => {
      const kept = await sql<{ k: string }>`
        SELECT district_id::text || node_id::text || kind || ':' || n AS k FROM people_node_counts WHERE n <> 0 ORDER BY 1`.execute(
        env.db,
      );
      const truth = await sql<{ k: string }>`
        SELECT district_id::text || node_id::text || kind || ':' || n AS k FROM (
          SELECT district_id, node_id, '' AS kind, count(*)::int AS n FROM people_persons GROUP BY 1, 2
          UNION ALL
          SELECT p.district_id, p.node_id, i.kind, count(*)::int FROM people_identities i
          JOIN people_persons p ON p.district_id = i.district_id AND p.id = i.person_id GROUP BY 1, 2, 3) x
        ORDER BY 1`.execute(env.db);
      expect(kept.rows.map((r) => r.k)).toEqual(truth.rows.map((r) => r.k));
    };
    await recount();
    // a volunteer of the grid moves to another community
    const page = await district.get(`/api/people?nodeId=${env.nodes.grid111.id}&identity=volunteer&limit=5`);
    const mover = page.body.items[0];
    const before = (await district.get(`/api/people?nodeId=${env.nodes.grid111.id}&limit=1`)).body.total;
    const detail = await district.get(`/api/people/${mover.id}`);
    const moved = await district.patch(`/api/people/${mover.id}`, {
      nodeId: env.nodes.community12.id,
      version: detail.body.version,
    });
    expect(moved.status, moved.raw).toBe(200);
    expect((await district.get(`/api/people?nodeId=${env.nodes.grid111.id}&limit=1`)).body.total).toBe(
      before - 1,
    );
    await recount();
    // an identity added, then removed
    const added = await district.post(`/api/people/${mover.id}/identities`, {
      kind: 'deputy',
      attrs: { level: 'district' },
    });
    expect(added.status, added.raw).toBeLessThan(300);
    await recount();
    const withIds = await district.get(`/api/people/${mover.id}`);
    const deputy = withIds.body.identities.find((i: { kind: string }) => i.kind === 'deputy');
    expect((await district.del(`/api/people/${mover.id}/identities/${deputy.id}`)).status).toBeLessThan(300);
    await recount();
    // a person deleted with the identities it holds (no route deletes people; the table allows it)
    await sql`DELETE FROM people_persons WHERE id = ${mover.id}`.execute(env.db);
    await recount();
    // a bulk load in one statement
    const extra = await district.post('/api/people', {
      nodeId: env.nodes.building.id,
      ...samplePerson({ name: '郑伟' }),
    });
    expect(extra.status, extra.raw).toBeLessThan(300);
    await sql`INSERT INTO people_persons (district_id, id, node_id, name, name_initials, name_pinyin, gender,
        birth_date, id_enc, id_bidx)
      SELECT district_id, gen_random_uuid(), ${env.nodes.micro1111.id}, name || '二', name_initials, name_pinyin,
        gender, birth_date, id_enc, sha256(id_bidx || '2'::bytea)
      FROM people_persons WHERE node_id = ${env.nodes.building.id}`.execute(env.db);
    await recount();
  });
});
