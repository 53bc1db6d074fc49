/** Bottom-up proposals 自下而上: units propose tasks for a draft list; the organisation department decides. */
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { NotifyService } from '../notify/index.ts';
import type { TasksCore } from './tasks.core.ts';
import * as listsRepo from './tasks.lists.repository.ts';
import * as repo from './tasks.repository.ts';
import { assertTransition, LIST_MACHINE, type ListStatus } from './tasks.rules.ts';
import type { TaskInput } from './tasks.schemas.ts';
import { proposalView } from './tasks.views.ts';
import { checkTaskInput, insertTask } from './tasks.writes.ts';

/** Builds the proposal verbs. */
export function createProposals(deps: {
  core: TasksCore;
  auditor: Auditor;
  notify: Pick<NotifyService, 'send'>;
}) {
  const { core, auditor, notify } = deps;
  const { db } = core;

  return {
    /** Proposals of a list: all to its managers, own unit's to a unit. */
    async proposals(ctx: RequestContext, listId: string) {
      const actor = requirePermission(ctx, 'tasks.read');
      const l = await repo.findList(db, listId);
      if (!l) throw new NotFoundError();
      const manage = can(actor, 'tasks.manage', await core.pathOf(l.district_id));
      if (!manage && !core.districtsOf(actor, 'tasks.read').includes(l.district_id))
        throw new NotFoundError();
      const rows = await listsRepo.proposalsOfList(db, l, manage ? null : scopePaths(actor, 'tasks.propose'));
      return rows.map(proposalView);
    },

    /** A unit proposes a task for a draft list (bottom-up). */
    async proposeTask(
      ctx: RequestContext,
      input: TaskInput & { listId: string; proposerNodeId: string; rationale: string },
    ) {
      requirePermission(ctx, 'tasks.propose');
      const unit = await core.unitNode(ctx, input.proposerNodeId, 'tasks.propose', 'proposerNodeId');
      const l0 = await repo.findList(db, input.listId);
      if (!l0 || l0.district_id !== unit.districtId) throw new NotFoundError();
      checkTaskInput(input, input.startDate ?? `${l0.year}-01-01`);
      return db.transaction().execute(async (trx) => {
        const list = (await repo.findList(trx, input.listId, true))!;
        assertTransition(LIST_MACHINE, list.status as ListStatus, 'edit');
        const id = uuidv7();
        const { listId: _l, proposerNodeId: _p, rationale, ...payload } = input;
        await listsRepo.insertProposal(trx, {
          district_id: list.district_id,
          id,
          list_id: list.id,
          proposer_node_id: unit.id,
          proposer_name: unit.name,
          proposer_user_id: ctx.actor!.userId,
          rationale,
          payload: JSON.stringify(payload),
          title: input.title,
          category: input.category,
        });
        await auditor.append(trx, ctx, {
          action: 'tasks.proposal.create',
          objectType: 'tasks_proposal',
          objectId: id,
          districtId: list.district_id,
          detail: { listId: list.id, title: input.title, unit: unit.id },
        });
        return { id };
      });
    },

    /** Approves (a task is created), merges into an existing task, or rejects a proposal, with a reason. */
    async decideProposal(
      ctx: RequestContext,
      id: string,
      input: { decision: 'approve' | 'merge' | 'reject'; reason: string; mergeIntoTaskId?: string },
    ) {
      requirePermission(ctx, 'tasks.manage');
      const p0 = await listsRepo.findProposal(db, id);
      if (!p0 || !can(ctx.actor, 'tasks.manage', await core.pathOf(p0.district_id)))
        throw new NotFoundError();
      return db.transaction().execute(async (trx) => {
        const list = (await repo.findList(trx, p0.list_id, true))!;
        const p = (await listsRepo.findProposal(trx, id, true))!;
        if (p.status !== 'pending') throw new ConflictError('tasks.proposal_decided');
        assertTransition(LIST_MACHINE, list.status as ListStatus, 'edit');
        let taskId: string | null = null;
        if (input.decision === 'approve') {
          taskId = await insertTask(trx, {
            districtId: list.district_id,
            listId: list.id,
            kind: 'list_task',
            year: list.year,
            source: 'bottom_up',
            status: 'draft',
            input: p.payload as unknown as TaskInput,
            responsible: { id: p.proposer_node_id, name: p.proposer_name },
          });
        } else if (input.decision === 'merge') {
          const target = await repo.findTask(trx, input.mergeIntoTaskId!);
          if (!target || target.list_id !== list.id)
            throw new InvalidError([{ field: 'mergeIntoTaskId', key: 'tasks.merge_target' }]);
          taskId = target.id;
        }
        const status = { approve: 'approved', merge: 'merged', reject: 'rejected' }[input.decision];
        const updated = await listsRepo.decideProposalRow(trx, p, {
          status,
          decision_reason: input.reason,
          task_id: taskId,
          decided_by: ctx.actor!.userId,
        });
        if (input.decision !== 'reject') await listsRepo.bumpListVersion(trx, list);
        await auditor.append(trx, ctx, {
          action: `tasks.proposal.${input.decision}`,
          objectType: 'tasks_proposal',
          objectId: p.id,
          districtId: p.district_id,
          detail: { reason: input.reason, taskId },
        });
        await notify.send(trx, [
          {
            districtId: p.district_id,
            nodeId: p.proposer_node_id,
            kind: 'tasks.proposal_decided',
            title: `「${p.title}」：${input.reason}`,
            objectType: 'tasks_proposal',
            objectId: p.id,
          },
        ]);
        return proposalView(updated);
      });
    },
  };
}
