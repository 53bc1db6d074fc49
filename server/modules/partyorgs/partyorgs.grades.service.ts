/**
 * Grading organisations of five classes by results 质量等级评定 (seed 004, Luohu: "根据机关、社区、
 * “两新”、“同乡村”、社区股份公司等五类党组织的党建工作实绩，开展党组织质量等级评定") against the
 * district's configurable criteria, with the year's 5W1H facts beside the scores; and the
 * secretaries' yearly report and its rating 书记抓党建述职评议.
 */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { lockUntilCommit, type Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { PartyorgsCore, PartyorgsDeps } from './partyorgs.core.ts';
import * as repo from './partyorgs.repository.ts';
import {
  DEFAULT_CRITERIA,
  defaultClassOf,
  LEVELS,
  levelOf,
  ORG_CLASSES,
  planKept,
  scoreTotal,
  titleBonuses,
  type GradeLevel,
  type OrgClass,
  type Rating,
} from './partyorgs.rules.ts';

/** The grading verbs' type. */
export type GradesService = ReturnType<typeof createGradesService>;

/** Builds the grading and report verbs. */
export function createGradesService(deps: PartyorgsDeps & { core: PartyorgsCore }) {
  const { db, auditor, core } = deps;

  /** A district's criteria; the defaults are stored on first use (one writer per district). */
  async function criteriaOf(districtId: string, exec: Executor = db) {
    let rows = await repo.criteriaOf(exec, districtId);
    if (rows.length) return rows;
    await db.transaction().execute(async (trx) => {
      await lockUntilCommit(trx, `partyorgs_criteria:${districtId}`);
      if ((await repo.criteriaOf(trx, districtId)).length) return;
      for (const c of ORG_CLASSES)
        await repo.replaceCriteria(
          trx,
          districtId,
          c,
          DEFAULT_CRITERIA[c].map(([name, max], i) => ({ id: uuidv7(), name, max_score: max, sort: i })),
        );
    });
    rows = await repo.criteriaOf(exec, districtId);
    return rows;
  }

  const grouped = (rows: Awaited<ReturnType<typeof repo.criteriaOf>>) =>
    ORG_CLASSES.map((c) => ({
      orgClass: c,
      items: rows
        .filter((r) => r.org_class === c)
        .map((r) => ({ id: r.id, name: r.name, maxScore: r.max_score })),
    }));

  return {
    /** The criteria of the node's district, per class. */
    async criteria(ctx: RequestContext, nodeId: string) {
      const n = await core.nodeFor(ctx, nodeId, 'partyorgs.read');
      return grouped(await criteriaOf(n.district_id));
    },

    /** Replaces one class's criteria for the node's district (graders at district level; audited). */
    async setCriteria(
      ctx: RequestContext,
      input: { nodeId: string; orgClass: OrgClass; items: { name: string; maxScore: number }[] },
    ) {
      const n = await core.nodeFor(ctx, input.nodeId, 'partyorgs.grade');
      await core.nodeFor(ctx, n.district_id, 'partyorgs.grade'); // the district itself must be in scope
      await criteriaOf(n.district_id);
      return db.transaction().execute(async (trx) => {
        await repo.replaceCriteria(
          trx,
          n.district_id,
          input.orgClass,
          input.items.map((it, i) => ({ id: uuidv7(), name: it.name, max_score: it.maxScore, sort: i })),
        );
        await auditor.append(trx, ctx, {
          action: 'partyorgs.criteria.set',
          objectType: 'org_node',
          objectId: n.district_id,
          districtId: n.district_id,
          detail: { orgClass: input.orgClass, items: input.items },
        });
        return grouped(await repo.criteriaOf(trx, n.district_id));
      });
    },

    /** Organisations below a node with the year's grade and 5W1H facts, and the count per level. */
    async grades(ctx: RequestContext, q: { nodeId: string; year: number }) {
      const n = await core.nodeFor(ctx, q.nodeId, 'partyorgs.read');
      const orgs = await core.orgsUnder(n.path);
      const range = { from: `${q.year}-01-01`, to: `${q.year + 1}-01-01` };
      const facts = new Map((await repo.activityFacts(db, [n.path], range)).map((f) => [f.party_org_id, f]));
      const grades = new Map((await repo.gradesOf(db, [n.path], q.year)).map((g) => [g.party_org_id, g]));
      const titles = deps.titles
        ? await deps.titles(n.district_id, [...new Set(orgs.map((o) => o.nodeId))], q.year)
        : [];
      const bonuses = titleBonuses(orgs, titles);
      const levels = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<GradeLevel, number>;
      for (const g of grades.values()) levels[g.level as GradeLevel]++;
      return {
        year: q.year,
        levels,
        rows: orgs.map((o) => {
          const f = facts.get(o.id) ?? { planned: 0, recorded: 0, met: 0 };
          const g = grades.get(o.id);
          return {
            partyOrgId: o.id,
            name: o.name,
            kind: o.kind,
            nodeName: o.nodeName,
            orgClass: (g?.org_class as OrgClass | undefined) ?? defaultClassOf(o.kind),
            planned: f.planned,
            recorded: f.recorded,
            met: f.met,
            planKept: planKept(f),
            bonuses: (bonuses.get(o.id) ?? []).map((b) => ({
              source: 'creation' as const,
              title: b.programme,
              level: b.level,
              points: b.points,
              namedOn: b.namedOn,
              declarationId: b.declarationId,
            })),
            bonusPoints: (bonuses.get(o.id) ?? []).reduce((s, b) => s + b.points, 0),
            grade: g
              ? {
                  total: Number(g.total),
                  maxTotal: g.max_total,
                  level: g.level as GradeLevel,
                  scores: g.scores as Record<string, number>,
                  note: g.note,
                  version: g.version,
                }
              : null,
            can: { grade: can(ctx.actor, 'partyorgs.grade', o.path) },
          };
        }),
      };
    },

    /** Grades an organisation for a year against its class's criteria (audited, its node told). */
    async grade(
      ctx: RequestContext,
      input: {
        partyOrgId: string;
        year: number;
        orgClass: OrgClass;
        scores: Record<string, number>;
        note: string;
        version?: number | null;
      },
    ) {
      const actor = requirePermission(ctx, 'partyorgs.grade');
      const o = await core.orgFor(ctx, input.partyOrgId, 'partyorgs.grade');
      const criteria = (await criteriaOf(o.districtId)).filter((c) => c.org_class === input.orgClass);
      if (!criteria.length) throw new InvalidError([{ field: 'orgClass', key: 'partyorgs.no_criteria' }]);
      const { total, max, bad } = scoreTotal(criteria, input.scores);
      if (bad.length)
        throw new InvalidError(bad.map((id) => ({ field: `scores.${id}`, key: 'partyorgs.bad_score' })));
      const level = levelOf(total, max);
      return db.transaction().execute(async (trx) => {
        const existing = await repo.findGrade(trx, o.districtId, o.id, input.year);
        if (existing && existing.version !== input.version) throw new ConflictError('error.stale');
        const ok = await repo.upsertGrade(
          trx,
          {
            district_id: o.districtId,
            id: existing?.id ?? uuidv7(),
            party_org_id: o.id,
            node_id: o.nodeId,
            year: input.year,
            org_class: input.orgClass,
            scores: JSON.stringify(Object.fromEntries(criteria.map((c) => [c.id, input.scores[c.id]]))),
            total,
            max_total: max,
            level,
            note: input.note,
            graded_by: actor.userId,
          },
          existing ? existing.version : null,
        );
        if (!ok) throw new ConflictError('error.stale');
        await auditor.append(trx, ctx, {
          action: 'partyorgs.grade',
          objectType: 'party_org',
          objectId: o.id,
          districtId: o.districtId,
          detail: { year: input.year, orgClass: input.orgClass, total, max, level },
        });
        await deps.notify.send(trx, [
          {
            districtId: o.districtId,
            nodeId: o.nodeId,
            kind: 'partyorgs.graded',
            title: `${o.name} ${input.year} 年度质量等级评定结果`,
            titleKey: 'partyorgs.notice.graded',
            titleParams: { org: o.name, year: input.year, level: { $t: `partyorgs.level.${level}` } },
            link: '/partyorgs/grades',
            objectType: 'party_org',
            objectId: o.id,
          },
        ]);
        return { total, maxTotal: max, level, version: existing ? existing.version + 1 : 1 };
      });
    },

    /** Reports of a year below a node. */
    async reports(ctx: RequestContext, q: { nodeId: string; year: number }) {
      const n = await core.nodeFor(ctx, q.nodeId, 'partyorgs.read');
      const rows = await repo.reportsOf(db, [n.path], q.year);
      const names = await core.orgNames(rows.map((r) => r.party_org_id));
      return rows.map((r) => ({
        id: r.id,
        partyOrgId: r.party_org_id,
        partyOrgName: names.get(r.party_org_id) ?? '',
        year: r.year,
        secretary: r.secretary,
        report: r.report,
        rating: r.rating as Rating | null,
        ratingNote: r.rating_note,
        submittedAt: r.submitted_at.toISOString(),
        version: r.version,
        can: { rate: can(ctx.actor, 'partyorgs.grade', r.path) },
      }));
    },

    /** A branch secretary submits the year's report 述职报告 (one per organisation and year; audited). */
    async submitReport(
      ctx: RequestContext,
      input: { partyOrgId: string; year: number; secretary: string; report: string },
    ) {
      requirePermission(ctx, 'partyorgs.plan');
      const o = await core.orgFor(ctx, input.partyOrgId, 'partyorgs.plan');
      return db.transaction().execute(async (trx) => {
        const id = uuidv7();
        const ok = await repo.insertReport(trx, {
          district_id: o.districtId,
          id,
          party_org_id: o.id,
          node_id: o.nodeId,
          year: input.year,
          secretary: input.secretary,
          report: input.report,
        });
        if (!ok) throw new ConflictError('partyorgs.report_exists');
        await auditor.append(trx, ctx, {
          action: 'partyorgs.report.submit',
          objectType: 'partyorgs_report',
          objectId: id,
          districtId: o.districtId,
          detail: { partyOrgId: o.id, year: input.year, secretary: input.secretary },
        });
        return { id };
      });
    },

    /** Rates a secretary's report 评议 (graders; audited, the organisation's node told). */
    async rateReport(
      ctx: RequestContext,
      id: string,
      input: { rating: Rating; note: string; version: number },
    ) {
      const actor = requirePermission(ctx, 'partyorgs.grade');
      return db.transaction().execute(async (trx) => {
        const r = await repo.findReport(trx, id);
        if (!r || !can(actor, 'partyorgs.grade', r.path)) throw new NotFoundError();
        if (r.version !== input.version) throw new ConflictError('error.stale');
        await repo.rateReport(
          trx,
          { district_id: r.district_id, id, version: r.version },
          { rating: input.rating, rating_note: input.note, rated_by: actor.userId },
        );
        const [o] = await deps.org.partyOrgBriefs([r.party_org_id]);
        await auditor.append(trx, ctx, {
          action: 'partyorgs.report.rate',
          objectType: 'partyorgs_report',
          objectId: id,
          districtId: r.district_id,
          detail: { rating: input.rating },
        });
        await deps.notify.send(trx, [
          {
            districtId: r.district_id,
            nodeId: r.node_id,
            kind: 'partyorgs.rated',
            title: `${o?.name ?? ''}书记抓党建述职评议结果`,
            titleKey: 'partyorgs.notice.rated',
            titleParams: {
              org: o?.name ?? '',
              year: r.year,
              rating: { $t: `partyorgs.rating.${input.rating}` },
            },
            link: '/partyorgs/reports',
            objectType: 'partyorgs_report',
            objectId: id,
          },
        ]);
        return { version: r.version + 1 };
      });
    },
  };
}
