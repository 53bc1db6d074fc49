/** The hand-written statements of the council, as compiled (a change to one shows here first). */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { recorder } from '../../testing/sql-text.ts';
import * as bodiesRepo from './council.bodies.repository.ts';
import * as contributionsRepo from './council.contributions.repository.ts';
import * as publicRepo from './council.public.repository.ts';

const { db, textOf: sqlOf } = recorder();
const D = '01900000-0000-7000-8000-000000000001';

describe('council SQL', () => {
  it('numbers a new member after the last', async () => {
    expect(
      await sqlOf(() =>
        bodiesRepo.upsertMember(db, {
          districtId: D,
          bodyId: D,
          personId: D,
          role: 'child',
          alias: '童议员{n}',
          guardianId: D,
        }),
      ),
    ).toMatchInlineSnapshot(
      `"INSERT INTO council_members (district_id, body_id, person_id, role, alias, seq, guardian_id) SELECT $1::uuid, $2::uuid, $3::uuid, $4, replace($5, '{n}', (coalesce(max(seq), 0) + 1)::text), coalesce(max(seq), 0) + 1, $6::uuid FROM council_members WHERE district_id = $7::uuid AND body_id = $8::uuid ON CONFLICT (district_id, body_id, person_id) DO UPDATE SET role = excluded.role, left_at = NULL, guardian_id = excluded.guardian_id RETURNING seq, alias"`,
    );
  });
  it('lists recent ideas and comments for moderators', async () => {
    expect(await sqlOf(() => contributionsRepo.findRecentPosts(db, sql`true`, 50))).toMatchInlineSnapshot(
      `"SELECT x.* FROM ( SELECT 'idea' AS target, i.id, i.topic_id, t.title AS topic_title, i.author_label, i.text, i.hidden_at, i.hidden_reason, i.created_at, t.node_id FROM council_ideas i JOIN council_topics t ON t.district_id = i.district_id AND t.id = i.topic_id UNION ALL SELECT 'comment', c.id, c.topic_id, t.title, c.author_label, c.text, c.hidden_at, c.hidden_reason, c.created_at, t.node_id FROM council_comments c JOIN council_topics t ON t.district_id = c.district_id AND t.id = c.topic_id ) x WHERE true ORDER BY x.created_at DESC LIMIT $1"`,
    );
  });
  it('finds communities by name with their parents', async () => {
    expect(await sqlOf(() => publicRepo.searchCommunities(db, '福山', 20))).toMatchInlineSnapshot(
      `"select "n"."id", "n"."name", "n"."district_id", ARRAY(SELECT p.name FROM org_nodes p WHERE p.id = ANY(string_to_array(trim(both '/' from n.path), '/')::uuid[]) AND p.id <> n.id ORDER BY p.depth) as "parents" from "org_nodes" as "n" where "n"."level" = $1 and ("n"."name" like $2 or "n"."name_initials" like $3) order by "n"."name" limit $4"`,
    );
  });
  it('counts the figures of a subtree', async () => {
    expect(
      await sqlOf(() => publicRepo.figures(db, ['/a/'], new Date(0), new Date(1))),
    ).toMatchInlineSnapshot(
      `"select count(*) FILTER (WHERE t.created_at >= $1 AND t.created_at < $2)::int as "proposals", count(*) FILTER (WHERE t.resolved_at >= $3 AND t.resolved_at < $4)::int as "resolved", count(*) FILTER (WHERE t.decided_at >= $5 AND t.decided_at < $6)::int as "decided", count(*) FILTER (WHERE t.decided_at >= $7 AND t.decided_at < $8 AND t.outcome = 'adopted')::int as "adopted" from "council_topics" as "t" where "t"."node_id" IN (SELECT n.id FROM org_nodes n WHERE "n"."path" LIKE $9) and "t"."hidden_at" is null"`,
    );
  });
});
