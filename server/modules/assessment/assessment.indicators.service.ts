/**
 * The indicator library 共性 + 个性 + 动态 [000], versioned per quarter (a quarter's indicators freeze
 * when its cycle is dispatched; the next quarter starts as a copy), the units' department types and
 * 双点 roles, and a district's settings (quota for 好, order points, situations, groups, rotation).
 */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  districtsOf,
  requireDistrict,
  settingsOf,
  unitsOf,
  visibleNode,
  type AssessmentDeps,
} from './assessment.context.ts';
import * as repo from './assessment.repository.ts';
import type { DeptType, Dimension, Layer, Scoring } from './assessment.rules.ts';
import type { IndicatorInput } from './assessment.schemas.ts';
import type { z } from 'zod';
import type { indicatorPatch, settingsBody, unitBody } from './assessment.schemas.ts';

type IndicatorRow = NonNullable<Awaited<ReturnType<typeof repo.findIndicator>>>;

/** An indicator as the API shows it. */
export function indicatorView(r: IndicatorRow) {
  return {
    id: r.id,
    quarter: r.quarter,
    layer: r.layer as Layer,
    deptType: r.dept_type as DeptType | null,
    post: r.post,
    personId: r.person_id,
    name: r.name,
    description: r.description,
    dimension: r.dimension as Dimension,
    weight: Number(r.weight),
    scoring: r.scoring as Scoring,
    maxScore: Number(r.max_score),
    evidenceRequired: r.evidence_required,
  };
}

/** Checks the layer's own fields: 个性 names a department type or a post, 动态 a cadre. */
function checkLayer(i: Pick<IndicatorInput, 'layer' | 'deptType' | 'post' | 'personId'>) {
  if (i.layer === 'individual' && !i.deptType && !i.post)
    throw new InvalidError([{ field: 'deptType', key: 'error.required' }]);
  if (i.layer === 'dynamic' && !i.personId)
    throw new InvalidError([{ field: 'personId', key: 'error.required' }]);
}

/** Builds the indicators, units and settings verbs. */
export function createIndicatorsService(deps: Pick<AssessmentDeps, 'db' | 'auditor' | 'org' | 'cadres'>) {
  const { db, auditor } = deps;

  async function frozen(districtId: string, quarter: string) {
    return !!(await repo.findCycleOfQuarter(db, districtId, quarter));
  }

  return {
    /** A quarter's indicators (any officer of the district reads the library). */
    async indicators(ctx: RequestContext, q: { districtId: string; quarter: string }) {
      const actor = requirePermission(ctx, 'assessment.read');
      requireDistrict(actor, 'assessment.read', q.districtId);
      const rows = await repo.findIndicators(db, q.districtId, q.quarter);
      return {
        quarter: q.quarter,
        frozen: await frozen(q.districtId, q.quarter),
        items: rows.map(indicatorView),
        can: { manage: districtsOf(actor, 'assessment.manage').includes(q.districtId) },
      };
    },

    /** Adds an indicator to a quarter not yet dispatched. */
    async createIndicator(ctx: RequestContext, input: IndicatorInput) {
      const actor = requirePermission(ctx, 'assessment.manage');
      requireDistrict(actor, 'assessment.manage', input.districtId);
      checkLayer(input);
      if (await frozen(input.districtId, input.quarter))
        throw new ConflictError('assessment.quarter_dispatched');
      if (input.layer === 'dynamic') {
        const [c] = await deps.cadres.cadresOf(input.districtId, { personIds: [input.personId!] });
        if (!c) throw new InvalidError([{ field: 'personId', key: 'assessment.not_cadre' }]);
      }
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        await repo.insertIndicators(trx, [
          {
            district_id: input.districtId,
            id,
            quarter: input.quarter,
            layer: input.layer,
            dept_type: input.layer === 'common' ? null : (input.deptType ?? null),
            post: input.layer === 'common' ? null : input.post || null,
            person_id: input.layer === 'dynamic' ? input.personId! : null,
            name: input.name,
            description: input.description,
            dimension: input.dimension,
            weight: input.weight,
            scoring: input.scoring,
            max_score: input.maxScore,
            evidence_required: input.evidenceRequired,
          },
        ]);
        await auditor.append(trx, ctx, {
          action: 'assessment.indicator.create',
          objectType: 'assessment_indicator',
          objectId: id,
          districtId: input.districtId,
          detail: { quarter: input.quarter, layer: input.layer, name: input.name },
        });
      });
      return { id };
    },

    /** Edits an indicator of a quarter not yet dispatched. */
    async updateIndicator(ctx: RequestContext, id: string, patch: z.infer<typeof indicatorPatch>) {
      const actor = requirePermission(ctx, 'assessment.manage');
      const row = await repo.findIndicatorIn(db, districtsOf(actor, 'assessment.manage'), id);
      if (!row) throw new NotFoundError();
      if (await frozen(row.district_id, row.quarter))
        throw new ConflictError('assessment.quarter_dispatched');
      const next = { ...indicatorView(row), ...patch };
      checkLayer(next);
      return db.transaction().execute(async (trx) => {
        const r = await repo.updateIndicator(trx, row.district_id, id, {
          dept_type: next.layer === 'common' ? null : (next.deptType ?? null),
          post: next.layer === 'common' ? null : next.post || null,
          name: next.name,
          description: next.description,
          dimension: next.dimension,
          weight: next.weight,
          scoring: next.scoring,
          max_score: next.maxScore,
          evidence_required: next.evidenceRequired,
        });
        await auditor.append(trx, ctx, {
          action: 'assessment.indicator.update',
          objectType: 'assessment_indicator',
          objectId: id,
          districtId: row.district_id,
          detail: patch,
        });
        return indicatorView(r!);
      });
    },

    /** Removes an indicator of a quarter not yet dispatched. */
    async deleteIndicator(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'assessment.manage');
      const row = await repo.findIndicatorIn(db, districtsOf(actor, 'assessment.manage'), id);
      if (!row) throw new NotFoundError();
      if (await frozen(row.district_id, row.quarter))
        throw new ConflictError('assessment.quarter_dispatched');
      await db.transaction().execute(async (trx) => {
        await repo.deleteIndicator(trx, row.district_id, id);
        await auditor.append(trx, ctx, {
          action: 'assessment.indicator.delete',
          objectType: 'assessment_indicator',
          objectId: id,
          districtId: row.district_id,
          detail: { name: row.name },
        });
      });
      return { ok: true as const };
    },

    /**
     * Starts a quarter's version as a copy of another's common and individual indicators (dynamic
     * ones belong to their quarter). The target must be empty and not dispatched.
     */
    async copyIndicators(ctx: RequestContext, b: { districtId: string; from: string; to: string }) {
      const actor = requirePermission(ctx, 'assessment.manage');
      requireDistrict(actor, 'assessment.manage', b.districtId);
      if (await frozen(b.districtId, b.to)) throw new ConflictError('assessment.quarter_dispatched');
      if ((await repo.findIndicators(db, b.districtId, b.to)).length > 0)
        throw new InvalidError([{ field: 'to', key: 'error.conflict' }]);
      const rows = (await repo.findIndicators(db, b.districtId, b.from)).filter((r) => r.layer !== 'dynamic');
      if (rows.length === 0) throw new InvalidError([{ field: 'from', key: 'assessment.no_indicators' }]);
      await db.transaction().execute(async (trx) => {
        await repo.insertIndicators(
          trx,
          rows.map((r) => ({
            district_id: r.district_id,
            id: uuidv7(),
            quarter: b.to,
            layer: r.layer,
            dept_type: r.dept_type,
            post: r.post,
            person_id: null,
            name: r.name,
            description: r.description,
            dimension: r.dimension,
            weight: Number(r.weight),
            scoring: r.scoring,
            max_score: Number(r.max_score),
            evidence_required: r.evidence_required,
          })),
        );
        await auditor.append(trx, ctx, {
          action: 'assessment.indicator.copy',
          objectType: 'assessment_indicator',
          districtId: b.districtId,
          detail: { from: b.from, to: b.to, count: rows.length },
        });
      });
      return { copied: rows.length };
    },

    /** The units of a district's cadres in the actor's scope: type, 双点 roles and head count. */
    async units(ctx: RequestContext, districtId: string) {
      const actor = requirePermission(ctx, 'assessment.read');
      requireDistrict(actor, 'assessment.read', districtId);
      const cadres = await deps.cadres.cadresOf(districtId);
      const counts = new Map<string, number>();
      for (const c of cadres) counts.set(c.unitNodeId, (counts.get(c.unitNodeId) ?? 0) + 1);
      const units = await unitsOf(deps, districtId, [...counts.keys()]);
      const out = [];
      for (const u of units.values()) {
        const n = await deps.org.findNode(u.node_id);
        if (!n || !can(actor, 'assessment.read', n.path)) continue;
        out.push({
          nodeId: u.node_id,
          name: u.name,
          deptType: u.dept_type as DeptType,
          liaison: u.liaison,
          observation: u.observation,
          supervisingGroup: u.supervising_group,
          leaderName: u.leader_name,
          cadres: counts.get(u.node_id) ?? 0,
          version: u.version,
        });
      }
      return out.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    },

    /** Sets a unit's department type and its 双点 roles (liaison / observation point, supervising group, leader). */
    async setUnit(ctx: RequestContext, nodeId: string, b: z.infer<typeof unitBody>) {
      const actor = requirePermission(ctx, 'assessment.manage');
      const node = await visibleNode(deps, actor, 'assessment.manage', nodeId);
      if (node.districtId !== b.districtId) throw new NotFoundError();
      await unitsOf(deps, b.districtId, [nodeId]);
      return db.transaction().execute(async (trx) => {
        const r = await repo.updateUnit(trx, b.districtId, nodeId, {
          dept_type: b.deptType,
          liaison: b.liaison,
          observation: b.observation,
          supervising_group: b.supervisingGroup,
          leader_name: b.leaderName,
        });
        await auditor.append(trx, ctx, {
          action: 'assessment.unit.update',
          objectType: 'assessment_unit',
          objectId: nodeId,
          districtId: b.districtId,
          detail: { deptType: b.deptType, liaison: b.liaison, observation: b.observation },
        });
        return { nodeId, version: r!.version };
      });
    },

    /** A district's settings (defaults until first saved). */
    async settings(ctx: RequestContext, districtId: string) {
      const actor = requirePermission(ctx, 'assessment.manage');
      requireDistrict(actor, 'assessment.manage', districtId);
      return settingsOf(db, districtId);
    },

    /** Saves a district's settings (409 with the current copy when someone saved meanwhile). */
    async saveSettings(ctx: RequestContext, b: z.infer<typeof settingsBody>) {
      const actor = requirePermission(ctx, 'assessment.manage');
      requireDistrict(actor, 'assessment.manage', b.districtId);
      const codes = new Set<string>();
      b.situations.forEach((s, i) => {
        if (codes.has(s.code))
          throw new InvalidError([{ field: `situations.${i}.code`, key: 'error.conflict' }]);
        codes.add(s.code);
      });
      b.groups.forEach((g, i) => {
        for (const p of [g.postPattern, g.gradePattern])
          try {
            if (p) new RegExp(p);
          } catch {
            throw new InvalidError([{ field: `groups.${i}.postPattern`, key: 'error.validation' }]);
          }
      });
      return db.transaction().execute(async (trx) => {
        const ok = await repo.saveSettings(trx, { ...b, by: actor.userId });
        if (!ok) throw new ConflictError('assessment.stale', { current: await settingsOf(db, b.districtId) });
        await auditor.append(trx, ctx, {
          action: 'assessment.settings.update',
          objectType: 'assessment_settings',
          objectId: b.districtId,
          districtId: b.districtId,
          detail: { goodQuota: b.goodQuota, situations: b.situations.length, groups: b.groups.length },
        });
        return settingsOf(trx as never, b.districtId);
      });
    },
  };
}
