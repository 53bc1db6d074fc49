/**
 * The academy on the home page, the node dashboards and in Excel: what waits for a secretary
 * (classes to attend, exams open) and for the academy (forum problems to make into courses); the
 * figures per node (trainees, hours, pass rate, classes online and offline, teachers by pool); the
 * teacher pools in and out, attendance and exam results out.
 */
import { scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { t } from '../../platform/i18n.ts';
import {
  checkRows,
  readRows,
  readTable,
  writeWorkbook,
  type ColumnSpec,
} from '../../platform/sheets/index.ts';
import { shanghaiMinute, shanghaiThisYear, shanghaiYearRange } from '../../platform/time.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import type { createAcademyService } from './training.academy.service.ts';
import type { TrainingCore, TrainingDeps } from './training.core.ts';
import * as academyRepo from './training.academy.repository.ts';
import * as classesRepo from './training.classes.repository.ts';
import * as examsRepo from './training.exams.repository.ts';
import * as workbenchRepo from './training.workbench.repository.ts';
import { nodeServes } from './training.repository.ts';
import { passRate, POOLS, type Pool } from './training.rules.ts';

const TEACHER_COLUMNS: ColumnSpec[] = [
  { key: 'pool', label: '师资库', synonyms: ['类别', '库', 'pool'], required: true },
  { key: 'name', label: '姓名', synonyms: ['教师', '讲师', 'name'], required: true },
  { key: 'organisation', label: '单位', synonyms: ['工作单位', 'organisation'] },
  { key: 'specialty', label: '擅长领域', synonyms: ['专长', '授课方向', 'specialty'] },
  { key: 'phone', label: '手机号码', synonyms: ['手机', '电话', '联系电话', 'phone'] },
];
const POOL_NAMES: Record<string, Pool> = {
  专家教师库: 'expert',
  专家教师: 'expert',
  专家: 'expert',
  治社名师库: 'master',
  治社名师: 'master',
  名师: 'master',
  红领导师库: 'red_mentor',
  红领导师: 'red_mentor',
  草根民师库: 'grassroots',
  草根民师: 'grassroots',
  '8090讲师库': 'post8090',
  '8090讲师': 'post8090',
  '8090': 'post8090',
};

/** Builds the home-page, dashboard and Excel verbs. */
export function createWorkbenchService(
  deps: TrainingDeps & { core: TrainingCore; academy: ReturnType<typeof createAcademyService> },
) {
  const { db, auditor, core, academy } = deps;

  async function figures(paths: string[], year: number) {
    const { from, to } = shanghaiYearRange(year);
    const f = await workbenchRepo.figures(db, (col) => nodeInPaths(col, paths), from, to);
    const teachersByPool: Record<string, number> = {};
    for (const r of f.teachers) teachersByPool[r.pool] = r.n;
    return {
      trainees: f.att.trainees,
      hours: Math.round(Number(f.att.hours) * 10) / 10,
      attendances: f.att.attendances,
      tested: f.exams.tested,
      passed: f.exams.passed,
      passRate: passRate(f.exams.passed, f.exams.tested),
      classesOnline: f.classes.find((c) => c.mode === 'online')?.n ?? 0,
      classesOffline: f.classes.find((c) => c.mode === 'offline')?.n ?? 0,
      teachersByPool,
    };
  }

  return {
    /** What waits for the actor at the academy. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      if (!ctx.actor) return [];
      const out: TodoItem[] = [];
      const learn = academy.learnPaths(ctx);
      if (learn.length) {
        const now = new Date();
        const week = new Date(now.getTime() + 7 * 86400_000);
        const classes = (
          await classesRepo.findClasses(db, nodeServes('k.node_id', learn), ctx.actor.userId, {
            from: new Date(now.getTime() - 3 * 3600_000),
            to: week,
          })
        ).filter((k) => k.status === 'planned' && k.mine === 'enrolled');
        if (classes.length)
          out.push({
            key: 'training.to_attend',
            module: 'training',
            label: t(ctx.lang, 'training.todo.to_attend'),
            count: classes.length,
            href: '/training',
            level: 'yellow',
            entries: classes.slice(0, 5).map((k) => ({
              id: k.id,
              title: k.title,
              href: `/training/classes/${k.id}`,
              due: k.starts_at.toISOString(),
            })),
          });
        const exams = [];
        for (const x of await examsRepo.findExams(db, nodeServes('c.node_id', learn)))
          if (x.status === 'open') {
            const mine = await examsRepo.findAttempts(db, x.district_id, x.id, ctx.actor.userId);
            if (!mine.some((a) => a.passed) && mine.filter((a) => a.submitted_at).length < x.max_attempts)
              exams.push(x);
          }
        if (exams.length)
          out.push({
            key: 'training.exams_open',
            module: 'training',
            label: t(ctx.lang, 'training.todo.exams_open'),
            count: exams.length,
            href: '/training/exams',
            level: 'normal',
            entries: exams.slice(0, 5).map((x) => ({ id: x.id, title: x.title, href: '/training/exams' })),
          });
      }
      if (academy.managesAnywhere(ctx)) {
        const open = await academyRepo.findOpenProblems(
          db,
          nodeInPaths('f.node_id', scopePaths(ctx.actor, 'training.manage')),
          50,
        );
        if (open.length)
          out.push({
            key: 'training.problems',
            module: 'training',
            label: t(ctx.lang, 'training.todo.problems'),
            count: open.length,
            href: '/training/forums',
            level: 'normal',
            entries: open
              .slice(0, 5)
              .map((p) => ({ id: p.id, title: p.text.slice(0, 40), href: '/training/forums' })),
          });
      }
      return out;
    },

    /** The academy's figures under a node: trainees, hours, pass rate, classes, teachers. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      const f = await figures([node.path], year);
      const teachers = Object.values(f.teachersByPool).reduce((s, n) => s + n, 0);
      if (!teachers && !f.attendances && !f.tested) return [];
      const stat = statMaker(ctx.lang, 'training');
      return [
        stat('trainees', f.trainees, 'count'),
        stat('hours', f.hours, 'hours'),
        stat('pass_rate', f.passRate, 'percent'),
        stat('classes_online', f.classesOnline, 'count'),
        stat('classes_offline', f.classesOffline, 'count'),
        stat('teachers', teachers, 'count'),
      ];
    },

    /** The academy's figures for its own dashboard. */
    async figures(ctx: RequestContext, q: { nodeId: string; year?: number }) {
      const paths = await core.roots(ctx, 'training.read', q.nodeId);
      return figures(paths, q.year ?? shanghaiThisYear());
    },

    /** The teacher pools as Excel (phones masked). */
    async exportTeachers(ctx: RequestContext, q: { nodeId?: string }) {
      const paths = await core.roots(ctx, 'training.export', q.nodeId);
      const rows = await academyRepo.findTeachers(db, nodeServes('t.node_id', paths));
      return writeWorkbook([
        {
          name: '师资库',
          columns: [
            { key: 'pool', header: '师资库', width: 14 },
            { key: 'name', header: '姓名', width: 12 },
            { key: 'organisation', header: '单位', width: 24 },
            { key: 'specialty', header: '擅长领域', width: 30 },
            { key: 'phone', header: '手机号码', width: 14 },
          ],
          rows: rows.map((r) => ({
            pool: t(ctx.lang, `training.pool.${r.pool}`),
            name: r.name,
            organisation: r.organisation,
            specialty: r.specialty,
            phone: r.phone_mask ?? '',
          })),
        },
      ]);
    },

    /** A class's attendance sheet 签到表 as Excel. */
    async exportAttendance(ctx: RequestContext, classId: string) {
      const k = await core.visibleClass(ctx, classId, 'training.export');
      const roster = await classesRepo.findRoster(db, k.district_id, k.id);
      return writeWorkbook([
        {
          name: '签到表',
          columns: [
            { key: 'name', header: '姓名', width: 12 },
            { key: 'attended', header: '签到', width: 8 },
            { key: 'method', header: '方式', width: 10 },
            { key: 'at', header: '签到时间', width: 20 },
            { key: 'hours', header: '学时', width: 8, type: 'number' },
          ],
          rows: roster.map((r) => ({
            name: r.name,
            attended: r.attended_at ? '是' : '否',
            method: r.method ? t(ctx.lang, `training.method.${r.method}`) : '',
            at: r.attended_at ? shanghaiMinute(r.attended_at) : '',
            hours: r.attended_at ? Number(k.hours) : 0,
          })),
        },
      ]);
    },

    /** An exam's results 成绩单 as Excel (each trainee's best attempt). */
    async exportResults(ctx: RequestContext, examId: string) {
      const x = await core.visibleExam(ctx, examId, 'training.export');
      const best = new Map<string, { name: string; score: number; passed: boolean; attempts: number }>();
      for (const a of await examsRepo.findAttempts(db, x.district_id, x.id))
        if (a.submitted_at) {
          const cur = best.get(a.user_id) ?? { name: a.name, score: 0, passed: false, attempts: 0 };
          best.set(a.user_id, {
            name: a.name,
            score: Math.max(cur.score, a.score ?? 0),
            passed: cur.passed || !!a.passed,
            attempts: cur.attempts + 1,
          });
        }
      return writeWorkbook([
        {
          name: '成绩单',
          columns: [
            { key: 'name', header: '姓名', width: 12 },
            { key: 'score', header: '最高成绩', width: 10, type: 'number' },
            { key: 'passed', header: '是否通过', width: 10 },
            { key: 'attempts', header: '考试次数', width: 10, type: 'number' },
          ],
          rows: [...best.values()].map((b) => ({ ...b, passed: b.passed ? '通过' : '未通过' })),
        },
      ]);
    },

    /** Reads teachers into the pools from a sheet (pool, name, unit, specialty, phone); a bad row changes nothing. */
    async importTeachers(ctx: RequestContext, nodeId: string, file: Buffer) {
      const n = await core.managedNode(ctx, nodeId, 'training.manage');
      const table = readTable(await readRows(file, { maxRows: 5000 }), TEACHER_COLUMNS);
      const rows: academyRepo.NewTeacher[] = [];
      const errors = checkRows(table, ctx.lang, (cell, bad) => {
        const pool =
          POOL_NAMES[cell('pool').replace(/\s/g, '')] ??
          (POOLS as readonly string[]).find((p) => p === cell('pool'));
        if (!pool) bad('pool', 'training.import.pool');
        const name = cell('name');
        if (!name || name.length > 40) bad('name', 'training.import.name');
        const phone = cell('phone').replace(/[\s-]/g, '');
        if (phone && !/^1\d{10}$/.test(phone)) bad('phone', 'training.import.phone');
        rows.push(
          academy.newTeacher(n.district_id, {
            nodeId: n.id,
            pool: pool ?? 'expert',
            name,
            organisation: cell('organisation').slice(0, 80),
            specialty: cell('specialty').slice(0, 200),
            phone: phone || undefined,
          }),
        );
      });
      if (errors.length) return { imported: 0, errors };
      await db.transaction().execute(async (trx) => {
        await academyRepo.insertTeachers(trx, rows);
        await auditor.append(trx, ctx, {
          action: 'training.teacher.import',
          objectType: 'org_node',
          objectId: n.id,
          districtId: n.district_id,
          detail: { rows: rows.length },
        });
      });
      return { imported: rows.length, errors };
    },
  };
}
