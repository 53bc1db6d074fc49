/**
 * The year's lists 主体责任清单: instantiated from the active templates for every organisation and
 * post in scope (or one at a time), the register with completion rates and overdue items, a list's
 * items, progress reported by the organisation with its evidence (an Idempotency-Key makes a phone's
 * retry safe), and the office's check (认定 or 退回, the organisation told).
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { keyedTitle } from '../notify/index.ts';
import type { Executor } from '../../platform/db/db.ts';
import { checkUpdated, listFigures, type DutylistsCore, type DutylistsDeps } from './dutylists.core.ts';
import * as repo from './dutylists.repository.ts';
import {
  dueDay,
  itemActions,
  itemMove,
  kindFits,
  kindsForLevel,
  overdue,
  type ItemActor,
  type ItemState,
  type Target,
} from './dutylists.rules.ts';
import type { checkItemBody, listBody, reportItemBody } from './dutylists.schemas.ts';

/** Builds the list verbs. */
export function createListsService(deps: DutylistsDeps & { core: DutylistsCore }) {
  const { db, auditor, notify, core } = deps;

  const rolesOn = (ctx: RequestContext, path: string): ItemActor[] => [
    ...(can(ctx.actor, 'dutylists.report', path) ? (['unit'] as const) : []),
    ...(can(ctx.actor, 'dutylists.manage', path) ? (['office'] as const) : []),
  ];

  const itemOut = (ctx: RequestContext, path: string, i: repo.ItemRow, today: string) => ({
    id: i.id,
    seq: i.seq,
    title: i.title,
    evidenceRequired: i.evidence_required,
    dueOn: i.due_on,
    state: i.state as ItemState,
    overdue: overdue({ state: i.state, dueOn: i.due_on }, today),
    progress: i.progress,
    evidence: i.evidence,
    reportedAt: i.reported_at ? new Date(i.reported_at).toISOString() : null,
    acceptedOn: i.accepted_on,
    checkNote: i.check_note,
    version: i.version,
    actions: itemActions(i.state as ItemState, rolesOn(ctx, path)),
  });

  /** Makes one list from the district's active templates of its kind; null when it exists already. */
  async function makeList(
    trx: Executor,
    x: { districtId: string; year: number; nodeId: string; target: Target; kind: string; holder: string },
    templates: repo.TemplateRow[],
  ) {
    const items = templates.filter((m) => m.active && m.target === x.target && m.kind === x.kind);
    if (items.length === 0) return null;
    const id = uuidv7();
    const stored = await repo.insertList(trx, {
      district_id: x.districtId,
      id,
      year: x.year,
      node_id: x.nodeId,
      target: x.target,
      kind: x.kind,
      holder: x.holder,
    });
    if (!stored) return null;
    await repo.insertItems(
      trx,
      items.map((m) => ({
        district_id: x.districtId,
        id: uuidv7(),
        list_id: id,
        seq: m.seq,
        title: m.title,
        evidence_required: m.evidence,
        due_on: dueDay(x.year, m.due_md),
      })),
    );
    return { id, items: items.length };
  }

  return {
    /**
     * Instantiates a year: every node in the office's scope gets the lists its level carries (区委 and
     * the departments' own on the district, 党组 on departments, 街道党工委, 社区党委, and the posts), each
     * from the active templates; lists already there are kept. Answers how many were made.
     */
    async instantiate(ctx: RequestContext, b: { year: number }) {
      requirePermission(ctx, 'dutylists.manage');
      const paths = await core.roots(ctx, 'dutylists.manage');
      let lists = 0;
      let items = 0;
      for (const districtId of core.districts(ctx, 'dutylists.manage')) {
        const templates = await repo.findTemplates(db, districtId);
        const nodes = await repo.findNodes(db, districtId, nodeInPaths('n.id', paths));
        await db.transaction().execute(async (trx) => {
          for (const n of nodes)
            for (const [target, kind] of kindsForLevel(n.level)) {
              const made = await makeList(
                trx,
                { districtId, year: b.year, nodeId: n.id, target, kind, holder: '' },
                templates,
              );
              if (!made) continue;
              lists++;
              items += made.items;
            }
          await auditor.append(trx, ctx, {
            action: 'dutylists.instantiate',
            objectType: 'dutylists_list',
            objectId: null,
            districtId,
            detail: { year: b.year, lists, items },
          });
        });
      }
      return { lists, items };
    },

    /** Makes one organisation's or post's list for a year (e.g. a 基层党组织 or 其他党(工)委); 409 when it has one. */
    async addList(ctx: RequestContext, b: z.infer<typeof listBody>) {
      const n = await core.nodeFor(ctx, b.nodeId, 'dutylists.manage');
      if (!kindFits(b.target, b.kind))
        throw new InvalidError([{ field: 'kind', key: 'dutylists.kind_target' }]);
      return db.transaction().execute(async (trx) => {
        const made = await makeList(
          trx,
          {
            districtId: n.district_id,
            year: b.year,
            nodeId: n.id,
            target: b.target,
            kind: b.kind,
            holder: b.holder,
          },
          await repo.findTemplates(trx, n.district_id),
        );
        if (!made) throw new ConflictError('dutylists.list_exists');
        await auditor.append(trx, ctx, {
          action: 'dutylists.list.create',
          objectType: 'dutylists_list',
          objectId: made.id,
          districtId: n.district_id,
          detail: { year: b.year, node: n.id, target: b.target, kind: b.kind },
        });
        return { id: made.id };
      });
    },

    /** The year's lists under a node (or the whole scope) with their figures. */
    async lists(ctx: RequestContext, q: { year?: number; nodeId?: string }) {
      const paths = await core.roots(ctx, 'dutylists.read', q.nodeId);
      const today = core.today();
      const year = q.year ?? Number(today.slice(0, 4));
      const rows = await core.listsWithItems(year, nodeInPaths('l.node_id', paths));
      return {
        lists: rows.map((r) => listFigures(r.list, r.items, today)),
        can: { manage: can(ctx.actor, 'dutylists.manage'), export: can(ctx.actor, 'dutylists.export') },
      };
    },

    /** A list with its items and the moves open to the actor on each. */
    async getList(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'dutylists.read');
      const l = await repo.findList(db, id);
      if (!l || !can(ctx.actor, 'dutylists.read', l.path)) throw new NotFoundError();
      const items = await repo.findItemsOfLists(db, l.district_id, [l.id]);
      const today = core.today();
      return { ...listFigures(l, items, today), itemsList: items.map((i) => itemOut(ctx, l.path, i, today)) };
    },

    /** The organisation reports progress on an item with its evidence; it waits for the office's check. */
    async reportItem(ctx: RequestContext, id: string, b: z.infer<typeof reportItemBody>, key?: string) {
      const actor = requirePermission(ctx, 'dutylists.report');
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(
          trx,
          { userId: actor.userId, key, payload: { id, ...b } },
          async () => {
            const i = await repo.findItem(trx, id);
            if (!i || !can(ctx.actor, 'dutylists.report', i.path)) throw new NotFoundError();
            if (i.version !== b.version) throw new ConflictError('dutylists.stale');
            const to = itemMove(i.state as ItemState, 'report', ['unit']);
            if (!to) throw new ConflictError('dutylists.wrong_state');
            checkUpdated(
              await repo.updateItem(trx, i.district_id, i.id, i.version, {
                state: to,
                progress: b.progress,
                evidence: b.evidence,
                reported_at: new Date().toISOString(),
                reported_by: actor.userId,
              }),
            );
            await auditor.append(trx, ctx, {
              action: 'dutylists.item.report',
              objectType: 'dutylists_item',
              objectId: i.id,
              districtId: i.district_id,
              detail: { list: i.list_id },
            });
            return { ok: true as const };
          },
        );
        return result;
      });
    },

    /** The office accepts (认定) or returns (退回) a reported item; the organisation is told. */
    async checkItem(ctx: RequestContext, id: string, b: z.infer<typeof checkItemBody>) {
      const actor = requirePermission(ctx, 'dutylists.manage');
      return db.transaction().execute(async (trx) => {
        const i = await repo.findItem(trx, id);
        if (!i || !can(ctx.actor, 'dutylists.manage', i.path)) throw new NotFoundError();
        if (i.version !== b.version) throw new ConflictError('dutylists.stale');
        const to = itemMove(i.state as ItemState, b.action, ['office']);
        if (!to) throw new ConflictError('dutylists.wrong_state');
        if (b.action === 'return' && !b.note)
          throw new InvalidError([{ field: 'note', key: 'dutylists.note_required' }]);
        checkUpdated(
          await repo.updateItem(trx, i.district_id, i.id, i.version, {
            state: to,
            check_note: b.note,
            checked_by: actor.userId,
            accepted_on: to === 'accepted' ? core.today() : null,
          }),
        );
        await auditor.append(trx, ctx, {
          action: `dutylists.item.${b.action}`,
          objectType: 'dutylists_item',
          objectId: i.id,
          districtId: i.district_id,
          detail: { note: b.note },
        });
        await notify.send(trx, [
          {
            districtId: i.district_id,
            nodeId: i.node_id,
            kind: 'dutylists.checked',
            ...keyedTitle('dutylists.notice.checked', {
              title: i.title,
              result: { $t: `dutylists.state.${to}` },
            }),
            body: b.note,
            link: `/dutylists/lists/${i.list_id}`,
            objectType: 'dutylists_item',
            objectId: i.id,
          },
        ]);
        return { ok: true as const };
      });
    },

    /** Every item of the year's lists in scope as Excel: organisation, item, due, state, overdue. */
    async exportItems(ctx: RequestContext, q: { year?: number; nodeId?: string }) {
      const paths = await core.roots(ctx, 'dutylists.export', q.nodeId);
      const today = core.today();
      const year = q.year ?? Number(today.slice(0, 4));
      const rows = await core.listsWithItems(year, nodeInPaths('l.node_id', paths));
      const yes = ctx.lang === 'zh-CN' ? '是' : 'yes';
      return writeWorkbook([
        {
          name: t(ctx.lang, 'dutylists.sheet.items'),
          columns: [
            { key: 'node', header: '单位', width: 16 },
            { key: 'kind', header: '责任主体', width: 14 },
            { key: 'holder', header: '责任人', width: 10 },
            { key: 'seq', header: '序号', width: 6, type: 'number' },
            { key: 'title', header: '责任事项', width: 40 },
            { key: 'dueOn', header: '完成时限', width: 12 },
            { key: 'state', header: '状态', width: 10 },
            { key: 'overdue', header: '逾期', width: 6 },
            { key: 'progress', header: '进展', width: 40 },
          ],
          rows: rows.flatMap(({ list, items }) =>
            items.map((i) => ({
              node: list.node_name,
              kind: t(ctx.lang, `dutylists.kind.${list.kind}`),
              holder: list.holder,
              seq: i.seq,
              title: i.title,
              dueOn: i.due_on,
              state: t(ctx.lang, `dutylists.state.${i.state}`),
              overdue: overdue({ state: i.state, dueOn: i.due_on }, today) ? yes : '',
              progress: i.progress,
            })),
          ),
        },
      ]);
    },
  };
}
