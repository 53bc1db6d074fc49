/**
 * The dashboard's volunteer figures at a street and at the district (the district counted by its
 * tenant key, a street by walking its subtree) against a count made by hand over seeded rows:
 * teams, volunteers living there, the year's hours served there, and volunteers living there who
 * reached the first star (hours of other years and below the threshold left out).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiYearRange } from '../../platform/time.ts';
import { createTestEnv, type TestEnv } from '../../testing/harness.ts';
import * as hoursRepo from './volunteers.hours.repository.ts';

let env: TestEnv;
const year = 2026;

type Community = 'community11' | 'community12' | 'community21';
/** Hours a volunteer served: the year, where, how many. */
type Served = [year: number, at: Community, hours: number];

/** Where each seeded volunteer lives, and the hours they served. */
const seeded: { home: Community; hours: Served[] }[] = [
  { home: 'community11', hours: [[year, 'community11', 12]] },
  {
    home: 'community11',
    hours: [
      [year, 'community21', 6],
      [year, 'community11', 5],
    ],
  }, // 11 h: starred
  { home: 'community11', hours: [[year - 1, 'community11', 40]] }, // last year only
  { home: 'community12', hours: [[year, 'community12', 9.5]] }, // under the threshold
  { home: 'community21', hours: [[year, 'community21', 30]] },
  { home: 'community21', hours: [] },
];
const STREET1: Community[] = ['community11', 'community12'];
const ALL: Community[] = ['community11', 'community12', 'community21'];

beforeAll(async () => {
  env = await createTestEnv();
  const d = env.nodes.district.districtId;
  await env.db
    .insertInto('volunteers_teams')
    .values(
      ALL.map((k) => ({
        district_id: d,
        id: uuidv7(),
        node_id: env.nodes[k].id,
        name: `${k} 志愿服务队`,
      })),
    )
    .execute();
  for (const v of seeded) {
    const id = uuidv7();
    await env.db
      .insertInto('volunteers_volunteers')
      .values({ district_id: d, id, node_id: env.nodes[v.home].id, user_id: uuidv7(), label: '王*' })
      .execute();
    for (const [y, at, hours] of v.hours)
      await env.db
        .insertInto('volunteers_hours')
        .values({
          district_id: d,
          id: uuidv7(),
          volunteer_id: id,
          node_id: env.nodes[at].id,
          year: y,
          hours,
          source: 'import',
          recorded_by: uuidv7(),
        })
        .execute();
  }
});
afterAll(() => env.close());

/** The figures counted by hand from the seeded rows for the communities a root covers. */
function byHand(under: Community[], minHours: number) {
  const mine = seeded.filter((v) => under.includes(v.home));
  const thisYear = (v: (typeof seeded)[number]) =>
    v.hours.filter(([y]) => y === year).reduce((s, [, , h]) => s + h, 0);
  return {
    teams: under.length,
    volunteers: mine.length,
    hours: seeded
      .flatMap((v) => v.hours)
      .filter(([y, at]) => y === year && under.includes(at))
      .reduce((s, [, , h]) => s + h, 0),
    activities: 0,
    starred: mine.filter((v) => thisYear(v) >= minHours).length,
  };
}

describe('volunteers dashboard figures at a street and the district', () => {
  it('equal a count by hand over the seeded rows', async () => {
    const d = env.nodes.district.districtId;
    const { from, to } = shanghaiYearRange(year);
    const roots = [
      { root: { ...env.nodes.street1, level: 'street' }, under: STREET1 },
      { root: { ...env.nodes.district, level: 'district' }, under: ALL },
    ];
    for (const { root, under } of roots) {
      const totals = await hoursRepo.totalsUnder(env.db, d, root, year, from, to);
      const starred = await hoursRepo.starredUnder(env.db, d, root, year, 10);
      expect({ ...totals, starred }).toEqual(byHand(under, 10));
    }
    // the hand count is not trivially equal: the street and the district differ
    expect(byHand(STREET1, 10)).toEqual({ teams: 2, volunteers: 4, hours: 26.5, activities: 0, starred: 2 });
    expect(byHand(ALL, 10).starred).toBe(3);
  });
});
