/**
 * Rounds 轮次 of inspection (seed 004: 3轮巡察 over 5 units, special inspections of public-resource
 * trading and of the communities' 两委 elections): the district's problem categories, setting up a
 * round with its groups 巡察组 and units, the rounds in sight, and each unit's feedback letter
 * 巡察反馈意见书 (issued: numbered, its problems moved to await a plan, the unit told).
 */
import type { z } from 'zod';
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError, NotFoundError, type FieldProblem } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { categoriesOf, roundLabel, type InspectionsDeps } from './inspections.core.ts';
import { feedbackHtml } from './inspections.documents.ts';
import * as repo from './inspections.repository.ts';
import { feedbackNumber, UNIT_LEVELS, type RoundKind } from './inspections.rules.ts';
import type { roundBody, roundView, settingsBody } from './inspections.schemas.ts';

/** Builds the rounds use cases. */
export function createRoundsService(deps: InspectionsDeps) {
  const { db, auditor } = deps;

  /** A unit the actor may see: the inspection side always, the unit itself once its letter is issued. */
  async function unitFor(ctx: RequestContext, id: string) {
    requirePermission(ctx, 'inspections.read');
    const u = await repo.findUnit(db, id);
    if (!u) throw new NotFoundError();
    if (can(ctx.actor, 'inspections.manage', u.round_path)) return { u, manager: true };
    if (u.feedback_no && can(ctx.actor, 'inspections.read', u.path)) return { u, manager: false };
    throw new NotFoundError();
  }

  return {
    /** A district's problem categories (from a node in it) and whether the actor may change them. */
    async settings(ctx: RequestContext, nodeId: string) {
      const n = await nodeFor(db, ctx, nodeId, 'inspections.read');
      const d = await repo.findNode(db, n.district_id);
      return {
        categories: await categoriesOf(db, n.district_id),
        can: { manage: !!d && can(ctx.actor, 'inspections.manage', d.path) },
      };
    },

    /** Sets a district's problem categories. */
    async setCategories(ctx: RequestContext, b: z.infer<typeof settingsBody>) {
      const n = await nodeFor(db, ctx, b.nodeId, 'inspections.manage');
      await nodeFor(db, ctx, n.district_id, 'inspections.manage');
      const categories = [...new Set(b.categories)];
      await db.transaction().execute(async (trx) => {
        await repo.upsertSettings(trx, n.district_id, categories);
        await auditor.append(trx, ctx, {
          action: 'inspections.categories',
          objectType: 'inspections_settings',
          objectId: n.district_id,
          districtId: n.district_id,
          detail: { categories },
        });
      });
      return { categories, can: { manage: true } };
    },

    /** Sets up a round on the district with its groups and the units it inspects. */
    async createRound(ctx: RequestContext, b: z.infer<typeof roundBody>) {
      const d = await nodeFor(db, ctx, b.nodeId, 'inspections.manage');
      const problems: FieldProblem[] = [];
      if (d.level !== 'district') problems.push({ field: 'nodeId', key: 'inspections.not_district' });
      if (b.periodEnd < b.periodStart) problems.push({ field: 'periodEnd', key: 'inspections.bad_period' });
      const units: { nodeId: string; groupName: string }[] = [];
      for (const [i, u] of b.units.entries()) {
        const n = await repo.findNode(db, u.nodeId);
        if (!n || n.district_id !== d.district_id)
          problems.push({ field: `units.${i}.nodeId`, key: 'inspections.unit_elsewhere' });
        else if (!(UNIT_LEVELS as readonly string[]).includes(n.level))
          problems.push({ field: `units.${i}.nodeId`, key: 'inspections.bad_unit' });
        else units.push({ ...u, nodeId: n.id });
      }
      if (problems.length) throw new InvalidError(problems);
      return db.transaction().execute(async (trx) => {
        const id = uuidv7();
        const r = await repo.insertRound(trx, {
          district_id: d.district_id,
          id,
          node_id: d.id,
          year: b.year,
          number: b.number,
          kind: b.kind,
          topic: b.topic,
          period_start: b.periodStart,
          period_end: b.periodEnd,
          groups: JSON.stringify(b.groups),
          created_by: ctx.actor!.userId,
        });
        if (!r.numInsertedOrUpdatedRows)
          throw new InvalidError([{ field: 'number', key: 'inspections.duplicate_round' }]);
        const seen = new Set<string>();
        for (const u of units) {
          if (seen.has(u.nodeId)) continue;
          seen.add(u.nodeId);
          await repo.insertUnit(trx, {
            district_id: d.district_id,
            id: uuidv7(),
            round_id: id,
            node_id: u.nodeId,
            group_name: u.groupName,
          });
        }
        await auditor.append(trx, ctx, {
          action: 'inspections.round.create',
          objectType: 'inspections_round',
          objectId: id,
          districtId: d.district_id,
          detail: { year: b.year, number: b.number, kind: b.kind, units: seen.size },
        });
        return { id };
      });
    },

    /** The rounds in sight: all the district's for the inspection side, those inspecting them for the units. */
    async rounds(ctx: RequestContext, q: { year?: number }): Promise<z.infer<typeof roundView>[]> {
      const actor = requirePermission(ctx, 'inspections.read');
      const manage = scopePaths(actor, 'inspections.manage');
      const read = scopePaths(actor, 'inspections.read');
      const rounds = await repo.findRounds(db, {
        roundsInScope: nodeInPaths('r.node_id', manage),
        unitsInScope: nodeInPaths('u.node_id', read),
        year: q.year,
      });
      const units = await repo.findUnits(
        db,
        rounds.map((r) => r.id),
        nodeInPaths('u.node_id', read),
        shanghaiDay(),
      );
      const out = rounds.map((r) => {
        const manager = can(actor, 'inspections.manage', r.path);
        return {
          id: r.id,
          year: r.year,
          number: r.number,
          kind: r.kind as RoundKind,
          topic: r.topic,
          periodStart: r.period_start,
          periodEnd: r.period_end,
          groups: r.groups as { name: string; leader: string; members: string[] }[],
          units: units
            .filter((u) => u.round_id === r.id && (manager || u.feedback_no))
            .map((u) => ({
              id: u.id,
              nodeId: u.node_id,
              nodeName: u.node_name,
              groupName: u.group_name,
              feedbackNo: u.feedback_no,
              feedbackOn: u.feedback_on,
              findings: u.findings ?? 0,
              rectified: u.rectified ?? 0,
              overdue: u.overdue ?? 0,
              version: u.version,
            })),
          can: { manage: manager },
        };
      });
      // a unit sees a round once a letter to it has been issued
      return out.filter((r) => r.can.manage || r.units.length);
    },

    /** Issues a unit's feedback letter: numbered, its problems to await a plan, the unit told. */
    async issueFeedback(ctx: RequestContext, unitId: string, version: number) {
      requirePermission(ctx, 'inspections.manage');
      return db.transaction().execute(async (trx) => {
        const u = await repo.findUnit(trx, unitId, true);
        if (!u || !can(ctx.actor, 'inspections.manage', u.round_path)) throw new NotFoundError();
        if (u.version !== version) throw new ConflictError('inspections.stale');
        if (u.feedback_no) throw new ConflictError('inspections.wrong_state');
        const seq = await repo.nextFeedbackSeq(trx, u.district_id, u.year);
        const number = feedbackNumber(u.district_name, u.year, seq);
        const today = shanghaiDay();
        const issued = await repo.issueUnitFindings(trx, u.district_id, u.id);
        if (!issued.length) throw new ConflictError('inspections.no_findings');
        const r = await repo.updateUnit(trx, u.district_id, u.id, u.version, {
          feedback_no: number,
          feedback_seq: seq,
          feedback_on: today,
        });
        if (r.numUpdatedRows === 0n) throw new ConflictError('inspections.stale');
        await repo.insertSteps(
          trx,
          issued.map((fid) => ({
            district_id: u.district_id,
            id: uuidv7(),
            finding_id: fid,
            action: 'issue',
            note: number,
            by_user: ctx.actor!.userId,
            by_name: ctx.actor!.displayName,
          })),
        );
        await auditor.append(trx, ctx, {
          action: 'inspections.feedback.issue',
          objectType: 'inspections_unit',
          objectId: u.id,
          districtId: u.district_id,
          detail: { number, findings: issued.length },
        });
        await deps.notify.send(trx, [
          {
            districtId: u.district_id,
            nodeId: u.node_id,
            kind: 'inspections.feedback',
            title: t('zh-CN', 'inspections.notice.feedback', { unit: u.node_name, count: issued.length }),
            titleKey: 'inspections.notice.feedback',
            titleParams: { unit: u.node_name, count: issued.length },
            link: '/inspections',
            objectType: 'inspections_unit',
            objectId: u.id,
          },
        ]);
        return { id: u.id, feedbackNo: number, findings: issued.length };
      });
    },

    /** A unit's feedback letter as a printable page (a draft for the inspection side before it is issued). */
    async feedbackLetter(ctx: RequestContext, unitId: string) {
      const { u } = await unitFor(ctx, unitId);
      const findings = await repo.findUnitFindings(db, u.district_id, u.id);
      return feedbackHtml({
        districtName: u.district_name,
        number: u.feedback_no,
        unitName: u.node_name,
        roundLabel: roundLabel(u),
        kindName: t('zh-CN', `inspections.kind.${u.kind}`),
        topic: u.topic,
        periodStart: u.period_start,
        periodEnd: u.period_end,
        groupName: u.group_name,
        issuedOn: u.feedback_on,
        findings: findings.map((f) => ({
          category: f.category,
          description: f.description,
          severity: t('zh-CN', `inspections.severity.${f.severity}`),
          suggestions: f.suggestions,
        })),
      });
    },
  };
}
