/**
 * Training plans per track (Kaihua, seed 001): the tracks are assessment's groups (领航 unit heads,
 * 雏鹰 young cadres, 常青藤 leaders out of post — a district edits them in assessment's settings);
 * the academy sets each track's plan for the year (hours and required courses); a cadre sees their
 * track's plan and progress; the organisation department sees completion per track and who lags,
 * and takes it to Excel.
 */
import { can, districtsWith, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { InvalidError, StaleError } from '../../platform/errors.ts';
import { t, type Lang } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { shanghaiDay, shanghaiThisYear, shanghaiYearRange } from '../../platform/time.ts';
import { groupsOf } from '../assessment/index.ts';
import type { TrainingCore, TrainingDeps, TrackCadre } from './training.core.ts';
import * as tracksRepo from './training.tracks.repository.ts';
import { nodeServes } from './training.repository.ts';
import { progressOf } from './training.tracks.rules.ts';

type Plans = Awaited<ReturnType<typeof tracksRepo.findPlans>>;

/** The day progress is judged on: today in the current year, the year's last day for a past one. */
function judgeDay(year: number): string {
  const today = shanghaiDay();
  const y = Number(today.slice(0, 4));
  return year === y ? today : year < y ? `${year}-12-31` : `${year}-01-01`;
}

/** A plan as pages show it. */
function planView(p: Plans['plans'][number], courses: Plans['courses']) {
  return {
    id: p.id,
    nodeId: p.node_id,
    nodeName: p.node_name,
    requiredHours: Number(p.required_hours),
    note: p.note,
    version: p.version,
    courses: courses
      .filter((c) => c.plan_id === p.id)
      .map((c) => ({ id: c.id, code: c.code, title: c.title, hours: Number(c.hours) })),
  };
}

/** Builds the track plan verbs. */
export function createTracksService(deps: TrainingDeps & { core: TrainingCore }) {
  const { db, auditor, core } = deps;
  const port = deps.tracks;

  /** The district's tracks (assessment's groups) with their members among the cadres given. */
  async function tracksOf(districtId: string, cadres: TrackCadre[], year: number) {
    if (!port) return [];
    const rules = await port.groups(districtId);
    return rules.map((g) => ({
      key: g.key,
      label: g.label,
      members: cadres.filter(
        (c) => groupsOf({ post: c.post, grade: c.grade, age: year - c.birthYear }, [g]).length > 0,
      ),
    }));
  }

  /** Each member's progress against a plan in the year. */
  async function progressRows(
    districtId: string,
    plan: ReturnType<typeof planView> | null,
    members: TrackCadre[],
    year: number,
  ) {
    const { from, to } = shanghaiYearRange(year);
    const hours = await tracksRepo.hoursOfPersons(
      db,
      districtId,
      members.map((m) => m.personId),
      from,
      to,
    );
    const day = judgeDay(year);
    const required = new Set(plan?.courses.map((c) => c.id) ?? []);
    return members.map((m) => {
      const mine = hours.filter((h) => h.person_id === m.personId);
      const done = plan?.courses.filter((c) => mine.some((h) => h.course_id === c.id)).map((c) => c.id) ?? [];
      return {
        member: m,
        done,
        progress: progressOf(
          {
            hours: mine.reduce((s, h) => s + Number(h.hours), 0),
            requiredHours: plan?.requiredHours ?? 0,
            coursesDone: done.filter((id) => required.has(id)).length,
            coursesRequired: required.size,
          },
          day,
        ),
      };
    });
  }

  /** A node's plans per track in a year, and the members of each track under it. */
  async function completion(ctx: RequestContext, q: { nodeId: string; year?: number }, action: string) {
    const n = await core.managedNode(ctx, q.nodeId, action);
    const year = q.year ?? shanghaiThisYear();
    const units = await tracksRepo.nodeIdsUnder(db, n.district_id, n.path);
    const unitName = new Map(units.map((u) => [u.id, u.name]));
    const cadres = port ? (await port.cadres(n.district_id)).filter((c) => unitName.has(c.unitNodeId)) : [];
    const { plans, courses } = await tracksRepo.findPlans(db, nodeServes('p.node_id', [n.path]), year);
    const out = [];
    for (const tr of await tracksOf(n.district_id, cadres, year)) {
      const p = plans.find((x) => x.track === tr.key && x.node_id === n.id);
      const plan = p ? planView(p, courses) : null;
      const rows = await progressRows(n.district_id, plan, tr.members, year);
      out.push({
        key: tr.key,
        label: tr.label,
        plan,
        members: rows.length,
        complete: rows.filter((r) => r.progress.complete).length,
        lagging: rows.filter((r) => r.progress.lagging).length,
        rows: rows
          .sort(
            (a, b) =>
              a.progress.percent - b.progress.percent || a.member.name.localeCompare(b.member.name, 'zh-CN'),
          )
          .map((r) => ({
            personId: r.member.personId,
            name: r.member.name,
            unitName: unitName.get(r.member.unitNodeId) ?? '',
            post: r.member.post,
            ...r.progress,
          })),
      });
    }
    return {
      year,
      nodeId: n.id,
      nodeName: n.name,
      canEdit: can(ctx.actor, 'training.manage', n.path),
      tracks: out,
    };
  }

  const label = (lang: Lang, l: { 'zh-CN': string; 'en-US': string }) => l[lang] ?? l['zh-CN'];

  return {
    /** Completion per track under a node: members, complete, lagging, each cadre's progress. */
    completion: (ctx: RequestContext, q: { nodeId: string; year?: number }) =>
      completion(ctx, q, 'training.manage'),

    /** Sets a track's plan for a year on a node (hours, required courses, a note). */
    async setPlan(
      ctx: RequestContext,
      b: {
        nodeId: string;
        year: number;
        track: string;
        requiredHours: number;
        courseIds: string[];
        note: string;
        version?: number;
      },
    ) {
      const n = await core.managedNode(ctx, b.nodeId, 'training.manage');
      const rules = port ? await port.groups(n.district_id) : [];
      if (!rules.some((g) => g.key === b.track))
        throw new InvalidError([{ field: 'track', key: 'training.track_unknown' }]);
      const ids = [...new Set(b.courseIds)];
      const found = await tracksRepo.coursesServing(db, n.district_id, ids, n.path);
      if (found.length !== ids.length)
        throw new InvalidError([{ field: 'courseIds', key: 'training.course_unknown' }]);
      return db.transaction().execute(async (trx) => {
        let plan = await tracksRepo.findPlan(trx, n.district_id, n.id, b.year, b.track, true);
        if (!plan) {
          if (b.version) throw new StaleError(null);
          const id = uuidv7();
          const added = await tracksRepo.insertPlan(trx, {
            district_id: n.district_id,
            id,
            node_id: n.id,
            year: b.year,
            track: b.track,
            required_hours: b.requiredHours,
            note: b.note,
          });
          if (!added) throw new StaleError(null);
          plan = (await tracksRepo.findPlan(trx, n.district_id, n.id, b.year, b.track, true))!;
        } else {
          if (b.version !== plan.version) throw new StaleError({ id: plan.id, version: plan.version });
          await tracksRepo.updatePlan(trx, n.district_id, plan.id, {
            required_hours: b.requiredHours,
            note: b.note,
          });
        }
        await tracksRepo.setPlanCourses(trx, n.district_id, plan.id, ids);
        await auditor.append(trx, ctx, {
          action: 'training.track.plan',
          objectType: 'training_track_plan',
          objectId: plan.id,
          districtId: n.district_id,
          detail: { year: b.year, track: b.track, hours: b.requiredHours, courses: ids.length },
        });
        return { id: plan.id };
      });
    },

    /** The signed-in cadre's tracks this year: each plan, the courses done, hours and progress. */
    async myTracks(ctx: RequestContext, q: { year?: number }) {
      const actor = requirePermission(ctx, 'training.learn');
      const year = q.year ?? shanghaiThisYear();
      if (!actor.personId || !port) return { year, tracks: [] };
      const paths = await core.roots(ctx, 'training.learn');
      const { plans, courses } = await tracksRepo.findPlans(db, nodeServes('p.node_id', paths), year);
      const out = [];
      for (const districtId of districtsWith(actor, 'training.learn')) {
        const me = await port.cadres(districtId, [actor.personId]);
        for (const tr of await tracksOf(districtId, me, year)) {
          if (!tr.members.length) continue;
          // the nearest plan above the cadre (a street's own plan over the district's)
          const p = plans
            .filter((x) => x.district_id === districtId && x.track === tr.key)
            .sort((a, b) => b.path.length - a.path.length)[0];
          const plan = p ? planView(p, courses) : null;
          const [row] = await progressRows(districtId, plan, tr.members, year);
          out.push({
            key: tr.key,
            label: label(ctx.lang, tr.label),
            plan,
            done: row.done,
            ...row.progress,
          });
        }
      }
      return { year, tracks: out };
    },

    /** Completion per track as Excel: one sheet of every cadre's progress. */
    async exportCompletion(ctx: RequestContext, q: { nodeId: string; year?: number }) {
      const c = await completion(ctx, q, 'training.export');
      return writeWorkbook([
        {
          name: `${c.year}年度分类培训完成情况`,
          columns: [
            { key: 'track', header: '培训计划', width: 22 },
            { key: 'name', header: '姓名', width: 12 },
            { key: 'unit', header: '单位', width: 22 },
            { key: 'post', header: '职务', width: 14 },
            { key: 'hours', header: '已完成学时', width: 12, type: 'number' },
            { key: 'required', header: '应完成学时', width: 12, type: 'number' },
            { key: 'courses', header: '必修课完成', width: 12 },
            { key: 'percent', header: '完成率%', width: 10, type: 'number' },
            { key: 'state', header: '状态', width: 10 },
          ],
          rows: c.tracks.flatMap((tr) =>
            tr.rows.map((r) => ({
              track: label(ctx.lang, tr.label),
              name: r.name,
              unit: r.unitName,
              post: r.post,
              hours: r.hours,
              required: r.requiredHours,
              courses: `${r.coursesDone}/${r.coursesRequired}`,
              percent: r.percent,
              state: t(
                ctx.lang,
                r.complete
                  ? 'training.track.complete'
                  : r.lagging
                    ? 'training.track.lagging'
                    : 'training.track.on_way',
              ),
            })),
          ),
        },
      ]);
    },

    /** The tracks without a plan this year on the nodes the actor manages, for the to-dos. */
    async unplanned(ctx: RequestContext) {
      if (!port || !ctx.actor) return [];
      const year = shanghaiThisYear();
      const out: { nodeId: string; track: string; label: string }[] = [];
      // the plans are the organisation department's (区委组织部)
      for (const g of ctx.actor.grants.filter((x) => x.role === 'org_officer')) {
        const rules = await port.groups(g.districtId);
        const { plans } = await tracksRepo.findPlans(db, nodeServes('p.node_id', [g.path]), year);
        for (const r of rules)
          if (!plans.some((p) => p.track === r.key && p.node_id === g.nodeId))
            out.push({ nodeId: g.nodeId, track: r.key, label: label(ctx.lang, r.label) });
      }
      return out;
    },
  };
}
