/**
 * Party members for other modules (mobile party members, party-organisation quality): people
 * holding the party_member identity with its attributes (branch, joined, mobile flag), their
 * national ID and phone already masked. No permission check: callers scope by branch and node.
 */
import { sql } from 'kysely';
import type { Db } from '../../platform/db/db.ts';
import { maskName, type PiiCipher } from '../../platform/pii/pii.ts';
import { maskPersonal } from './people.rules.ts';

/** A party member as other modules see them (personal data masked). */
export interface PartyMemberBrief {
  personId: string;
  districtId: string;
  nodeId: string;
  name: string;
  maskedName: string;
  gender: 'M' | 'F';
  nationalIdMasked: string;
  phoneMasked: string | null;
  hasPhone: boolean;
  partyOrgId: string;
  joinedOn: string;
  mobile: boolean;
}

/** Builds the party member reader. */
export function createPartyMembersReader(deps: { db: Db; pii: PiiCipher }) {
  const { db, pii } = deps;
  const reader = {
    /** A district's party members, optionally only some persons, branches or the mobile ones, by name. */
    async partyMembersOf(
      districtId: string,
      f: { personIds?: string[]; partyOrgIds?: string[]; mobile?: boolean; limit?: number } = {},
    ): Promise<PartyMemberBrief[]> {
      if (f.personIds?.length === 0 || f.partyOrgIds?.length === 0) return [];
      let q = db
        .selectFrom('people_identities as i')
        .innerJoin('people_persons as p', (j) =>
          j.onRef('p.district_id', '=', 'i.district_id').onRef('p.id', '=', 'i.person_id'),
        )
        .select([
          'p.id',
          'p.district_id',
          'p.node_id',
          'p.name',
          'p.gender',
          'p.id_enc',
          'p.phone_enc',
          'p.birth_date',
          sql<string>`i.attrs->>'partyOrgId'`.as('party_org_id'),
          sql<string>`i.attrs->>'joinedOn'`.as('joined_on'),
          sql<boolean>`coalesce((i.attrs->>'mobile')::boolean, false)`.as('mobile'),
        ])
        .where('i.district_id', '=', districtId)
        .where('i.kind', '=', 'party_member');
      if (f.personIds) q = q.where('i.person_id', 'in', [...new Set(f.personIds)].slice(0, 5000));
      if (f.partyOrgIds) q = q.where(sql<boolean>`i.attrs->>'partyOrgId' = ANY(${f.partyOrgIds}::text[])`);
      if (f.mobile !== undefined)
        q = q.where(sql<boolean>`coalesce((i.attrs->>'mobile')::boolean, false) = ${f.mobile}`);
      const rows = await q
        .orderBy('p.name')
        .orderBy('p.id')
        .limit(f.limit ?? 5000)
        .execute();
      return rows.map((r) => {
        const masked = maskPersonal({
          nationalId: pii.decrypt(r.id_enc),
          phone: r.phone_enc ? pii.decrypt(r.phone_enc) : null,
          birthDate: String(r.birth_date),
          address: '',
        });
        return {
          personId: r.id,
          districtId: r.district_id,
          nodeId: r.node_id,
          name: r.name,
          maskedName: maskName(r.name),
          gender: r.gender as 'M' | 'F',
          nationalIdMasked: masked.nationalId,
          phoneMasked: masked.phone,
          hasPhone: !!r.phone_enc,
          partyOrgId: r.party_org_id,
          joinedOn: r.joined_on,
          mobile: r.mobile,
        };
      });
    },

    /** The party member a person is, in any district (null when the person holds no such identity). */
    async partyMemberByPerson(personId: string): Promise<PartyMemberBrief | null> {
      const r = await db
        .selectFrom('people_identities')
        .select('district_id')
        .where('person_id', '=', personId)
        .where('kind', '=', 'party_member')
        .executeTakeFirst();
      if (!r) return null;
      const [m] = await reader.partyMembersOf(r.district_id, { personIds: [personId] });
      return m ?? null;
    },
  };
  return reader;
}
/** The party member reader's type. */
export type PartyMembersReader = ReturnType<typeof createPartyMembersReader>;
