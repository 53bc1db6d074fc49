/** The 领雁学苑 API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

export { POOLS, POWERS, PROBLEM_KINDS } from '../../../server/modules/training/training.rules.ts';

export type Teacher = Res<'get', '/api/training/teachers'>[number];
export type Course = Res<'get', '/api/training/courses'>[number];
export type ClassSummary = Res<'get', '/api/training/classes'>[number];
export type ClassDetail = Res<'get', '/api/training/classes/{id}'>;
export type Checkin = Res<'post', '/api/training/classes/{id}/checkin'>;
export type Forum = Res<'get', '/api/training/forums'>[number];
export type Exam = Res<'get', '/api/training/exams'>[number];
export type Attempt = Res<'post', '/api/training/exams/{id}/attempts'>;
export type Result = Res<'post', '/api/training/attempts/{id}/submit'>;
export type Certificate = Res<'get', '/api/training/certificates'>[number];
export type TrainingRecord = Res<'get', '/api/training/record'>;
export type Figures = Res<'get', '/api/training/figures'>;

export const listTeachers = (nodeId?: string) => client.get('/api/training/teachers', { query: { nodeId } });
export const addTeacher = (b: Body<'post', '/api/training/teachers'>) =>
  client.post('/api/training/teachers', { body: b });
export const listCourses = (nodeId?: string) => client.get('/api/training/courses', { query: { nodeId } });
export const addCourse = (b: Body<'post', '/api/training/courses'>) =>
  client.post('/api/training/courses', { body: b });
export const loadStandard = (nodeId: string) =>
  client.post('/api/training/courses/standard', { body: { nodeId } });
export const listClasses = (nodeId?: string) => client.get('/api/training/classes', { query: { nodeId } });
export const getClass = (id: string) => client.get('/api/training/classes/{id}', { path: { id } });
export const addClass = (b: Body<'post', '/api/training/classes'>) =>
  client.post('/api/training/classes', { body: b });
export const enrol = (id: string) => client.post('/api/training/classes/{id}/enrol', { path: { id } });
export const openCheckin = (id: string, minutes: number) =>
  client.post('/api/training/classes/{id}/checkin', { path: { id }, body: { minutes } });
export const checkin = (token: string) => client.post('/api/training/checkin', { body: { token } });
export const markAttendance = (id: string, userIds: string[]) =>
  client.post('/api/training/classes/{id}/attendance', { path: { id }, body: { userIds } });
export const setClassStatus = (id: string, status: 'held' | 'cancelled') =>
  client.post('/api/training/classes/{id}/status', { path: { id }, body: { status } });
export const listForums = () => client.get('/api/training/forums');
export const addForum = (b: { nodeId: string; title: string; heldOn: string }) =>
  client.post('/api/training/forums', { body: b });
export const raiseProblem = (forumId: string, b: Body<'post', '/api/training/forums/{id}/problems'>) =>
  client.post('/api/training/forums/{id}/problems', { path: { id: forumId }, body: b });
export const problemToCourse = (id: string, b: Omit<Body<'post', '/api/training/courses'>, 'nodeId'>) =>
  client.post('/api/training/problems/{id}/course', { path: { id }, body: b });
export const listExams = () => client.get('/api/training/exams');
export const addExam = (b: Body<'post', '/api/training/exams'>) =>
  client.post('/api/training/exams', { body: b });
export const setExamStatus = (id: string, status: 'open' | 'closed') =>
  client.post('/api/training/exams/{id}/status', { path: { id }, body: { status } });
export const startAttempt = (examId: string) =>
  client.post('/api/training/exams/{id}/attempts', { path: { id: examId } });
export const submitAttempt = (id: string, answers: (number | null)[]) =>
  client.post('/api/training/attempts/{id}/submit', { path: { id }, body: { answers } });
export const myCertificates = () => client.get('/api/training/certificates');
export const myRecord = () => client.get('/api/training/record');
export const getFigures = (nodeId: string) => client.get('/api/training/figures', { query: { nodeId } });
export const certificateUrl = (id: string) =>
  client.url('/api/training/certificates/{id}/print', { path: { id } });
export const attendanceXlsx = (id: string) =>
  client.url('/api/training/classes/{id}/attendance.xlsx', { path: { id } });
export const resultsXlsx = (id: string) =>
  client.url('/api/training/exams/{id}/results.xlsx', { path: { id } });
export const teachersXlsx = () => client.url('/api/training/teachers.xlsx');

// ---------- the committee and the teachers' awards ----------
export { AWARD_KINDS, COMMITTEE_DUTIES } from '../../../server/modules/training/training.awards.rules.ts';
export type Award = Res<'get', '/api/training/awards'>[number];
export type Member = Res<'get', '/api/training/committee'>[number];
export const listCommittee = () => client.get('/api/training/committee');
export const addMember = (b: Body<'post', '/api/training/committee'>) =>
  client.post('/api/training/committee', { body: b });
export const removeMember = (id: string) => client.delete('/api/training/committee/{id}', { path: { id } });
export const listAwards = (year: number) => client.get('/api/training/awards', { query: { year } });
export const myAwards = () => client.get('/api/training/awards/mine');
export const getAward = (id: string) => client.get('/api/training/awards/{id}', { path: { id } });
export const nominate = (nodeId: string, year: number) =>
  client.post('/api/training/awards/nominate', { body: { nodeId, year } });
export const reviewAward = (id: string, b: Body<'post', '/api/training/awards/{id}/review'>) =>
  client.post('/api/training/awards/{id}/review', { path: { id }, body: b });
export const decideAward = (id: string, version: number) =>
  client.post('/api/training/awards/{id}/decide', { path: { id }, body: { version } });
export const rejectAward = (id: string, version: number, opinion: string) =>
  client.post('/api/training/awards/{id}/reject', { path: { id }, body: { version, opinion } });
export const awardsXlsx = (year: number) => client.url('/api/training/awards.xlsx', { query: { year } });
export const rateClass = (id: string, stars: number) =>
  client.post('/api/training/classes/{id}/rating', { path: { id }, body: { stars } });
export const classRating = (id: string) => client.get('/api/training/classes/{id}/rating', { path: { id } });

// ---------- plans per track ----------
export type Completion = Res<'get', '/api/training/tracks'>;
export type MyTracks = Res<'get', '/api/training/tracks/mine'>;
export const trackCompletion = (nodeId: string, year: number) =>
  client.get('/api/training/tracks', { query: { nodeId, year } });
export const setTrackPlan = (b: Body<'put', '/api/training/tracks/plan'>) =>
  client.put('/api/training/tracks/plan', { body: b });
export const myTracks = () => client.get('/api/training/tracks/mine');
export const tracksXlsx = (nodeId: string, year: number) =>
  client.url('/api/training/tracks.xlsx', { query: { nodeId, year } });
