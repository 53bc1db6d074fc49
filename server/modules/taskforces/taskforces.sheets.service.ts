/**
 * The task-force register in and out of Excel: orders, applications and members out (one sheet
 * each); members in (cadres already in the people register, by person id or by name and unit), each
 * row checked first (a file with a bad row changes nothing: 422 with a message per row and column),
 * a cadre already on the order skipped, so a repeated import adds nothing.
 */
import { requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import { NotFoundError, type FieldProblem } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  writeWorkbook,
  type ColumnSpec,
  type TableRead,
  rowChecks,
  importRegister,
} from '../../platform/sheets/index.ts';
import { districtsOf, memberOut, postsOf, todayOf, type TaskforcesDeps } from './taskforces.core.ts';
import * as repo from './taskforces.repository.ts';
import { RATING_LABELS, type Rating } from './taskforces.rules.ts';

/** The most rows one import reads. */
export const IMPORT_MAX_ROWS = 5_000;

/** The members sheet's columns (the export's own headers first). */
const COLUMNS = [
  { key: 'order', label: '招募令文号', synonyms: ['文号', '招募令', 'Order'], required: true },
  { key: 'post', label: '岗位', synonyms: ['专班岗位', 'Post'], required: true },
  { key: 'name', label: '姓名', synonyms: ['干部姓名', 'Name'] },
  { key: 'unit', label: '单位', synonyms: ['所在单位', '工作单位', 'Unit'] },
  { key: 'personId', label: '人员编号', synonyms: ['人员ID', 'Person id', 'PersonId'] },
  { key: 'retired', label: '退职领导', synonyms: ['是否退职领导', 'Retired leader'] },
  { key: 'start', label: '到岗日期', synonyms: ['开始日期', 'Start'], required: true },
] as const satisfies readonly ColumnSpec[];

/** A real calendar day between 2000 and 2100, written YYYY-MM-DD. */
const isDay = (s: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || s < '2000-01-01' || s > '2100-12-31') return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** What one import row does. */
export interface MemberImportRow {
  row: number;
  order: string;
  name: string;
  post: string;
  startDate: string;
  action: 'add' | 'skip';
}

/** Builds the Excel verbs. */
export function createSheetsService(deps: TaskforcesDeps) {
  const { db, auditor } = deps;

  /** Checks an upload against the district's orders, cadres and members as they are in exec. */
  async function plan(exec: Executor, ctx: RequestContext, districtId: string, table: TableRead) {
    const numbers = [...new Set(table.rows.map((r) => String(r.cells.order ?? '').trim()).filter(Boolean))];
    const orders = await repo.findOrdersByNumber(exec, districtId, numbers);
    const cadres = await deps.cadres.cadresOf(districtId);
    const units = new Map(
      (await repo.findNodeNames(exec, districtId, [...new Set(cadres.map((c) => c.unitNodeId))])).map((n) => [
        n.id,
        n.name,
      ]),
    );
    const existing = new Set(
      (
        await repo.findApplicationKeys(
          exec,
          districtId,
          orders.map((o) => o.id),
        )
      ).map((k) => `${k.order_id}/${k.person_id}`),
    );
    const seen = new Map<string, number>();
    const rows: MemberImportRow[] = [];
    const adds: {
      row: number;
      order: repo.OrderRow;
      postIndex: number;
      cadre: (typeof cadres)[number];
      retired: boolean;
      start: string;
    }[] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<(typeof COLUMNS)[number]['key']>(
        ctx.lang,
        'taskforces.import',
        r,
        errors,
      );
      const number = text('order', 40, true);
      const postText = text('post', 40, true);
      const name = text('name', 40);
      const unit = text('unit', 100);
      const personId = text('personId', 40);
      const retiredText = text('retired', 4);
      const start = text('start', 10, true);
      if (start && !isDay(start)) bad('start', 'taskforces.import.bad_date');
      let retired = false;
      if (retiredText) {
        if (['是', 'Y', 'y', 'yes', '1'].includes(retiredText)) retired = true;
        else if (!['否', 'N', 'n', 'no', '0'].includes(retiredText))
          bad('retired', 'taskforces.import.bad_flag');
      }
      const order = number ? orders.find((o) => o.number === number) : undefined;
      if (number && !order) bad('order', 'taskforces.import.unknown_order', { value: number.slice(0, 40) });
      const postIndex = order && postText ? postsOf(order).findIndex((p) => p.title === postText) : -1;
      if (order && postText && postIndex < 0)
        bad('post', 'taskforces.import.unknown_post', { value: postText });
      let found = personId
        ? cadres.filter((c) => c.personId === personId)
        : name
          ? cadres.filter((c) => c.name === name && (!unit || units.get(c.unitNodeId) === unit))
          : [];
      if (!personId && !name) bad('name', 'taskforces.import.required');
      else if (!found.length)
        bad(personId ? 'personId' : 'name', 'taskforces.import.unknown_cadre', {
          value: (personId || `${name}${unit ? `（${unit}）` : ''}`).slice(0, 60),
        });
      else if (found.length > 1) {
        bad('name', 'taskforces.import.ambiguous_cadre', { value: name });
        found = [];
      }
      if (errors.length > before || !order || !found.length || !start || postIndex < 0) continue;
      const cadre = found[0];
      const k = `${order.id}/${cadre.personId}`;
      const earlier = seen.get(k);
      if (earlier) {
        bad('name', 'taskforces.import.duplicate', { row: earlier });
        continue;
      }
      seen.set(k, r.row);
      const action = existing.has(k) ? 'skip' : 'add';
      rows.push({
        row: r.row,
        order: order.number,
        name: cadre.name,
        post: postText!,
        startDate: start,
        action,
      });
      if (action === 'add') adds.push({ row: r.row, order, postIndex, cadre, retired, start });
    }
    return { rows, adds, errors };
  }

  /** The one district an officer imports into (the one asked for, or their only one). */
  function districtFor(ctx: RequestContext, districtId?: string) {
    const actor = requirePermission(ctx, 'taskforces.manage');
    const districts = districtsOf(actor, 'taskforces.manage');
    const d = districtId ?? districts[0];
    if (!d || !districts.includes(d)) throw new NotFoundError();
    return d;
  }

  return {
    /** Adds the members an upload names (cadres already registered) as selected; dryRun only says what would happen. */
    async importMembers(ctx: RequestContext, file: Buffer, dryRun: boolean, districtId?: string) {
      const d = districtFor(ctx, districtId);
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        (exec, table) => plan(exec, ctx, d, table),
        async (trx, p) => {
          for (const a of p.adds) {
            const id = uuidv7();
            const r = await repo.insertApplication(trx, {
              district_id: d,
              id,
              order_id: a.order.id,
              person_id: a.cadre.personId,
              person_name: a.cadre.name,
              unit_node_id: a.cadre.unitNodeId,
              user_id: null,
              post_index: a.postIndex,
              retired_leader: a.retired,
              state: 'selected',
              decided_by: ctx.actor!.userId,
              decided_at: new Date(),
              start_date: a.start,
              decision_note: '台账导入',
            });
            if (!r.numInsertedOrUpdatedRows) {
              p.rows.find((x) => x.row === a.row)!.action = 'skip';
              continue;
            }
            await auditor.append(trx, ctx, {
              action: 'taskforces.member.import',
              objectType: 'taskforces_application',
              objectId: id,
              districtId: d,
              detail: { order: a.order.number, personId: a.cadre.personId },
            });
          }
        },
      );
    },

    /** Orders, applications and members of the actor's scope as one workbook. */
    async exportRegister(ctx: RequestContext, q: { districtId?: string }) {
      const actor = requirePermission(ctx, 'taskforces.export');
      const paths = scopePaths(actor, 'taskforces.export');
      const where = nodeInPaths('o.node_id', paths);
      const orders = await repo.findOrders(db, where, q.districtId, 10_000);
      const apps = (await repo.findApplications(db, where, {}, 100_000)).filter(
        (a) => !q.districtId || a.district_id === q.districtId,
      );
      const selected = apps.filter((a) => a.state === 'selected');
      const ratings = await repo.findRatings(
        db,
        [...new Set(selected.map((a) => a.district_id))],
        selected.map((a) => a.id),
      );
      const today = todayOf(deps);
      const yes = (b: boolean) => (b ? '是' : '否');
      return writeWorkbook([
        {
          name: t(ctx.lang, 'taskforces.sheet.orders'),
          columns: [
            { key: 'number', header: '文号', width: 20 },
            { key: 'name', header: '专班名称', width: 24 },
            { key: 'lead', header: '牵头单位', width: 18 },
            { key: 'audience', header: '招募对象', width: 12 },
            { key: 'posts', header: '岗位', width: 40 },
            { key: 'open', header: '报名时间', width: 24 },
            { key: 'term', header: '专班起始', width: 12 },
            { key: 'mission', header: '工作任务', width: 50 },
          ],
          rows: orders.map((o) => ({
            number: o.number,
            name: o.name,
            lead: o.lead_name,
            audience: t('zh-CN', `taskforces.audience.${o.audience}`),
            posts: postsOf(o)
              .map((p) => `${p.title}×${p.count}`)
              .join('、'),
            open: `${o.open_from} 至 ${o.open_to}`,
            term: o.term_start,
            mission: o.mission,
          })),
        },
        {
          name: t(ctx.lang, 'taskforces.sheet.applications'),
          columns: [
            { key: 'order', header: '招募令文号', width: 20 },
            { key: 'name', header: '姓名', width: 10 },
            { key: 'unit', header: '单位', width: 18 },
            { key: 'post', header: '岗位', width: 14 },
            { key: 'retired', header: '退职领导', width: 8 },
            { key: 'state', header: '状态', width: 10 },
            { key: 'statement', header: '报名陈述', width: 40 },
            { key: 'note', header: '意见', width: 24 },
          ],
          rows: apps.map((a) => ({
            order: a.order_number,
            name: a.person_name,
            unit: a.unit_name,
            post: postsOf(a)[a.post_index]?.title ?? '',
            retired: yes(a.retired_leader),
            state: t('zh-CN', `taskforces.state.${a.state}`),
            statement: a.statement,
            note: a.decision_note,
          })),
        },
        {
          name: t(ctx.lang, 'taskforces.sheet.members'),
          columns: [
            { key: 'order', header: '招募令文号', width: 20 },
            { key: 'post', header: '岗位', width: 14 },
            { key: 'name', header: '姓名', width: 10 },
            { key: 'unit', header: '单位', width: 18 },
            { key: 'personId', header: '人员编号', width: 38 },
            { key: 'retired', header: '退职领导', width: 8 },
            { key: 'start', header: '到岗日期', width: 12 },
            { key: 'months', header: '在岗月数', width: 8, type: 'number' },
            { key: 'latest', header: '最近评定', width: 10 },
            { key: 'eligible', header: '符合晋升激励', width: 12 },
          ],
          rows: selected.map((a) => {
            const m = memberOut(a, ratings, today);
            return {
              order: m.orderNumber,
              post: m.postTitle,
              name: m.personName,
              unit: m.unitName,
              personId: m.personId,
              retired: yes(m.retiredLeader),
              start: m.startDate,
              months: m.months,
              latest: m.latest ? RATING_LABELS[m.latest as Rating] : '',
              eligible: yes(m.eligible),
            };
          }),
        },
      ]);
    },
  };
}
