/**
 * The team's roster 巡访团名册, kept by the district 组织部: adding a member (the phone stored encrypted
 * and shown masked), the roster as Excel, and an import in the export's columns. Every import row is
 * checked first; a file with a bad row changes nothing (422, a message per row and column). A row naming
 * someone already on the roster (same name and street) is skipped, so an exported sheet imported back
 * adds nothing (its masked phones are never read).
 */
import type { z } from 'zod';
import type { RequestContext } from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import { InvalidError, type FieldProblem } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { isMainlandMobile } from '../../platform/pii/national-id.ts';
import { phoneColumns } from '../../platform/pii/phone.ts';
import {
  importRegister,
  rowChecks,
  writeWorkbook,
  type ColumnSpec,
  type TableRead,
} from '../../platform/sheets/index.ts';
import { memberOut, rosterDistrict, type VisitteamDeps } from './visitteam.core.ts';
import * as repo from './visitteam.repository.ts';
import type { memberBody } from './visitteam.schemas.ts';

/** The most rows one import reads. */
export const IMPORT_MAX_ROWS = 2_000;

const COLUMNS = [
  { key: 'name', label: '姓名', synonyms: ['成员', 'Name'], required: true },
  { key: 'phone', label: '联系电话', synonyms: ['电话', '手机', 'Phone'] },
  { key: 'street', label: '所在街道', synonyms: ['街道', 'Street'] },
  { key: 'termStart', label: '任期开始', synonyms: ['聘任日期', 'Term start'], required: true },
  { key: 'termEnd', label: '任期结束', synonyms: ['任期届满', 'Term end'], required: true },
] as const satisfies readonly ColumnSpec[];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const dayOk = (d: string) => DAY.test(d) && !Number.isNaN(Date.parse(d));

/** Builds the roster verbs. */
export function createMembersService(deps: VisitteamDeps) {
  const { db, auditor, pii } = deps;

  async function add(trx: Executor, ctx: RequestContext, districtId: string, b: z.infer<typeof memberBody>) {
    if (b.termEnd < b.termStart)
      throw new InvalidError([{ field: 'termEnd', key: 'visitteam.term_end_before_start' }]);
    const id = uuidv7();
    await repo.insertMembers(trx, [
      {
        district_id: districtId,
        id,
        name: b.name,
        street: b.street,
        term_start: b.termStart,
        term_end: b.termEnd,
        created_by: ctx.actor?.userId ?? null,
        ...phoneColumns(pii, b.phone, { field: 'phone', key: 'visitteam.bad_phone' }),
      },
    ]);
    await auditor.append(trx, ctx, {
      action: 'visitteam.member.add',
      objectType: 'visitteam_member',
      objectId: id,
      districtId,
      detail: { street: b.street, termStart: b.termStart, termEnd: b.termEnd },
    });
    return { id };
  }

  async function plan(exec: Executor, ctx: RequestContext, districtId: string, table: TableRead) {
    const onRoster = new Set((await repo.findMembers(exec, districtId)).map((m) => `${m.name}|${m.street}`));
    const seen = new Map<string, number>();
    const rows: { row: number; name: string; street: string; action: 'add' | 'skip' }[] = [];
    const adds: z.infer<typeof memberBody>[] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<(typeof COLUMNS)[number]['key']>(
        ctx.lang,
        'visitteam.import',
        r,
        errors,
      );
      const name = text('name', 40, true);
      const street = text('street', 40) ?? '';
      const phoneText = (text('phone', 20) ?? '').replace(/[\s-]/g, '');
      const termStart = text('termStart', 10, true);
      const termEnd = text('termEnd', 10, true);
      // an exported sheet carries masked phones: they are not read
      const phone = phoneText.includes('*') ? '' : phoneText;
      if (phone && !isMainlandMobile(phone)) bad('phone', 'visitteam.import.bad_phone');
      if (termStart && !dayOk(termStart)) bad('termStart', 'visitteam.import.bad_date');
      if (termEnd && !dayOk(termEnd)) bad('termEnd', 'visitteam.import.bad_date');
      if (termStart && termEnd && dayOk(termStart) && dayOk(termEnd) && termEnd < termStart)
        bad('termEnd', 'visitteam.term_end_before_start');
      if (errors.length > before || !name || !termStart || !termEnd) continue;
      const key = `${name}|${street}`;
      const earlier = seen.get(key);
      if (earlier) {
        bad('name', 'visitteam.import.duplicate', { row: earlier });
        continue;
      }
      seen.set(key, r.row);
      if (onRoster.has(key)) {
        rows.push({ row: r.row, name, street, action: 'skip' });
        continue;
      }
      rows.push({ row: r.row, name, street, action: 'add' });
      adds.push({ name, phone, street, termStart, termEnd });
    }
    return { rows, adds, errors };
  }

  return {
    /** Adds a member to the district's roster. */
    async addMember(ctx: RequestContext, b: z.infer<typeof memberBody>) {
      const districtId = rosterDistrict(ctx);
      return db.transaction().execute((trx) => add(trx, ctx, districtId, b));
    },

    /** Adds the members an upload names; dryRun only says what would happen. */
    async importMembers(ctx: RequestContext, file: Buffer, dryRun: boolean) {
      const districtId = rosterDistrict(ctx);
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        (exec, table) => plan(exec, ctx, districtId, table),
        async (trx, p) => {
          for (const a of p.adds) await add(trx, ctx, districtId, a);
        },
      );
    },

    /** The roster as Excel, in the columns the import reads (phones masked). */
    async exportMembers(ctx: RequestContext) {
      const districtId = rosterDistrict(ctx);
      const rows = (await repo.findMembers(db, districtId)).map((m) => {
        const o = memberOut(m);
        return { name: o.name, phone: o.phone, street: o.street, termStart: o.termStart, termEnd: o.termEnd };
      });
      return writeWorkbook([
        {
          name: t(ctx.lang, 'visitteam.sheet.members'),
          columns: [
            { key: 'name', header: '姓名', width: 10 },
            { key: 'phone', header: '联系电话', width: 14 },
            { key: 'street', header: '所在街道', width: 14 },
            { key: 'termStart', header: '任期开始', width: 12 },
            { key: 'termEnd', header: '任期结束', width: 12 },
          ],
          rows,
        },
      ]);
    },
  };
}
