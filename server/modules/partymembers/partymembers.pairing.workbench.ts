/**
 * 结对联系 on the home page, the dashboard and in Excel: what waits for a paired party member
 * (members to contact this month) and for a branch officer (outflowing members with no pair, open
 * help requests, pairs without a contact this month); the figures (paired share, contacted this
 * month, open help requests); the pairs exported, and bulk pairing from Excel (dry run, per-row errors).
 */
import { can, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { findNode } from '../../platform/access/scope.ts';
import { InvalidError, type FieldProblem } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import {
  cellText,
  readRows,
  readTable,
  writeWorkbook,
  type ColumnSpec,
} from '../../platform/sheets/index.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { shanghaiToday, type PartymembersCore, type PartymembersDeps } from './partymembers.core.ts';
import * as repo from './partymembers.pairing.repository.ts';
import { monthBounds, type PairingService } from './partymembers.pairing.service.ts';
import { monthOf } from './partymembers.rules.ts';

/** Columns of the bulk pairing sheet. */
export const PAIR_COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'memberId',
    label: '流动党员身份证号 (Mobile member ID)',
    synonyms: ['流动党员身份证号', '流出党员身份证号', 'Mobile member ID'],
    required: true,
  },
  {
    key: 'contactId',
    label: '联系党员身份证号 (Contact member ID)',
    synonyms: ['联系党员身份证号', '结对党员身份证号', 'Contact member ID'],
    required: true,
  },
  { key: 'note', label: '备注 (Note)', synonyms: ['备注', 'Note'] },
];
const IMPORT_MAX_ROWS = 2000;

/** Builds the home page, dashboard and Excel verbs of pairing. */
export function createPairingWorkbench(
  deps: PartymembersDeps & { core: PartymembersCore; pairing: PairingService },
) {
  const { db, core, pairing } = deps;

  return {
    /** A paired member's members to contact this month; an officer's unpaired members, help requests, silent pairs. */
    async pairingTodos(ctx: RequestContext): Promise<TodoItem[]> {
      const out: TodoItem[] = [];
      const month = monthBounds();
      const label = (k: string) => t(ctx.lang, `partymembers.todo.${k}`);
      if (can(ctx.actor, 'partymembers.contact') && ctx.actor?.personId) {
        const mine = (await pairing.myPairs(ctx)).items.filter((p) => !p.contactedThisMonth);
        if (mine.length)
          out.push({
            key: 'partymembers.pairing.to_contact',
            module: 'partymembers',
            label: label('to_contact'),
            count: mine.length,
            href: '/partymembers/pairing/mine',
            level: mine.some((p) => p.risk === 'red') ? 'red' : 'yellow',
            entries: mine.slice(0, 5).map((p) => ({
              id: p.id,
              title: p.memberName,
              href: `/partymembers/pairing/pairs/${p.id}`,
              level: p.risk === 'red' ? ('red' as const) : ('yellow' as const),
            })),
          });
      }
      const paths = scopePaths(ctx.actor, 'partymembers.pair');
      if (!paths.length) return out;
      const f = await repo.pairingFigures(
        db,
        paths.map((path) => ({ path })),
        month,
      );
      if (f.out > f.paired) {
        const rows = await repo.unpairedMembers(db, paths, 5);
        const persons = await core.personsOf(rows);
        out.push({
          key: 'partymembers.pairing.unpaired',
          module: 'partymembers',
          label: label('unpaired'),
          count: f.out - f.paired,
          href: '/partymembers/pairing',
          level: 'yellow',
          entries: rows.map((r) => ({
            id: r.id,
            title: persons.get(r.person_id)?.name ?? '—',
            href: '/partymembers/pairing',
          })),
        });
      }
      if (f.open)
        out.push({
          key: 'partymembers.pairing.help',
          module: 'partymembers',
          label: label('help'),
          count: f.open,
          href: '/partymembers/pairing?tab=help',
          level: 'red',
        });
      if (f.active > f.contacted) {
        const rows = await repo.pairsWithoutContact(db, paths, month, 5);
        const persons = await core.personsOf(
          rows.map((r) => ({ district_id: r.district_id, person_id: r.member_person_id })),
        );
        out.push({
          key: 'partymembers.pairing.no_contact',
          module: 'partymembers',
          label: label('no_contact'),
          count: f.active - f.contacted,
          href: '/partymembers/pairing',
          level: f.red ? 'red' : 'yellow',
          entries: rows.map((r) => ({
            id: r.id,
            title: persons.get(r.member_person_id)?.name ?? '—',
            href: `/partymembers/pairing/pairs/${r.id}`,
          })),
        });
      }
      return out;
    },

    /** The node's figures: paired share of outflowing members, pairs contacted this month, open help requests. */
    async pairingStats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      if (!scopePaths(ctx.actor, 'partymembers.read').some((p) => node.path.startsWith(p))) return [];
      const today = shanghaiToday();
      const f = await repo.pairingFigures(
        db,
        [node],
        monthBounds(today.startsWith(String(year)) ? monthOf(today) : `${year}-12`),
      );
      const pct = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 10 : null);
      const stat = statMaker(ctx.lang, 'partymembers');
      return [
        stat('paired_share', pct(f.paired, f.out), 'percent'),
        stat('contacted', pct(f.contacted, f.active), 'percent'),
        stat('help_open', f.open, 'count'),
      ];
    },

    /** The pairs below a node as Excel (phones masked). */
    async exportPairs(ctx: RequestContext, nodeId: string): Promise<Buffer> {
      await core.roots(ctx, 'partymembers.export', nodeId);
      const { items } = await pairing.listPairs(ctx, { nodeId, limit: 5000, offset: 0 });
      return writeWorkbook([
        {
          name: '结对联系台账',
          columns: [
            { key: 'member', header: '流动党员 (Mobile member)', width: 12 },
            { key: 'node', header: '所属 (Node)', width: 16 },
            { key: 'destination', header: '流入地点 (Where)', width: 22 },
            { key: 'contact', header: '联系党员 (Contact member)', width: 12 },
            { key: 'startedOn', header: '结对日期 (Since)', width: 12 },
            { key: 'status', header: '状态 (Status)', width: 8 },
            { key: 'lastContact', header: '最近联系 (Last contact)', width: 12 },
            { key: 'thisMonth', header: '本月联系 (This month)', width: 10 },
          ],
          rows: items.map((p) => ({
            member: p.memberName,
            node: p.nodeName,
            destination: p.destination,
            contact: p.contactName,
            startedOn: p.startedOn,
            status: p.status === 'active' ? '结对中' : `已结束 ${p.endedOn ?? ''}`,
            lastContact: p.lastContact ?? '',
            thisMonth: p.status !== 'active' ? '' : p.contactedThisMonth ? '已联系' : '未联系',
          })),
        },
      ]);
    },

    /**
     * Bulk pairing from Excel: each row an outflowing member and a resident member by ID number.
     * Every row is checked first; any bad row changes nothing (422 with a message per row and
     * column). With dryRun it only says what it would do; rows already paired so are skipped.
     */
    async importPairs(ctx: RequestContext, nodeId: string, file: Buffer, dryRun: boolean) {
      const [root] = await core.roots(ctx, 'partymembers.pair', nodeId);
      const node = (await findNode(db, nodeId))!;
      const table = readTable(await readRows(file, { maxRows: IMPORT_MAX_ROWS }), PAIR_COLUMNS);
      const cells = table.rows.map((r) => ({
        row: r.row,
        member: cellText(r.cells.memberId ?? null).toUpperCase(),
        contact: cellText(r.cells.contactId ?? null).toUpperCase(),
        note: cellText(r.cells.note ?? null).slice(0, 300),
      }));
      const bidx = (id: string) => deps.pii.blindIndex('id', id);
      const persons = await deps.people.personIdsByBidx(
        node.district_id,
        cells.flatMap((c) => [bidx(c.member), bidx(c.contact)]),
      );
      const personOf = (id: string) => persons.get(bidx(id).toString('hex'));
      const members = await repo.outflowByPersons(
        db,
        node.district_id,
        cells.map((c) => personOf(c.member)).filter((x): x is string => !!x),
        [root],
      );
      const contacts = new Map(
        (
          await deps.members.partyMembersOf(node.district_id, {
            personIds: cells.map((c) => personOf(c.contact)).filter((x): x is string => !!x),
          })
        ).map((p) => [p.personId, p]),
      );
      const branches = new Map(
        (await deps.org.partyOrgBriefs([...new Set([...contacts.values()].map((c) => c.partyOrgId))])).map(
          (b) => [b.id, b],
        ),
      );
      const away = await repo.awayPersons(db, node.district_id, [...contacts.keys()]);
      const paired = await repo.activeContacts(db, node.district_id, [...members.values()]);
      const memberNames = await core.personsOf(
        [...members.keys()].map((p) => ({ district_id: node.district_id, person_id: p })),
      );
      const errors: FieldProblem[] = [];
      const rows: { row: number; memberName: string; contactName: string; action: 'add' | 'skip' }[] = [];
      const plan: { memberId: string; contactPersonId: string; note: string }[] = [];
      const seen = new Set<string>();
      for (const c of cells) {
        const bad = (field: string, key: string) =>
          errors.push({
            field: `row${c.row}.${field}`,
            key: 'error.validation',
            message: t(ctx.lang, 'partymembers.pairing.import_row', {
              row: c.row,
              message: t(ctx.lang, key),
            }),
          });
        const mp = personOf(c.member);
        const memberId = mp ? members.get(mp) : undefined;
        const cp = personOf(c.contact);
        const contact = cp ? contacts.get(cp) : undefined;
        const branch = contact && branches.get(contact.partyOrgId);
        if (!memberId) bad('memberId', 'partymembers.pairing.not_outflowing');
        else if (seen.has(memberId)) bad('memberId', 'partymembers.pairing.import_twice');
        if (!contact) bad('contactId', 'partymembers.not_party_member');
        else if (cp === mp) bad('contactId', 'partymembers.pairing.contact_self');
        else if (!branch || !can(ctx.actor, 'partymembers.pair', branch.path))
          bad('contactId', 'partymembers.pairing.contact_outside');
        else if (away.has(contact.personId)) bad('contactId', 'partymembers.pairing.contact_away');
        if (!memberId || !contact) continue;
        seen.add(memberId);
        const action = paired.get(memberId) === contact.personId ? 'skip' : 'add';
        rows.push({
          row: c.row,
          memberName: memberNames.get(mp!)?.name ?? '—',
          contactName: contact.name,
          action,
        });
        if (action === 'add') plan.push({ memberId, contactPersonId: contact.personId, note: c.note });
      }
      if (errors.length) throw new InvalidError(errors);
      if (!dryRun)
        await db.transaction().execute(async (trx) => {
          for (const p of plan) await pairing.pairIn(trx, ctx, p);
        });
      const added = rows.filter((r) => r.action === 'add').length;
      return { dryRun, added, skipped: rows.length - added, rows };
    },
  };
}
