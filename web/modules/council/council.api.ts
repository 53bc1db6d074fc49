/** The council API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body as BodyOf, type Query, type Res } from '../../app/client.ts';

export { CATEGORIES, STEPS, STAGES } from '../../../server/modules/council/council.rules.ts';

/** A topic as lists show it, and the list. */
export type TopicList = Res<'get', '/api/council/topics'>;
export type TopicSummary = TopicList['items'][number];
/** A topic with everything said in each step. */
export type Topic = Res<'get', '/api/council/topics/{id}'>;
/** A council with members and figures. */
export type Body = Res<'get', '/api/council/bodies'>[number];
/** A meeting, and a page of them. */
export type Meeting = Res<'get', '/api/council/meetings/{id}'>;
export type MeetingList = Res<'get', '/api/council/meetings'>;
/** What waits for moderation. */
export type ModerationQueue = Res<'get', '/api/council/moderation'>;
/** The council figures of a node. */
export type Figures = Res<'get', '/api/council/figures'>;
/** A community's public page, and a public topic. */
export type PublicCommunity = Res<'get', '/api/public/council/communities/{id}'>;
export type PublicTopic = Res<'get', '/api/public/council/topics/{id}'>;
/** A diff between two versions. */
export type Diff = Res<'get', '/api/council/topics/{id}/diff'>;
/** A new topic as sent. */
export type RaiseInput = BodyOf<'post', '/api/council/topics'>;
/** A step taken. */
export type TransitionInput = BodyOf<'post', '/api/council/topics/{id}/transitions'>;
/** A new meeting as sent. */
export type MeetingInput = BodyOf<'post', '/api/council/meetings'>;
/** Filters of the topic list. */
export type TopicQuery = Query<'get', '/api/council/topics'>;

/** Topics in my scope. */
export const listTopics = (q: TopicQuery) => client.get('/api/council/topics', { query: q });
/** One topic. */
export const getTopic = (id: string) => client.get('/api/council/topics/{id}', { path: { id } });
/** Raises a topic (Idempotency-Key: safe to send again). */
export const raiseTopic = (body: RaiseInput, key: string) =>
  client.post('/api/council/topics', { body, headers: { 'idempotency-key': key } });
/** Takes a step of the six. */
export const takeStep = (id: string, body: TransitionInput) =>
  client.post('/api/council/topics/{id}/transitions', { path: { id }, body });
/** Sets the deadline of the present step. */
export const setDeadline = (id: string, dueAt: string, version: number) =>
  client.put('/api/council/topics/{id}/deadline', { path: { id }, body: { dueAt, version } });
/** 附议 a topic. */
export const supportTopic = (id: string, asPersonId?: string) =>
  client.post('/api/council/topics/{id}/supports', { path: { id }, body: { asPersonId } });
/** Gives an idea. */
export const addIdea = (id: string, text: string, key: string, asPersonId?: string) =>
  client.post('/api/council/topics/{id}/ideas', {
    path: { id },
    body: { text, asPersonId },
    headers: { 'idempotency-key': key },
  });
/** Supports an idea. */
export const supportIdea = (ideaId: string, asPersonId?: string) =>
  client.post('/api/council/ideas/{id}/supports', { path: { id: ideaId }, body: { asPersonId } });
/** Comments. */
export const addComment = (id: string, text: string, key: string, asPersonId?: string) =>
  client.post('/api/council/topics/{id}/comments', {
    path: { id },
    body: { text, asPersonId },
    headers: { 'idempotency-key': key },
  });
/** Saves a new version of the plan or convention. */
export const addDraft = (
  id: string,
  body: { kind: 'plan' | 'convention'; text: string; note?: string; baseVersion: number },
) => client.post('/api/council/topics/{id}/drafts', { path: { id }, body });
/** The difference between two versions. */
export const getDiff = (id: string, kind: 'plan' | 'convention', from: number, to: number) =>
  client.get('/api/council/topics/{id}/diff', { path: { id }, query: { kind, from, to } });
/** Notes implementation progress. */
export const addProgress = (id: string, text: string, percent: number) =>
  client.post('/api/council/topics/{id}/progress', { path: { id }, body: { text, percent } });
/** Follows a topic or stops. */
export const followTopic = (id: string, follow: boolean) =>
  client.put('/api/council/topics/{id}/follow', { path: { id }, body: { follow } });
/** Hides (with a reason) or shows a topic, idea or comment. */
export const moderate = (body: {
  target: 'topic' | 'idea' | 'comment';
  id: string;
  hide: boolean;
  reason?: string;
}) => client.post('/api/council/moderation', { body });
/** What waits for moderation. */
export const getQueue = (nodeId?: string) => client.get('/api/council/moderation', { query: { nodeId } });
/** Councils in my scope. */
export const listBodies = (nodeId?: string, kind?: BodyKind) =>
  client.get('/api/council/bodies', { query: { nodeId, kind } });
/** The kinds of council. */
export type BodyKind = Body['kind'];
export { BODY_KINDS } from '../../../server/modules/council/council.rules.ts';
/** Figures per kind of council under a node. */
export const bodyKindFigures = (nodeId?: string) =>
  client.get('/api/council/bodies/kinds', { query: { nodeId } });
/** Sets up a council of a kind on a node (named as given, else after the node and kind). */
export const createBody = (nodeId: string, kind: BodyKind, name?: string) =>
  client.post('/api/council/bodies', { body: { nodeId, kind, name } });
/** Appoints a member. */
export const addMember = (bodyId: string, personId: string, role: 'chair' | 'member') =>
  client.post('/api/council/bodies/{id}/members', { path: { id: bodyId }, body: { personId, role } });
/** A guardian enrols a child. */
export const enrolChild = (bodyId: string, childId: string) =>
  client.post('/api/council/bodies/{id}/children', { path: { id: bodyId }, body: { childId } });
/** Meetings in my scope. */
export const listMeetings = (q: { nodeId?: string; status?: 'planned' | 'held' | 'cancelled' }) =>
  client.get('/api/council/meetings', { query: q });
/** One meeting. */
export const getMeeting = (id: string) => client.get('/api/council/meetings/{id}', { path: { id } });
/** Calls a meeting. */
export const createMeeting = (body: MeetingInput) => client.post('/api/council/meetings', { body });
/** Records minutes and attendance. */
export const recordMinutes = (id: string, body: BodyOf<'post', '/api/council/meetings/{id}/minutes'>) =>
  client.post('/api/council/meetings/{id}/minutes', { path: { id }, body });
/** Cancels a meeting. */
export const cancelMeeting = (id: string, reason: string, version: number) =>
  client.post('/api/council/meetings/{id}/cancel', { path: { id }, body: { reason, version } });
/** Adds a photo to a meeting. */
export const uploadPhoto = (id: string, file: File) => {
  const fd = new FormData();
  fd.append('file', file);
  return client.post('/api/council/meetings/{id}/photos', { path: { id }, body: fd });
};
/** Where a meeting photo is served. */
export const photoUrl = (photoId: string) =>
  client.url('/api/council/photos/{id}', { path: { id: photoId } });
/** Figures of a node (this year unless a period is given). */
export const getFigures = (nodeId: string) => client.get('/api/council/figures', { query: { nodeId } });
/** Where the Excel registers download from. */
export const exportUrl = (what: 'topics' | 'meetings' | 'results', nodeId?: string) =>
  client.url(`/api/council/export/${what}.xlsx`, { query: { nodeId } });
/** A community's public page. */
export const getPublicCommunity = (id: string) =>
  client.get('/api/public/council/communities/{id}', { path: { id } });
/** A public topic. */
export const getPublicTopic = (id: string) => client.get('/api/public/council/topics/{id}', { path: { id } });
