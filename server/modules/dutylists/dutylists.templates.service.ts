/**
 * The district's templates of responsibility items 责任清单模板 per organisation kind and per post,
 * kept as data by the office: listed, added, changed (or retired), and in and out of Excel (a dry
 * run says what each row would do; a file with a bad row changes nothing; a row the district
 * already has is skipped, so an exported sheet imported back adds nothing).
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { ConflictError, InvalidError, NotFoundError, type FieldProblem } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  type ColumnSpec,
  type TableRead,
  importRegister,
  rowChecks,
  writeWorkbook,
} from '../../platform/sheets/index.ts';
import type { Executor } from '../../platform/db/db.ts';
import { checkUpdated, type DutylistsCore, type DutylistsDeps } from './dutylists.core.ts';
import * as repo from './dutylists.repository.ts';
import { KIND_KEYS, kindFits, validMonthDay, type Target } from './dutylists.rules.ts';
import type { templateBody, templateUpdate } from './dutylists.schemas.ts';

/** The most rows one import reads. */
export const IMPORT_MAX_ROWS = 2_000;

const COLUMNS = [
  { key: 'target', label: '对象', synonyms: ['类型', 'Target'], required: true },
  { key: 'kind', label: '责任主体', synonyms: ['主体', 'Kind'], required: true },
  { key: 'seq', label: '排序', synonyms: ['次序', 'Order'], required: true },
  { key: 'title', label: '责任事项', synonyms: ['事项', 'Item'], required: true },
  { key: 'evidence', label: '佐证材料', synonyms: ['Evidence'] },
  { key: 'dueMd', label: '完成时限', synonyms: ['时限', 'Due'], required: true },
] as const satisfies readonly ColumnSpec[];

/** A template as the API shows it. */
export const templateOut = (x: repo.TemplateRow) => ({
  id: x.id,
  target: x.target as Target,
  kind: x.kind,
  seq: x.seq,
  title: x.title,
  evidence: x.evidence,
  dueMd: x.due_md,
  active: x.active,
  version: x.version,
});

/** Builds the template verbs. */
export function createTemplatesService(deps: DutylistsDeps & { core: DutylistsCore }) {
  const { db, auditor, core } = deps;

  /** The district the actor keeps templates for (its first for the action). */
  function districtOf(ctx: RequestContext, action: string) {
    requirePermission(ctx, action);
    const d = core.districts(ctx, action)[0];
    if (!d) throw new NotFoundError();
    return d;
  }

  const checkKind = (b: { target: Target; kind: string; dueMd: string }) => {
    const errors: FieldProblem[] = [];
    if (!kindFits(b.target, b.kind)) errors.push({ field: 'kind', key: 'dutylists.kind_target' });
    if (!validMonthDay(b.dueMd)) errors.push({ field: 'dueMd', key: 'dutylists.bad_month_day' });
    if (errors.length) throw new InvalidError(errors);
  };

  async function add(
    trx: Executor,
    ctx: RequestContext,
    districtId: string,
    b: z.infer<typeof templateBody>,
  ) {
    const id = uuidv7();
    const stored = await repo.insertTemplate(trx, {
      district_id: districtId,
      id,
      target: b.target,
      kind: b.kind,
      seq: b.seq,
      title: b.title,
      evidence: b.evidence,
      due_md: b.dueMd,
    });
    if (!stored) throw new ConflictError('dutylists.template_exists');
    await auditor.append(trx, ctx, {
      action: 'dutylists.template.create',
      objectType: 'dutylists_template',
      objectId: id,
      districtId,
      detail: { target: b.target, kind: b.kind, title: b.title },
    });
    return id;
  }

  const kindLabel = (lang: RequestContext['lang'], kind: string) => t(lang, `dutylists.kind.${kind}`);
  const targetLabel = (lang: RequestContext['lang'], target: string) => t(lang, `dutylists.target.${target}`);

  async function plan(exec: Executor, ctx: RequestContext, table: TableRead) {
    const districtId = districtOf(ctx, 'dutylists.manage');
    const have = new Set(
      (await repo.findTemplates(exec, districtId)).map((x) => `${x.target}/${x.kind}/${x.title}`),
    );
    const rows: { row: number; target: string; kind: string; title: string; action: 'add' | 'skip' }[] = [];
    const adds: z.infer<typeof templateBody>[] = [];
    const errors: FieldProblem[] = [];
    const seen = new Map<string, number>();
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<(typeof COLUMNS)[number]['key']>(
        ctx.lang,
        'dutylists.import',
        r,
        errors,
      );
      const targetText = text('target', 10, true);
      const kindText = text('kind', 40, true);
      const seqText = text('seq', 4, true);
      const title = text('title', 200, true);
      const evidence = text('evidence', 500) ?? '';
      const dueMd = text('dueMd', 5, true);
      const target = (['org', 'post'] as const).find(
        (x) =>
          x === targetText ||
          targetLabel('zh-CN', x) === targetText ||
          targetLabel('en-US', x) === targetText,
      );
      if (targetText && !target) bad('target', 'dutylists.import.unknown_target');
      const kind = KIND_KEYS.find(
        (k) => k === kindText || kindLabel('zh-CN', k) === kindText || kindLabel('en-US', k) === kindText,
      );
      if (kindText && (!kind || (target && !kindFits(target, kind))))
        bad('kind', 'dutylists.import.unknown_kind', { value: kindText.slice(0, 20) });
      const seq = Number(seqText);
      if (seqText && (!Number.isInteger(seq) || seq < 1 || seq > 999)) bad('seq', 'dutylists.import.bad_seq');
      if (dueMd && !validMonthDay(dueMd)) bad('dueMd', 'dutylists.import.bad_month_day');
      if (errors.length > before || !target || !kind || !title || !dueMd) continue;
      const key = `${target}/${kind}/${title}`;
      const earlier = seen.get(key);
      if (earlier) {
        bad('title', 'dutylists.import.duplicate', { row: earlier });
        continue;
      }
      seen.set(key, r.row);
      const action = have.has(key) ? 'skip' : 'add';
      rows.push({ row: r.row, target, kind, title, action });
      if (action === 'add') adds.push({ target, kind, seq, title, evidence, dueMd });
    }
    return { rows, adds, errors, districtId };
  }

  return {
    /** The district's templates (retired ones too, marked). */
    async templates(ctx: RequestContext) {
      const districtId = districtOf(ctx, 'dutylists.read');
      return {
        templates: (await repo.findTemplates(db, districtId)).map(templateOut),
        can: { manage: can(ctx.actor, 'dutylists.manage') },
      };
    },

    /** Adds a template item for an organisation kind or a post; 409 when the same title exists. */
    async createTemplate(ctx: RequestContext, b: z.infer<typeof templateBody>) {
      const districtId = districtOf(ctx, 'dutylists.manage');
      checkKind(b);
      return db.transaction().execute(async (trx) => ({ id: await add(trx, ctx, districtId, b) }));
    },

    /** Changes or retires a template (lists already made keep their items). */
    async updateTemplate(ctx: RequestContext, id: string, b: z.infer<typeof templateUpdate>) {
      const districtId = districtOf(ctx, 'dutylists.manage');
      checkKind(b);
      return db.transaction().execute(async (trx) => {
        const x = await repo.findTemplate(trx, districtId, id);
        if (!x) throw new NotFoundError();
        checkUpdated(
          await repo.updateTemplate(trx, districtId, id, b.version, {
            target: b.target,
            kind: b.kind,
            seq: b.seq,
            title: b.title,
            evidence: b.evidence,
            due_md: b.dueMd,
            active: b.active,
          }),
        );
        await auditor.append(trx, ctx, {
          action: 'dutylists.template.update',
          objectType: 'dutylists_template',
          objectId: id,
          districtId,
          detail: { title: b.title, active: b.active },
        });
        return { ok: true as const };
      });
    },

    /** The templates as Excel, in the import's columns. */
    async exportTemplates(ctx: RequestContext) {
      const districtId = districtOf(ctx, 'dutylists.export');
      const rows = (await repo.findTemplates(db, districtId)).filter((x) => x.active);
      return writeWorkbook([
        {
          name: t(ctx.lang, 'dutylists.sheet.templates'),
          columns: [
            { key: 'target', header: '对象', width: 8 },
            { key: 'kind', header: '责任主体', width: 16 },
            { key: 'seq', header: '排序', width: 6, type: 'number' },
            { key: 'title', header: '责任事项', width: 50 },
            { key: 'evidence', header: '佐证材料', width: 30 },
            { key: 'dueMd', header: '完成时限', width: 10 },
          ],
          rows: rows.map((x) => ({
            target: targetLabel('zh-CN', x.target),
            kind: kindLabel('zh-CN', x.kind),
            seq: x.seq,
            title: x.title,
            evidence: x.evidence,
            dueMd: x.due_md,
          })),
        },
      ]);
    },

    /** Adds the templates an upload names; dryRun only says what would happen. */
    async importTemplates(ctx: RequestContext, file: Buffer, dryRun: boolean) {
      requirePermission(ctx, 'dutylists.manage');
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        (exec, table) => plan(exec, ctx, table),
        async (trx, p) => {
          for (const a of p.adds) await add(trx, ctx, p.districtId, a);
        },
      );
    },
  };
}
