/**
 * Party members for other modules (mobile party members, party-organisation quality): people
 * holding the party_member identity with its attributes (branch, joined, mobile flag), their
 * national ID and phone already masked. No permission check: callers scope by branch and node.
 */
import type { Db } from '../../platform/db/db.ts';
import { maskName, type PiiCipher } from '../../platform/pii/pii.ts';
import * as repo from './people.readers.repository.ts';
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
      const rows = await repo.findPartyMembers(db, districtId, {
        ...f,
        personIds: f.personIds && [...new Set(f.personIds)].slice(0, 5000),
        limit: f.limit ?? 5000,
      });
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
      const r = await repo.findPartyMemberDistrict(db, personId);
      if (!r) return null;
      const [m] = await reader.partyMembersOf(r.district_id, { personIds: [personId] });
      return m ?? null;
    },
  };
  return reader;
}
/** The party member reader's type. */
export type PartyMembersReader = ReturnType<typeof createPartyMembersReader>;
