/** The quarter's material a cadre's sheet is prefilled with, and the draft summary written from it. */
import { sql } from 'kysely';
import { settingsOf, type AssessmentDeps } from './assessment.context.ts';
import * as repo from './assessment.repository.ts';
import { pointsFromOrders, quarterRange } from './assessment.rules.ts';
import type { SheetDetail } from './assessment.schemas.ts';

type SheetRow = NonNullable<Awaited<ReturnType<typeof repo.findSheet>>>;
export type Prefill = NonNullable<SheetDetail['prefill']>;
const CATEGORY_ZH = { major: '大事', important: '要事', hard: '难事' } as const;
const ORDER_ZH = { responsibility: '责任令', commendation: '嘉奖令', accountability: '问责令' } as const;

/** Builds the prefill of a sheet. */
export function createSheetPrefill(deps: AssessmentDeps) {
  const { db } = deps;

  /** The quarter's material for the summary: tasks, orders with points, points, reports, observations, and a draft. */
  async function prefillOf(
    s: Pick<SheetRow, 'district_id' | 'person_id' | 'unit_node_id' | 'quarter'>,
  ): Promise<Prefill> {
    const { from, to } = quarterRange(s.quarter);
    const settings = await settingsOf(db, s.district_id);
    const [tasks, orders, manual, reports, observations] = await Promise.all([
      deps.feed.tasksOf({ districtId: s.district_id, unitNodeIds: [s.unit_node_id], from, to }),
      deps.feed.ordersOf({ districtId: s.district_id, personIds: [s.person_id], from, to }),
      repo.findPoints(db, s.district_id, { personIds: [s.person_id], from, to, status: 'approved' }),
      repo.findReports(db, s.district_id, { personId: s.person_id, from, to }),
      // the 双点 observations of the cadre's unit (and of the cadre) in the quarter
      repo.findObservations(db, s.district_id, sql<boolean>`true`, {
        unitNodeId: s.unit_node_id,
        personId: s.person_id,
        from,
        to,
      }),
    ]);
    const lines = pointsFromOrders(s.person_id, orders, settings.orderPoints);
    const pts = new Map(lines.map((l) => [l.ref, l.points]));
    const points =
      Math.round(
        (lines.reduce((x, l) => x + l.points, 0) + manual.reduce((x, m) => x + Number(m.points), 0)) * 100,
      ) / 100;
    const liveReports = reports.filter((r) => r.status !== 'rejected');
    const draft = [
      tasks.length
        ? `本季度参与${tasks.length}项任务：${tasks.map((x) => `${x.title}（进度${Math.round(x.progress)}%）`).join('；')}。`
        : '',
      orders.length
        ? `获${orders.map((o) => `${ORDER_ZH[o.type]}${o.number ? `（${o.number}）` : ''}“${o.taskTitle}”`).join('、')}。`
        : '',
      liveReports.length
        ? `云端述事${liveReports.length}项：${liveReports.map((r) => `[${CATEGORY_ZH[r.category as keyof typeof CATEGORY_ZH]}]${r.title}`).join('；')}。`
        : '',
      `本季度积分 ${points >= 0 ? '+' : ''}${points} 分。`,
    ]
      .filter(Boolean)
      .join('\n');
    return {
      tasks: tasks.map((x) => ({
        taskId: x.taskId,
        title: x.title,
        status: x.status,
        colour: x.colour,
        progress: x.progress,
      })),
      orders: orders.map((o) => ({
        orderId: o.orderId,
        type: o.type,
        number: o.number,
        taskTitle: o.taskTitle,
        issuedAt: o.issuedAt,
        points: pts.get(o.orderId) ?? 0,
      })),
      points,
      reports: liveReports.map((r) => ({
        id: r.id,
        title: r.title,
        category: r.category as 'major',
        status: r.status,
      })),
      observations: observations.map((o) => ({
        observerName: o.observer_name,
        rating: o.rating,
        note: o.note,
        observedOn: String(o.observed_on),
      })),
      draft,
    };
  }
  return prefillOf;
}
