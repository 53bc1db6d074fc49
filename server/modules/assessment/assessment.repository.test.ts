/** Snapshot of the hand-written SQL of the repository (rule 13). */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { dummyDb } from '../../testing/sql-text.ts';
import {
  bestPortraitsQuery,
  countDimensionGradesQuery,
  setSheetGradesQuery,
  sumApprovedPointsQuery,
} from './assessment.repository.ts';

const db = dummyDb();

describe('bestPortraits', () => {
  it('orders by the needed traits in the database (their sum: the order of the mean), halving traits with no evidence', () => {
    const q = bestPortraitsQuery(db, 'd', sql<boolean>`true`, [1, 7], 10).compile();
    expect(q.sql).toMatchInlineSnapshot(
      `"select "o"."person_id", "o"."unit_node_id", "o"."person_name", array_to_string(o.scores, ',') as "scores", array_to_string(o.evidence, ',') as "evidence", "o"."tags" from "assessment_portraits" as "o" where "o"."district_id" = $1 and "o"."person_id" in (select "p"."person_id" from "assessment_portraits" as "p" where "p"."district_id" = $2 and true order by (CASE WHEN p.evidence[2] > 0 THEN p.scores[2] ELSE p.scores[2] / 2 END + CASE WHEN p.evidence[8] > 0 THEN p.scores[8] ELSE p.scores[8] / 2 END) desc, "p"."person_id" limit $3)"`,
    );
    expect(q.parameters).toEqual(['d', 'd', 10]);
  });
});

describe('setSheetGrades', () => {
  it('grades many sheets in one UPDATE from a JSON recordset', () => {
    const at = new Date('2026-04-10T02:00:00Z');
    const q = setSheetGradesQuery('d', [{ id: 's1', grade: 'good' }], at).compile(db);
    expect(q.sql).toMatchInlineSnapshot(`
      "UPDATE assessment_sheets s
          SET grade = x.grade, status = 'assessed', assessed_at = $1, version = s.version + 1
          FROM json_to_recordset($2::json) AS x(id uuid, grade text)
          WHERE s.district_id = $3 AND s.id = x.id"
    `);
    expect(q.parameters).toEqual([at, '[{"id":"s1","grade":"good"}]', 'd']);
  });
});

describe('sumApprovedPoints', () => {
  it('sums a quarter per person, one FILTER per month, the persons as one array parameter', () => {
    const q = sumApprovedPointsQuery(db, 'd', {
      months: ['2026-10-01', '2026-11-01', '2026-12-01'],
      to: '2026-12-31',
      personIds: ['p1', 'p2'],
    }).compile();
    expect(q.sql).toMatchInlineSnapshot(
      `"select "person_id", coalesce(sum(points) FILTER (WHERE day < $1), 0)::float8 as "m1", coalesce(sum(points) FILTER (WHERE day >= $2 AND day < $3), 0)::float8 as "m2", coalesce(sum(points) FILTER (WHERE day >= $4), 0)::float8 as "m3" from "assessment_points" where "district_id" = $5 and "status" = $6 and "day" >= $7 and "day" <= $8 and person_id = ANY($9::uuid[]) group by "person_id""`,
    );
    expect(q.parameters).toEqual([
      '2026-11-01',
      '2026-11-01',
      '2026-12-01',
      '2026-12-01',
      'd',
      'approved',
      '2026-10-01',
      '2026-12-31',
      ['p1', 'p2'],
    ]);
  });
});

describe('countDimensionGrades', () => {
  it('counts 好 and 较差 on the four dimensions per person and year, the persons as one array parameter', () => {
    const q = countDimensionGradesQuery(db, 'd', { personIds: ['p1'], quarters: ['2026Q1'] }).compile();
    expect(q.sql).toMatchInlineSnapshot(
      `"select "person_id", substr(quarter, 1, 4)::int as "year", sum((coalesce(dimension_grades->>$1, '') = $2)::int + (coalesce(dimension_grades->>$3, '') = $4)::int + (coalesce(dimension_grades->>$5, '') = $6)::int + (coalesce(dimension_grades->>$7, '') = $8)::int)::int as "good", sum((coalesce(dimension_grades->>$9, '') = $10)::int + (coalesce(dimension_grades->>$11, '') = $12)::int + (coalesce(dimension_grades->>$13, '') = $14)::int + (coalesce(dimension_grades->>$15, '') = $16)::int)::int as "last" from "assessment_sheets" where "district_id" = $17 and "quarter" in ($18) and "status" in ($19, $20, $21) and person_id = ANY($22::uuid[]) group by "person_id", substr(quarter, 1, 4)"`,
    );
  });
});
