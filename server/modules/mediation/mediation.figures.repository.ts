/** SQL of the mediation figures (dashboard): cases under a node and per room in a period. */
import { sql, type SqlBool } from 'kysely';
import { isDistrict, rowUnder, type SubtreeRoot } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';

// ---------- figures ----------

/**
 * A node's figures for a period: received, concluded, settled, settled in people's rooms,
 * confirmations, 心访. Each count reads only its own rows (cases received in the period by
 * received_at, concluded by concluded_at, referrals by their date), each by an index on its date.
 */
export async function figures(db: Executor, under: SubtreeRoot, from: Date, to: Date) {
  // a district's referrals carry its tenant key; a smaller subtree's are found through their case
  const caseUnder = isDistrict(under)
    ? sql<SqlBool>`f.district_id = ${under.id}`
    : sql<SqlBool>`EXISTS (SELECT 1 FROM mediation_cases c2 WHERE c2.district_id = f.district_id AND c2.id = f.case_id AND ${rowUnder('c2', under)})`;
  const confirmed = sql<SqlBool>`f.kind = 'judicial_confirmation' AND f.outcome = 'confirmed' AND f.outcome_at >= ${from} AND f.outcome_at < ${to}`;
  const psychological = sql<SqlBool>`f.kind = 'psychological' AND f.referred_at >= ${from} AND f.referred_at < ${to}`;
  // three small statements at once
  const [received, concluded, referrals] = await Promise.all([
    db
      .selectFrom('mediation_cases as c')
      .where(rowUnder('c', under))
      .where('c.received_at', '>=', from)
      .where('c.received_at', '<', to)
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('mediation_cases as c')
      .leftJoin('mediation_rooms as r', (j) =>
        j.onRef('r.district_id', '=', 'c.district_id').onRef('r.id', '=', 'c.room_id'),
      )
      .where(rowUnder('c', under))
      .where('c.concluded_at', '>=', from)
      .where('c.concluded_at', '<', to)
      .select([
        sql<number>`count(*)::int`.as('concluded'),
        sql<number>`count(*) FILTER (WHERE c.result = 'settled')::int`.as('settled'),
        sql<number>`count(*) FILTER (WHERE c.result = 'settled' AND r.kind = 'people')::int`.as(
          'settled_in_rooms',
        ),
      ])
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('mediation_referrals as f')
      .where(sql<SqlBool>`(${confirmed} OR ${psychological}) AND ${caseUnder}`)
      .select([
        sql<number>`count(*) FILTER (WHERE ${confirmed})::int`.as('confirmed'),
        sql<number>`count(*) FILTER (WHERE ${psychological})::int`.as('psychological'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return { received: received.n, ...concluded, ...referrals };
}

/** Per room under a node: cases concluded and settled in a period. */
export function roomFigures(db: Executor, under: SubtreeRoot, from: Date, to: Date) {
  return db
    .selectFrom('mediation_rooms as r')
    .leftJoin('mediation_cases as c', (j) =>
      j
        .onRef('c.district_id', '=', 'r.district_id')
        .onRef('c.room_id', '=', 'r.id')
        .on('c.concluded_at', '>=', from)
        .on('c.concluded_at', '<', to),
    )
    .where(rowUnder('r', under))
    .select([
      'r.id',
      'r.name',
      'r.kind',
      sql<number>`count(c.id)::int`.as('concluded'),
      sql<number>`count(c.id) FILTER (WHERE c.result = 'settled')::int`.as('settled'),
    ])
    .groupBy(['r.id', 'r.name', 'r.kind'])
    .orderBy('r.name')
    .execute();
}
