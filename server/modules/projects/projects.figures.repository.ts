/** SQL of the year's figures, due milestones and units' scores, re-exported by projects.repository.ts. */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';

// ---------- unit scores ----------

/** Records (or replaces) the unit score a project gave. */
export async function upsertUnitScore(
  trx: Executor,
  s: {
    district_id: string;
    project_id: string;
    unit_node_id: string;
    year: number;
    score: number;
    source: string;
  },
) {
  await trx
    .insertInto('projects_unit_scores')
    .values(s)
    .onConflict((oc) =>
      oc.columns(['district_id', 'project_id']).doUpdateSet({ score: s.score, recorded_at: sql`now()` }),
    )
    .execute();
}

/** Units' scores in a year, for units inside the scope: average and how many projects. */
export function findUnitScores(db: Executor, inScope: Expression<SqlBool>, year: number) {
  return db
    .selectFrom('projects_unit_scores as s')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 's.district_id').onRef('n.id', '=', 's.unit_node_id'),
    )
    .select([
      's.unit_node_id',
      'n.name as unit_name',
      (eb) => eb.fn.avg<number>('s.score').as('score'),
      (eb) => eb.fn.countAll<number>().as('projects'),
    ])
    .where(inScope)
    .where('s.year', '=', year)
    .groupBy(['s.unit_node_id', 'n.name'])
    .orderBy('n.name')
    .execute();
}

// ---------- figures and to-dos ----------

/** The year's figures in scope (inScope on `p.node_id`) (Futian: count, public money, social money). */
export async function yearFigures(db: Executor, inScope: Expression<SqlBool>, year: number) {
  const { rows } = await sql<{
    kind: string;
    ordered: number;
    screened: number;
    projects: number;
    public_fen: number;
    social_fen: number;
    completed: number;
    chosen: number;
    rating_count: number;
    rating_sum: number;
    satisfied: number;
  }>`
    SELECT p.kind,
      count(*) FILTER (WHERE p.orderer_person_id IS NOT NULL)::int AS ordered,
      count(*) FILTER (WHERE p.stage NOT IN ('ordered', 'withdrawn', 'candidate'))::int AS screened,
      count(*) FILTER (WHERE p.stage IN ('budgeted', 'implementing', 'inspecting', 'completed', 'closed'))::int AS projects,
      coalesce(sum(p.public_fen) FILTER (WHERE p.stage IN ('budgeted', 'implementing', 'inspecting', 'completed', 'closed')), 0)::bigint AS public_fen,
      coalesce(sum(p.social_fen) FILTER (WHERE p.stage IN ('budgeted', 'implementing', 'inspecting', 'completed', 'closed')), 0)::bigint AS social_fen,
      count(*) FILTER (WHERE p.stage IN ('completed', 'closed'))::int AS completed,
      count(*) FILTER (WHERE p.ballot_id IS NOT NULL AND p.stage IN ('chosen', 'budgeted', 'implementing', 'inspecting', 'completed', 'closed'))::int AS chosen,
      coalesce(sum(p.rating_count), 0)::int AS rating_count,
      coalesce(sum(p.rating_sum), 0)::int AS rating_sum,
      0 AS satisfied
    FROM projects_items p
    WHERE p.year = ${year} AND ${inScope}
    GROUP BY p.kind`.execute(db);
  const of = (k: string) =>
    rows.find((r) => r.kind === k) ?? {
      kind: k,
      ordered: 0,
      screened: 0,
      projects: 0,
      public_fen: 0,
      social_fen: 0,
      completed: 0,
      chosen: 0,
      rating_count: 0,
      rating_sum: 0,
      satisfied: 0,
    };
  const norm = (r: (typeof rows)[number]) => ({
    ordered: Number(r.ordered),
    screened: Number(r.screened),
    projects: Number(r.projects),
    publicFen: Number(r.public_fen),
    socialFen: Number(r.social_fen),
    completed: Number(r.completed),
    chosen: Number(r.chosen),
    ratingCount: Number(r.rating_count),
    ratingSum: Number(r.rating_sum),
    satisfied: Number(r.satisfied),
  });
  const { rows: sat } = await sql<{ kind: string; n: number }>`
    SELECT p.kind, count(*)::int AS n
    FROM projects_ratings r
    JOIN projects_items p ON p.district_id = r.district_id AND p.id = r.project_id
    WHERE p.year = ${year} AND r.score >= 4 AND ${inScope}
    GROUP BY p.kind`.execute(db);
  for (const r of rows) r.satisfied = Number(sat.find((x) => x.kind === r.kind)?.n ?? 0);
  return { micro: norm(of('micro')), livelihood: norm(of('livelihood')) };
}

/** Open milestones of projects in scope due by a day (soonest first). */
export function findMilestonesDue(db: Executor, inScope: Expression<SqlBool>, by: string, limit: number) {
  return db
    .selectFrom('projects_milestones as m')
    .innerJoin('projects_items as p', (j) =>
      j.onRef('p.district_id', '=', 'm.district_id').onRef('p.id', '=', 'm.project_id'),
    )
    .select(['m.id', 'm.title', 'm.due_on', 'p.id as project_id', 'p.title as project_title', 'p.node_id'])
    .where(inScope)
    .where('p.stage', '=', 'implementing')
    .where('m.done_at', 'is', null)
    .where('m.due_on', '<=', by)
    .orderBy('m.due_on')
    .limit(limit)
    .execute();
}
