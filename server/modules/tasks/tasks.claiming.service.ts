/**
 * Claiming 揭榜挂帅: applications, the atomic award with its responsibility order, withdrawing and
 * cancelling, and party-building projects (the same claiming, kind = party_project).
 */
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { keyedTitle, type NotifyService } from '../notify/index.ts';
import * as claimingRepo from './tasks.claiming.repository.ts';
import type { TasksCore } from './tasks.core.ts';
import * as listsRepo from './tasks.lists.repository.ts';
import * as rankingsRepo from './tasks.rankings.repository.ts';
import * as repo from './tasks.repository.ts';
import { APPLICATION_MACHINE, assertTransition, TASK_MACHINE, type TaskStatus } from './tasks.rules.ts';
import type { TaskInput } from './tasks.schemas.ts';
import { iso } from './tasks.views.ts';
import { insertOrder, insertTask, type createTasksWrites } from './tasks.writes.ts';

/** Builds the claiming verbs. */
export function createClaiming(deps: {
  core: TasksCore;
  writes: ReturnType<typeof createTasksWrites>;
  auditor: Auditor;
  notify: Pick<NotifyService, 'send'>;
}) {
  const { core, writes, auditor, notify } = deps;
  const { db, org } = core;

  return {
    /** Applications for a task: all to its managers, own unit's to a unit. */
    async applications(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'tasks.read');
      const task = await core.visibleTask(ctx, id);
      const manage = await core.canManageTask(db, actor, task);
      const rows = await claimingRepo.applicationsOfTask(
        db,
        task,
        manage ? null : scopePaths(actor, 'tasks.read'),
      );
      return rows.map((a) => ({
        id: a.id,
        taskId: a.task_id,
        applicantNodeId: a.applicant_node_id,
        applicantName: a.applicant_name,
        partyOrgId: a.party_org_id,
        plan: a.plan,
        commanderName: a.commander_name,
        status: a.status as 'submitted',
        createdAt: iso(a.created_at)!,
      }));
    },

    /** A unit (or a party branch of it) applies for a published task or party project, with a plan. */
    async applyForTask(
      ctx: RequestContext,
      taskId: string,
      input: {
        applicantNodeId: string;
        partyOrgId?: string | null;
        plan: string;
        commanderName?: string;
        commanderPersonId?: string | null;
      },
    ) {
      requirePermission(ctx, 'tasks.apply');
      const unit = await core.unitNode(ctx, input.applicantNodeId, 'tasks.apply', 'applicantNodeId');
      if (input.partyOrgId) {
        const orgs = await org.partyOrgs(ctx, unit.id, true).catch(() => []);
        if (!orgs.some((o) => o.id === input.partyOrgId))
          throw new InvalidError([{ field: 'partyOrgId', key: 'tasks.party_org_outside' }]);
      }
      return db.transaction().execute(async (trx) => {
        const task = await repo.findTask(trx, taskId, true);
        if (!task || !(await core.canSeeTask(trx, ctx.actor, task))) throw new NotFoundError();
        if (task.district_id !== unit.districtId)
          throw new InvalidError([{ field: 'applicantNodeId', key: 'tasks.node_other_district' }]);
        assertTransition(TASK_MACHINE, task.status as TaskStatus, 'apply');
        const id = uuidv7();
        const r = await claimingRepo.insertApplication(trx, {
          district_id: task.district_id,
          id,
          task_id: task.id,
          applicant_node_id: unit.id,
          applicant_name: unit.name,
          party_org_id: input.partyOrgId ?? null,
          applicant_user_id: ctx.actor!.userId,
          plan: input.plan,
          commander_name: input.commanderName ?? null,
          commander_person_id: input.commanderPersonId ?? null,
        });
        if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0)
          throw new ConflictError('tasks.application_exists');
        await auditor.append(trx, ctx, {
          action: 'tasks.application.create',
          objectType: 'tasks_application',
          objectId: id,
          districtId: task.district_id,
          detail: { taskId, unit: unit.id, partyOrgId: input.partyOrgId ?? null },
        });
        return { id };
      });
    },

    /**
     * Awards a task to one unit or several jointly, with its commanding cadre. Atomic: the task row
     * is locked, so of any number of concurrent awards exactly one succeeds; for a list task the
     * responsibility order is issued with its number in the same transaction.
     */
    async awardTask(
      ctx: RequestContext,
      taskId: string,
      input: {
        applicationIds: string[];
        commanderName: string;
        commanderPersonId?: string | null;
        commanderAccountId?: string | null;
        beneficiaries?: number;
      },
    ) {
      const actor = requirePermission(
        ctx,
        ctx.actor && can(ctx.actor, 'tasks.manage') ? 'tasks.manage' : 'tasks.party.manage',
      );
      const t0 = await repo.findTask(db, taskId);
      if (!t0 || !(await core.canManageTask(db, actor, t0))) throw new NotFoundError();
      const dName = t0.kind === 'list_task' ? await core.districtName(ctx, t0.district_id) : '';
      return db.transaction().execute(async (trx) => {
        const task = (await repo.findTask(trx, taskId, true))!;
        assertTransition(TASK_MACHINE, task.status as TaskStatus, 'award');
        const ids = [...new Set(input.applicationIds)];
        const apps = await claimingRepo.lockApplicationsOfTask(trx, task);
        const chosen = ids.map((i) => apps.find((a) => a.id === i));
        if (chosen.some((a) => !a || a.status !== 'submitted'))
          throw new InvalidError([{ field: 'applicationIds', key: 'tasks.application_mismatch' }]);
        await claimingRepo.insertAward(trx, {
          district_id: task.district_id,
          task_id: task.id,
          commander_name: input.commanderName,
          commander_person_id: input.commanderPersonId ?? null,
          commander_account_id: input.commanderAccountId ?? null,
          awarded_by: actor.userId,
        });
        await claimingRepo.insertAwardUnits(
          trx,
          chosen.map((a, i) => ({
            district_id: task.district_id,
            task_id: task.id,
            node_id: a!.applicant_node_id,
            name: a!.applicant_name,
            party_org_id: a!.party_org_id,
            application_id: a!.id,
            lead: i === 0,
          })),
        );
        for (const a of apps) {
          const to = assertTransition(
            APPLICATION_MACHINE,
            a.status as 'submitted',
            ids.includes(a.id) ? 'award' : 'decline',
          );
          await claimingRepo.setApplicationStatus(trx, a, to);
        }
        const next = assertTransition(TASK_MACHINE, task.status as TaskStatus, 'award');
        await claimingRepo.markTaskAwarded(trx, task, {
          status: next,
          commander_name: input.commanderName,
          commander_person_id: input.commanderPersonId ?? null,
          commander_account_id: input.commanderAccountId ?? null,
          beneficiaries: input.beneficiaries ?? task.beneficiaries,
        });
        // the task is normal from its award (with the history row for it), not uncoloured until
        // the first evaluation: that evaluation then writes it only if it lags
        await repo.startEvaluation(trx, task.district_id, task.id);
        await auditor.append(trx, ctx, {
          action: 'tasks.task.award',
          objectType: 'tasks_task',
          objectId: task.id,
          districtId: task.district_id,
          detail: {
            applications: ids,
            commander: input.commanderName,
            units: chosen.map((a) => a!.applicant_node_id),
          },
        });
        await writes.unitNotices(trx, task, {
          kind: 'tasks.award',
          ...keyedTitle('tasks.notify.award', { title: task.title }),
          objectType: 'tasks_task',
          objectId: task.id,
          link: `/tasks/tasks/${task.id}`,
        });
        if (task.kind !== 'list_task') return { taskId: task.id, orderId: null, orderNumber: null };
        const fresh = (await repo.findTask(trx, task.id))!;
        const orderId = await insertOrder(trx, fresh, {
          type: 'responsibility',
          origin: 'award',
          reason: null,
          lead: { node_id: chosen[0]!.applicant_node_id, name: chosen[0]!.applicant_name },
          unitsText: chosen.map((a) => a!.applicant_name).join('、'),
        });
        await auditor.append(trx, ctx, {
          action: 'tasks.order.draft',
          objectType: 'tasks_order',
          objectId: orderId,
          districtId: task.district_id,
          detail: { type: 'responsibility', taskId: task.id, origin: 'award' },
        });
        const { number } = await writes.issueInTrx(
          trx,
          ctx,
          { district_id: task.district_id, id: orderId, type: 'responsibility', task_id: task.id },
          task,
          '定榜挂帅',
          dName,
        );
        return { taskId: task.id, orderId, orderNumber: number };
      });
    },

    /**
     * The organisation department cancels (撤销) a draft or published task, with a reason; its
     * pending applications are declined and the applicant units told. An awarded task cannot be.
     */
    async cancelTask(ctx: RequestContext, taskId: string, input: { reason: string; version: number }) {
      requirePermission(ctx, 'tasks.manage');
      const t0 = await repo.findTask(db, taskId);
      if (!t0 || !(await core.canManageTask(db, ctx.actor, t0))) throw new NotFoundError();
      return db.transaction().execute(async (trx) => {
        const task = (await repo.findTask(trx, taskId, true))!;
        const to = assertTransition(TASK_MACHINE, task.status as TaskStatus, 'cancel');
        if (task.version !== input.version) throw new ConflictError('error.stale');
        await claimingRepo.markTaskCancelled(trx, task, {
          status: to,
          cancel_reason: input.reason,
          version: task.version + 1,
        });
        const declined = await claimingRepo.declineOpenApplications(trx, task);
        if (task.list_id) {
          const list = (await repo.findList(trx, task.list_id, true))!;
          if (list.status === 'draft') await listsRepo.bumpListVersion(trx, list);
        }
        await auditor.append(trx, ctx, {
          action: 'tasks.task.cancel',
          objectType: 'tasks_task',
          objectId: task.id,
          districtId: task.district_id,
          detail: { reason: input.reason, from: task.status, applicationsDeclined: declined.length },
        });
        await notify.send(
          trx,
          declined.map((a) => ({
            districtId: task.district_id,
            nodeId: a.applicant_node_id,
            kind: 'tasks.cancelled',
            ...keyedTitle('tasks.notify.cancelled', { title: task.title, reason: input.reason }),
            objectType: 'tasks_task',
            objectId: task.id,
            link: `/tasks/tasks/${task.id}`,
          })),
        );
        return { id: task.id, status: to, version: task.version + 1 };
      });
    },

    /** A unit withdraws (撤回) its own application before the task is awarded. */
    async withdrawApplication(ctx: RequestContext, applicationId: string) {
      const actor = requirePermission(ctx, 'tasks.apply');
      return db.transaction().execute(async (trx) => {
        const a = await claimingRepo.lockOwnApplication(trx, applicationId, scopePaths(actor, 'tasks.apply'));
        if (!a) throw new NotFoundError();
        const to = assertTransition(APPLICATION_MACHINE, a.status as 'submitted', 'withdraw');
        await claimingRepo.setApplicationStatus(trx, a, to);
        await auditor.append(trx, ctx, {
          action: 'tasks.application.withdraw',
          objectType: 'tasks_application',
          objectId: a.id,
          districtId: a.district_id,
          detail: { taskId: a.task_id, unit: a.applicant_node_id },
        });
        return { id: a.id, status: to as 'withdrawn' };
      });
    },

    /** A community lists a party-building project for units and party branches to claim. */
    async createPartyProject(
      ctx: RequestContext,
      input: {
        ownerNodeId: string;
        year: number;
        title: string;
        goal: string;
        milestones: TaskInput['milestones'];
        deadline: string;
        startDate?: string;
        investment?: number | null;
      },
    ) {
      requirePermission(ctx, 'tasks.party.manage');
      const owner = await core.unitNode(ctx, input.ownerNodeId, 'tasks.party.manage', 'ownerNodeId');
      return db.transaction().execute(async (trx) => {
        const id = await insertTask(trx, {
          districtId: owner.districtId,
          listId: null,
          kind: 'party_project',
          year: input.year,
          source: 'bottom_up',
          status: assertTransition(TASK_MACHINE, 'draft', 'publish'),
          input: { ...input, category: 'party_building', indicators: [] },
          responsible: { id: owner.id, name: owner.name },
          ownerNodeId: owner.id,
        });
        await auditor.append(trx, ctx, {
          action: 'tasks.party_project.create',
          objectType: 'tasks_task',
          objectId: id,
          districtId: owner.districtId,
          detail: { title: input.title, owner: owner.id },
        });
        return { id };
      });
    },

    /** Party-building project claiming in a district's year: projects, claimed, units, beneficiaries. */
    async partySummary(ctx: RequestContext, q: { districtId: string; year: number }) {
      const actor = requirePermission(ctx, 'tasks.read');
      if (!core.districtsOf(actor, 'tasks.read').includes(q.districtId)) throw new NotFoundError();
      const row = await rankingsRepo.partyProjectSummary(db, q.districtId, q.year);
      return {
        projects: row.projects,
        claimed: row.claimed,
        claimingUnits: row.units,
        beneficiaries: row.beneficiaries,
      };
    },
  };
}
