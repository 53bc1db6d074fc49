/**
 * 绩效分值 given to a unit from outside the task lists. The people's deputies rate the livelihood
 * projects they chose (票决制); seed 003 has the result enter the responsible unit's performance
 * score. The projects module records each such score here through recordUnitScore (inside its own
 * transaction), and the tasks pages show them per unit beside the leaderboard.
 */
import type { RequestContext } from '../../platform/access/access.ts';
import { readRoots } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import * as repo from './tasks.unitscores.repository.ts';

/** One score a body gave a unit for a year. */
export interface UnitScoreInput {
  districtId: string;
  unitNodeId: string;
  year: number;
  /** 0–100. */
  score: number;
  /** Who gave it, unique per district (e.g. `projects.livelihood:<id>`); a new score replaces the old. */
  source: string;
  /** What users read (e.g. 人大代表满意度测评：<project>). */
  label: string;
}

/** A unit's scores of a year: the average and each source. */
export interface UnitScores {
  unitNodeId: string;
  unitName: string;
  average: number;
  items: { source: string; label: string; score: number; recordedAt: string }[];
}

/** Builds the unit-score verbs. */
export function createUnitScoresService(deps: { db: Db; auditor: Pick<Auditor, 'append'> }) {
  const { db, auditor } = deps;

  async function rows(ctx: RequestContext, q: { nodeId?: string; year: number }, action: string) {
    const paths = await readRoots(db, ctx, action, q.nodeId);
    return repo.findUnitScores(db, nodeInPaths('s.unit_node_id', paths), q.year);
  }

  return {
    /** Records a unit's score inside the caller's transaction, audited as the caller. */
    async recordUnitScore(trx: Executor, ctx: RequestContext, s: UnitScoreInput) {
      const score = Math.round(Math.min(100, Math.max(0, s.score)) * 10) / 10;
      await repo.upsertUnitScore(trx, {
        district_id: s.districtId,
        id: uuidv7(),
        unit_node_id: s.unitNodeId,
        year: s.year,
        source: s.source,
        label: s.label.slice(0, 200),
        score,
        recorded_by: ctx.actor?.userId ?? null,
      });
      await auditor.append(trx, ctx, {
        action: 'tasks.unit_score.record',
        objectType: 'org_node',
        objectId: s.unitNodeId,
        districtId: s.districtId,
        detail: { year: s.year, source: s.source, score },
      });
    },

    /** The year's scores of the units in scope (or under nodeId), grouped by unit. */
    async unitScores(ctx: RequestContext, q: { nodeId?: string; year: number }): Promise<UnitScores[]> {
      const byUnit = new Map<string, UnitScores>();
      for (const r of await rows(ctx, q, 'tasks.read')) {
        let u = byUnit.get(r.unit_node_id);
        if (!u)
          byUnit.set(
            r.unit_node_id,
            (u = { unitNodeId: r.unit_node_id, unitName: r.unit_name, average: 0, items: [] }),
          );
        u.items.push({
          source: r.source,
          label: r.label,
          score: Number(r.score),
          recordedAt: new Date(r.recorded_at).toISOString(),
        });
      }
      return [...byUnit.values()].map((u) => ({
        ...u,
        average: Math.round((10 * u.items.reduce((a, i) => a + i.score, 0)) / u.items.length) / 10,
      }));
    },

    /** The same as Excel: one row per score. */
    async exportUnitScores(ctx: RequestContext, q: { nodeId?: string; year: number }) {
      const list = await rows(ctx, q, 'tasks.read');
      return writeWorkbook([
        {
          name: '绩效分值',
          columns: [
            { key: 'unit', header: '责任单位', width: 20 },
            { key: 'label', header: '来源', width: 40 },
            { key: 'score', header: '分值', width: 8, type: 'number' },
            { key: 'at', header: '记录时间', width: 20 },
          ],
          rows: list.map((r) => ({
            unit: r.unit_name,
            label: r.label,
            score: Number(r.score),
            at: new Date(r.recorded_at).toISOString().slice(0, 10),
          })),
        },
      ]);
    },
  };
}

export type UnitScoresService = ReturnType<typeof createUnitScoresService>;
