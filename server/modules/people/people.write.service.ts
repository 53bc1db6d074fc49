/**
 * Writing one record: register a person, edit one (optimistic version), give and take identities.
 * A national ID already registered where the actor can see it is refused; one registered only
 * outside that scope answers as absent (the person then stands in both registers). A party member's
 * organisation must hang on the person's node or above it, or inside the actor's scope.
 */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { PeopleCore } from './people.core.ts';
import * as repo from './people.repository.ts';
import { personRow } from './people.row.ts';
import { checkPerson } from './people.rules.ts';
import type { AddIdentityInput, CreatePersonInput, UpdatePersonInput } from './people.schemas.ts';

/** Builds the single-record writing verbs. */
export function createPeopleWriteService(
  core: Pick<
    PeopleCore,
    | 'db'
    | 'auditor'
    | 'pii'
    | 'org'
    | 'write'
    | 'visiblePerson'
    | 'writableNode'
    | 'personalOf'
    | 'takenInScope'
    | 'fieldProblems'
    | 'duplicateId'
  >,
) {
  const { db, auditor, pii, write } = core;

  /**
   * The party organisation of a party member: in the person's district, on the person's node or one
   * of its ancestors (a branch above where they live), or on a node inside the actor's scope (e.g.
   * a building or hometown party org the officer runs). Anything else, an unknown id included,
   * is the same 422.
   */
  async function checkPartyOrg(
    actor: NonNullable<RequestContext['actor']>,
    person: { district_id: string; node_path: string },
    partyOrgId: string,
  ) {
    const [o] = (await core.org?.partyOrgBriefs([partyOrgId])) ?? [];
    const ok =
      !!o &&
      o.districtId === person.district_id &&
      (person.node_path.startsWith(o.path) || can(actor, 'people.write', o.path));
    if (!ok) throw new InvalidError([{ field: 'attrs.partyOrgId', key: 'people.party_org.invalid' }]);
  }

  return {
    /** Registers a person; a national ID already registered where the actor can see it is refused (422). */
    async create(ctx: RequestContext, input: CreatePersonInput, idempotencyKey?: string) {
      const actor = requirePermission(ctx, 'people.write');
      const problems = checkPerson(input);
      if (problems.length) throw core.fieldProblems(problems);
      const node = await core.writableNode(actor, input.nodeId, 'people.write');
      return write(async (trx) => {
        const { result } = await withIdempotency(
          trx,
          { userId: actor.userId, key: idempotencyKey, payload: { op: 'people.create', input } },
          async () => {
            const id = uuidv7();
            const row = personRow(pii, { ...input, id, districtId: node.district_id });
            if ((await core.takenInScope(trx, ctx, node.district_id, row.id_bidx)).size)
              throw core.duplicateId();
            await repo.insertPerson(trx, row);
            await auditor.append(trx, ctx, {
              action: 'people.create',
              objectType: 'person',
              objectId: id,
              districtId: node.district_id,
              detail: { nodeId: node.id },
            });
            return { id };
          },
        );
        return result;
      });
    },

    /** Edits a person, checking the version the client saw; the whole record is checked again. */
    async update(ctx: RequestContext, id: string, input: UpdatePersonInput) {
      const actor = requirePermission(ctx, 'people.write');
      return write(async (trx) => {
        const p = await core.visiblePerson(actor, id, 'people.write', trx, true);
        if (p.version !== input.version) throw new ConflictError('error.stale');
        const old = core.personalOf(p);
        const next = {
          name: input.name ?? p.name,
          gender: input.gender ?? (p.gender as 'M' | 'F'),
          birthDate: input.birthDate ?? p.birth_date,
          nationalId: input.nationalId ?? old.nationalId,
          phone: input.phone === undefined ? old.phone : input.phone,
          address: input.address === undefined ? old.address : (input.address ?? ''),
        };
        const problems = checkPerson(next);
        if (problems.length) throw core.fieldProblems(problems);
        let nodeId = p.node_id;
        if (input.nodeId && input.nodeId !== p.node_id) {
          const n = await core.writableNode(actor, input.nodeId, 'people.write');
          if (n.district_id !== p.district_id)
            throw new InvalidError([{ field: 'nodeId', key: 'people.node.invalid' }]);
          nodeId = n.id;
        }
        const {
          district_id: _d,
          id: _i,
          ...row
        } = personRow(pii, { ...next, id, nodeId, districtId: p.district_id });
        if (
          !row.id_bidx.equals(p.id_bidx) &&
          (await core.takenInScope(trx, ctx, p.district_id, row.id_bidx, id)).size
        )
          throw core.duplicateId();
        await repo.updatePerson(trx, p.district_id, id, row, p.version + 1);
        const changed = (Object.keys(input) as (keyof UpdatePersonInput)[]).filter((k) => k !== 'version');
        await auditor.append(trx, ctx, {
          action: 'people.update',
          objectType: 'person',
          objectId: id,
          districtId: p.district_id,
          // names of the changed fields only: the values are personal data
          detail: { fields: changed, fromNodeId: p.node_id, toNodeId: nodeId },
        });
        return { version: p.version + 1 };
      });
    },

    /** Gives a person an identity (one of each kind), its attributes already shaped by kind. */
    async addIdentity(ctx: RequestContext, personId: string, input: AddIdentityInput) {
      const actor = requirePermission(ctx, 'people.write');
      const nodeIds =
        input.kind === 'cadre'
          ? [input.attrs.unitNodeId]
          : input.kind === 'grid_worker'
            ? input.attrs.gridNodeIds
            : [];
      for (const [i, nid] of nodeIds.entries()) {
        const field = input.kind === 'cadre' ? 'attrs.unitNodeId' : `attrs.gridNodeIds.${i}`;
        if (!(await repo.findNode(db, nid))) throw new InvalidError([{ field, key: 'people.node.invalid' }]);
      }
      try {
        return await write(async (trx) => {
          const p = await core.visiblePerson(actor, personId, 'people.write', trx, true);
          if (input.kind === 'party_member') await checkPartyOrg(actor, p, input.attrs.partyOrgId);
          const id = uuidv7();
          await repo.insertIdentity(trx, {
            district_id: p.district_id,
            id,
            person_id: p.id,
            kind: input.kind,
            attrs: JSON.stringify(input.attrs),
          });
          await auditor.append(trx, ctx, {
            action: 'people.identity.add',
            objectType: 'person',
            objectId: p.id,
            districtId: p.district_id,
            detail: { identityId: id, kind: input.kind },
          });
          return { id };
        });
      } catch (e) {
        if (repo.isUniqueViolation(e))
          throw new InvalidError([{ field: 'kind', key: 'people.identity.duplicate' }]);
        throw e;
      }
    },

    /** Takes an identity away from a person. */
    async removeIdentity(ctx: RequestContext, personId: string, identityId: string) {
      const actor = requirePermission(ctx, 'people.write');
      return write(async (trx) => {
        const p = await core.visiblePerson(actor, personId, 'people.write', trx, true);
        const gone = await repo.deleteIdentity(trx, p.district_id, p.id, identityId);
        if (!gone) throw new NotFoundError();
        await auditor.append(trx, ctx, {
          action: 'people.identity.remove',
          objectType: 'person',
          objectId: p.id,
          districtId: p.district_id,
          detail: { identityId, kind: gone.kind },
        });
        return { ok: true as const };
      });
    },
  };
}
