/** SQL of the projects module: its own tables, and org_nodes for paths and names (scope). */
import { sql, type Expression, type SqlBool } from 'kysely';
import { nodeJoin } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import type { Stage } from './projects.rules.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';
import { likeEscape } from '../../platform/db/like.ts';

// ---------- nodes ----------

/** Nodes of a district by name or code (for candidate imports naming the responsible unit). */
export function findNodesNamed(db: Executor, districtId: string, names: string[]) {
  if (names.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('org_nodes')
    .select(['id', 'name', 'code', 'path'])
    .where('district_id', '=', districtId)
    .where((eb) => eb.or([eb('name', 'in', names), eb('code', 'in', names)]))
    .execute();
}

// ---------- projects ----------

const itemColumns = [
  'p.district_id',
  'p.id',
  'p.node_id',
  'p.kind',
  'p.year',
  'p.title',
  'p.description',
  'p.category',
  'p.stage',
  'p.stage_since',
  'p.orderer_user_id',
  'p.orderer_person_id',
  'p.orderer_label',
  'p.menu_item_id',
  'p.reject_reason',
  'p.public_fen',
  'p.social_fen',
  'p.social_source',
  'p.unit_node_id',
  'p.ballot_id',
  'p.ballot_position',
  'p.ballot_votes',
  'p.progress',
  'p.acceptance_note',
  'p.completed_at',
  'p.closed_at',
  'p.rating_count',
  'p.rating_sum',
  'p.created_at',
  'p.updated_at',
  'p.version',
  'n.path',
  'n.name as node_name',
  'u.name as unit_name',
] as const;

function items(db: Executor) {
  return db
    .selectFrom('projects_items as p')
    .innerJoin('org_nodes as n', nodeJoin('p'))
    .leftJoin('org_nodes as u', (j) =>
      j.onRef('u.district_id', '=', 'p.district_id').onRef('u.id', '=', 'p.unit_node_id'),
    );
}

/** A project with its node's path and name (locked for update when asked). */
export function findItem(db: Executor, id: string, lock = false) {
  let q = items(db).select(itemColumns).where('p.id', '=', id);
  if (lock) q = q.forUpdate('p');
  return q.executeTakeFirst();
}
export type ItemRow = NonNullable<Awaited<ReturnType<typeof findItem>>>;

/** Filters of a project list. */
export interface ItemFilter {
  inScope: Expression<SqlBool>;
  /** Non-officers: public stages, or their own orders. */
  visibleTo?: { userId: string } | null;
  publicStages: readonly Stage[];
  nodeId?: string;
  nodePath?: string;
  kind?: string;
  stages?: readonly Stage[];
  year?: number;
  ballotId?: string;
  mine?: string;
  q?: string;
  limit: number;
  offset: number;
}

function filtered(db: Executor, f: ItemFilter) {
  let q = items(db).where(f.inScope);
  if (f.visibleTo) {
    const userId = f.visibleTo.userId;
    q = q.where((eb) =>
      eb.or([eb('p.stage', 'in', [...f.publicStages]), eb('p.orderer_user_id', '=', userId)]),
    );
  }
  if (f.nodePath) q = q.where('n.path', 'like', `${likeEscape(f.nodePath)}%`);
  if (f.nodeId) q = q.where('p.node_id', '=', f.nodeId);
  if (f.kind) q = q.where('p.kind', '=', f.kind);
  if (f.stages) q = q.where('p.stage', 'in', f.stages.length ? [...f.stages] : ['—']);
  if (f.year) q = q.where('p.year', '=', f.year);
  if (f.ballotId) q = q.where('p.ballot_id', '=', f.ballotId);
  if (f.mine) q = q.where('p.orderer_user_id', '=', f.mine);
  if (f.q) q = q.where('p.title', 'ilike', `%${likeEscape(f.q)}%`);
  return q;
}

/** A page of projects and how many match. */
export async function findItems(db: Executor, f: ItemFilter) {
  const [rows, total] = await Promise.all([
    filtered(db, f)
      .select(itemColumns)
      .orderBy('p.created_at', 'desc')
      .orderBy('p.id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    filtered(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Candidates of a ballot in ballot order. */
export function findCandidates(db: Executor, districtId: string, ballotId: string) {
  return items(db)
    .select(itemColumns)
    .where('p.district_id', '=', districtId)
    .where('p.ballot_id', '=', ballotId)
    .orderBy('p.ballot_position')
    .orderBy('p.created_at')
    .execute();
}

/** A new project. */
export async function insertItem(
  trx: Executor,
  p: {
    district_id: string;
    id: string;
    node_id: string;
    kind: string;
    year: number;
    title: string;
    description: string;
    category: string;
    stage: Stage;
    orderer_user_id?: string | null;
    orderer_person_id?: string | null;
    orderer_label?: string;
    menu_item_id?: string | null;
    public_fen?: number;
    social_fen?: number;
    social_source?: string;
    unit_node_id?: string | null;
    ballot_id?: string | null;
    ballot_position?: number | null;
    created_by: string;
  },
) {
  await trx.insertInto('projects_items').values(p).execute();
}

/** Columns a change may set. */
export type ItemSet = Partial<{
  stage: Stage;
  reject_reason: string | null;
  public_fen: number;
  social_fen: number;
  social_source: string;
  unit_node_id: string | null;
  ballot_position: number | null;
  ballot_votes: number | null;
  progress: number;
  acceptance_note: string | null;
  completed_at: Date | null;
  closed_at: Date | null;
  title: string;
  description: string;
}>;

/** Changes a project (a new stage restarts its clock); bumps its version. */
export async function updateItem(trx: Executor, districtId: string, id: string, set: ItemSet) {
  await trx
    .updateTable('projects_items')
    .set({
      ...set,
      ...(set.stage ? { stage_since: sql`now()` } : {}),
      updated_at: sql`now()`,
      version: sql`version + 1`,
    })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** What the state machine needs to know about a project. */
export async function itemFacts(db: Executor, districtId: string, id: string) {
  const { rows } = await sql<{ contractors: number; milestones: number; open: number; ratings: number }>`
    SELECT
      (SELECT count(*) FROM projects_contractors WHERE district_id = ${districtId}::uuid AND project_id = ${id}::uuid)::int AS contractors,
      (SELECT count(*) FROM projects_milestones WHERE district_id = ${districtId}::uuid AND project_id = ${id}::uuid)::int AS milestones,
      (SELECT count(*) FROM projects_milestones WHERE district_id = ${districtId}::uuid AND project_id = ${id}::uuid AND done_at IS NULL)::int AS open,
      (SELECT count(*) FROM projects_ratings WHERE district_id = ${districtId}::uuid AND project_id = ${id}::uuid)::int AS ratings`.execute(
    db,
  );
  return rows[0];
}

// ---------- milestones, contractors, photos, notes ----------

/** A project's milestones in order. */
export function findMilestones(db: Executor, districtId: string, projectId: string) {
  return db
    .selectFrom('projects_milestones')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('project_id', '=', projectId)
    .orderBy('seq')
    .execute();
}

/** Adds a milestone, numbered after the last. */
export async function insertMilestone(
  trx: Executor,
  m: { districtId: string; id: string; projectId: string; title: string; dueOn: string },
) {
  await sql`
    INSERT INTO projects_milestones (district_id, id, project_id, seq, title, due_on)
    SELECT ${m.districtId}::uuid, ${m.id}::uuid, ${m.projectId}::uuid, coalesce(max(seq), 0) + 1, ${m.title}, ${m.dueOn}::date
    FROM projects_milestones WHERE district_id = ${m.districtId}::uuid AND project_id = ${m.projectId}::uuid`.execute(
    trx,
  );
}

/** Marks a milestone done with a note: true when it was still open. */
export async function completeMilestone(
  trx: Executor,
  districtId: string,
  projectId: string,
  id: string,
  note: string,
) {
  const r = await trx
    .updateTable('projects_milestones')
    .set({ done_at: sql`now()`, note })
    .where('district_id', '=', districtId)
    .where('project_id', '=', projectId)
    .where('id', '=', id)
    .where('done_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A project's contractors. */
export function findContractors(db: Executor, districtId: string, projectId: string) {
  return db
    .selectFrom('projects_contractors')
    .select(['id', 'name', 'role', 'contact_name', 'phone_mask', 'created_at'])
    .where('district_id', '=', districtId)
    .where('project_id', '=', projectId)
    .orderBy('created_at')
    .execute();
}

/** Adds a contractor (the phone already encrypted and masked). */
export async function insertContractor(
  trx: Executor,
  c: {
    district_id: string;
    id: string;
    project_id: string;
    name: string;
    role: string;
    contact_name: string;
    phone_enc: Buffer | null;
    phone_mask: string;
  },
) {
  await trx.insertInto('projects_contractors').values(c).execute();
}

/** A project's photos (without their bytes). */
export function findPhotos(db: Executor, districtId: string, projectId: string) {
  return db
    .selectFrom('projects_photos')
    .select(['id', 'milestone_id', 'width', 'height', 'created_at'])
    .where('district_id', '=', districtId)
    .where('project_id', '=', projectId)
    .orderBy('created_at')
    .execute();
}

/** A photo with its bytes. */
export function findPhoto(db: Executor, id: string) {
  return db.selectFrom('projects_photos').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Keeps a photo. */
export async function insertPhoto(
  trx: Executor,
  p: {
    district_id: string;
    id: string;
    project_id: string;
    milestone_id: string | null;
    mime: string;
    width: number;
    height: number;
    bytes: Buffer;
    created_by: string;
  },
) {
  await trx.insertInto('projects_photos').values(p).execute();
}

/** A project's notes, oldest first. */
export function findNotes(db: Executor, districtId: string, projectId: string) {
  return db
    .selectFrom('projects_notes')
    .select(['id', 'kind', 'text', 'author_label', 'created_at'])
    .where('district_id', '=', districtId)
    .where('project_id', '=', projectId)
    .orderBy('created_at')
    .execute();
}

/** Adds a note. */
export async function insertNote(
  trx: Executor,
  n: {
    district_id: string;
    id: string;
    project_id: string;
    kind: 'supervision' | 'progress';
    text: string;
    author_user_id: string;
    author_label: string;
  },
) {
  await trx.insertInto('projects_notes').values(n).execute();
}

// ---------- ratings ----------

/**
 * Records a rating unless this rater has rated the project already (the first one stands), and
 * keeps the project's count and sum in step: true when it was added.
 */
export async function insertRating(
  trx: Executor,
  r: {
    district_id: string;
    project_id: string;
    rater_id: string;
    rater_kind: 'resident' | 'deputy';
    by_user_id: string;
    score: number;
    comment: string;
  },
) {
  const added = await trx
    .insertInto('projects_ratings')
    .values(r)
    .onConflict((oc) => oc.columns(['district_id', 'project_id', 'rater_id']).doNothing())
    .returning('score')
    .executeTakeFirst();
  if (!added) return false;
  await trx
    .updateTable('projects_items')
    .set({ rating_count: sql`rating_count + 1`, rating_sum: sql`rating_sum + ${r.score}` })
    .where('district_id', '=', r.district_id)
    .where('id', '=', r.project_id)
    .execute();
  return true;
}

/** The rating a rater gave a project, if any. */
export function findRating(db: Executor, districtId: string, projectId: string, raterId: string) {
  return db
    .selectFrom('projects_ratings')
    .select(['score', 'comment', 'created_at'])
    .where('district_id', '=', districtId)
    .where('project_id', '=', projectId)
    .where('rater_id', '=', raterId)
    .executeTakeFirst();
}

/** How many ratings of each score a project has. */
export async function ratingSpread(db: Executor, districtId: string, projectId: string) {
  const rows = await db
    .selectFrom('projects_ratings')
    .select(['score', (eb) => eb.fn.countAll<number>().as('n')])
    .where('district_id', '=', districtId)
    .where('project_id', '=', projectId)
    .groupBy('score')
    .execute();
  return [1, 2, 3, 4, 5].map((s) => Number(rows.find((r) => r.score === s)?.n ?? 0));
}

/** Completed projects of a kind in scope the rater has not rated yet. */
export function findUnrated(
  db: Executor,
  inScope: Expression<SqlBool>,
  kind: 'micro' | 'livelihood',
  raterId: string,
  limit: number,
) {
  return items(db)
    .select(itemColumns)
    .where(inScope)
    .where('p.kind', '=', kind)
    .where('p.stage', '=', 'completed')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('projects_ratings as r')
            .select('r.rater_id')
            .whereRef('r.district_id', '=', 'p.district_id')
            .whereRef('r.project_id', '=', 'p.id')
            .where('r.rater_id', '=', raterId),
        ),
      ),
    )
    .orderBy('p.completed_at')
    .limit(limit)
    .execute();
}

// ---------- menu ----------

/** A community's menu (active items only unless all). */
export function findMenu(db: Executor, districtId: string, nodeId: string, all = false) {
  let q = db
    .selectFrom('projects_menu')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('node_id', '=', nodeId);
  if (!all) q = q.where('active', '=', true);
  return q.orderBy('created_at').execute();
}

/** One menu item. */
export function findMenuItem(db: Executor, id: string) {
  return db.selectFrom('projects_menu').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Adds a menu item. */
export async function insertMenuItem(
  trx: Executor,
  m: {
    district_id: string;
    id: string;
    node_id: string;
    title: string;
    description: string;
    category: string;
    estimate_fen: number;
  },
) {
  await trx.insertInto('projects_menu').values(m).execute();
}

/** Takes a menu item off the menu (or puts it back). */
export async function setMenuActive(trx: Executor, districtId: string, id: string, active: boolean) {
  await trx
    .updateTable('projects_menu')
    .set({ active })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

// ---------- ballots, figures and units' scores: in their own files ----------
export * from './projects.ballots.repository.ts';
export * from './projects.figures.repository.ts';

/** How many projects in scope are in a stage, with the first few. */
export async function findInStage(db: Executor, inScope: Expression<SqlBool>, stage: Stage, limit: number) {
  const f: ItemFilter = { inScope, publicStages: [], stages: [stage], limit, offset: 0 };
  return findItems(db, f);
}
