/**
 * 学苑工作委员会 and the teachers' awards (Shangcheng, seed 001): trainees rate the classes they
 * attended; the academy keeps its committee; each year it nominates teachers for 优秀教师, 精品课程
 * and 最受欢迎教师 from their classes' ratings, attendance and exam pass rates; the committee's
 * review is recorded (agree/against of its members, a majority passes); the academy decides with a
 * number and the teacher is told; the award prints as a certificate and the list goes to Excel.
 */
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError, NotFoundError, StaleError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { shanghaiDay, shanghaiThisYear, shanghaiYearRange } from '../../platform/time.ts';
import type { TrainingCore, TrainingDeps } from './training.core.ts';
import * as awardsRepo from './training.awards.repository.ts';
import { nodeServes } from './training.repository.ts';
import {
  AWARD_MOVES,
  attendanceRate,
  awardNumber,
  examPassRate,
  nominate,
  reviewPasses,
  reviewRefusal,
  type AwardKind,
  type AwardStatus,
  type Candidate,
  type TeachingBasis,
} from './training.awards.rules.ts';
import type { Pool } from './training.rules.ts';

/** An award as lists and the certificate show it. */
function awardView(ctx: RequestContext, w: awardsRepo.AwardRow) {
  const b = w.basis as unknown as TeachingBasis;
  const manage = can(ctx.actor, 'training.manage', w.path);
  const moves = manage ? AWARD_MOVES[w.status as AwardStatus] : [];
  return {
    id: w.id,
    nodeId: w.node_id,
    nodeName: w.node_name,
    year: w.year,
    kind: w.kind as AwardKind,
    teacherId: w.teacher_id,
    teacherName: w.teacher_name,
    teacherPool: w.teacher_pool as Pool,
    teacherOrganisation: w.teacher_organisation,
    courseId: w.course_id,
    courseTitle: w.course_title,
    score: Number(w.score),
    basis: {
      classes: b.classes,
      ratings: b.ratings,
      stars: b.stars,
      attendanceRate: attendanceRate(b),
      passRate: examPassRate(b),
    },
    status: w.status as AwardStatus,
    agree: w.agree,
    against: w.against,
    opinion: w.opinion,
    number: w.number,
    decidedAt: w.decided_at ? shanghaiDay(new Date(w.decided_at)) : null,
    version: w.version,
    can: {
      review: moves.includes('review'),
      decide: moves.includes('decide'),
      reject: moves.includes('reject'),
    },
  };
}

/** Builds the committee, rating and award verbs. */
export function createAwardsService(deps: TrainingDeps & { core: TrainingCore }) {
  const { db, auditor, core } = deps;

  /** An award the actor may act on as manager, locked, at the version they saw (409 with the current copy otherwise). */
  async function managedAward(
    ctx: RequestContext,
    trx: Parameters<typeof awardsRepo.findAward>[0],
    id: string,
    version: number,
  ) {
    requirePermission(ctx, 'training.manage');
    const w = await awardsRepo.findAward(trx, id, true);
    if (!w || !can(ctx.actor, 'training.manage', w.path)) throw new NotFoundError();
    if (w.version !== version) throw new StaleError(awardView(ctx, w));
    return w;
  }

  const audit = (
    trx: Parameters<typeof awardsRepo.findAward>[0],
    ctx: RequestContext,
    w: awardsRepo.AwardRow,
    action: string,
    detail: Record<string, unknown>,
  ) =>
    auditor.append(trx, ctx, {
      action,
      objectType: 'training_award',
      objectId: w.id,
      districtId: w.district_id,
      detail: { kind: w.kind, year: w.year, ...detail },
    });

  return {
    /** A trainee who attended a held class rates it 1–5 stars (again replaces). */
    async rateClass(ctx: RequestContext, classId: string, b: { stars: number }) {
      const actor = requirePermission(ctx, 'training.learn');
      const k = await core.visibleClass(ctx, classId, 'training.learn');
      const e = await awardsRepo.findEnrolment(db, k.district_id, k.id, actor.userId);
      if (k.status !== 'held' || !e?.attended_at) throw new ConflictError('training.rate_not_attended');
      await db.transaction().execute(async (trx) => {
        await awardsRepo.upsertRating(trx, {
          district_id: k.district_id,
          class_id: k.id,
          user_id: actor.userId,
          stars: b.stars,
        });
        await auditor.append(trx, ctx, {
          action: 'training.class.rate',
          objectType: 'training_class',
          objectId: k.id,
          districtId: k.district_id,
          detail: { stars: b.stars },
        });
      });
      return { ok: true as const };
    },

    /** A class's ratings: how many, the mean, the user's own. */
    async classRating(ctx: RequestContext, classId: string) {
      const k = await core.visibleClass(ctx, classId, 'training.read');
      const r = await awardsRepo.ratingOf(db, k.district_id, k.id, ctx.actor!.userId);
      return { count: r.n, mean: r.mean === null ? null : Math.round(r.mean * 10) / 10, mine: r.mine };
    },

    /** The 学苑工作委员会 of the academies serving the actor. */
    async committee(ctx: RequestContext, q: { nodeId?: string }) {
      const paths = await core.roots(ctx, 'training.read', q.nodeId);
      return (await awardsRepo.findCommittee(db, nodeServes('m.node_id', paths))).map((m) => ({
        id: m.id,
        nodeId: m.node_id,
        nodeName: m.node_name,
        name: m.name,
        duty: m.duty as 'member',
        organisation: m.organisation,
        hasAccount: !!m.user_id,
        canRemove: can(ctx.actor, 'training.manage', m.path),
      }));
    },

    /** Adds a member to a node's committee. */
    async addMember(
      ctx: RequestContext,
      b: { nodeId: string; name: string; duty: string; organisation: string; userId?: string },
    ) {
      const n = await core.managedNode(ctx, b.nodeId, 'training.manage');
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        await awardsRepo.insertMember(trx, {
          district_id: n.district_id,
          id,
          node_id: n.id,
          name: b.name,
          duty: b.duty,
          organisation: b.organisation,
          user_id: b.userId ?? null,
        });
        await auditor.append(trx, ctx, {
          action: 'training.committee.add',
          objectType: 'training_committee',
          objectId: id,
          districtId: n.district_id,
          detail: { duty: b.duty },
        });
      });
      return { id };
    },

    /** Takes a member off the committee. */
    async removeMember(ctx: RequestContext, id: string) {
      const m = await core.served(ctx, 'training.manage', () => awardsRepo.findMember(db, id));
      if (!can(ctx.actor, 'training.manage', m.path) || !m.active) throw new NotFoundError();
      await db.transaction().execute(async (trx) => {
        await awardsRepo.retireMember(trx, m.district_id, m.id);
        await auditor.append(trx, ctx, {
          action: 'training.committee.remove',
          objectType: 'training_committee',
          objectId: m.id,
          districtId: m.district_id,
          detail: {},
        });
      });
      return { ok: true as const };
    },

    /**
     * Nominates a node's teachers for a year from their held classes: ratings, attendance, the pass
     * rate of their courses' exams. Nominations not yet reviewed are made again; reviewed ones stay.
     */
    async nominate(ctx: RequestContext, b: { nodeId: string; year: number }) {
      const n = await core.managedNode(ctx, b.nodeId, 'training.manage');
      const { from, to } = shanghaiYearRange(b.year);
      return db.transaction().execute(async (trx) => {
        await awardsRepo.lockYear(trx, n.id, b.year);
        const [rows, exams] = await Promise.all([
          awardsRepo.teachingByCourse(trx, n.district_id, n.id, from, to),
          awardsRepo.examsByCourse(trx, n.district_id, n.id, from, to),
        ]);
        const examOf = new Map(exams.map((x) => [x.course_id, x]));
        const basisOf = (r: (typeof rows)[number]): TeachingBasis => ({
          classes: r.classes,
          ratings: r.ratings,
          stars: r.ratings ? r.stars / r.ratings : null,
          enrolled: r.enrolled,
          attended: r.attended,
          tested: examOf.get(r.course_id)?.tested ?? 0,
          passed: examOf.get(r.course_id)?.passed ?? 0,
        });
        const courses: Candidate[] = rows.map((r) => ({
          teacherId: r.teacher_id!,
          courseId: r.course_id,
          basis: basisOf(r),
        }));
        const byTeacher = new Map<string, TeachingBasis>();
        for (const c of courses) {
          const s = byTeacher.get(c.teacherId);
          if (!s) byTeacher.set(c.teacherId, { ...c.basis });
          else {
            const ratings = s.ratings + c.basis.ratings;
            const starSum = (s.stars ?? 0) * s.ratings + (c.basis.stars ?? 0) * c.basis.ratings;
            byTeacher.set(c.teacherId, {
              classes: s.classes + c.basis.classes,
              ratings,
              stars: ratings ? starSum / ratings : null,
              enrolled: s.enrolled + c.basis.enrolled,
              attended: s.attended + c.basis.attended,
              tested: s.tested + c.basis.tested,
              passed: s.passed + c.basis.passed,
            });
          }
        }
        const teachers: Candidate[] = [...byTeacher].map(([teacherId, basis]) => ({
          teacherId,
          courseId: null,
          basis,
        }));
        const picks = nominate(teachers, courses);
        const basisFor = (p: (typeof picks)[number]) =>
          (p.courseId
            ? courses.find((c) => c.teacherId === p.teacherId && c.courseId === p.courseId)
            : teachers.find((c) => c.teacherId === p.teacherId))!.basis;
        await awardsRepo.deleteNominated(trx, n.district_id, n.id, b.year);
        const added = await awardsRepo.insertNominations(
          trx,
          picks.map((p) => ({
            district_id: n.district_id,
            id: uuidv7(),
            node_id: n.id,
            year: b.year,
            kind: p.kind,
            teacher_id: p.teacherId,
            course_id: p.courseId,
            score: p.score,
            basis: JSON.stringify(basisFor(p)),
          })),
        );
        await auditor.append(trx, ctx, {
          action: 'training.award.nominate',
          objectType: 'org_node',
          objectId: n.id,
          districtId: n.district_id,
          detail: { year: b.year, nominated: added },
        });
        return { nominated: added };
      });
    },

    /** Awards serving the actor in a year: managers see every stage, others the awards decided. */
    async awards(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const paths = await core.roots(ctx, 'training.read', q.nodeId);
      const rows = await awardsRepo.findAwards(db, nodeServes('w.node_id', paths), {
        year: q.year ?? shanghaiThisYear(),
      });
      return rows
        .filter((w) => w.status === 'awarded' || can(ctx.actor, 'training.manage', w.path))
        .map((w) => awardView(ctx, w));
    },

    /** One award (the certificate): decided ones for anyone it serves, every stage for managers. */
    async award(ctx: RequestContext, id: string) {
      const w = await core.served(ctx, 'training.read', () => awardsRepo.findAward(db, id));
      if (w.status !== 'awarded' && !can(ctx.actor, 'training.manage', w.path)) throw new NotFoundError();
      return awardView(ctx, w);
    },

    /** The awards of the teacher signed in (their accounts' teacher records), every year. */
    async myAwards(ctx: RequestContext) {
      const actor = requirePermission(ctx, 'training.read');
      const paths = await core.roots(ctx, 'training.read');
      return (
        await awardsRepo.findAwards(db, nodeServes('w.node_id', paths), {
          statuses: ['awarded'],
          userId: actor.userId,
        })
      ).map((w) => awardView(ctx, w));
    },

    /** Records the committee's review: passes with a majority of its members agreeing, else rejected. */
    async review(
      ctx: RequestContext,
      id: string,
      b: { agree: number; against: number; opinion: string; version: number },
    ) {
      return db.transaction().execute(async (trx) => {
        const w = await managedAward(ctx, trx, id, b.version);
        if (w.status !== 'nominated') throw new ConflictError('training.award.wrong_stage');
        const members = await awardsRepo.committeeSize(trx, w.district_id, w.node_id);
        const refusal = reviewRefusal(b.agree, b.against, members);
        if (refusal) throw new InvalidError([{ field: 'agree', key: refusal, params: { members } }]);
        const status = reviewPasses(b.agree, members) ? 'approved' : 'rejected';
        await awardsRepo.updateAward(trx, w.district_id, w.id, {
          status,
          agree: b.agree,
          against: b.against,
          opinion: b.opinion,
          reviewed_at: new Date(),
        });
        await audit(trx, ctx, w, 'training.award.review', { agree: b.agree, against: b.against, status });
        return { status: status as AwardStatus };
      });
    },

    /** Decides an approved award: it gets its number and the teacher is told. */
    async decide(ctx: RequestContext, id: string, b: { version: number }) {
      return db.transaction().execute(async (trx) => {
        const w = await managedAward(ctx, trx, id, b.version);
        if (w.status !== 'approved') throw new ConflictError('training.award.wrong_stage');
        const number = awardNumber(w.year, await awardsRepo.nextAwardSeq(trx, w.district_id, w.year));
        await awardsRepo.updateAward(trx, w.district_id, w.id, {
          status: 'awarded',
          number,
          decided_at: new Date(),
        });
        await audit(trx, ctx, w, 'training.award.decide', { number });
        const kind = t('zh-CN', `training.award.kind.${w.kind}`);
        if (w.teacher_user_id)
          await core.tell(trx, [
            {
              districtId: w.district_id,
              userId: w.teacher_user_id,
              kind: 'training.award',
              title: `您获评领雁学苑${w.year}年度“${kind}”，证书编号 ${number}`,
              titleKey: 'training.notice.award',
              titleParams: { year: w.year, kind, number },
              link: '/training/awards',
              objectType: 'training_award',
              objectId: w.id,
            },
          ]);
        return { number };
      });
    },

    /** Turns a nomination down (before or after the review). */
    async reject(ctx: RequestContext, id: string, b: { opinion: string; version: number }) {
      return db.transaction().execute(async (trx) => {
        const w = await managedAward(ctx, trx, id, b.version);
        if (!AWARD_MOVES[w.status as AwardStatus].includes('reject'))
          throw new ConflictError('training.award.wrong_stage');
        await awardsRepo.updateAward(trx, w.district_id, w.id, { status: 'rejected', opinion: b.opinion });
        await audit(trx, ctx, w, 'training.award.reject', {});
        return { ok: true as const };
      });
    },

    /** A year's awards as Excel (every stage for managers). */
    async exportAwards(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const paths = await core.roots(ctx, 'training.export', q.nodeId);
      const year = q.year ?? shanghaiThisYear();
      const rows = await awardsRepo.findAwards(db, nodeServes('w.node_id', paths), { year });
      const pct = (v: number | null) => (v === null ? '' : v);
      return writeWorkbook([
        {
          name: `${year}年度教师激励奖项`,
          columns: [
            { key: 'kind', header: '奖项', width: 14 },
            { key: 'teacher', header: '教师', width: 12 },
            { key: 'pool', header: '师资库', width: 14 },
            { key: 'course', header: '课程', width: 24 },
            { key: 'score', header: '综合得分', width: 10, type: 'number' },
            { key: 'classes', header: '授课次数', width: 10, type: 'number' },
            { key: 'stars', header: '平均评分', width: 10, type: 'number' },
            { key: 'attendance', header: '到课率%', width: 10, type: 'number' },
            { key: 'pass', header: '考试通过率%', width: 12, type: 'number' },
            { key: 'status', header: '状态', width: 10 },
            { key: 'votes', header: '委员会表决（同意/反对）', width: 20 },
            { key: 'number', header: '证书编号', width: 16 },
          ],
          rows: rows.map((w) => {
            const v = awardView(ctx, w);
            return {
              kind: t(ctx.lang, `training.award.kind.${w.kind}`),
              teacher: w.teacher_name,
              pool: t(ctx.lang, `training.pool.${w.teacher_pool}`),
              course: w.course_title ?? '',
              score: v.score,
              classes: v.basis.classes,
              stars: v.basis.stars === null ? '' : Math.round(v.basis.stars * 10) / 10,
              attendance: pct(v.basis.attendanceRate),
              pass: pct(v.basis.passRate),
              status: t(ctx.lang, `training.award.status.${w.status}`),
              votes: w.agree === null ? '' : `${w.agree}/${w.against}`,
              number: w.number ?? '',
            };
          }),
        },
      ]);
    },

    /** Awards waiting for the academy (nominated or approved) on nodes the actor manages. */
    awaiting: (ctx: RequestContext) => {
      const paths = scopePaths(ctx.actor, 'training.manage');
      return paths.length
        ? awardsRepo.findAwaiting(db, nodeInPaths('w.node_id', paths), 50)
        : Promise.resolve([]);
    },
  };
}
