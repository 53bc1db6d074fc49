/**
 * The partners register in from Excel or CSV, in the export's columns: each row a partner of a
 * community the officer manages, entered as active (the officer vouches for the list). Every row is
 * checked first; a file with a bad row changes nothing (422, a message per row and column). A
 * partner already there (same community, same name in any case) is skipped, so a repeated import
 * adds nothing. dryRun only says what would happen.
 */
import { requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import { type FieldProblem } from '../../platform/errors.ts';
import {
  type ColumnSpec,
  type TableRead,
  rowChecks,
  importRegister,
  codeOfCell,
  placeNamed,
} from '../../platform/sheets/index.ts';
import * as repo from './partners.repository.ts';
import { setUpPartner, type PartnersDeps } from './partners.register.service.ts';
import { OFFER_KINDS, PARTNER_KINDS, type OfferKind, type PartnerKind } from './partners.rules.ts';

export const IMPORT_MAX_ROWS = 5_000;

const COLUMNS = [
  { key: 'node', label: '社区', synonyms: ['所属社区', 'Community'], required: true },
  {
    key: 'name',
    label: '合伙人',
    synonyms: ['合伙人名称', '单位名称', '名称', 'Partner', 'Name'],
    required: true,
  },
  { key: 'kind', label: '类型', synonyms: ['合伙人类型', 'Kind', 'Type'], required: true },
  { key: 'contact', label: '联系方式', synonyms: ['联系人', '联系电话', 'Contact'] },
  { key: 'offers', label: '提供资源', synonyms: ['资源', 'Offers'] },
  { key: 'note', label: '资源说明', synonyms: ['说明', 'Note'] },
  { key: 'value', label: '估值(元)', synonyms: ['估值', '价值', 'Value'] },
] as const satisfies readonly ColumnSpec[];

const key = (nodeId: string, name: string) => `${nodeId}\u0000${name.toLowerCase()}`;

/** Builds the partners import on the register's own create path. */
export function createPartnersImport(deps: PartnersDeps) {
  const { db } = deps;

  async function plan(exec: Executor, ctx: RequestContext, table: TableRead) {
    const paths = scopePaths(ctx.actor, 'partners.manage');
    const communities = await repo.findCommunities(exec, nodeInPaths('n.id', paths));
    const existing = new Set(
      (await repo.partnerNames(exec, nodeInPaths('p.node_id', paths))).map((p) => key(p.node_id, p.name)),
    );
    const seen = new Map<string, number>();
    const rows: { row: number; name: string; node: string; kind: PartnerKind; action: 'add' | 'skip' }[] = [];
    const adds: {
      row: number;
      node: (typeof communities)[number];
      body: Parameters<typeof setUpPartner>[4];
    }[] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<(typeof COLUMNS)[number]['key']>(
        ctx.lang,
        'partners.import',
        r,
        errors,
      );
      const nodeText = text('node', 100, true);
      const name = text('name', 80, true);
      const kindText = text('kind', 20, true);
      const contact = text('contact', 100);
      const offersText = text('offers', 200);
      const note = text('note', 1000);
      const valueCell = r.cells.value ?? null;
      let value = 0;
      if (valueCell !== null && !(typeof valueCell === 'string' && !valueCell.trim())) {
        const v = typeof valueCell === 'number' ? valueCell : Number(String(valueCell).trim());
        if (!Number.isInteger(v) || v < 0 || v > 1_000_000_000) bad('value', 'partners.import.bad_value');
        else value = v;
      }
      const kind = kindText ? codeOfCell(PARTNER_KINDS, 'partners.kind', kindText) : null;
      if (kindText && !kind) bad('kind', 'partners.import.unknown_kind', { value: kindText });
      const offers: OfferKind[] = [];
      for (const o of (offersText ?? '')
        .split(/[、,，;；/]/)
        .map((s) => s.trim())
        .filter(Boolean)) {
        const code = codeOfCell(OFFER_KINDS, 'partners.offer', o);
        if (!code) bad('offers', 'partners.import.unknown_offer', { value: o.slice(0, 20) });
        else if (!offers.includes(code)) offers.push(code);
      }
      const place = placeNamed(communities, nodeText);
      if (nodeText && !place) bad('node', 'partners.import.unknown_node', { name: nodeText.slice(0, 50) });
      if (errors.length > before || !name || !kind || !place) continue;
      const k = key(place.id, name);
      const earlier = seen.get(k);
      if (earlier) {
        bad('name', 'partners.import.duplicate', { row: earlier });
        continue;
      }
      seen.set(k, r.row);
      const action = existing.has(k) ? 'skip' : 'add';
      rows.push({ row: r.row, name, node: place.name, kind, action });
      if (action === 'add')
        adds.push({
          row: r.row,
          node: place,
          body: {
            nodeId: place.id,
            name,
            kind,
            contact: contact ?? '',
            offers,
            offerNote: note ?? '',
            offerValueYuan: value,
          },
        });
    }
    return { rows, adds, errors };
  }

  return {
    /** Enters the partners an upload names in communities the officer manages; dryRun only checks. */
    async importPartners(ctx: RequestContext, file: Buffer, dryRun: boolean) {
      requirePermission(ctx, 'partners.manage');
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        (exec, table) => plan(exec, ctx, table),
        async (trx, p) => {
          for (const a of p.adds)
            if (!(await setUpPartner(deps, trx, ctx, a.node, a.body, 'import')))
              p.rows.find((r) => r.row === a.row)!.action = 'skip';
        },
      );
    },
  };
}
