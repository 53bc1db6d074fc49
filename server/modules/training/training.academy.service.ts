/**
 * The academy's own registers: the five teacher pools 师资库 (phones encrypted and masked), the
 * 五力十课 curriculum as data (the standard ten loaded, then edited), and the 头雁论坛 forums where
 * secretaries bring hard problems that the academy turns into courses.
 */
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { maskName, maskPhone } from '../../platform/pii/pii.ts';
import { grantPaths, serves, type TrainingCore, type TrainingDeps } from './training.core.ts';
import * as academyRepo from './training.academy.repository.ts';
import { nodeServes } from './training.repository.ts';
import { STANDARD_CURRICULUM, type Pool, type Power } from './training.rules.ts';

type TeacherRow = Awaited<ReturnType<typeof academyRepo.findTeachers>>[number];
type CourseRow = Awaited<ReturnType<typeof academyRepo.findCourses>>[number];

/** A teacher as lists show them (phone masked). */
export function teacherView(t: TeacherRow) {
  return {
    id: t.id,
    nodeId: t.node_id,
    pool: t.pool as Pool,
    name: t.name,
    organisation: t.organisation,
    specialty: t.specialty,
    phone: t.phone_mask,
    hasAccount: !!t.user_id,
  };
}

/** A course as lists show it. */
export function courseView(c: CourseRow) {
  return {
    id: c.id,
    nodeId: c.node_id,
    power: c.power as Power,
    code: c.code,
    title: c.title,
    description: c.description,
    hours: Number(c.hours),
    mode: c.mode as 'online',
    fromProblemId: c.from_problem_id,
  };
}

/** Builds the teacher, curriculum and forum verbs. */
export function createAcademyService(deps: TrainingDeps & { core: TrainingCore }) {
  const { db, auditor, core, pii } = deps;

  /** A teacher row from input, the phone encrypted with a blind index and its mask. */
  function newTeacher(
    districtId: string,
    b: {
      nodeId: string;
      pool: string;
      name: string;
      organisation: string;
      specialty: string;
      phone?: string;
      userId?: string;
    },
  ): academyRepo.NewTeacher {
    return {
      district_id: districtId,
      id: uuidv7(),
      node_id: b.nodeId,
      pool: b.pool,
      name: b.name,
      organisation: b.organisation,
      specialty: b.specialty,
      phone_enc: b.phone ? pii.encrypt(b.phone) : null,
      phone_mask: b.phone ? maskPhone(b.phone) : null,
      phone_bidx: b.phone ? pii.blindIndex('phone', b.phone) : null,
      user_id: b.userId ?? null,
    };
  }

  return {
    newTeacher,

    /** Adds a teacher to one of the five pools. */
    async addTeacher(
      ctx: RequestContext,
      b: {
        nodeId: string;
        pool: Pool;
        name: string;
        organisation: string;
        specialty: string;
        phone?: string;
        userId?: string;
      },
    ) {
      const n = await core.managedNode(ctx, b.nodeId, 'training.manage');
      const row = newTeacher(n.district_id, b);
      await db.transaction().execute(async (trx) => {
        await academyRepo.insertTeachers(trx, [row]);
        await auditor.append(trx, ctx, {
          action: 'training.teacher.add',
          objectType: 'training_teacher',
          objectId: row.id,
          districtId: n.district_id,
          detail: { pool: b.pool, name: maskName(b.name) },
        });
      });
      return { id: row.id };
    },

    /** The teacher pools serving the actor. */
    async teachers(ctx: RequestContext, q: { nodeId?: string; pool?: Pool }) {
      const paths = await core.roots(ctx, 'training.read', q.nodeId);
      return (await academyRepo.findTeachers(db, nodeServes('t.node_id', paths), q.pool)).map(teacherView);
    },

    /** Loads the standard 五力十课 onto a node (codes already there are kept). */
    async loadStandard(ctx: RequestContext, nodeId: string) {
      const n = await core.managedNode(ctx, nodeId, 'training.manage');
      return db.transaction().execute(async (trx) => {
        const added = await academyRepo.insertCourses(
          trx,
          STANDARD_CURRICULUM.map((c) => ({ ...c, district_id: n.district_id, id: uuidv7(), node_id: n.id })),
        );
        await auditor.append(trx, ctx, {
          action: 'training.curriculum.standard',
          objectType: 'org_node',
          objectId: n.id,
          districtId: n.district_id,
          detail: { added },
        });
        return { added };
      });
    },

    /** Adds a course to the curriculum. */
    async addCourse(
      ctx: RequestContext,
      b: {
        nodeId: string;
        power: Power;
        code: string;
        title: string;
        description: string;
        hours: number;
        mode: string;
      },
    ) {
      const n = await core.managedNode(ctx, b.nodeId, 'training.manage');
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        const added = await academyRepo.insertCourses(trx, [
          {
            district_id: n.district_id,
            id,
            node_id: n.id,
            power: b.power,
            code: b.code,
            title: b.title,
            description: b.description,
            hours: b.hours,
            mode: b.mode,
          },
        ]);
        if (!added) throw new ConflictError('training.code_taken');
        await auditor.append(trx, ctx, {
          action: 'training.course.add',
          objectType: 'training_course',
          objectId: id,
          districtId: n.district_id,
          detail: { code: b.code, title: b.title },
        });
      });
      return { id };
    },

    /** The curriculum serving the actor. */
    async courses(ctx: RequestContext, q: { nodeId?: string }) {
      const paths = await core.roots(ctx, 'training.read', q.nodeId);
      return (await academyRepo.findCourses(db, nodeServes('c.node_id', paths))).map(courseView);
    },

    /** Holds a 头雁论坛 forum on a node. */
    async addForum(ctx: RequestContext, b: { nodeId: string; title: string; heldOn: string }) {
      const n = await core.managedNode(ctx, b.nodeId, 'training.manage');
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        await academyRepo.insertForum(trx, {
          district_id: n.district_id,
          id,
          node_id: n.id,
          title: b.title,
          held_on: b.heldOn,
          created_by: ctx.actor!.userId,
        });
        await auditor.append(trx, ctx, {
          action: 'training.forum.add',
          objectType: 'training_forum',
          objectId: id,
          districtId: n.district_id,
          detail: { title: b.title },
        });
      });
      return { id };
    },

    /** Forums serving the actor with the problems raised (raisers shown masked). */
    async forums(ctx: RequestContext, q: { nodeId?: string }) {
      const paths = await core.roots(ctx, 'training.read', q.nodeId);
      const { forums, problems } = await academyRepo.findForums(db, nodeServes('f.node_id', paths));
      return forums.map((f) => ({
        id: f.id,
        nodeId: f.node_id,
        nodeName: f.node_name,
        title: f.title,
        heldOn: String(f.held_on),
        problems: problems
          .filter((p) => p.forum_id === f.id)
          .map((p) => ({
            id: p.id,
            text: p.text,
            kind: p.kind as 'difficulty',
            raisedLabel: p.raised_label,
            courseId: p.course_id,
            courseTitle: p.course_title,
          })),
        can: {
          raise: serves(ctx.actor, 'training.learn', f.path),
          toCourse: can(ctx.actor, 'training.manage', f.path),
        },
      }));
    },

    /** A secretary brings a hard problem (难点、争议点、堵点) to a forum; the academy's managers are told. */
    async raiseProblem(ctx: RequestContext, forumId: string, b: { text: string; kind: string }) {
      const actor = requirePermission(ctx, 'training.learn');
      const f = await core.served(ctx, 'training.learn', () => academyRepo.findForum(db, forumId));
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        await academyRepo.insertProblem(trx, {
          district_id: f.district_id,
          id,
          forum_id: f.id,
          raised_by: actor.userId,
          raised_label: maskName(actor.displayName),
          text: b.text,
          kind: b.kind,
        });
        await auditor.append(trx, ctx, {
          action: 'training.problem.raise',
          objectType: 'training_forum',
          objectId: f.id,
          districtId: f.district_id,
          detail: { problemId: id, kind: b.kind },
        });
        await core.tell(trx, [
          {
            districtId: f.district_id,
            nodeId: f.node_id,
            kind: 'training.problem',
            title: `头雁论坛《${f.title}》收到一个新问题`,
            titleKey: 'training.notice.problem',
            titleParams: { title: f.title },
            link: '/training/forums',
            objectType: 'training_forum',
            objectId: f.id,
          },
        ]);
      });
      return { id };
    },

    /** Turns a forum's hard problem into a course of the curriculum; the secretary who raised it is told. */
    async problemToCourse(
      ctx: RequestContext,
      problemId: string,
      b: { power: Power; code: string; title: string; description: string; hours: number; mode: string },
    ) {
      requirePermission(ctx, 'training.manage');
      return db.transaction().execute(async (trx) => {
        const p = await academyRepo.findProblem(trx, problemId, true);
        if (!p || !can(ctx.actor, 'training.manage', p.path)) throw new NotFoundError();
        if (p.course_id) throw new ConflictError('training.problem_taken');
        const id = uuidv7();
        const added = await academyRepo.insertCourses(trx, [
          { ...b, district_id: p.district_id, id, node_id: p.node_id, from_problem_id: p.id },
        ]);
        if (!added) throw new ConflictError('training.code_taken');
        await academyRepo.setProblemCourse(trx, p.district_id, p.id, id);
        await auditor.append(trx, ctx, {
          action: 'training.problem.course',
          objectType: 'training_course',
          objectId: id,
          districtId: p.district_id,
          detail: { problemId: p.id, title: b.title },
        });
        await core.tell(trx, [
          {
            districtId: p.district_id,
            userId: p.raised_by,
            kind: 'training.course',
            title: `您在头雁论坛提出的问题已形成课程《${b.title}》`,
            titleKey: 'training.notice.course',
            titleParams: { title: b.title },
            link: '/training/courses',
            objectType: 'training_course',
            objectId: id,
          },
        ]);
        return { id };
      });
    },

    /** Whether the actor runs an academy anywhere (for the to-dos). */
    managesAnywhere: (ctx: RequestContext) => scopePaths(ctx.actor, 'training.manage').length > 0,
    /** The paths where the actor learns (for the to-dos). */
    learnPaths: (ctx: RequestContext) => grantPaths(ctx.actor, 'training.learn'),
  };
}
