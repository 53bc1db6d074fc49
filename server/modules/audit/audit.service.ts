/**
 * The auditor's use cases: search the audit log, export it to Excel, and check its hash chain.
 * Only the auditor may do any of them; exporting is itself recorded in the log.
 */
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { verifyChain, type AuditRow, type Auditor, type VerifyResult } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { InvalidError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { getSetting, putSetting } from '../../platform/settings.ts';
import type { TodoItem } from '../../platform/workbench.ts';
import { AUDIT_COLUMNS, countCapped, matching } from './audit.repository.ts';
import { safeText as inertCell } from '../../platform/sheets/index.ts';
import { actionName, namedActions } from './audit.rules.ts';
import type { AuditFilters } from './audit.schemas.ts';

/** An audited object: its type, id and district. */
export interface AuditObject {
  objectType: string;
  objectId: string;
  districtId: string | null;
}
/**
 * Whose record each object is, by `${objectType}:${objectId}`: a resident's name masked, an
 * officer's account, a node by name (the composition root asks the modules that own them).
 */
export type SubjectNames = (objects: AuditObject[]) => Promise<Map<string, string>>;

/** Where the result of the last chain verification is kept. */
const LAST_VERIFY = 'audit.last_verify';
type LastVerify = { at: string | null; ok: boolean | null; count: number | null };

/** The list counts matching entries up to this many (beyond it, the page says "more than"). */
export const COUNT_CAP = 10_000;
/** At most this many entries go into one Excel export. */
export const EXPORT_LIMIT = 100_000;
const BATCH = 2_000;

export type AuditService = ReturnType<typeof createAuditService>;

/** An audit row as the list reads it (AUDIT_COLUMNS; the time as the driver returns it). */
type Row = Pick<
  AuditRow,
  | 'seq'
  | 'actor_name'
  | 'action'
  | 'object_type'
  | 'object_id'
  | 'result'
  | 'ip'
  | 'user_agent'
  | 'district_id'
  | 'detail'
> & { at: Date };

function view(r: Row, subjects: Map<string, string>) {
  return {
    seq: r.seq,
    at: new Date(r.at).toISOString(),
    actorName: r.actor_name,
    action: r.action,
    objectType: r.object_type,
    objectId: r.object_id,
    result: r.result as 'ok' | 'denied' | 'failed',
    ip: r.ip,
    userAgent: r.user_agent,
    districtId: r.district_id,
    detail: (r.detail ?? {}) as Record<string, unknown>,
    actionName: actionName(r.action),
    subject: r.object_id ? (subjects.get(`${r.object_type}:${r.object_id}`) ?? null) : null,
  };
}

/** Builds the audit service over the database, the auditor and the chain key. */
export function createAuditService(deps: { db: Db; auditor: Auditor; key: Buffer; subjects?: SubjectNames }) {
  const { db, auditor } = deps;
  const subjectsOf = async (rows: Row[]) =>
    deps.subjects
      ? deps.subjects(
          rows.flatMap((r) =>
            r.object_id
              ? [{ objectType: r.object_type, objectId: r.object_id, districtId: r.district_id }]
              : [],
          ),
        )
      : new Map<string, string>();

  function scopeOf(ctx: RequestContext, action: string) {
    const actor = requirePermission(ctx, action);
    const paths = scopePaths(actor, action);
    // a grant on a root of the tree (the city) reaches every entry, district or none
    return { all: paths.some((p) => p.split('/').filter(Boolean).length === 1), paths };
  }

  function checkRange(f: AuditFilters) {
    if (f.from && f.to && new Date(f.from) > new Date(f.to))
      throw new InvalidError([{ field: 'from', key: 'audit.range' }]);
  }

  return {
    /** Searches the log, newest first. */
    async list(ctx: RequestContext, f: AuditFilters & { limit: number; offset: number }) {
      const scope = scopeOf(ctx, 'audit.read');
      checkRange(f);
      const q = matching(db, f, scope);
      // a log of millions is not counted to the end on every page: up to COUNT_CAP, then "more"
      const counted = await countCapped(db, q, COUNT_CAP);
      const rows = (await q
        .select(AUDIT_COLUMNS)
        .orderBy('seq', 'desc')
        .limit(f.limit)
        .offset(f.offset)
        .execute()) as Row[];
      const subjects = await subjectsOf(rows);
      return {
        total: Math.min(counted, COUNT_CAP),
        totalCapped: counted > COUNT_CAP,
        items: rows.map((r) => view(r, subjects)),
      };
    },

    /**
     * Streams the matching entries (newest first, at most EXPORT_LIMIT) as an xlsx workbook. The
     * export is recorded before the first byte leaves.
     */
    async exportXlsx(ctx: RequestContext, f: AuditFilters): Promise<Readable> {
      const scope = scopeOf(ctx, 'audit.export');
      checkRange(f);
      const [{ total }] = await matching(db, f, scope)
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .execute();
      const rowsOut = Math.min(total, EXPORT_LIMIT);
      await auditor.record(ctx, {
        action: 'audit.export',
        objectType: 'audit_log',
        detail: { filters: f, rows: rowsOut, truncated: total > EXPORT_LIMIT },
      });
      const out = new PassThrough();
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
        stream: out,
        useStyles: false,
        useSharedStrings: false,
      });
      const ws = wb.addWorksheet(t(ctx.lang, 'audit.sheet'));
      ws.columns = [
        ['seq', 8],
        ['at', 26],
        ['actor', 16],
        ['action', 24],
        ['actionName', 20],
        ['subject', 14],
        ['objectType', 14],
        ['objectId', 38],
        ['result', 8],
        ['ip', 16],
        ['userAgent', 30],
        ['districtId', 38],
        ['detail', 60],
      ].map(([k, width]) => ({
        header: t(ctx.lang, `audit.col.${k}`),
        key: String(k),
        width: Number(width),
      }));
      const write = async () => {
        let written = 0;
        let before = Number.MAX_SAFE_INTEGER;
        while (written < rowsOut) {
          const rows = (await matching(db, f, scope)
            .select(AUDIT_COLUMNS)
            .where('seq', '<', before)
            .orderBy('seq', 'desc')
            .limit(Math.min(BATCH, rowsOut - written))
            .execute()) as Row[];
          if (!rows.length) break;
          const subjects = await subjectsOf(rows);
          for (const r of rows) {
            const v = view(r, subjects);
            // every text typed by someone (a username tried at login, a user agent) is made inert
            ws.addRow([
              v.seq,
              v.at,
              inertCell(v.actorName),
              v.action,
              v.actionName?.[ctx.lang] ?? '',
              inertCell(v.subject ?? ''),
              v.objectType,
              inertCell(v.objectId ?? ''),
              v.result,
              inertCell(v.ip),
              inertCell(v.userAgent),
              v.districtId ?? '',
              inertCell(JSON.stringify(v.detail)),
            ]).commit();
          }
          written += rows.length;
          before = rows[rows.length - 1].seq;
        }
        if (total > EXPORT_LIMIT)
          ws.addRow([t(ctx.lang, 'audit.truncated', { limit: EXPORT_LIMIT })]).commit();
        ws.commit();
        await wb.commit();
      };
      write().catch((e) => out.destroy(e as Error));
      return out;
    },

    /** Checks the whole hash chain and reports the first bad entry, if any; the result is kept. */
    async verify(ctx: RequestContext): Promise<VerifyResult> {
      requirePermission(ctx, 'audit.read');
      const r = await verifyChain(db, deps.key);
      await putSetting(db, LAST_VERIFY, { at: new Date().toISOString(), ok: r.ok, count: r.count });
      return r;
    },

    /** The named actions, for the filter's choices. */
    actionNames: () => namedActions(),

    /**
     * The auditor's to-do: verify the chain when it has not been verified for a day, and at once
     * (red) when the last verification found it broken.
     */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      if (!ctx.actor || !can(ctx.actor, 'audit.read')) return [];
      const last = await getSetting<LastVerify>(db, LAST_VERIFY, { at: null, ok: null, count: null });
      const stale = !last.at || Date.now() - new Date(last.at).getTime() > 86400_000;
      if (last.ok !== false && !stale) return [];
      return [
        {
          key: 'audit.verify',
          module: 'audit',
          label: t(ctx.lang, last.ok === false ? 'audit.todo.broken' : 'audit.todo.verify'),
          count: 1,
          href: '/audit',
          level: last.ok === false ? 'red' : 'normal',
        },
      ];
    },
  };
}
