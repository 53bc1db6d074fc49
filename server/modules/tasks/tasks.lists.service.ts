/** The yearly list 榜单: lists in scope, one list, a district's draft for a year, adding tasks, publishing, the public page. */
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { t } from '../../platform/i18n.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { TasksCore } from './tasks.core.ts';
import * as listsRepo from './tasks.lists.repository.ts';
import * as repo from './tasks.repository.ts';
import { assertTransition, LIST_MACHINE, type ListStatus } from './tasks.rules.ts';
import type { TaskInput } from './tasks.schemas.ts';
import { iso, listView } from './tasks.views.ts';
import { insertTask } from './tasks.writes.ts';

/** Builds the list verbs. */
export function createLists(deps: { core: TasksCore; auditor: Auditor }) {
  const { core, auditor } = deps;
  const { db, org } = core;

  return {
    /** Lists in the actor's scope. */
    async lists(ctx: RequestContext, q: { districtId?: string; year?: number }) {
      const actor = requirePermission(ctx, 'tasks.read');
      // units of the district see its lists, drafts too, so that they can propose tasks for them
      const rows = await listsRepo.listsInScope(
        db,
        scopePaths(actor, 'tasks.manage'),
        core.districtsOf(actor, 'tasks.read'),
        q,
      );
      return rows.map(listView);
    },

    /** One list (drafts only to its managers). */
    async getList(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'tasks.read');
      const l = await repo.findList(db, id);
      if (!l) throw new NotFoundError();
      const manage = can(actor, 'tasks.manage', await core.pathOf(l.district_id));
      // units of the district see its lists, drafts too, so that they can propose tasks for them
      if (!manage && !core.districtsOf(actor, 'tasks.read').includes(l.district_id))
        throw new NotFoundError();
      const c = await listsRepo.countListTasks(db, l);
      return listView({ ...l, task_count: c.c });
    },

    /** Creates the district's draft list for a year (one per district per year). */
    async createList(ctx: RequestContext, input: { districtId: string; year: number; title: string }) {
      await core.requireOver(ctx, 'tasks.manage', input.districtId);
      const district = await org.get(ctx, input.districtId);
      if (district.level !== 'district')
        throw new InvalidError([{ field: 'districtId', key: 'tasks.node_other_district' }]);
      return db.transaction().execute(async (trx) => {
        const id = uuidv7();
        const r = await listsRepo.insertList(trx, {
          district_id: input.districtId,
          id,
          year: input.year,
          title: input.title,
        });
        if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) throw new ConflictError('tasks.list_exists');
        await auditor.append(trx, ctx, {
          action: 'tasks.list.create',
          objectType: 'tasks_list',
          objectId: id,
          districtId: input.districtId,
          detail: { year: input.year, title: input.title },
        });
        return { id };
      });
    },

    /** Adds a top-down task to a draft list. */
    async addTask(ctx: RequestContext, listId: string, input: TaskInput) {
      requirePermission(ctx, 'tasks.manage');
      const l0 = await repo.findList(db, listId);
      if (!l0 || !can(ctx.actor, 'tasks.manage', await core.pathOf(l0.district_id)))
        throw new NotFoundError();
      const responsible = input.responsibleNodeId
        ? await core.unitNode(ctx, input.responsibleNodeId, 'tasks.manage', 'responsibleNodeId')
        : null;
      if (responsible && responsible.districtId !== l0.district_id)
        throw new InvalidError([{ field: 'responsibleNodeId', key: 'tasks.node_other_district' }]);
      return db.transaction().execute(async (trx) => {
        const list = (await repo.findList(trx, listId, true))!;
        assertTransition(LIST_MACHINE, list.status as ListStatus, 'edit');
        const id = await insertTask(trx, {
          districtId: list.district_id,
          listId: list.id,
          kind: 'list_task',
          year: list.year,
          source: 'top_down',
          status: 'draft',
          input,
          responsible,
        });
        await listsRepo.bumpListVersion(trx, list);
        await auditor.append(trx, ctx, {
          action: 'tasks.task.add',
          objectType: 'tasks_task',
          objectId: id,
          districtId: list.district_id,
          detail: { listId, title: input.title, category: input.category },
        });
        return { id };
      });
    },

    /** Publishes a list: its version is frozen and its tasks open for claiming. */
    async publishList(ctx: RequestContext, id: string, input: { version: number }) {
      requirePermission(ctx, 'tasks.manage');
      const l0 = await repo.findList(db, id);
      if (!l0 || !can(ctx.actor, 'tasks.manage', await core.pathOf(l0.district_id)))
        throw new NotFoundError();
      return db.transaction().execute(async (trx) => {
        const list = (await repo.findList(trx, id, true))!;
        assertTransition(LIST_MACHINE, list.status as ListStatus, 'publish');
        if (list.version !== input.version) throw new ConflictError('error.stale');
        const tasks = await listsRepo.publishDraftTasks(trx, list);
        if (!tasks.length) throw new ConflictError('tasks.list_empty');
        const now = new Date();
        await listsRepo.markListPublished(trx, list, ctx.actor!.userId, now);
        await auditor.append(trx, ctx, {
          action: 'tasks.list.publish',
          objectType: 'tasks_list',
          objectId: list.id,
          districtId: list.district_id,
          detail: { version: list.version, tasks: tasks.map((x) => x.id) },
        });
        const count = tasks.length;
        return listView({
          ...list,
          status: 'published',
          published_version: list.version,
          published_at: now,
          task_count: count,
        });
      });
    },

    /** The public page: a published list with each task's live status (no login). */
    async publicList(_ctx: RequestContext, q: { districtId: string; year: number }) {
      const list = await listsRepo.publishedListOf(db, q.districtId, q.year);
      if (!list) throw new NotFoundError();
      const rows = await listsRepo.publicTasksOfList(db, list);
      const views = await core.taskViews(_ctx, rows);
      const notices = await listsRepo.publicNoticesOfList(db, list);
      return {
        districtId: list.district_id,
        year: list.year,
        title: list.title,
        publishedVersion: list.published_version!,
        publishedAt: iso(list.published_at)!,
        tasks: views.map((v, i) => ({
          id: v.id,
          no: v.no,
          title: v.title,
          category: v.category,
          goal: rows[i].goal,
          deadline: v.deadline,
          status: v.status,
          evalStatus: v.evalStatus,
          plannedProgress: v.plannedProgress,
          actualProgress: v.actualProgress,
          units: v.units.map((u) => u.name),
          commanderName: v.commanderName,
        })),
        notices: notices.map((n) => ({
          id: n.id,
          type: n.type as 'commendation' | 'accountability',
          number: n.number,
          unitName: n.unit_name,
          taskTitle: n.task_title,
          issuedOn: shanghaiDay(n.issued_at ?? new Date()),
          // a reason the evaluation drafted is a message key: said in the reader's language
          reason: n.proposal_reason?.startsWith('tasks.why.')
            ? t(_ctx.lang, n.proposal_reason)
            : n.proposal_reason,
        })),
      };
    },
  };
}
