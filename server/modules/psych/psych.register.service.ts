/**
 * The register of patients with severe mental disorders 严重精神障碍患者 and their follow-ups, and
 * the screening campaigns (counts only). Name and ID are encrypted, the ID blind-indexed (one entry
 * per person and district), lists show masks, a reveal states its reason and is audited.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { parseNationalId } from '../../platform/pii/national-id.ts';
import {
  checkUpdated,
  masksOf,
  patientFor,
  patientOut,
  patientScope,
  seesPatient,
  subsidyOut,
  today,
  type PsychDeps,
} from './psych.core.ts';
import * as repo from './psych.repository.ts';
import { FOLLOWUP_CYCLE_DAYS, addDays, type POPULATIONS } from './psych.rules.ts';
import type { followupBody, patientBody, patientChangeBody, screeningBody } from './psych.schemas.ts';

/** The node levels a patient or a screening may be registered on. */
const PATIENT_LEVELS = ['community', 'grid'];

/** Builds the register verbs. */
export function createRegisterService(deps: PsychDeps) {
  const { db, auditor, pii } = deps;

  /** The encrypted row of a patient; per-field problems for a bad ID or one already registered. */
  async function sealPatient(districtId: string, nodeId: string, b: z.infer<typeof patientBody>) {
    const parsed = parseNationalId(b.idNumber);
    if (!parsed.ok) throw new InvalidError([{ field: 'idNumber', key: 'psych.bad_id' }]);
    const idIndex = pii.blindIndex('id', parsed.value);
    if (await repo.patientIdTaken(db, districtId, idIndex))
      throw new ConflictError('psych.patient_exists', {}, [
        { field: 'idNumber', key: 'psych.patient_exists' },
      ]);
    return {
      district_id: districtId,
      id: uuidv7(),
      node_id: nodeId,
      grid_worker_id: b.gridWorkerId,
      name_enc: pii.encrypt(b.name),
      id_enc: pii.encrypt(parsed.value),
      id_index: idIndex,
      ...masksOf(b.name, parsed.value),
      category: b.category,
      risk_level: b.riskLevel,
      huji: b.huji,
      registered_on: b.registeredOn,
    };
  }

  return {
    /** The register as the actor may see it (masked). */
    async listPatients(ctx: RequestContext, q: { nodeId?: string }) {
      requirePermission(ctx, 'psych.patients');
      const under = q.nodeId ? (await nodeFor(db, ctx, q.nodeId, 'psych.patients')).path : undefined;
      const rows = await repo.findPatients(db, patientScope(ctx.actor, 'psych.patients', under));
      return {
        items: rows.map(patientOut),
        can: { register: can(ctx.actor, 'psych.register'), export: can(ctx.actor, 'psych.export') },
      };
    },

    /** Adds a patient on a community or grid node. */
    async createPatient(ctx: RequestContext, b: z.infer<typeof patientBody>) {
      const n = await nodeFor(db, ctx, b.nodeId, 'psych.register');
      if (!PATIENT_LEVELS.includes(n.level))
        throw new InvalidError([{ field: 'nodeId', key: 'psych.not_community' }]);
      if (b.registeredOn > today())
        throw new InvalidError([{ field: 'registeredOn', key: 'psych.in_future' }]);
      const row = await sealPatient(n.district_id, n.id, b);
      await db.transaction().execute(async (trx) => {
        await repo.insertPatients(trx, [row]);
        await auditor.append(trx, ctx, {
          action: 'psych.patient.create',
          objectType: 'psych_patient',
          objectId: row.id,
          districtId: row.district_id,
          detail: { node: n.id, category: b.category, riskLevel: b.riskLevel, huji: b.huji },
        });
      });
      return { id: row.id };
    },

    /** A patient with follow-ups and subsidy applications (masked). */
    async patient(ctx: RequestContext, id: string) {
      const p = await patientFor(db, ctx, id, 'psych.patients');
      const [fs, ss] = await Promise.all([
        repo.findFollowups(db, p.district_id, p.id),
        repo.findSubsidies(db, repo.subsidyOfPatient(p.district_id, p.id)),
      ]);
      return {
        ...patientOut(p),
        followups: fs.map((f) => ({
          id: f.id,
          visitedOn: f.visited_on,
          way: f.way as 'home',
          condition: f.condition as 'stable',
          riskLevel: f.risk_level,
          onTime: f.on_time,
        })),
        subsidies: ss.map((s) => subsidyOut(ctx.actor, s)),
        can: {
          followup: seesPatient(ctx.actor, 'psych.followup', p),
          reveal: seesPatient(ctx.actor, 'psych.reveal', p),
          apply: seesPatient(ctx.actor, 'psych.subsidy.apply', p),
          register: can(ctx.actor, 'psych.register', p.path),
        },
      };
    },

    /** Name and ID in full, for a stated reason (audited). */
    async reveal(ctx: RequestContext, id: string, reason: string) {
      const p = await patientFor(db, ctx, id, 'psych.reveal');
      await auditor.record(ctx, {
        action: 'psych.patient.reveal',
        objectType: 'psych_patient',
        objectId: p.id,
        districtId: p.district_id,
        detail: { reason },
      });
      return { name: pii.decrypt(p.name_enc), idNumber: pii.decrypt(p.id_enc) };
    },

    /** Changes a patient's risk level or responsible grid worker. */
    async changePatient(ctx: RequestContext, id: string, b: z.infer<typeof patientChangeBody>) {
      await db.transaction().execute(async (trx) => {
        const p = await patientFor(trx, ctx, id, 'psych.register', true);
        checkUpdated(
          await repo.updatePatient(trx, p.district_id, p.id, b.version, {
            risk_level: b.riskLevel,
            grid_worker_id: b.gridWorkerId,
          }),
        );
        await auditor.append(trx, ctx, {
          action: 'psych.patient.change',
          objectType: 'psych_patient',
          objectId: p.id,
          districtId: p.district_id,
          detail: { riskLevel: [p.risk_level, b.riskLevel], gridWorker: b.gridWorkerId },
        });
      });
      return { ok: true as const };
    },

    /** Logs a follow-up visit; it is on time when within the cycle of the level held before it. */
    async followup(ctx: RequestContext, id: string, b: z.infer<typeof followupBody>) {
      if (b.visitedOn > today()) throw new InvalidError([{ field: 'visitedOn', key: 'psych.in_future' }]);
      return db.transaction().execute(async (trx) => {
        const p = await patientFor(trx, ctx, id, 'psych.followup', true);
        if (b.visitedOn < p.registered_on)
          throw new InvalidError([{ field: 'visitedOn', key: 'psych.before_registration' }]);
        const last = p.last_visit_on ?? p.registered_on;
        const onTime = b.visitedOn <= addDays(last, FOLLOWUP_CYCLE_DAYS[p.risk_level] ?? 90);
        const fid = uuidv7();
        await repo.insertFollowup(trx, {
          district_id: p.district_id,
          id: fid,
          patient_id: p.id,
          visited_on: b.visitedOn,
          way: b.way,
          condition: b.condition,
          risk_level: b.riskLevel,
          on_time: onTime,
          by_user: ctx.actor!.userId,
        });
        checkUpdated(
          await repo.updatePatient(trx, p.district_id, p.id, p.version, {
            risk_level: b.riskLevel,
            last_visit_on: p.last_visit_on && p.last_visit_on > b.visitedOn ? p.last_visit_on : b.visitedOn,
          }),
        );
        await auditor.append(trx, ctx, {
          action: 'psych.followup.create',
          objectType: 'psych_patient',
          objectId: p.id,
          districtId: p.district_id,
          detail: { visitedOn: b.visitedOn, way: b.way, riskLevel: b.riskLevel, onTime },
        });
        return { id: fid };
      });
    },

    /** Screening campaigns under the scope in a year (counts only). */
    async listScreenings(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const paths = await readRoots(db, ctx, 'psych.read', q.nodeId);
      const y = q.year ?? Number(today().slice(0, 4));
      const rows = await repo.findScreenings(
        db,
        nodeInPaths('s.node_id', paths),
        `${y}-01-01`,
        `${y + 1}-01-01`,
      );
      return {
        items: rows.map((s) => ({
          id: s.id,
          nodeName: s.node_name,
          population: s.population as (typeof POPULATIONS)[number],
          title: s.title,
          heldOn: s.held_on,
          screened: s.screened,
          flagged: s.flagged,
        })),
        can: { record: can(ctx.actor, 'psych.screening') },
      };
    },

    /** Records a screening campaign's counts. */
    async createScreening(ctx: RequestContext, b: z.infer<typeof screeningBody>) {
      const n = await nodeFor(db, ctx, b.nodeId, 'psych.screening');
      if (b.flagged > b.screened) throw new InvalidError([{ field: 'flagged', key: 'psych.flagged_over' }]);
      if (b.heldOn > today()) throw new InvalidError([{ field: 'heldOn', key: 'psych.in_future' }]);
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        await repo.insertScreening(trx, {
          district_id: n.district_id,
          id,
          node_id: n.id,
          population: b.population,
          title: b.title,
          held_on: b.heldOn,
          screened: b.screened,
          flagged: b.flagged,
        });
        await auditor.append(trx, ctx, {
          action: 'psych.screening.create',
          objectType: 'psych_screening',
          objectId: id,
          districtId: n.district_id,
          detail: { node: n.id, population: b.population, screened: b.screened, flagged: b.flagged },
        });
      });
      return { id };
    },
  };
}
