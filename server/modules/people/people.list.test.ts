/**
 * The people list picks a strategy by the size of the subtree (node by node for a community or a
 * grid, the name index for a street or a district, the general query for a search). Whatever it
 * picks, the page must be the same: same people, same order, same paging, same scope.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type NodeKey, type TestEnv } from '../../testing/harness.ts';
import { samplePerson } from './people.fixtures.ts';
import { listPage, type PersonFilter } from './people.repository.ts';

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
          const general = await listPage(env.db, f, limit, offset, { general: true });
          const byNode = await listPage(env.db, f, limit, offset);
          const byName = await listPage(env.db, f, limit, offset, { maxNodes: 0 });
          expect(ids(byNode)).toEqual(ids(general));
          expect(ids(byName)).toEqual(ids(general));
        }
    });

  it('returns every person of a subtree once, ordered by name then id', async () => {
    const all = await listPage(env.db, filterAt('street1'), 1000, 0);
    // street1 holds community11 and everything below it, and community12: 5 of the 6 places
    expect(all).toHaveLength(60);
    expect(new Set(ids(all)).size).toBe(60);
    const keys = all.map((r) => [r.name, r.id]);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
    expect(keys).toEqual(sorted);
    const v = await listPage(env.db, filterAt('district', { identity: 'volunteer' }), 1000, 0, {
      maxNodes: 0,
    });
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
    const byName = await listPage(env.db, { ...scope, filterPath: env.nodes.district.path }, 50, 0, {
      maxNodes: 0,
    });
    expect(ids(byName)).toEqual(page.body.items.map((p: { id: string }) => p.id));
    // a node outside the scope narrows to nothing
    const outside = await listPage(env.db, { ...scope, filterPath: env.nodes.community11.path }, 50, 0, {
      maxNodes: 0,
    });
    expect(outside).toEqual([]);
  });
});
