/**
 * The household register 户籍台账 of a campaign in and out of Excel: the import in the export's own
 * columns (户号, 楼栋号, 户主, 联系电话, 人数, 面积), each row checked first (a file with a bad row
 * changes nothing: 422 with a message per row and column), a number the campaign has skipped, so an
 * exported sheet imported back adds nothing; the export with each household's team and statuses.
 */
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { isMainlandMobile } from '../../platform/pii/national-id.ts';
import { maskPhone } from '../../platform/pii/pii.ts';
import {
  importRegister,
  rowChecks,
  writeWorkbook,
  type ColumnSpec,
  type TableRead,
} from '../../platform/sheets/index.ts';
import type { CampaignsCore, CampaignsDeps } from './campaigns.core.ts';
import * as repo from './campaigns.repository.ts';

/** The most rows one import reads (seed 004's largest drive had 8,293 households). */
export const IMPORT_MAX_ROWS = 10_000;

const COLUMNS = [
  { key: 'no', label: '户号', synonyms: ['编号', 'Household'], required: true },
  { key: 'buildingNo', label: '楼栋号', synonyms: ['楼栋', 'Building'], required: true },
  { key: 'headName', label: '户主', synonyms: ['户主姓名', '当事人', 'Head'], required: true },
  { key: 'phone', label: '联系电话', synonyms: ['电话', '手机', 'Phone'] },
  { key: 'people', label: '人数', synonyms: ['居住人数', 'People'], required: true },
  { key: 'areaM2', label: '面积（㎡）', synonyms: ['面积', '建筑面积', 'Area'], required: true },
] as const satisfies readonly ColumnSpec[];

/** What one import row does. */
export interface ImportRow {
  row: number;
  no: string;
  buildingNo: string;
  headName: string;
  action: 'add' | 'skip';
}

type Add = {
  no: string;
  buildingNo: string;
  headName: string;
  phone: string;
  people: number;
  areaM2: number;
};

/** Builds the register's import and export. */
export function createCampaignSheets(deps: CampaignsDeps & { core: CampaignsCore }) {
  const { db, core } = deps;

  async function plan(exec: Executor, ctx: RequestContext, c: repo.CampaignRow, table: TableRead) {
    const have = await repo.findHouseholdNos(exec, c.district_id, c.id);
    const seen = new Map<string, number>();
    const rows: ImportRow[] = [];
    const adds: Add[] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<(typeof COLUMNS)[number]['key']>(
        ctx.lang,
        'campaigns.import',
        r,
        errors,
      );
      const no = text('no', 40, true);
      const buildingNo = text('buildingNo', 40, true);
      const headName = text('headName', 40, true);
      const phone = (text('phone', 20) ?? '').replace(/[\s-]/g, '');
      const peopleText = text('people', 4, true);
      const areaText = text('areaM2', 12, true);
      const people = Number(peopleText);
      if (peopleText && (!Number.isInteger(people) || people < 0 || people > 500))
        bad('people', 'campaigns.import.bad_people');
      const areaM2 = Number(areaText);
      if (areaText && (!Number.isFinite(areaM2) || areaM2 < 0 || areaM2 > 1e6))
        bad('areaM2', 'campaigns.import.bad_area');
      if (phone && !phone.includes('*') && !isMainlandMobile(phone)) bad('phone', 'campaigns.bad_phone');
      if (errors.length > before || !no || !buildingNo || !headName) continue;
      const earlier = seen.get(no);
      if (earlier) {
        bad('no', 'campaigns.import.duplicate', { row: earlier });
        continue;
      }
      seen.set(no, r.row);
      const skip = have.has(no);
      rows.push({ row: r.row, no, buildingNo, headName, action: skip ? 'skip' : 'add' });
      // a masked phone (from an export) is not a number to keep
      if (!skip)
        adds.push({ no, buildingNo, headName, phone: phone.includes('*') ? '' : phone, people, areaM2 });
    }
    return { rows, adds, errors };
  }

  return {
    /** Adds the households an upload lists; dryRun only says what would happen. */
    async importHouseholds(ctx: RequestContext, id: string, file: Buffer, dryRun: boolean) {
      requirePermission(ctx, 'campaigns.manage');
      const { c } = await core.campaignFor(ctx, id, 'campaigns.manage');
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        (exec, table) => plan(exec, ctx, c, table),
        async (trx, p) => {
          const stored = await repo.insertHouseholds(
            trx,
            p.adds.map((a) => ({
              district_id: c.district_id,
              id: uuidv7(),
              campaign_id: c.id,
              no: a.no,
              building_no: a.buildingNo,
              head_name: a.headName,
              phone_enc: a.phone ? deps.pii.encrypt(a.phone) : null,
              phone_bidx: a.phone ? deps.pii.blindIndex('phone', a.phone) : null,
              phone_mask: a.phone ? maskPhone(a.phone) : '',
              people: a.people,
              area_m2: a.areaM2,
            })),
          );
          await deps.auditor.append(trx, ctx, {
            action: 'campaigns.household.import',
            objectType: 'campaigns_campaign',
            objectId: c.id,
            districtId: c.district_id,
            detail: { added: stored },
          });
        },
      );
    },

    /** The register as Excel: every household with its team, statuses and dates (phones masked). */
    async exportHouseholds(ctx: RequestContext, id: string) {
      const s = await core.campaignFor(ctx, id, 'campaigns.export');
      const rows = (await repo.findHouseholds(db, s.c.district_id, s.c.id)).map((h) =>
        core.householdOut(h, s.c.started_on, true),
      );
      return writeWorkbook([
        {
          name: t(ctx.lang, 'campaigns.sheet.households'),
          columns: [
            { key: 'no', header: '户号', width: 12 },
            { key: 'buildingNo', header: '楼栋号', width: 10 },
            { key: 'headName', header: '户主', width: 10 },
            { key: 'phone', header: '联系电话', width: 14 },
            { key: 'people', header: '人数', width: 6, type: 'number' },
            { key: 'areaM2', header: '面积（㎡）', width: 10, type: 'number' },
            { key: 'team', header: '工作组', width: 12 },
            { key: 'sign', header: '签约状态', width: 10 },
            { key: 'signedOn', header: '签约日期', width: 12 },
            { key: 'move', header: '搬离状态', width: 10 },
            { key: 'movedOn', header: '搬离日期', width: 12 },
            { key: 'lastVisitOn', header: '最近走访', width: 12 },
          ],
          rows: rows.map((h) => ({
            no: h.no,
            buildingNo: h.buildingNo,
            headName: h.headName,
            phone: h.phone,
            people: h.people,
            areaM2: h.areaM2,
            team: h.teamName ?? '',
            sign: t(ctx.lang, `campaigns.sign.${h.signStatus}`),
            signedOn: h.signedOn ?? '',
            move: t(ctx.lang, `campaigns.move.${h.moveStatus}`),
            movedOn: h.movedOn ?? '',
            lastVisitOn: h.lastVisitOn ?? '',
          })),
        },
      ]);
    },
  };
}
