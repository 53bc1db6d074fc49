/**
 * 双报到 in and out of Excel: the register of reports and the hours (per member, by programme) out;
 * a unit's member list in, pre-registering its members to the communities they will report to
 * (cadres of the unit by name, or any party member or cadre of the district by person number);
 * every row checked first (a bad row changes nothing: 422 per row and column), members already
 * holding this year's report skipped, so a repeated import adds nothing.
 */
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots } from '../../platform/access/nodes.ts';
import type { Executor } from '../../platform/db/db.ts';
import { InvalidError, type FieldProblem } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  importRegister,
  placeNamed,
  rowChecks,
  rowsByKey,
  writeWorkbook,
  type ColumnSpec,
  type TableRead,
} from '../../platform/sheets/index.ts';
import { reportOut, thisYear, type OutreachDeps } from './outreach.core.ts';
import { UNIT_LEVELS } from './outreach.members.service.ts';
import * as repo from './outreach.repository.ts';

/** The most rows one import reads. */
export const IMPORT_MAX_ROWS = 5_000;

const COLUMNS = [
  { key: 'name', label: '姓名', synonyms: ['党员姓名', 'Name'] },
  { key: 'personId', label: '人员编号', synonyms: ['人员ID', 'Person id', 'PersonId'] },
  { key: 'community', label: '报到社区', synonyms: ['社区', '居住社区', 'Community'], required: true },
] as const satisfies readonly ColumnSpec[];

/** What one import row does. */
export interface MemberImportRow {
  row: number;
  name: string;
  community: string;
  action: 'add' | 'skip';
}

/** Builds the Excel verbs. */
export function createSheetsService(deps: OutreachDeps) {
  const { db, auditor } = deps;

  async function plan(
    exec: Executor,
    ctx: RequestContext,
    unit: { id: string; district_id: string },
    year: number,
    table: TableRead,
  ) {
    const d = unit.district_id;
    const ids = [...new Set(table.rows.map((r) => String(r.cells.personId ?? '').trim()).filter(Boolean))];
    const uuid = /^[0-9a-f-]{36}$/i;
    const [cadres, byIdCadres, byIdMembers, communities, had] = await Promise.all([
      deps.cadres.cadresOf(d, { unitNodeIds: [unit.id] }),
      deps.cadres.cadresOf(d, { personIds: ids.filter((i) => uuid.test(i)) }),
      deps.partyMembers.partyMembersOf(d, { personIds: ids.filter((i) => uuid.test(i)) }),
      repo.findPlaces(exec, d, ['community']),
      repo.findReportedPersons(exec, d, year),
    ]);
    const byId = new Map<string, string>([
      ...byIdCadres.map((c) => [c.personId, c.name] as const),
      ...byIdMembers.map((m) => [m.personId, m.name] as const),
    ]);
    const key = rowsByKey(new Set(had.map((h) => h.person_id)));
    const rows: MemberImportRow[] = [];
    const adds: { personId: string; name: string; communityId: string }[] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<(typeof COLUMNS)[number]['key']>(
        ctx.lang,
        'outreach.import',
        r,
        errors,
      );
      const name = text('name', 40);
      const personId = text('personId', 40);
      const communityText = text('community', 100, true);
      const community = communityText ? placeNamed(communities, communityText) : null;
      if (communityText && !community)
        bad('community', 'outreach.import.unknown_community', { value: communityText.slice(0, 60) });
      let person: { personId: string; name: string } | null = null;
      if (personId) {
        const n = byId.get(personId);
        if (n) person = { personId, name: n };
        else bad('personId', 'outreach.import.unknown_member', { value: personId.slice(0, 40) });
      } else if (name) {
        const found = cadres.filter((c) => c.name === name);
        if (found.length === 1) person = { personId: found[0].personId, name };
        else if (found.length > 1) bad('name', 'outreach.import.ambiguous', { value: name });
        else bad('name', 'outreach.import.unknown_member', { value: name });
      } else bad('name', 'outreach.import.required');
      if (errors.length > before || !person || !community) continue;
      const action = key(person.personId, r.row);
      if (typeof action === 'object') {
        bad('name', 'outreach.import.duplicate', { row: action.earlier });
        continue;
      }
      rows.push({ row: r.row, name: person.name, community: community.name, action });
      if (action === 'add') adds.push({ ...person, communityId: community.id });
    }
    return { rows, adds, errors };
  }

  /** The sheets' rows: every report in scope of a year. */
  async function registerRows(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
    const paths = await readRoots(db, ctx, 'outreach.read', q.nodeId);
    return (await repo.findReports(db, repo.communityOrUnitIn(paths), { year: q.year ?? thisYear() })).map(
      reportOut,
    );
  }

  return {
    /** Pre-registers a unit's members from Excel; dryRun only says what would happen. */
    async importMembers(ctx: RequestContext, nodeId: string, year: number, file: Buffer, dryRun: boolean) {
      requirePermission(ctx, 'outreach.unit');
      const unit = await nodeFor(db, ctx, nodeId, 'outreach.unit');
      if (!(UNIT_LEVELS as readonly string[]).includes(unit.level))
        throw new InvalidError([{ field: 'nodeId', key: 'outreach.not_unit' }]);
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        (exec, table) => plan(exec, ctx, unit, year, table),
        async (trx, p) => {
          for (const a of p.adds) {
            const id = uuidv7();
            await repo.insertReport(trx, {
              district_id: unit.district_id,
              id,
              year,
              person_id: a.personId,
              member_name: a.name,
              unit_node_id: unit.id,
              community_id: a.communityId,
              state: 'invited',
              source: 'import',
            });
          }
          await auditor.append(trx, ctx, {
            action: 'outreach.import',
            objectType: 'outreach_unit',
            objectId: unit.id,
            districtId: unit.district_id,
            detail: { year, added: p.adds.length },
          });
        },
      );
    },

    /** The register of reports as Excel. */
    async exportRegister(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const rows = await registerRows(ctx, q);
      const L = (k: string) => t(ctx.lang, k);
      return writeWorkbook([
        {
          name: L('outreach.sheet.register'),
          columns: [
            { key: 'year', header: '年度', width: 8, type: 'number' },
            { key: 'name', header: '姓名', width: 10 },
            { key: 'unit', header: '工作单位', width: 20 },
            { key: 'community', header: '报到社区', width: 14 },
            { key: 'state', header: '状态', width: 10 },
            { key: 'programme', header: '服务项目', width: 20 },
            { key: 'post', header: '岗位', width: 12 },
            { key: 'hours', header: '已确认时长', width: 10, type: 'number' },
            { key: 'rating', header: '年度反馈', width: 10 },
          ],
          rows: rows.map((r) => ({
            year: r.year,
            name: r.memberName,
            unit: r.unitName,
            community: r.communityName,
            state: L(`outreach.state.${r.state}`),
            programme: r.programmeName ?? '',
            post: r.post,
            hours: r.hours,
            rating: r.rating ? L(`outreach.rating.${r.rating}`) : '',
          })),
        },
      ]);
    },

    /** Confirmed hours per member and programme as Excel (accepted members). */
    async exportHours(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const rows = (await registerRows(ctx, q)).filter((r) => r.state === 'accepted');
      const L = (k: string) => t(ctx.lang, k);
      return writeWorkbook([
        {
          name: L('outreach.sheet.hours'),
          columns: [
            { key: 'community', header: '报到社区', width: 14 },
            { key: 'kind', header: '项目类别', width: 12 },
            { key: 'programme', header: '服务项目', width: 20 },
            { key: 'name', header: '姓名', width: 10 },
            { key: 'unit', header: '工作单位', width: 20 },
            { key: 'hours', header: '已确认时长', width: 10, type: 'number' },
            { key: 'waiting', header: '待确认记录', width: 10, type: 'number' },
          ],
          rows: rows.map((r) => ({
            community: r.communityName,
            kind: r.programmeKind ? L(`outreach.kind.${r.programmeKind}`) : '',
            programme: r.programmeName ?? '',
            name: r.memberName,
            unit: r.unitName,
            hours: r.hours,
            waiting: r.waiting,
          })),
        },
      ]);
    },
  };
}
