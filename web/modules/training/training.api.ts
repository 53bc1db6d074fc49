/** The 领雁学苑 API as typed functions: types from the server's own zod schemas. */
import type { z } from 'zod';
import type {
  attemptView,
  certificateView,
  classBody,
  classDetail,
  classSummary,
  checkinView,
  courseBody,
  courseView,
  examBody,
  examView,
  figuresView,
  forumView,
  recordView,
  resultView,
  teacherBody,
  teacherView,
} from '../../../server/modules/training/training.schemas.ts';
import { api, qs } from '../../app/api.ts';

export { POOLS, POWERS, PROBLEM_KINDS } from '../../../server/modules/training/training.rules.ts';

export type Teacher = z.infer<typeof teacherView>;
export type Course = z.infer<typeof courseView>;
export type ClassSummary = z.infer<typeof classSummary>;
export type ClassDetail = z.infer<typeof classDetail>;
export type Checkin = z.infer<typeof checkinView>;
export type Forum = z.infer<typeof forumView>;
export type Exam = z.infer<typeof examView>;
export type Attempt = z.infer<typeof attemptView>;
export type Result = z.infer<typeof resultView>;
export type Certificate = z.infer<typeof certificateView>;
export type TrainingRecord = z.infer<typeof recordView>;
export type Figures = z.infer<typeof figuresView>;

export const listTeachers = (nodeId?: string) =>
  api<Teacher[]>('GET', `/api/training/teachers${qs({ nodeId })}`);
export const addTeacher = (b: z.input<typeof teacherBody>) =>
  api<{ id: string }>('POST', '/api/training/teachers', b);
export const listCourses = (nodeId?: string) =>
  api<Course[]>('GET', `/api/training/courses${qs({ nodeId })}`);
export const addCourse = (b: z.input<typeof courseBody>) =>
  api<{ id: string }>('POST', '/api/training/courses', b);
export const loadStandard = (nodeId: string) =>
  api<{ added: number }>('POST', '/api/training/courses/standard', { nodeId });
export const listClasses = (nodeId?: string) =>
  api<ClassSummary[]>('GET', `/api/training/classes${qs({ nodeId })}`);
export const getClass = (id: string) => api<ClassDetail>('GET', `/api/training/classes/${id}`);
export const addClass = (b: z.input<typeof classBody>) =>
  api<{ id: string }>('POST', '/api/training/classes', b);
export const enrol = (id: string) => api('POST', `/api/training/classes/${id}/enrol`);
export const openCheckin = (id: string, minutes: number) =>
  api<Checkin>('POST', `/api/training/classes/${id}/checkin`, { minutes });
export const checkin = (token: string) =>
  api<{ classId: string; title: string }>('POST', '/api/training/checkin', { token });
export const markAttendance = (id: string, userIds: string[]) =>
  api('POST', `/api/training/classes/${id}/attendance`, { userIds });
export const setClassStatus = (id: string, status: 'held' | 'cancelled') =>
  api('POST', `/api/training/classes/${id}/status`, { status });
export const listForums = () => api<Forum[]>('GET', '/api/training/forums');
export const addForum = (b: { nodeId: string; title: string; heldOn: string }) =>
  api<{ id: string }>('POST', '/api/training/forums', b);
export const raiseProblem = (forumId: string, b: { text: string; kind: string }) =>
  api<{ id: string }>('POST', `/api/training/forums/${forumId}/problems`, b);
export const problemToCourse = (id: string, b: Omit<z.input<typeof courseBody>, 'nodeId'>) =>
  api<{ id: string }>('POST', `/api/training/problems/${id}/course`, b);
export const listExams = () => api<Exam[]>('GET', '/api/training/exams');
export const addExam = (b: z.input<typeof examBody>) => api<{ id: string }>('POST', '/api/training/exams', b);
export const setExamStatus = (id: string, status: 'open' | 'closed') =>
  api('POST', `/api/training/exams/${id}/status`, { status });
export const startAttempt = (examId: string) =>
  api<Attempt>('POST', `/api/training/exams/${examId}/attempts`);
export const submitAttempt = (id: string, answers: (number | null)[]) =>
  api<Result>('POST', `/api/training/attempts/${id}/submit`, { answers });
export const myCertificates = () => api<Certificate[]>('GET', '/api/training/certificates');
export const myRecord = () => api<TrainingRecord>('GET', '/api/training/record');
export const getFigures = (nodeId: string) => api<Figures>('GET', `/api/training/figures${qs({ nodeId })}`);
export const certificateUrl = (id: string) => `/api/training/certificates/${id}/print`;
export const attendanceXlsx = (id: string) => `/api/training/classes/${id}/attendance.xlsx`;
export const resultsXlsx = (id: string) => `/api/training/exams/${id}/results.xlsx`;
export const teachersXlsx = () => '/api/training/teachers.xlsx';
