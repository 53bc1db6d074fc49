/**
 * The monthly 圆桌会 (seed 001 鄞州: 每月召开圆桌会, 畅通支部参与决策、表达意见、协商议事渠道): a
 * community schedules its round table for a month; held, it records which contract units attended,
 * the agenda drawn from their needs and projects, the minutes, and resolutions that become project
 * items of the contract they name (its unit is told). A unit absent three times in a row is flagged.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots, rowFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { keyedTitle } from '../notify/index.ts';
import { checkUpdated, itemOut, presenceBy, today, type CompactsDeps } from './compacts.core.ts';
import * as repo from './compacts.repository.ts';
import {
  contractNumber,
  flaggedAbsent,
  missedInARow,
  monthOf,
  monthsDue,
  type ItemKind,
} from './compacts.rules.ts';
import type { holdBody, meetingBody, meetingRow, meetingView } from './compacts.schemas.ts';

/** The levels that hold round tables. */
const COMMUNITY_LEVELS = ['community', 'street'];

/** A round table as the list shows it. */
function meetingOut(m: repo.MeetingRow): z.infer<typeof meetingRow> {
  return {
    id: m.id,
    nodeId: m.node_id,
    nodeName: m.node_name,
    month: m.month,
    plannedOn: m.planned_on,
    place: m.place,
    state: m.state as 'scheduled' | 'held',
    heldOn: m.held_on,
    present: m.present,
    expected: m.expected,
    resolutions: m.resolutions,
  };
}

/** Builds the round-table verbs. */
export function createMeetingsService(deps: CompactsDeps) {
  const { db, auditor, notify } = deps;

  /** A round table the actor may perform action on (its community in scope), 404 otherwise. */
  const meetingFor = (exec: Executor, ctx: RequestContext, id: string, action: string, lock = false) =>
    rowFor(ctx, action, () => repo.findMeeting(exec, id, lock));

  /** One round table: parties with their record of attendance, agenda candidates, resolutions. */
  async function view(ctx: RequestContext, id: string): Promise<z.infer<typeof meetingView>> {
    const m = await meetingFor(db, ctx, id, 'compacts.read');
    const held = m.state === 'held';
    const [parties, attendance, resolutions, district] = await Promise.all([
      repo.findParties(db, m.district_id, m.node_id, m.month, today()),
      repo.findMeetingAttendance(db, m.district_id, m.id),
      repo.findResolutions(db, m.district_id, m.id),
      repo.findNode(db, m.district_id),
    ]);
    const here = new Map(attendance.map((a) => [a.contract_id, a.present]));
    // once held, the parties are those recorded; before, the contracts in force that month
    const list = held ? parties.filter((p) => here.has(p.id)) : parties;
    const ids = list.map((p) => p.id);
    const [history, items] = await Promise.all([
      repo.findAttendance(db, m.district_id, ids),
      repo.findItems(db, m.district_id, ids),
    ]);
    const presence = presenceBy(history.filter((h) => h.month <= m.month));
    const unitOf = new Map(list.map((p) => [p.id, p.unit_name]));
    return {
      ...meetingOut(m),
      districtName: district?.name ?? '',
      agenda: m.agenda as { itemId: string | null; text: string }[],
      minutes: m.minutes,
      version: m.version,
      parties: list.map((p) => {
        const seen = presence.get(p.id) ?? [];
        return {
          contractId: p.id,
          number: contractNumber(p.year, p.seq),
          unitName: p.unit_name,
          present: here.get(p.id) ?? null,
          missedInARow: missedInARow(seen),
          flagged: flaggedAbsent(seen),
        };
      }),
      candidates: items
        .filter((i) => i.state === 'open' && i.kind !== 'resource')
        .map((i) => ({
          itemId: i.id,
          kind: i.kind as ItemKind,
          unitName: unitOf.get(i.contract_id) ?? '',
          content: i.content,
        })),
      resolvedItems: resolutions.map((r) => ({
        ...itemOut(r),
        meetingMonth: m.month,
        unitName: r.unit_name,
        contractId: r.contract_id,
      })),
      can: { hold: !held && can(ctx.actor, 'compacts.manage', m.path) },
    };
  }

  return {
    viewMeeting: view,

    /**
     * The round tables of communities under a node in a year, this month's owed and not held, and
     * per community how many were held against those owed.
     */
    async meetings(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const paths = await readRoots(db, ctx, 'compacts.read', q.nodeId);
      const now = today();
      const year = q.year ?? Number(now.slice(0, 4));
      const [rows, contracts] = await Promise.all([
        repo.findMeetings(db, nodeInPaths('m.node_id', paths), { from: `${year}-01`, to: `${year}-12` }),
        repo.findContracts(db, nodeInPaths('c.node_id', paths), now, {
          from: `${year}-01-01`,
          to: `${year + 1}-01-01`,
        }),
      ]);
      const communities = new Map<
        string,
        { name: string; terms: { state: string; startsOn: string; endsOn: string }[] }
      >();
      for (const c of contracts) {
        const e = communities.get(c.node_id) ?? { name: c.node_name, terms: [] };
        e.terms.push({ state: c.state, startsOn: c.starts_on, endsOn: c.ends_on });
        communities.set(c.node_id, e);
      }
      const month = monthOf(now);
      const tally = [...communities].map(([nodeId, e]) => {
        const owed = monthsDue(e.terms, year, now);
        const held = rows.filter((m) => m.node_id === nodeId && m.state === 'held' && owed.includes(m.month));
        return {
          nodeId,
          nodeName: e.name,
          held: held.length,
          due: owed.length,
          owesNow: owed.includes(month),
        };
      });
      const due = tally
        .filter((t) => t.owesNow)
        .map((t) => ({ t, m: rows.find((m) => m.node_id === t.nodeId && m.month === month) }))
        .filter(({ m }) => m?.state !== 'held')
        .map(({ t, m }) => ({ nodeId: t.nodeId, nodeName: t.nodeName, month, meetingId: m?.id ?? null }));
      return {
        items: rows.map(meetingOut),
        due,
        tally: tally.map(({ owesNow: _o, ...t }) => t),
        can: { schedule: can(ctx.actor, 'compacts.manage') },
      };
    },

    /** Schedules a community's round table for a month (one a month; 409 when taken). */
    async schedule(ctx: RequestContext, b: z.infer<typeof meetingBody>) {
      const actor = requirePermission(ctx, 'compacts.manage');
      const n = await nodeFor(db, ctx, b.nodeId, 'compacts.manage');
      if (!COMMUNITY_LEVELS.includes(n.level))
        throw new InvalidError([{ field: 'nodeId', key: 'compacts.not_community' }]);
      if (monthOf(b.plannedOn) !== b.month)
        throw new InvalidError([{ field: 'plannedOn', key: 'compacts.planned_month' }]);
      return db.transaction().execute(async (trx) => {
        const id = uuidv7();
        const ok = await repo.insertMeeting(trx, {
          district_id: n.district_id,
          id,
          node_id: n.id,
          month: b.month,
          planned_on: b.plannedOn,
          place: b.place,
          created_by: actor.userId,
        });
        if (!ok) throw new ConflictError('compacts.month_taken');
        await auditor.append(trx, ctx, {
          action: 'compacts.meeting.schedule',
          objectType: 'compacts_meeting',
          objectId: id,
          districtId: n.district_id,
          detail: { node: n.id, month: b.month, plannedOn: b.plannedOn },
        });
        return { id };
      });
    },

    /**
     * Records a round table as held: each party's attendance (every one, 422 otherwise), the agenda
     * (items of the parties' needs and projects, or free text), the minutes, and the resolutions,
     * which become project items of the contracts they name; each named unit is told.
     */
    async hold(ctx: RequestContext, id: string, b: z.infer<typeof holdBody>) {
      requirePermission(ctx, 'compacts.manage');
      await db.transaction().execute(async (trx) => {
        const m = await meetingFor(trx, ctx, id, 'compacts.manage', true);
        if (m.state === 'held') throw new ConflictError('compacts.already_held');
        if (m.version !== b.version) throw new ConflictError('compacts.stale');
        if (monthOf(b.heldOn) !== m.month || b.heldOn > today())
          throw new InvalidError([{ field: 'heldOn', key: 'compacts.held_in_month' }]);
        const parties = await repo.findParties(trx, m.district_id, m.node_id, m.month, today());
        const byId = new Map(parties.map((p) => [p.id, p]));
        const marked = new Set(b.attendance.map((a) => a.contractId));
        if (b.attendance.some((a) => !byId.has(a.contractId)))
          throw new InvalidError([{ field: 'attendance', key: 'compacts.not_party' }]);
        if (b.resolutions.some((r) => !byId.has(r.contractId)))
          throw new InvalidError([{ field: 'resolutions', key: 'compacts.not_party' }]);
        if (marked.size !== parties.length || b.attendance.length !== parties.length)
          throw new InvalidError([{ field: 'attendance', key: 'compacts.attendance_required' }]);
        const open = new Set(
          (await repo.findItems(trx, m.district_id, [...byId.keys()]))
            .filter((i) => i.kind !== 'resource')
            .map((i) => i.id),
        );
        if (b.agenda.some((a) => a.itemId && !open.has(a.itemId)))
          throw new InvalidError([{ field: 'agenda', key: 'compacts.agenda_item' }]);
        checkUpdated(
          await repo.updateMeeting(trx, m.district_id, m.id, m.version, {
            state: 'held',
            held_on: b.heldOn,
            agenda: JSON.stringify(b.agenda),
            minutes: b.minutes,
          }),
        );
        await repo.insertAttendance(
          trx,
          b.attendance.map((a) => ({
            district_id: m.district_id,
            meeting_id: m.id,
            contract_id: a.contractId,
            present: a.present,
          })),
        );
        const resolved = b.resolutions.map((r) => ({
          district_id: m.district_id,
          id: uuidv7(),
          contract_id: r.contractId,
          kind: 'project' as const,
          content: r.content,
          owner: r.owner,
          due_on: r.dueOn,
          meeting_id: m.id,
        }));
        await repo.insertItems(trx, resolved);
        await notify.send(
          trx,
          resolved.map((r) => {
            const p = byId.get(r.contract_id)!;
            return {
              districtId: m.district_id,
              nodeId: p.unit_id,
              kind: 'compacts.resolution',
              ...keyedTitle('compacts.notice.resolution', {
                node: m.node_name,
                month: m.month,
                unit: p.unit_name,
                content: r.content,
              }),
              link: `/compacts/contracts/${p.id}`,
              objectType: 'compacts_contract',
              objectId: p.id,
            };
          }),
        );
        await auditor.append(trx, ctx, {
          action: 'compacts.meeting.hold',
          objectType: 'compacts_meeting',
          objectId: m.id,
          districtId: m.district_id,
          detail: {
            heldOn: b.heldOn,
            present: b.attendance.filter((a) => a.present).length,
            expected: parties.length,
            resolutions: resolved.length,
          },
        });
      });
      return { ok: true as const };
    },
  };
}
