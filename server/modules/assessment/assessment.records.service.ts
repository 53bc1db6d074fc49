/**
 * Records that feed the assessment [000 Futian]: 云端述事 work reports (a cadre logs major, important
 * and hard matters with evidence, the supervisor confirms, the department finds outstanding cadres),
 * the 双点 observations of the supervising group and the leader at liaison and observation points,
 * and the 一人一档 political-quality file (45 indicators, 10 methods, a research-and-judgement
 * library), readable only with its own permission, every read audited.
 */
import crypto from 'node:crypto';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeInScope } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  districtsOf,
  ownCadre,
  visibleCadre,
  visibleNode,
  type AssessmentDeps,
  unitsInScope,
} from './assessment.context.ts';
import { isPqIndicator, PQ_INDICATORS, pqSummary, type PqMethod } from './assessment.pq.ts';
import * as repo from './assessment.repository.ts';
import { tasksFileEntries, type MatterCategory } from './assessment.rules.ts';
import { todayOf } from './assessment.context.ts';
import { secondmentsHtml } from './assessment.secondments.ts';

type ReportRow = NonNullable<Awaited<ReturnType<typeof repo.findReport>>>;
type PqRow = Awaited<ReturnType<typeof repo.findPqEntries>>[number];

/** Evidence types accepted (by their leading bytes, not the name). */
const FILE_TYPES: [string, (b: Buffer) => boolean][] = [
  ['application/pdf', (b) => b.subarray(0, 5).toString('latin1') === '%PDF-'],
  ['image/jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  [
    'image/png',
    (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  ],
  [
    'image/webp',
    (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  ],
];
/** Largest evidence file. */
export const FILE_MAX = 10 * 1024 * 1024;

function pqView(e: PqRow) {
  return {
    id: e.id,
    personId: e.person_id,
    indicatorCode: e.indicator_code,
    method: e.method as PqMethod,
    source: e.source,
    occurredOn: String(e.occurred_on),
    note: e.note,
    value: e.value === null ? null : Number(e.value),
    evidence: e.evidence,
    inLibrary: e.in_library,
  };
}

/** Builds the work-report, observation and political-quality verbs. */
export function createRecordsService(deps: AssessmentDeps) {
  const { db, auditor } = deps;

  async function reportViews(ctx: RequestContext, rows: ReportRow[]) {
    if (rows.length === 0) return [];
    const files = await repo.findReportFiles(
      db,
      rows[0].district_id,
      rows.map((r) => r.id),
    );
    const paths = new Map<string, string>();
    for (const u of new Set(rows.map((r) => r.unit_node_id)))
      paths.set(u, (await deps.org.findNode(u))?.path ?? '');
    return rows.map((r) => ({
      id: r.id,
      personId: r.person_id,
      personName: r.person_name,
      unitNodeId: r.unit_node_id,
      category: r.category as MatterCategory,
      title: r.title,
      body: r.body,
      happenedOn: String(r.happened_on),
      traits: r.traits,
      status: r.status as 'logged' | 'confirmed' | 'rejected',
      outstanding: r.outstanding,
      decisionNote: r.decision_note,
      files: files
        .filter((f) => f.report_id === r.id)
        .map((f) => ({ id: f.id, name: f.name, mime: f.mime, size: f.size })),
      can: {
        decide: r.status === 'logged' && can(ctx.actor, 'assessment.review', paths.get(r.unit_node_id)),
      },
    }));
  }

  /** A person's file entries, audited as a read of the file. */
  async function fileOf(ctx: RequestContext, personId: string, purpose: 'read' | 'print') {
    const actor = requirePermission(ctx, 'assessment.pq.read');
    const { cadre } = await visibleCadre(deps, ctx, personId, 'assessment.pq.read');
    const rows = await repo.findPqEntries(db, cadre.districtId, {
      scope: nodeInScope('unit_node_id', actor, 'assessment.pq.read'),
      personId,
    });
    const today = todayOf(deps);
    const [orders, performance] = await Promise.all([
      deps.feed.ordersOf({
        districtId: cadre.districtId,
        personIds: [personId],
        from: '2000-01-01',
        to: today,
      }),
      deps.feed.performanceOf({
        districtId: cadre.districtId,
        personIds: [personId],
        from: '2000-01-01',
        to: today,
      }),
    ]);
    await auditor.record(ctx, {
      action: `assessment.pq.${purpose}`,
      objectType: 'assessment_pq_file',
      objectId: personId,
      districtId: cadre.districtId,
      detail: { entries: rows.length },
    });
    return {
      personId,
      name: cadre.name,
      unitNodeId: cadre.unitNodeId,
      post: cadre.post,
      rankTitle: cadre.grade,
      summary: pqSummary(rows.map((r) => ({ indicatorCode: r.indicator_code }))),
      entries: rows.map(pqView),
      fromTasks: tasksFileEntries(personId, orders, performance),
      training: deps.trainingRecords ? await deps.trainingRecords(cadre.districtId, personId) : null,
      secondments: deps.secondmentRecords ? await deps.secondmentRecords(cadre.districtId, personId) : null,
    };
  }

  return {
    /** The cadre logs a matter as it happens (an Idempotency-Key makes a phone's retry safe). */
    async logReport(
      ctx: RequestContext,
      b: { category: MatterCategory; title: string; body: string; happenedOn: string; traits: string[] },
      key?: string,
    ) {
      const actor = requirePermission(ctx, 'assessment.self');
      const me = await ownCadre(deps, actor);
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(
          trx,
          { userId: actor.userId, key: key ? `assessment.report:${key}` : undefined, payload: b },
          async () => {
            const id = uuidv7();
            await repo.insertReport(trx, {
              district_id: me.districtId,
              id,
              person_id: me.personId,
              person_name: me.name,
              unit_node_id: me.unitNodeId,
              category: b.category,
              title: b.title,
              body: b.body,
              happened_on: b.happenedOn,
              traits: b.traits,
              created_by: actor.userId,
            });
            await auditor.append(trx, ctx, {
              action: 'assessment.report.log',
              objectType: 'assessment_report',
              objectId: id,
              districtId: me.districtId,
              detail: { category: b.category, title: b.title },
            });
            return { id };
          },
        );
        return result;
      });
    },

    /** Adds an evidence file (PDF or photo) to one's own matter. */
    async addReportFile(ctx: RequestContext, id: string, file: { name: string; data: Buffer }) {
      const actor = requirePermission(ctx, 'assessment.self');
      const me = await ownCadre(deps, actor);
      const r = await repo.findReport(db, [me.districtId], id);
      if (!r || r.person_id !== me.personId) throw new NotFoundError();
      if (file.data.length === 0 || file.data.length > FILE_MAX)
        throw new InvalidError([{ field: 'file', key: 'assessment.file_size' }]);
      const mime = FILE_TYPES.find(([, test]) => test(file.data))?.[0];
      if (!mime) throw new InvalidError([{ field: 'file', key: 'assessment.file_type' }]);
      const fileId = uuidv7();
      await db.transaction().execute(async (trx) => {
        await repo.insertReportFile(trx, {
          district_id: me.districtId,
          id: fileId,
          report_id: id,
          name: file.name.slice(0, 200),
          mime,
          size: file.data.length,
          data: file.data,
        });
        await auditor.append(trx, ctx, {
          action: 'assessment.report.file',
          objectType: 'assessment_report',
          objectId: id,
          districtId: me.districtId,
          detail: { fileId, mime, size: file.data.length, sha256: crypto.hash('sha256', file.data, 'hex') },
        });
      });
      return { id: fileId };
    },

    /** The cadre's own matters. */
    async myReports(ctx: RequestContext) {
      const actor = requirePermission(ctx, 'assessment.self');
      const me = await ownCadre(deps, actor);
      return reportViews(ctx, await repo.findReports(db, me.districtId, { personId: me.personId }));
    },

    /** Matters of the units in scope (to confirm, or to find outstanding cadres). */
    async reports(
      ctx: RequestContext,
      q: { districtId: string; unitNodeId?: string; status?: string; outstanding?: '0' | '1' },
    ) {
      const scope = unitsInScope(ctx, 'assessment.read', q.districtId);
      const rows = await repo.findReports(db, q.districtId, {
        scope,
        unitNodeId: q.unitNodeId,
        status: q.status,
        outstanding: q.outstanding === undefined ? undefined : q.outstanding === '1',
      });
      return reportViews(ctx, rows);
    },

    /** The supervisor confirms a matter (marking an outstanding one) or returns it with a note. */
    async decideReport(
      ctx: RequestContext,
      id: string,
      b: { decision: 'confirm' | 'reject'; note: string; outstanding: boolean },
    ) {
      const actor = requirePermission(ctx, 'assessment.review');
      await db.transaction().execute(async (trx) => {
        const r = await repo.findReport(trx, districtsOf(actor, 'assessment.review'), id, true);
        if (!r) throw new NotFoundError();
        await visibleNode(deps, actor, 'assessment.review', r.unit_node_id);
        if (r.status !== 'logged') throw new ConflictError('assessment.report_decided');
        const status = b.decision === 'confirm' ? 'confirmed' : 'rejected';
        await repo.decideReport(trx, r.district_id, id, {
          status,
          outstanding: status === 'confirmed' && b.outstanding,
          decision_note: b.note,
          decided_by: actor.userId,
          decided_at: new Date(),
        });
        await auditor.append(trx, ctx, {
          action: `assessment.report.${b.decision}`,
          objectType: 'assessment_report',
          objectId: id,
          districtId: r.district_id,
          detail: { outstanding: b.outstanding },
        });
      });
      const r = await repo.findReport(db, districtsOf(actor, 'assessment.review'), id);
      return (await reportViews(ctx, [r!]))[0];
    },

    /** An evidence file's bytes, for its cadre or an officer of the unit. */
    async reportFile(ctx: RequestContext, id: string, fileId: string) {
      const actor = ctx.actor;
      if (!actor) throw new NotFoundError();
      const districts = [
        ...new Set([...districtsOf(actor, 'assessment.read'), ...districtsOf(actor, 'assessment.self')]),
      ];
      const r = await repo.findReport(db, districts, id);
      if (!r) throw new NotFoundError();
      const node = await deps.org.findNode(r.unit_node_id);
      const mine = actor.personId === r.person_id && can(actor, 'assessment.self');
      if (!mine && !(node && can(actor, 'assessment.read', node.path))) throw new NotFoundError();
      const f = await repo.findReportFile(db, r.district_id, id, fileId);
      if (!f) throw new NotFoundError();
      return { mime: f.mime, name: f.name, data: f.data };
    },

    /** Records an observation of the supervising group or the leader at a 双点 unit. */
    async observe(
      ctx: RequestContext,
      b: {
        unitNodeId: string;
        personId?: string | null;
        observerKind: string;
        observerName: string;
        rating: string;
        note: string;
        observedOn: string;
      },
    ) {
      const actor = requirePermission(ctx, 'assessment.manage');
      const node = await visibleNode(deps, actor, 'assessment.manage', b.unitNodeId);
      if (b.personId) {
        const [c] = await deps.cadres.cadresOf(node.districtId, { personIds: [b.personId] });
        if (!c || c.unitNodeId !== b.unitNodeId)
          throw new InvalidError([{ field: 'personId', key: 'assessment.not_cadre' }]);
      }
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        await repo.insertObservation(trx, {
          district_id: node.districtId,
          id,
          unit_node_id: b.unitNodeId,
          person_id: b.personId ?? null,
          observer_kind: b.observerKind,
          observer_name: b.observerName,
          rating: b.rating,
          note: b.note,
          observed_on: b.observedOn,
          created_by: actor.userId,
        });
        await auditor.append(trx, ctx, {
          action: 'assessment.observation.create',
          objectType: 'assessment_observation',
          objectId: id,
          districtId: node.districtId,
          detail: { unitNodeId: b.unitNodeId, rating: b.rating },
        });
      });
      return { id };
    },

    /** Observations of the units in scope. */
    async observations(ctx: RequestContext, q: { districtId: string; unitNodeId?: string }) {
      const scope = unitsInScope(ctx, 'assessment.read', q.districtId);
      const rows = await repo.findObservations(db, q.districtId, scope, { unitNodeId: q.unitNodeId });
      return rows.map((o) => ({
        id: o.id,
        unitNodeId: o.unit_node_id,
        personId: o.person_id,
        observerKind: o.observer_kind as 'leader',
        observerName: o.observer_name,
        rating: o.rating as 'neutral',
        note: o.note,
        observedOn: String(o.observed_on),
      }));
    },

    /** The 45 indicators of the political-quality list. */
    pqIndicators(ctx: RequestContext) {
      requirePermission(ctx, 'assessment.pq.read');
      return PQ_INDICATORS;
    },

    /** A person's political-quality file (audited read). */
    pqFile: (ctx: RequestContext, personId: string) => fileOf(ctx, personId, 'read'),

    /** The file as a printable page (audited). */
    async pqPrint(ctx: RequestContext, personId: string) {
      const f = await fileOf(ctx, personId, 'print');
      const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
      const name = (code: string) => PQ_INDICATORS.find((i) => i.code === code)?.name ?? code;
      const rows = f.entries
        .map(
          (e) =>
            `<tr><td>${e.occurredOn}</td><td>${esc(name(e.indicatorCode))}</td><td>${e.method}</td><td>${esc(e.source)}</td><td>${esc(e.note)}</td></tr>`,
        )
        .join('');
      const KIND: Record<string, string> = {
        file_entry: '记入档案',
        cadre_assessment: '干部考核和任用',
        award: '评优评先',
        rest_leave: '休整休养',
        incentive: '嘉奖激励',
        loyalty: '政治忠诚',
        steadfastness: '政治定力',
        commitment: '政治担当',
        capability: '政治能力',
        discipline: '政治自律',
      };
      const taskRows = f.fromTasks
        .map(
          (e) =>
            `<tr><td>${e.occurredOn}</td><td>${esc(KIND[e.kind] ?? e.kind)}</td><td>${e.polarity > 0 ? '正向' : e.polarity < 0 ? '负向' : ''}</td><td>${esc(e.title)}</td><td>${esc(e.note)}</td></tr>`,
        )
        .join('');
      const trainingHtml = f.training
        ? `<h2>培训记录（领雁学苑，共 ${f.training.hours} 学时）</h2><table><tr><th>日期</th><th>课程</th><th>学时</th></tr>${f.training.classes
            .map(
              (c) =>
                `<tr><td>${c.startsAt.slice(0, 10)}</td><td>${esc(c.title)}</td><td>${c.hours}</td></tr>`,
            )
            .join('')}</table>${f.training.certificates
            .map((c) => `<p>结业证书 ${esc(c.number)}：${esc(c.courseTitle)}（${c.score} 分）</p>`)
            .join('')}`
        : '';
      return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(f.name)} 干部政治素质档案</title>
<style>@page{size:A4;margin:18mm}body{font-family:"WenQuanYi Micro Hei",sans-serif;font-size:11pt}table{width:100%;border-collapse:collapse}td,th{border:1px solid #333;padding:4px}h1{text-align:center}</style></head>
<body><h1>干部政治素质档案（一人一档）</h1><p>姓名：${esc(f.name)} 职务：${esc(f.post)} 职级：${esc(f.rankTitle)}</p>
<table><tr><th>日期</th><th>指标</th><th>方法</th><th>来源</th><th>情况</th></tr>${rows}</table>
${taskRows ? `<h2>一榜三令</h2><table><tr><th>日期</th><th>类别</th><th>性质</th><th>事项</th><th>情况</th></tr>${taskRows}</table>` : ''}${trainingHtml}${secondmentsHtml(f.secondments)}</body></html>`;
    },

    /** Adds an entry to a person's file. */
    async addPqEntry(
      ctx: RequestContext,
      b: {
        personId: string;
        indicatorCode: string;
        method: string;
        source: string;
        occurredOn: string;
        note: string;
        value?: number | null;
        evidence: string;
        inLibrary: boolean;
      },
    ) {
      requirePermission(ctx, 'assessment.pq.write');
      if (!isPqIndicator(b.indicatorCode))
        throw new InvalidError([{ field: 'indicatorCode', key: 'assessment.pq_indicator_unknown' }]);
      const { cadre } = await visibleCadre(deps, ctx, b.personId, 'assessment.pq.write');
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        await repo.insertPqEntry(trx, {
          district_id: cadre.districtId,
          id,
          person_id: b.personId,
          unit_node_id: cadre.unitNodeId,
          indicator_code: b.indicatorCode,
          method: b.method,
          source: b.source,
          occurred_on: b.occurredOn,
          note: b.note,
          value: b.value ?? null,
          evidence: b.evidence,
          in_library: b.inLibrary,
          created_by: ctx.actor!.userId,
        });
        await auditor.append(trx, ctx, {
          action: 'assessment.pq.add',
          objectType: 'assessment_pq_file',
          objectId: b.personId,
          districtId: cadre.districtId,
          detail: { entryId: id, indicatorCode: b.indicatorCode, method: b.method },
        });
      });
      return { id };
    },

    /** The research-and-judgement library 研判信息库: entries kept for judgement, searched (audited). */
    async pqLibrary(
      ctx: RequestContext,
      q: { districtId: string; indicatorCode?: string; method?: string; q?: string },
    ) {
      const scope = unitsInScope(ctx, 'assessment.pq.read', q.districtId);
      const rows = await repo.findPqEntries(db, q.districtId, {
        scope,
        indicatorCode: q.indicatorCode,
        method: q.method,
        q: q.q,
        library: true,
      });
      await auditor.record(ctx, {
        action: 'assessment.pq.library',
        objectType: 'assessment_pq_file',
        districtId: q.districtId,
        detail: {
          filters: { indicatorCode: q.indicatorCode, method: q.method, q: q.q },
          entries: rows.length,
        },
      });
      return rows.map(pqView);
    },
  };
}
