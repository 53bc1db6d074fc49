/**
 * Exams and certificates: an exam of a course (questions with one right option, a time limit, a
 * pass mark, a number of attempts), a timed attempt whose questions go out without the answers, a
 * late answer not counted, a certificate (printable) on passing, and each trainee's record of hours
 * and certificates, which the assessment module's one-person file reads.
 */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { rowFor } from '../../platform/access/nodes.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiYearOf } from '../../platform/time.ts';
import { serves, type TrainingCore, type TrainingDeps } from './training.core.ts';
import * as academyRepo from './training.academy.repository.ts';
import * as examsRepo from './training.exams.repository.ts';
import { nodeServes } from './training.repository.ts';
import {
  attemptRefusal,
  certificateNumber,
  lateSubmission,
  scoreAttempt,
  type Power,
  type Question,
} from './training.rules.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

type CertRow = NonNullable<Awaited<ReturnType<typeof examsRepo.findCertificate>>>;
const certView = (c: CertRow) => ({
  id: c.id,
  number: c.number,
  name: c.name,
  courseTitle: c.course_title,
  hours: Number(c.hours),
  score: c.score,
  issuedAt: c.issued_at.toISOString(),
});

/** A trainee's record: attended classes with hours, and certificates. */
export interface TrainingRecord {
  classes: {
    id: string;
    title: string;
    power: Power;
    hours: number;
    startsAt: string;
    method: 'qr' | 'manual' | 'online' | null;
  }[];
  hours: number;
  certificates: ReturnType<typeof certView>[];
}

function recordOf(
  classes: {
    id: string;
    title: string;
    power: string;
    hours: number | string;
    starts_at: Date;
    method: string | null;
  }[],
  certs: CertRow[],
): TrainingRecord {
  const list = classes.map((k) => ({
    id: k.id,
    title: k.title,
    power: k.power as Power,
    hours: Number(k.hours),
    startsAt: k.starts_at.toISOString(),
    method: k.method as 'qr' | null,
  }));
  return { classes: list, hours: list.reduce((s, k) => s + k.hours, 0), certificates: certs.map(certView) };
}

/** Builds the exam, certificate and record verbs. */
export function createExamsService(deps: TrainingDeps & { core: TrainingCore }) {
  const { db, auditor, core } = deps;

  return {
    /** Sets an exam for a course (a draft until opened). */
    async addExam(
      ctx: RequestContext,
      b: {
        courseId: string;
        title: string;
        durationMin: number;
        passMark: number;
        maxAttempts: number;
        questions: Question[];
      },
    ) {
      const course = await rowFor(ctx, 'training.manage', () => academyRepo.findCourse(db, b.courseId));
      const bad = b.questions.findIndex((q) => q.answer >= q.options.length);
      if (bad >= 0)
        throw new InvalidError([{ field: `questions.${bad}.answer`, key: 'training.answer_not_an_option' }]);
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        await examsRepo.insertExam(trx, {
          district_id: course.district_id,
          id,
          course_id: course.id,
          title: b.title,
          duration_min: b.durationMin,
          pass_mark: b.passMark,
          max_attempts: b.maxAttempts,
          questions: JSON.stringify(b.questions),
          status: 'draft',
          created_by: ctx.actor!.userId,
        });
        await auditor.append(trx, ctx, {
          action: 'training.exam.add',
          objectType: 'training_exam',
          objectId: id,
          districtId: course.district_id,
          detail: { title: b.title, questions: b.questions.length },
        });
      });
      return { id };
    },

    /** Opens or closes an exam; on opening, those who attended the course's classes are told. */
    async setExamStatus(ctx: RequestContext, id: string, b: { status: 'open' | 'closed' }) {
      const x = await core.visibleExam(ctx, id, 'training.manage');
      if (!can(ctx.actor, 'training.manage', x.path)) throw new NotFoundError();
      await db.transaction().execute(async (trx) => {
        await examsRepo.setExamStatus(trx, x.district_id, x.id, b.status);
        await auditor.append(trx, ctx, {
          action: `training.exam.${b.status}`,
          objectType: 'training_exam',
          objectId: x.id,
          districtId: x.district_id,
        });
        if (b.status === 'open') {
          const users = await examsRepo.findCourseTrainees(trx, x.district_id, x.course_id);
          await core.tell(
            trx,
            users.map((u) => ({
              districtId: x.district_id,
              userId: u.user_id,
              kind: 'training.exam',
              title: `考试《${x.title}》已开放`,
              titleKey: 'training.notice.exam',
              titleParams: { title: x.title },
              link: '/training/exams',
              objectType: 'training_exam',
              objectId: x.id,
            })),
          );
        }
      });
      return { ok: true as const };
    },

    /** Exams serving the actor with their own attempts. */
    async exams(ctx: RequestContext, q: { nodeId?: string }) {
      const paths = await core.roots(ctx, 'training.read', q.nodeId);
      const rows = await examsRepo.findExams(db, nodeServes('c.node_id', paths));
      return Promise.all(
        rows.map(async (x) => {
          const mine = (await examsRepo.findAttempts(db, x.district_id, x.id, ctx.actor!.userId)).filter(
            (a) => a.submitted_at,
          );
          const passed = mine.some((a) => a.passed);
          const learn = serves(ctx.actor, 'training.learn', x.path);
          return {
            id: x.id,
            courseId: x.course_id,
            courseTitle: x.course_title,
            title: x.title,
            durationMin: x.duration_min,
            passMark: x.pass_mark,
            maxAttempts: x.max_attempts,
            questionCount: (x.questions as unknown as Question[]).length,
            status: x.status as 'open',
            myAttempts: mine.length,
            myBest: mine.length ? Math.max(...mine.map((a) => a.score ?? 0)) : null,
            passed,
            can: {
              manage: can(ctx.actor, 'training.manage', x.path),
              take: learn && x.status === 'open' && !passed && mine.length < x.max_attempts,
            },
          };
        }),
      );
    },

    /** Starts (or resumes) a timed attempt: the questions without their answers and the deadline. */
    async startAttempt(ctx: RequestContext, examId: string) {
      const actor = requirePermission(ctx, 'training.learn');
      const x = await core.visibleExam(ctx, examId, 'training.learn');
      return db.transaction().execute(async (trx) => {
        const attempts = await examsRepo.findAttempts(trx, x.district_id, x.id, actor.userId);
        const open = attempts.find((a) => !a.submitted_at);
        const refusal = attemptRefusal({
          status: x.status,
          attempts: attempts.filter((a) => a.submitted_at).length,
          maxAttempts: x.max_attempts,
          passed: attempts.some((a) => a.passed),
          open: !!open,
        });
        if (refusal) throw new ConflictError(refusal);
        let attempt = open;
        if (!attempt) {
          const id = uuidv7();
          await examsRepo.insertAttempt(trx, {
            district_id: x.district_id,
            id,
            exam_id: x.id,
            user_id: actor.userId,
            person_id: actor.personId,
            name: actor.displayName,
            deadline_at: new Date(Date.now() + x.duration_min * 60_000),
          });
          attempt = (await examsRepo.findAttempts(trx, x.district_id, x.id, actor.userId)).find(
            (a) => !a.submitted_at,
          )!;
          await auditor.append(trx, ctx, {
            action: 'training.attempt.start',
            objectType: 'training_exam',
            objectId: x.id,
            districtId: x.district_id,
            detail: { attemptId: attempt.id },
          });
        }
        return {
          id: attempt.id,
          examId: x.id,
          title: x.title,
          deadlineAt: attempt.deadline_at.toISOString(),
          questions: (x.questions as unknown as Question[]).map((q) => ({
            text: q.text,
            options: q.options,
            points: q.points,
          })),
        };
      });
    },

    /** Hands in an attempt: scored against the pass mark (late answers not counted); a pass earns a certificate. */
    async submitAttempt(ctx: RequestContext, attemptId: string, b: { answers: (number | null)[] }) {
      const actor = requirePermission(ctx, 'training.learn');
      return db.transaction().execute(async (trx) => {
        const a = await examsRepo.findAttempt(trx, attemptId, true);
        if (!a || a.user_id !== actor.userId) throw new NotFoundError();
        if (a.submitted_at) throw new ConflictError('training.already_submitted');
        const x = (await examsRepo.findExam(trx, a.exam_id))!;
        const now = new Date();
        const late = lateSubmission(now, a.deadline_at);
        const questions = x.questions as unknown as Question[];
        const r = late ? { score: 0, passed: false } : scoreAttempt(questions, b.answers, x.pass_mark);
        await examsRepo.submitAttempt(trx, a.district_id, a.id, {
          answers: JSON.stringify(b.answers),
          score: r.score,
          passed: r.passed,
          submitted_at: now,
        });
        let certificateId: string | null = null;
        if (r.passed) {
          certificateId = uuidv7();
          const number = await examsRepo.insertCertificate(
            trx,
            {
              district_id: a.district_id,
              id: certificateId,
              exam_id: x.id,
              attempt_id: a.id,
              user_id: a.user_id,
              person_id: a.person_id,
              name: a.name,
              course_title: x.course_title,
              hours: Number(x.hours),
              score: r.score,
            },
            (seq) => certificateNumber(shanghaiYearOf(now), seq),
            shanghaiYearOf(now),
          );
          await core.tell(trx, [
            {
              districtId: a.district_id,
              userId: a.user_id,
              kind: 'training.certificate',
              title: `恭喜您通过《${x.title}》，结业证书 ${number}`,
              titleKey: 'training.notice.certificate',
              titleParams: { title: x.title, number },
              link: `/training/certificates/${certificateId}`,
              objectType: 'training_certificate',
              objectId: certificateId,
            },
          ]);
        }
        await auditor.append(trx, ctx, {
          action: 'training.attempt.submit',
          objectType: 'training_exam',
          objectId: x.id,
          districtId: a.district_id,
          detail: { attemptId: a.id, ...r, late },
        });
        return { ...r, late, certificateId };
      });
    },

    /** The actor's own certificates. */
    async myCertificates(ctx: RequestContext) {
      const actor = requirePermission(ctx, 'training.learn');
      return (await examsRepo.findCertificatesOf(db, actor.userId)).map(certView);
    },

    /** A certificate as a printable page: its holder, or who runs the academy over it. */
    async certificatePrint(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'training.read');
      const c = await examsRepo.findCertificate(db, id);
      const x = c && (await examsRepo.findExam(db, c.exam_id));
      if (!c || !x || (c.user_id !== ctx.actor!.userId && !can(ctx.actor, 'training.manage', x.path)))
        throw new NotFoundError();
      const d = new Date(c.issued_at.getTime() + 8 * 3600_000);
      return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>结业证书 ${esc(c.number)}</title>
<style>@page{size:A4 landscape;margin:20mm}body{font-family:"WenQuanYi Micro Hei",sans-serif;text-align:center;border:6px double #b22;padding:40px}h1{color:#b22;font-size:32pt;letter-spacing:12px}p{font-size:16pt;line-height:2}</style></head>
<body><h1>结业证书</h1><p><b>${esc(c.name)}</b> 同志：</p>
<p>参加领雁学苑《${esc(c.course_title)}》学习（${Number(c.hours)} 学时），考核成绩 ${c.score} 分，准予结业。</p>
<p>证书编号：${esc(c.number)}</p><p>领雁学苑&emsp;${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日</p></body></html>`;
    },

    /** The actor's own training record. */
    async myRecord(ctx: RequestContext): Promise<TrainingRecord> {
      const actor = requirePermission(ctx, 'training.learn');
      const [classes, certs] = await Promise.all([
        examsRepo.attendedByUser(db, actor.userId),
        examsRepo.findCertificatesOf(db, actor.userId),
      ]);
      return recordOf(classes, certs);
    },

    /**
     * A person's training record for the assessment module's one-person file (no permission check
     * here: the assessment module checks who may read that file before it asks).
     */
    async recordOfPerson(districtId: string, personId: string): Promise<TrainingRecord> {
      const r = await examsRepo.recordOfPerson(db, districtId, personId);
      return recordOf(r.classes, r.certificates);
    },
  };
}
