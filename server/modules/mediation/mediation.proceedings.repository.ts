/** SQL of a case's proceedings: parties, hearings, the agreement and referrals. */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';

// ---------- parties, hearings, agreements, referrals ----------

export type NewParty = {
  district_id: string;
  case_id: string;
  id: string;
  role: string;
  name_enc: Buffer;
  phone_enc: Buffer | null;
  phone_bidx: Buffer | null;
  id_enc: Buffer | null;
  id_bidx: Buffer | null;
};

/** Adds parties to a case. */
export async function insertParties(db: Executor, rows: NewParty[]) {
  if (rows.length) await db.insertInto('mediation_parties').values(rows).execute();
}

/** Parties of some cases. */
export function partiesOf(db: Executor, districtId: string, caseIds: string[]) {
  if (!caseIds.length) return Promise.resolve([]);
  return db
    .selectFrom('mediation_parties')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('case_id', 'in', caseIds)
    .orderBy(sql`CASE role WHEN 'applicant' THEN 0 WHEN 'respondent' THEN 1 ELSE 2 END`)
    .orderBy('id')
    .execute();
}

/** Records a hearing. */
export async function insertHearing(
  db: Executor,
  row: {
    district_id: string;
    id: string;
    case_id: string;
    held_at: Date;
    place: string;
    step_code: string | null;
    attendees: string;
    minutes: string;
    created_by: string;
  },
) {
  await db.insertInto('mediation_hearings').values(row).execute();
}

/** Hearings of a case, in order. */
export function hearingsOf(db: Executor, districtId: string, caseId: string) {
  return db
    .selectFrom('mediation_hearings')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('case_id', '=', caseId)
    .orderBy('held_at')
    .execute();
}

/** Writes (or rewrites) a case's agreement. */
export async function saveAgreement(
  db: Executor,
  row: {
    district_id: string;
    case_id: string;
    text: string;
    performance: string;
    signed_on: string;
    created_by: string;
  },
) {
  await db
    .insertInto('mediation_agreements')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['district_id', 'case_id']).doUpdateSet({
        text: row.text,
        performance: row.performance,
        signed_on: row.signed_on,
        created_by: row.created_by,
        created_at: sql`now()`,
      }),
    )
    .execute();
}

/** A case's agreement. */
export function agreementOf(db: Executor, districtId: string, caseId: string) {
  return db
    .selectFrom('mediation_agreements')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
}

/** Records a referral. */
export async function insertReferral(
  db: Executor,
  row: {
    district_id: string;
    id: string;
    case_id: string;
    kind: string;
    to_name: string;
    note: string;
    created_by: string;
  },
) {
  await db.insertInto('mediation_referrals').values(row).execute();
}

/** Referrals of a case. */
export function referralsOf(db: Executor, districtId: string, caseId: string) {
  return db
    .selectFrom('mediation_referrals')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('case_id', '=', caseId)
    .orderBy('referred_at')
    .execute();
}

/** Records the outcome of the open referral of a kind; false when there is none open. */
export async function referralOutcome(
  db: Executor,
  districtId: string,
  caseId: string,
  kind: string,
  outcome: string,
  note: string,
) {
  const r = await db
    .updateTable('mediation_referrals')
    .set({ outcome, outcome_note: note, outcome_at: sql`now()` })
    .where('district_id', '=', districtId)
    .where('case_id', '=', caseId)
    .where('kind', '=', kind)
    .where('outcome', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
