/** The council API as typed functions: types from the server's own zod schemas. */
import type { z } from 'zod';
import type {
  bodyView,
  diffView,
  figuresView,
  meetingBody,
  meetingList,
  meetingView,
  minutesBody,
  moderationQueue,
  publicCommunity,
  publicTopic,
  raiseBody,
  topicDetail,
  topicList,
  topicQuery,
  transitionBody,
} from '../../../server/modules/council/council.schemas.ts';
import { api, qs } from '../../app/api.ts';

export { CATEGORIES, STEPS, STAGES } from '../../../server/modules/council/council.rules.ts';

/** A topic as lists show it, and the list. */
export type TopicList = z.infer<typeof topicList>;
export type TopicSummary = TopicList['items'][number];
/** A topic with everything said in each step. */
export type Topic = z.infer<typeof topicDetail>;
/** A council with members and figures. */
export type Body = z.infer<typeof bodyView>;
/** A meeting, and a page of them. */
export type Meeting = z.infer<typeof meetingView>;
export type MeetingList = z.infer<typeof meetingList>;
/** What waits for moderation. */
export type ModerationQueue = z.infer<typeof moderationQueue>;
/** The council figures of a node. */
export type Figures = z.infer<typeof figuresView>;
/** A community's public page, and a public topic. */
export type PublicCommunity = z.infer<typeof publicCommunity>;
export type PublicTopic = z.infer<typeof publicTopic>;
/** A diff between two versions. */
export type Diff = z.infer<typeof diffView>;
/** A new topic as sent. */
export type RaiseInput = z.input<typeof raiseBody>;
/** A step taken. */
export type TransitionInput = z.input<typeof transitionBody>;
/** A new meeting as sent. */
export type MeetingInput = z.input<typeof meetingBody>;
/** Filters of the topic list. */
export type TopicQuery = Partial<z.infer<typeof topicQuery>>;

/** Topics in my scope. */
export const listTopics = (q: TopicQuery) => api<TopicList>('GET', `/api/council/topics${qs(q)}`);
/** One topic. */
export const getTopic = (id: string) => api<Topic>('GET', `/api/council/topics/${id}`);
/** Raises a topic (Idempotency-Key: safe to send again). */
export const raiseTopic = (body: RaiseInput, key: string) =>
  api<{ id: string }>('POST', '/api/council/topics', body, { 'idempotency-key': key });
/** Takes a step of the six. */
export const takeStep = (id: string, body: TransitionInput) =>
  api<{ stage: string }>('POST', `/api/council/topics/${id}/transitions`, body);
/** Sets the deadline of the present step. */
export const setDeadline = (id: string, dueAt: string, version: number) =>
  api('PUT', `/api/council/topics/${id}/deadline`, { dueAt, version });
/** 附议 a topic. */
export const supportTopic = (id: string, asPersonId?: string) =>
  api<{ added: boolean }>('POST', `/api/council/topics/${id}/supports`, { asPersonId });
/** Gives an idea. */
export const addIdea = (id: string, text: string, key: string, asPersonId?: string) =>
  api<{ id: string }>(
    'POST',
    `/api/council/topics/${id}/ideas`,
    { text, asPersonId },
    { 'idempotency-key': key },
  );
/** Supports an idea. */
export const supportIdea = (ideaId: string, asPersonId?: string) =>
  api<{ added: boolean }>('POST', `/api/council/ideas/${ideaId}/supports`, { asPersonId });
/** Comments. */
export const addComment = (id: string, text: string, key: string, asPersonId?: string) =>
  api<{ id: string }>(
    'POST',
    `/api/council/topics/${id}/comments`,
    { text, asPersonId },
    { 'idempotency-key': key },
  );
/** Saves a new version of the plan or convention. */
export const addDraft = (
  id: string,
  body: { kind: 'plan' | 'convention'; text: string; note?: string; baseVersion: number },
) => api<{ id: string; version: number }>('POST', `/api/council/topics/${id}/drafts`, body);
/** The difference between two versions. */
export const getDiff = (id: string, kind: 'plan' | 'convention', from: number, to: number) =>
  api<Diff>('GET', `/api/council/topics/${id}/diff${qs({ kind, from, to })}`);
/** Notes implementation progress. */
export const addProgress = (id: string, text: string, percent: number) =>
  api('POST', `/api/council/topics/${id}/progress`, { text, percent });
/** Follows a topic or stops. */
export const followTopic = (id: string, follow: boolean) =>
  api('PUT', `/api/council/topics/${id}/follow`, { follow });
/** Hides (with a reason) or shows a topic, idea or comment. */
export const moderate = (body: {
  target: 'topic' | 'idea' | 'comment';
  id: string;
  hide: boolean;
  reason?: string;
}) => api('POST', '/api/council/moderation', body);
/** What waits for moderation. */
export const getQueue = (nodeId?: string) =>
  api<ModerationQueue>('GET', `/api/council/moderation${qs({ nodeId })}`);
/** Councils in my scope. */
export const listBodies = (nodeId?: string) => api<Body[]>('GET', `/api/council/bodies${qs({ nodeId })}`);
/** Sets up a council on a node. */
export const createBody = (nodeId: string, kind: 'residents' | 'children') =>
  api<Body>('POST', '/api/council/bodies', { nodeId, kind });
/** Appoints a member. */
export const addMember = (bodyId: string, personId: string, role: 'chair' | 'member') =>
  api<Body>('POST', `/api/council/bodies/${bodyId}/members`, { personId, role });
/** A guardian enrols a child. */
export const enrolChild = (bodyId: string, childId: string) =>
  api<{ alias: string }>('POST', `/api/council/bodies/${bodyId}/children`, { childId });
/** Meetings in my scope. */
export const listMeetings = (q: { nodeId?: string; status?: 'planned' | 'held' | 'cancelled' }) =>
  api<MeetingList>('GET', `/api/council/meetings${qs(q)}`);
/** One meeting. */
export const getMeeting = (id: string) => api<Meeting>('GET', `/api/council/meetings/${id}`);
/** Calls a meeting. */
export const createMeeting = (body: MeetingInput) =>
  api<{ id: string }>('POST', '/api/council/meetings', body);
/** Records minutes and attendance. */
export const recordMinutes = (id: string, body: z.input<typeof minutesBody>) =>
  api<Meeting>('POST', `/api/council/meetings/${id}/minutes`, body);
/** Cancels a meeting. */
export const cancelMeeting = (id: string, reason: string, version: number) =>
  api('POST', `/api/council/meetings/${id}/cancel`, { reason, version });
/** Adds a photo to a meeting. */
export const uploadPhoto = (id: string, file: File) => {
  const fd = new FormData();
  fd.append('file', file);
  return api<{ id: string }>('POST', `/api/council/meetings/${id}/photos`, fd);
};
/** Where a meeting photo is served. */
export const photoUrl = (photoId: string) => `/api/council/photos/${photoId}`;
/** Figures of a node (this year unless a period is given). */
export const getFigures = (nodeId: string) => api<Figures>('GET', `/api/council/figures${qs({ nodeId })}`);
/** Where the Excel registers download from. */
export const exportUrl = (what: 'topics' | 'meetings' | 'results', nodeId?: string) =>
  `/api/council/export/${what}.xlsx${qs({ nodeId })}`;
/** A community's public page. */
export const getPublicCommunity = (id: string) =>
  api<PublicCommunity>('GET', `/api/public/council/communities/${id}`);
/** A public topic. */
export const getPublicTopic = (id: string) => api<PublicTopic>('GET', `/api/public/council/topics/${id}`);
