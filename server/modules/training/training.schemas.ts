/** Shapes of the 领雁学苑 API, shared by the routes and the web pages. */
import { z } from 'zod';
import { COURSE_MODES, MODES, POOLS, POWERS, PROBLEM_KINDS } from './training.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const iso = z.string();
const hours = z.number().min(0.5).max(100).multipleOf(0.5);

export const pool = z.enum(POOLS);
export const power = z.enum(POWERS);

// ---------- teachers ----------
export const teacherBody = z.strictObject({
  nodeId: id,
  pool,
  name: text(40),
  organisation: z.string().trim().max(80).default(''),
  specialty: z.string().trim().max(200).default(''),
  phone: z
    .string()
    .trim()
    .regex(/^1\d{10}$/)
    .optional(),
  userId: id.optional(),
});
export const teacherView = z.object({
  id,
  nodeId: id,
  pool,
  name: z.string(),
  organisation: z.string(),
  specialty: z.string(),
  /** Masked: 138****1234. */
  phone: z.string().nullable(),
  hasAccount: z.boolean(),
});
export const nodeQuery = z.object({ nodeId: id.optional() });
export const teachersQuery = z.object({ nodeId: id.optional(), pool: pool.optional() });

// ---------- curriculum ----------
export const courseBody = z.strictObject({
  nodeId: id,
  power,
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{1,20}$/),
  title: text(60),
  description: z.string().trim().max(1000).default(''),
  hours,
  mode: z.enum(COURSE_MODES),
});
export const courseView = z.object({
  id,
  nodeId: id,
  power,
  code: z.string(),
  title: z.string(),
  description: z.string(),
  hours: z.number(),
  mode: z.enum(COURSE_MODES),
  fromProblemId: id.nullable(),
});
export const standardBody = z.strictObject({ nodeId: id });

// ---------- classes ----------
export const classBody = z.strictObject({
  nodeId: id,
  courseId: id,
  teacherId: id.optional(),
  title: text(80),
  mode: z.enum(MODES),
  place: z.string().trim().max(200).default(''),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  hours,
});
export const classSummary = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  courseId: id,
  courseTitle: z.string(),
  power,
  title: z.string(),
  mode: z.enum(MODES),
  place: z.string(),
  teacherName: z.string().nullable(),
  startsAt: iso,
  endsAt: iso,
  hours: z.number(),
  status: z.enum(['planned', 'held', 'cancelled']),
  enrolled: z.number(),
  attended: z.number(),
  /** The user's own place: not enrolled, enrolled, or attended (how). */
  mine: z.enum(['none', 'enrolled', 'qr', 'manual', 'online']),
  can: z.object({ enrol: z.boolean(), teach: z.boolean() }),
});
export const classesQuery = z.object({
  nodeId: id.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export const rosterEntry = z.object({
  userId: id,
  name: z.string(),
  attendedAt: iso.nullable(),
  method: z.enum(['qr', 'manual', 'online']).nullable(),
});
export const classDetail = classSummary.extend({
  roster: z.array(rosterEntry),
  checkin: z.object({ token: z.string(), until: iso }).nullable(),
});
export const checkinOpenBody = z.strictObject({ minutes: z.number().int().min(5).max(600).default(120) });
export const checkinView = z.object({ token: z.string(), until: iso, url: z.string(), qrSvg: z.string() });
export const checkinBody = z.strictObject({ token: z.string().trim().min(16).max(100) });
export const attendanceBody = z.strictObject({ userIds: z.array(id).min(1).max(500) });
export const statusBody = z.strictObject({ status: z.enum(['held', 'cancelled']) });

// ---------- forums ----------
export const forumBody = z.strictObject({ nodeId: id, title: text(80), heldOn: z.iso.date() });
export const problemBody = z.strictObject({ text: text(1000), kind: z.enum(PROBLEM_KINDS) });
export const problemView = z.object({
  id,
  text: z.string(),
  kind: z.enum(PROBLEM_KINDS),
  raisedLabel: z.string(),
  courseId: id.nullable(),
  courseTitle: z.string().nullable(),
});
export const forumView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  title: z.string(),
  heldOn: z.string(),
  problems: z.array(problemView),
  can: z.object({ raise: z.boolean(), toCourse: z.boolean() }),
});
export const toCourseBody = courseBody.omit({ nodeId: true });

// ---------- exams ----------
export const questionBody = z.strictObject({
  text: text(500),
  options: z.array(text(200)).min(2).max(8),
  answer: z.number().int().min(0).max(7),
  points: z.number().int().min(1).max(100),
});
export const examBody = z.strictObject({
  courseId: id,
  title: text(80),
  durationMin: z.number().int().min(1).max(600),
  passMark: z.number().int().min(1).max(100),
  maxAttempts: z.number().int().min(1).max(10).default(3),
  questions: z.array(questionBody).min(1).max(100),
});
export const examView = z.object({
  id,
  courseId: id,
  courseTitle: z.string(),
  title: z.string(),
  durationMin: z.number(),
  passMark: z.number(),
  maxAttempts: z.number(),
  questionCount: z.number(),
  status: z.enum(['draft', 'open', 'closed']),
  myAttempts: z.number(),
  myBest: z.number().nullable(),
  passed: z.boolean(),
  can: z.object({ manage: z.boolean(), take: z.boolean() }),
});
export const examStatusBody = z.strictObject({ status: z.enum(['open', 'closed']) });
export const attemptView = z.object({
  id,
  examId: id,
  title: z.string(),
  deadlineAt: iso,
  questions: z.array(z.object({ text: z.string(), options: z.array(z.string()), points: z.number() })),
});
export const submitBody = z.strictObject({
  answers: z.array(z.number().int().min(0).max(7).nullable()).max(100),
});
export const resultView = z.object({
  score: z.number(),
  passed: z.boolean(),
  late: z.boolean(),
  certificateId: id.nullable(),
});
export const certificateView = z.object({
  id,
  number: z.string(),
  name: z.string(),
  courseTitle: z.string(),
  hours: z.number(),
  score: z.number(),
  issuedAt: iso,
});
export const recordView = z.object({
  classes: z.array(
    z.object({
      id,
      title: z.string(),
      power,
      hours: z.number(),
      startsAt: iso,
      method: z.enum(['qr', 'manual', 'online']).nullable(),
    }),
  ),
  hours: z.number(),
  certificates: z.array(certificateView),
});

// ---------- figures and Excel ----------
export const figuresQuery = z.object({
  nodeId: id,
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const figuresView = z.object({
  trainees: z.number(),
  hours: z.number(),
  attendances: z.number(),
  tested: z.number(),
  passed: z.number(),
  passRate: z.number().nullable(),
  classesOnline: z.number(),
  classesOffline: z.number(),
  teachersByPool: z.record(z.string(), z.number()),
});
export const importResult = z.object({
  imported: z.number(),
  errors: z.array(z.object({ row: z.number(), field: z.string(), message: z.string() })),
});
