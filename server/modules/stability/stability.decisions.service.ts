/**
 * The register of major decisions 重大决策事项 (seed 003): a unit registers a decision (its first
 * assessment round opens with it), keeps the assessment in progress (risk sources from the
 * catalogue scored likelihood × impact, the public-opinion survey, experts' opinions), and reads
 * the register, one decision with its history, and the numbered 社会稳定风险评估报告.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  actorRoles,
  assessmentOut,
  checkUpdated,
  decisionFor,
  decisionOut,
  measureOut,
  reviews,
  thresholdsOf,
  today,
  type StabilityDeps,
} from './stability.core.ts';
import * as repo from './stability.repository.ts';
import { actionsFor, type Level, type State } from './stability.rules.ts';
import type { assessmentBody, decisionBody, decisionEditBody, decisionView } from './stability.schemas.ts';

/** The levels of the tree that register major decisions: the district, its departments, streets. */
const UNIT_LEVELS = ['district', 'department', 'street'];

/** Builds the register verbs. */
export function createDecisionsService(deps: StabilityDeps) {
  const { db, auditor } = deps;

  /** One decision with everything the page shows. */
  async function view(ctx: RequestContext, id: string): Promise<z.infer<typeof decisionView>> {
    const d = await decisionFor(db, ctx, id, 'stability.read');
    const [rounds, t, measures, incidents] = await Promise.all([
      repo.findAssessments(db, d.district_id, d.id),
      thresholdsOf(db, d.district_id),
      repo.findMeasures(db, d.district_id, d.id),
      repo.findIncidents(db, d.district_id, d.id),
    ]);
    const current = rounds.find((a) => a.round === d.round)!;
    const roles = actorRoles(ctx.actor, d.path);
    const unit = roles.includes('unit');
    return {
      ...decisionOut(d),
      summary: d.summary,
      withdrawReason: d.withdraw_reason,
      createdAt: d.created_at.toISOString(),
      version: d.version,
      assessment: assessmentOut(current, t),
      history: rounds.filter((a) => a.round !== d.round).map((a) => assessmentOut(a, t)),
      measures: measures.map(measureOut),
      incidents: incidents.map((i) => ({
        id: i.id,
        occurredOn: i.occurred_on,
        summary: i.summary,
        eventNo: i.event_no,
        people: i.people,
      })),
      thresholds: { oppositionHighPct: t.oppositionHighPct, oppositionMidPct: t.oppositionMidPct },
      actions: actionsFor(d.state as State, roles, (current.confirmed_level as Level | null) ?? null),
      can: {
        edit: unit && d.state === 'assessing',
        track: unit && d.state !== 'dropped' && d.state !== 'withdrawn',
      },
    };
  }

  return {
    view,

    /** The register: decisions of the units under a node (or the whole scope), of a year, newest first. */
    async list(ctx: RequestContext, q: { nodeId?: string; year?: number; state?: State }) {
      const paths = await readRoots(db, ctx, 'stability.read', q.nodeId);
      const rows = await repo.findDecisions(db, nodeInPaths('d.node_id', paths), today(), {
        from: q.year ? `${q.year}-01-01` : undefined,
        to: q.year ? `${q.year + 1}-01-01` : undefined,
        state: q.state,
      });
      return {
        items: rows.map(decisionOut),
        can: {
          register: can(ctx.actor, 'stability.register'),
          review: !!ctx.actor?.grants.some((g) => reviews(ctx.actor, g.path)),
          export: can(ctx.actor, 'stability.export'),
          catalogue: can(ctx.actor, 'stability.catalogue'),
        },
      };
    },

    /** Registers a major decision of a unit in scope; its first assessment round opens with it. */
    async register(ctx: RequestContext, b: z.infer<typeof decisionBody>, key?: string) {
      const actor = requirePermission(ctx, 'stability.register');
      const n = await nodeFor(db, ctx, b.nodeId, 'stability.register');
      if (!UNIT_LEVELS.includes(n.level))
        throw new InvalidError([{ field: 'nodeId', key: 'stability.not_unit' }]);
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(trx, { userId: actor.userId, key, payload: b }, async () => {
          const id = uuidv7();
          await repo.insertDecision(trx, {
            district_id: n.district_id,
            id,
            node_id: n.id,
            title: b.title,
            field: b.field,
            affected: b.affected,
            planned_on: b.plannedOn,
            summary: b.summary,
            created_by: actor.userId,
          });
          await repo.insertAssessment(trx, {
            district_id: n.district_id,
            id: uuidv7(),
            decision_id: id,
            round: 1,
          });
          await auditor.append(trx, ctx, {
            action: 'stability.decision.register',
            objectType: 'stability_decision',
            objectId: id,
            districtId: n.district_id,
            detail: { node: n.id, field: b.field, affected: b.affected, plannedOn: b.plannedOn },
          });
          return { id };
        });
        return result;
      });
    },

    /**
     * Edits a decision while its assessment is not submitted (assessing, also after a return): the
     * unit corrects its title, field, people affected, planned day and summary; its place stays.
     * 409 once submitted or when the version moved; audited with what changed.
     */
    async editDecision(ctx: RequestContext, id: string, b: z.infer<typeof decisionEditBody>) {
      requirePermission(ctx, 'stability.register');
      return db.transaction().execute(async (trx) => {
        const d = await decisionFor(trx, ctx, id, 'stability.register', true);
        if (d.state !== 'assessing') throw new ConflictError('stability.decision_not_editable');
        if (d.version !== b.version) throw new ConflictError('stability.stale');
        const set = {
          title: b.title,
          field: b.field,
          affected: b.affected,
          planned_on: b.plannedOn,
          summary: b.summary,
        };
        checkUpdated(await repo.updateDecision(trx, d.district_id, d.id, d.version, set));
        const was: Record<string, unknown> = {
          title: d.title,
          field: d.field,
          affected: d.affected,
          planned_on: d.planned_on,
          summary: d.summary,
        };
        await auditor.append(trx, ctx, {
          action: 'stability.decision.edit',
          objectType: 'stability_decision',
          objectId: d.id,
          districtId: d.district_id,
          detail: {
            changed: Object.keys(set).filter((k) => was[k] !== set[k as keyof typeof set]),
          },
        });
        return { ok: true as const };
      });
    },

    /** Saves the assessment in progress (only while assessing; the version is the round's). */
    async saveAssessment(ctx: RequestContext, id: string, b: z.infer<typeof assessmentBody>) {
      if (new Set(b.methods).size !== b.methods.length)
        throw new InvalidError([{ field: 'methods', key: 'stability.methods_repeated' }]);
      await db.transaction().execute(async (trx) => {
        const d = await decisionFor(trx, ctx, id, 'stability.register', true);
        if (d.state !== 'assessing') throw new ConflictError('stability.not_editable');
        const a = await repo.findRound(trx, d.district_id, d.id, d.round);
        if (a.version !== b.version) throw new ConflictError('stability.stale');
        await repo.updateAssessment(trx, d.district_id, a.id, {
          risks: JSON.stringify(b.risks),
          survey_for: b.surveyFor,
          survey_against: b.surveyAgainst,
          survey_neutral: b.surveyNeutral,
          methods: b.methods,
          experts: b.experts,
          conclusion: b.conclusion,
        });
        await auditor.append(trx, ctx, {
          action: 'stability.assessment.save',
          objectType: 'stability_decision',
          objectId: d.id,
          districtId: d.district_id,
          detail: {
            round: d.round,
            risks: b.risks.length,
            survey: [b.surveyFor, b.surveyAgainst, b.surveyNeutral],
          },
        });
      });
      return view(ctx, id);
    },

    /** The printable 社会稳定风险评估报告 of the current round once confirmed (409 before). */
    async report(ctx: RequestContext, id: string) {
      const d = await decisionFor(db, ctx, id, 'stability.read');
      const [rounds, t, measures, district] = await Promise.all([
        repo.findAssessments(db, d.district_id, d.id),
        thresholdsOf(db, d.district_id),
        repo.findMeasures(db, d.district_id, d.id),
        repo.findNode(db, d.district_id),
      ]);
      const a = rounds.find((x) => x.confirmed_at && x.report_no);
      if (!a) throw new ConflictError('stability.no_report');
      const out = assessmentOut(a, t);
      return {
        reportNo: out.reportNo!,
        districtName: district?.name ?? '',
        unitName: d.node_name,
        title: d.title,
        field: decisionOut(d).field,
        affected: d.affected,
        plannedOn: d.planned_on,
        summary: d.summary,
        round: a.round,
        assessment: out,
        measures: measures.filter((m) => m.round === a.round).map(measureOut),
        confirmedOn: out.confirmedAt!,
      };
    },
  };
}
