/**
 * The text of every statement of the tasks module's repositories (lists and proposals, claiming,
 * progress, the board and timeline, orders and exemptions, rankings and points, thresholds, scope),
 * compiled and kept as snapshots: a change to a statement shows in review. The statements run
 * against a driver that records them and answers no rows.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/access/access.ts';
import { dummyDb, folded } from '../../testing/sql-text.ts';
import './index.ts';
import * as board from './tasks.board.repository.ts';
import * as feed from './tasks.feed.repository.ts';
import * as claiming from './tasks.claiming.repository.ts';
import * as lists from './tasks.lists.repository.ts';
import * as orders from './tasks.orders.repository.ts';
import * as progress from './tasks.progress.repository.ts';
import * as rankings from './tasks.rankings.repository.ts';
import * as repo from './tasks.repository.ts';
import * as scope from './tasks.scope.repository.ts';
import * as settings from './tasks.settings.repository.ts';

/**
 * A Kysely that records the SQL (and the parameters: an instant taken when the statement is built
 * shows as <instant>) it is asked to run and answers no rows.
 */
function recorder() {
  const statements: { sql: string; parameters: readonly unknown[] }[] = [];
  const db = dummyDb((q) =>
    statements.push({
      sql: folded(q.sql),
      parameters: q.parameters.map((p) => (p instanceof Date && !FIXED.has(+p) ? '<instant>' : p)),
    }),
  );
  /** Runs each call (a call that wants a row fails on the empty answer: its statement is recorded first). */
  const run = async (calls: (() => Promise<unknown>)[]) => {
    for (const c of calls) await c().catch(() => undefined);
    return statements;
  };
  return { db, run };
}

const D = '00000000-0000-7000-8000-00000000000d';
const N = '00000000-0000-7000-8000-00000000000e';
const T = '00000000-0000-7000-8000-00000000000f';
const U = '00000000-0000-7000-8000-0000000000a1';
const task = { district_id: D, id: T };
const AT = new Date('2026-12-06T00:00:00+08:00');
const TO = new Date('2026-12-07T00:00:00+08:00');
const FIXED = new Set([+AT, +TO]);
/** An organisation-department officer of the district who is also a community officer below it. */
const actor: Actor = {
  userId: U,
  username: 'u',
  displayName: 'U',
  personId: null,
  grants: [
    { role: 'org_officer', nodeId: D, districtId: D, path: '/d/' },
    { role: 'community_officer', nodeId: N, districtId: D, path: '/d/s/c/' },
  ],
};
const list = {
  district_id: D,
  id: T,
  version: 3,
} as unknown as repo.ListRow;

describe('SQL of the tasks repositories', () => {
  it('scope: managed, visible, own unit, managed order (and the anonymous: false)', async () => {
    const { db, run } = recorder();
    expect(
      await run([
        () => scope.managedTaskId(db, actor, task),
        () => scope.visibleTaskId(db, actor, task, [D]),
        () => scope.visibleTaskId(db, null, task, []),
        () => scope.ownAwardUnit(db, actor, task, 'tasks.report'),
        () => scope.managedOrderId(db, actor, D, T),
      ]),
    ).toMatchSnapshot();
  });

  it('lists, tasks, milestones and proposals', async () => {
    const { db, run } = recorder();
    expect(
      await run([
        () => lists.listsInScope(db, ['/d/'], [D], {}),
        () => lists.listsInScope(db, [], [], { districtId: D, year: 2026 }),
        () => lists.countListTasks(db, list),
        () => lists.insertList(db, { district_id: D, id: T, year: 2026, title: '2026年' }),
        () => lists.bumpListVersion(db, list),
        () => lists.publishDraftTasks(db, list),
        () => lists.markListPublished(db, list, U, AT),
        () => lists.lastTaskNo(db, D, 2026, 'list_task'),
        () =>
          lists.insertTaskRow(db, {
            district_id: D,
            id: T,
            list_id: T,
            kind: 'list_task',
            year: 2026,
            no: 1,
            title: 't',
            category: 'party_building',
            source: 'top_down',
            goal: 'g',
            indicators: '[]',
            start_date: '2026-01-01',
            deadline: '2026-12-31',
            status: 'draft',
          }),
        () =>
          lists.insertMilestones(db, [
            {
              district_id: D,
              task_id: T,
              seq: 1,
              title: 'm',
              weight: 1,
              due_date: '2026-06-30',
              planned_from: '2026-01-01',
            },
          ]),
        () => lists.proposalsOfList(db, list, null),
        () => lists.proposalsOfList(db, list, ['/d/s/c/']),
        () =>
          lists.insertProposal(db, {
            district_id: D,
            id: T,
            list_id: T,
            proposer_node_id: N,
            proposer_name: 'c',
            proposer_user_id: U,
            rationale: 'r',
            payload: '{}',
            title: 't',
            category: 'party_building',
          }),
        () => lists.findProposal(db, T),
        () => lists.findProposal(db, T, true),
        () =>
          lists.decideProposalRow(db, task, {
            status: 'approved',
            decision_reason: 'r',
            task_id: T,
            decided_by: U,
          }),
        () => lists.publishedListOf(db, D, 2026),
        () => lists.publicTasksOfList(db, list),
        () => lists.publicNoticesOfList(db, list),
      ]),
    ).toMatchSnapshot();
  });

  it('the board and a task timeline', async () => {
    const { db, run } = recorder();
    expect(
      await run([
        () => board.boardTasks(db, sql<boolean>`true`, {}),
        () =>
          board.boardTasks(db, scope.taskScope(actor, [D]), {
            status: 'awarded',
            evalStatus: 'red',
            category: 'party_building',
            kind: 'list_task',
            listId: T,
            q: '100%_done',
          }),
        () => board.timelineReports(db, task),
        () => board.colourChanges(db, task),
        () => board.ordersOfTask(db, task),
        () => board.exemptionsOfTask(db, task),
        () => board.violationsOfTask(db, task),
        () => board.awardOfTask(db, task),
      ]),
    ).toMatchSnapshot();
  });

  it('claiming: applications, the award, cancelling', async () => {
    const { db, run } = recorder();
    expect(
      await run([
        () => claiming.applicationsOfTask(db, task, null),
        () => claiming.applicationsOfTask(db, task, ['/d/s/c/']),
        () => claiming.liveApplicationIn(db, task, ['/d/s/c/']),
        () =>
          claiming.insertApplication(db, {
            district_id: D,
            id: T,
            task_id: T,
            applicant_node_id: N,
            applicant_name: 'c',
            applicant_user_id: U,
            plan: 'p',
          }),
        () => claiming.lockApplicationsOfTask(db, task),
        () => claiming.lockOwnApplication(db, T, ['/d/s/c/']),
        () => claiming.setApplicationStatus(db, task, 'awarded'),
        () => claiming.declineOpenApplications(db, task),
        () => claiming.insertAward(db, { district_id: D, task_id: T, commander_name: 'c', awarded_by: U }),
        () =>
          claiming.insertAwardUnits(db, [
            { district_id: D, task_id: T, node_id: N, name: 'c', application_id: T, lead: true },
          ]),
        () =>
          claiming.markTaskAwarded(db, task, {
            status: 'awarded',
            commander_name: 'c',
            commander_person_id: null,
            commander_account_id: null,
            beneficiaries: 0,
          }),
        () => claiming.markTaskCancelled(db, task, { status: 'cancelled', cancel_reason: 'r', version: 2 }),
      ]),
    ).toMatchSnapshot();
  });

  it('progress: reports, milestones, indicators, performance, violations', async () => {
    const { db, run } = recorder();
    expect(
      await run([
        () => progress.reportsOfTask(db, task),
        () => progress.findReportId(db, D, T),
        () =>
          progress.insertReport(db, {
            district_id: D,
            id: T,
            task_id: T,
            milestone_seq: 1,
            percent: 50,
            narrative: 'n',
            attachments: '[]',
            reporter_user_id: U,
            reporter_name: 'U',
          }),
        () => progress.setMilestonePercent(db, task, 1, 50),
        () =>
          progress.recordTaskProgress(db, task, {
            actual_progress: 50,
            indicators: '[]',
            beneficiaries: 0,
            status: 'awarded',
            completed: false,
          }),
        () =>
          progress.recordTaskProgress(db, task, {
            actual_progress: 100,
            indicators: '[]',
            beneficiaries: 0,
            status: 'completed',
            completed: true,
          }),
        () => progress.setTaskIndicators(db, task, '[]', 2),
        () =>
          progress.insertPerformance(db, {
            district_id: D,
            id: T,
            task_id: T,
            node_id: N,
            unit_name: 'c',
            aspect: 'loyalty',
            positive: true,
            note: 'n',
            occurred_on: '2026-12-06',
            recorded_by: U,
          }),
        () => progress.performanceOfTask(db, task, null),
        () => progress.performanceOfTask(db, task, ['/d/s/c/']),
        () =>
          progress.insertViolation(db, {
            district_id: D,
            id: T,
            task_id: T,
            description: 'd',
            occurred_on: '2026-12-06',
            recorded_by: U,
          }),
      ]),
    ).toMatchSnapshot();
  });

  it('orders: views, the register, issuing, acknowledgements, consequences, exemptions', async () => {
    const { db, run } = recorder();
    expect(
      await run([
        () => orders.taskTitles(db, [T]),
        () => orders.firstAcknowledgements(db, [T]),
        () => orders.ordersWithPendingExemption(db, [T]),
        () => orders.awardUnitsIn(db, [T], ['/d/s/c/']),
        () => orders.acknowledgedBy(db, [T], U),
        () => orders.ordersInScope(db, ['/d/'], ['/d/'], {}),
        () =>
          orders.ordersInScope(db, [], ['/d/s/c/'], {
            type: 'accountability',
            status: 'issued',
            taskId: T,
            unitNodeId: N,
            from: AT,
            to: TO,
          }),
        () =>
          orders.insertOrderRow(db, {
            district_id: D,
            id: T,
            task_id: T,
            type: 'responsibility',
            status: 'draft',
            year: 2026,
            title: 't',
            body: 'b',
            origin: 'award',
          }),
        () => orders.markOrderIssued(db, task, { year: 2026, seq: 7, number: 'n', issuedBy: U, reason: 'r' }),
        () => orders.liveOrderOfType(db, task, 'commendation'),
        () => orders.updateOrderText(db, task, { title: 't', body: 'b', version: 2 }),
        () => orders.markOrderDismissed(db, task, { status: 'dismissed', decision_reason: 'r', version: 2 }),
        () => orders.insertAcknowledgement(db, D, T, U),
        () => orders.consequencesOfOrder(db, D, T),
        () => orders.consequencesOfOrders(db, [T]),
        () =>
          orders.insertConsequences(db, [
            { district_id: D, id: T, order_id: T, kind: 'notice', points: 1, note: 'n', recorded_by: U },
          ]),
        () => orders.exemptionsOfOrder(db, D, T),
        () => orders.pendingExemptionOf(db, D, T),
        () =>
          orders.insertExemption(db, {
            district_id: D,
            id: T,
            task_id: T,
            order_id: T,
            applicant_user_id: U,
            grounds: 'g',
            innovation: 'i',
          }),
        () => orders.findExemptionKey(db, T),
        () => orders.lockExemption(db, D, T),
        () => orders.decideExemptionRow(db, task, { status: 'granted', decision_reason: 'r', decided_by: U }),
      ]),
    ).toMatchSnapshot();
  });

  it('rankings, points and the party-project summary', async () => {
    const { db, run } = recorder();
    expect(
      await run([
        () => rankings.unitLeaderboard(db, D, 2026),
        () => rankings.claimedListTasks(db, D, 2026),
        () => rankings.issuedOrdersOf(db, { nodeId: N }, AT, TO),
        () => rankings.issuedOrdersOf(db, { personId: U, districtIds: [D] }, AT, TO),
        () => rankings.consequencesOf(db, { nodeId: N }, AT, TO),
        () => rankings.consequencesOf(db, { personId: U, districtIds: [D] }, AT, TO),
        () => rankings.partyProjectSummary(db, D, 2026),
      ]),
    ).toMatchSnapshot();
  });

  it('the feed cadre assessment reads', async () => {
    const { db, run } = recorder();
    const f = { districtId: D, personIds: [U], unitNodeIds: [N], from: '2026-01-01', to: '2026-12-31' };
    expect(
      await run([
        () => feed.feedOrders(db, f),
        () => feed.feedConsequences(db, f, [T]),
        () => feed.feedPointsByMonth(db, f),
        () => feed.feedTasks(db, { districtId: D, unitNodeIds: [N], from: '2026-01-01', to: '2026-12-31' }),
        () => feed.feedPerformance(db, f),
      ]),
    ).toMatchSnapshot();
  });

  it('thresholds and the evaluation run', async () => {
    const { db, run } = recorder();
    expect(
      await run([
        () => settings.findSettings(db, D),
        () => settings.findSettings(db, D, true),
        () => settings.updateSettings(db, D, { yellow_margin: 10, version: 2 }),
        () =>
          settings.insertSettings(db, {
            district_id: D,
            yellow_margin: 10,
            red_margin: 20,
            red_days_for_accountability: 30,
            deadline_notice_days: 7,
            version: 1,
          }),
        () => repo.districtsWithLists(db),
        () => db.transaction().execute((trx) => repo.jitOff(trx)),
      ]),
    ).toMatchSnapshot();
  });
});
