/**
 * Excel in: the registers typed in by hand imported (companies, compounds, the fee ledger), each
 * file checked row by row and written all or nothing.
 */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import { t, type Lang } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { cellText, readRows, readTable, type ColumnSpec } from '../../platform/sheets/index.ts';
import { compoundScope, type PropertyCore, type PropertyDeps } from './property.core.ts';
import { COMPANY_COLUMNS, COMPOUND_COLUMNS, FEE_COLUMNS } from './property.excel.ts';
import * as repo from './property.repository.ts';

const MAX_ROWS = 5000;

const BRANCH: Record<string, string> = {
  党支部: 'party_branch',
  小区党支部: 'party_branch',
  小区工作支部: 'work_branch',
  工作支部: 'work_branch',
  无: 'none',
};

type RowError = { row: number; field: string; message: string };

/** The row errors of an import, each in the user's language. */
function errorList(lang: Lang) {
  const errors: RowError[] = [];
  const fail = (row: number, field: string, key: string, params?: Record<string, unknown>) =>
    errors.push({ row, field, message: t(lang, `property.import.${key}`, params) });
  return { errors, fail };
}

/** A month from a cell: '2026-03', '2026年3月', '202603' or an Excel date. */
function periodOf(v: string): string | null {
  const m = /^(\d{4})\D{0,2}(\d{1,2})/.exec(v.replace(/\s/g, ''));
  if (!m) return null;
  const mm = Number(m[2]);
  if (mm < 1 || mm > 12) return null;
  return `${m[1]}-${String(mm).padStart(2, '0')}`;
}
const num = (v: string) => (v === '' ? NaN : Number(v.replace(/[,，¥￥元\s]/g, '')));

/** Builds the Excel import verbs. */
export function createImportsService(deps: PropertyDeps & { core: PropertyCore }) {
  const { db, auditor, core } = deps;

  async function read(file: Buffer, columns: ColumnSpec[]) {
    return readTable(await readRows(file, { maxRows: MAX_ROWS + 20 }), columns);
  }

  /** Inserts the checked rows and audits the import on the node; rows already registered are skipped. */
  async function insertAll<R>(
    ctx: RequestContext,
    n: { id: string; district_id: string },
    action: string,
    rows: R[],
    insert: (trx: Executor, rows: R[]) => Promise<unknown[]>,
  ) {
    const made = await db.transaction().execute(async (trx) => {
      const ids = await insert(trx, rows);
      await auditor.append(trx, ctx, {
        action,
        objectType: 'org_node',
        objectId: n.id,
        districtId: n.district_id,
        detail: { rows: rows.length, imported: ids.length },
      });
      return ids.length;
    });
    return { imported: made, skipped: rows.length - made, errors: [] as RowError[] };
  }

  return {
    /** Imports companies onto a node (a credit code already registered is skipped, not changed). */
    async importCompanies(ctx: RequestContext, nodeId: string, file: Buffer) {
      const n = await core.nodeFor(ctx, nodeId, 'property.manage');
      const table = await read(file, COMPANY_COLUMNS);
      const { errors, fail } = errorList(ctx.lang);
      const rows: repo.NewCompany[] = [];
      const seen = new Set<string>();
      for (const r of table.rows) {
        const cell = (k: string) => cellText(r.cells[k] ?? null);
        const name = cell('name');
        const code = cell('creditCode').toUpperCase();
        if (!name || name.length > 100) fail(r.row, 'name', 'name');
        if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) fail(r.row, 'creditCode', 'credit_code');
        else if (seen.has(code)) fail(r.row, 'creditCode', 'repeated');
        seen.add(code);
        rows.push({
          district_id: n.district_id,
          id: uuidv7(),
          node_id: n.id,
          name,
          credit_code: code,
          contact_name: cell('contactName').slice(0, 50),
          has_party_org: ['是', '已建立', 'Y', 'YES', 'TRUE', '1'].includes(
            cell('hasPartyOrg').toUpperCase(),
          ),
          party_org_id: null,
        });
      }
      if (errors.length) return { imported: 0, skipped: 0, errors };
      return insertAll(ctx, n, 'property.company.import', rows, repo.insertCompanies);
    },

    /** Imports compounds under a node (community by name, company by name; a name already on its community is skipped). */
    async importCompounds(ctx: RequestContext, nodeId: string, file: Buffer) {
      const n = await core.nodeFor(ctx, nodeId, 'property.manage');
      const table = await read(file, COMPOUND_COLUMNS);
      const communities = (await repo.communitiesUnder(db, n.path)).filter((c) =>
        can(ctx.actor, 'property.manage', c.path),
      );
      const byName = new Map(communities.map((c) => [c.name, c]));
      const companyNames = [
        ...new Set(table.rows.map((r) => cellText(r.cells.company ?? null)).filter(Boolean)),
      ];
      const companies = new Map(
        (await repo.companiesByName(db, n.district_id, companyNames)).map((c) => [c.name, c.id]),
      );
      const { errors, fail } = errorList(ctx.lang);
      const rows: repo.NewCompound[] = [];
      for (const r of table.rows) {
        const cell = (k: string) => cellText(r.cells[k] ?? null);
        const community = byName.get(cell('community'));
        if (!community) fail(r.row, 'community', 'community', { name: cell('community') });
        const name = cell('name');
        if (!name || name.length > 100) fail(r.row, 'name', 'name');
        const households = cell('households') ? num(cell('households')) : 0;
        if (!Number.isInteger(households) || households < 0 || households > 100000)
          fail(r.row, 'households', 'number');
        const companyId = cell('company') ? companies.get(cell('company')) : null;
        if (companyId === undefined) fail(r.row, 'company', 'company', { name: cell('company') });
        const branch = cell('branchKind') ? BRANCH[cell('branchKind')] : 'party_branch';
        if (!branch) fail(r.row, 'branchKind', 'branch');
        if (community)
          rows.push({
            district_id: n.district_id,
            id: uuidv7(),
            node_id: community.id,
            name,
            address: cell('address').slice(0, 200),
            households,
            company_id: companyId ?? null,
            party_org_id: null,
            branch_kind: branch ?? 'party_branch',
          });
      }
      if (errors.length) return { imported: 0, skipped: 0, errors };
      return insertAll(ctx, n, 'property.compound.import', rows, repo.insertCompounds);
    },

    /** Imports the fee ledger of the compounds under a node the actor keeps (a month already there is replaced). */
    async importFees(ctx: RequestContext, nodeId: string, file: Buffer) {
      const actor = requirePermission(ctx, 'property.fees');
      const n = await core.nodeFor(ctx, nodeId, 'property.fees');
      const table = await read(file, FEE_COLUMNS);
      const compounds = await repo.listCompounds(db, compoundScope(actor, 'property.fees'), {
        under: n.path,
        limit: 100000,
      });
      const key = (community: string, name: string) => `${community}|${name}`;
      const byKey = new Map(compounds.map((c) => [key(c.node_name, c.name), c]));
      const byName = new Map<string, (typeof compounds)[number] | null>();
      for (const c of compounds) byName.set(c.name, byName.has(c.name) ? null : c);
      const { errors, fail } = errorList(ctx.lang);
      const rows: Parameters<typeof repo.upsertFees>[1] = [];
      const seen = new Set<string>();
      for (const r of table.rows) {
        const cell = (k: string) => cellText(r.cells[k] ?? null);
        const c = cell('community')
          ? byKey.get(key(cell('community'), cell('compound')))
          : byName.get(cell('compound'));
        if (!c) fail(r.row, 'compound', 'compound', { name: cell('compound') });
        const period = periodOf(cell('period'));
        if (!period) fail(r.row, 'period', 'period');
        const billed = num(cell('billed'));
        const paid = num(cell('paid'));
        const hb = cell('householdsBilled') ? num(cell('householdsBilled')) : 0;
        const hp = cell('householdsPaid') ? num(cell('householdsPaid')) : 0;
        for (const [f, v] of [
          ['billed', billed],
          ['paid', paid],
        ] as const)
          if (!Number.isFinite(v) || v < 0 || v > 1e11) fail(r.row, f, 'number');
        for (const [f, v] of [
          ['householdsBilled', hb],
          ['householdsPaid', hp],
        ] as const)
          if (!Number.isInteger(v) || v < 0 || v > 100000) fail(r.row, f, 'number');
        if (c && period) {
          if (seen.has(`${c.id}|${period}`)) fail(r.row, 'period', 'repeated');
          seen.add(`${c.id}|${period}`);
          rows.push({
            district_id: c.district_id,
            compound_id: c.id,
            period,
            billed,
            paid,
            households_billed: hb,
            households_paid: hp,
            updated_by: actor.userId,
          });
        }
      }
      if (errors.length) return { imported: 0, skipped: 0, errors };
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i < rows.length; i += 500) await repo.upsertFees(trx, rows.slice(i, i + 500));
        await auditor.append(trx, ctx, {
          action: 'property.fees.import',
          objectType: 'org_node',
          objectId: n.id,
          districtId: n.district_id,
          detail: { rows: rows.length },
        });
      });
      return { imported: rows.length, skipped: 0, errors };
    },
  };
}
