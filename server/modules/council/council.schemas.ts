/** Shapes of the council API, shared by the routes and the web pages. */
import { z } from 'zod';
import { voteView } from '../votes/index.ts';
import { BODY_KINDS, CATEGORIES, PEOPLE_ACTIONS, STAGES } from './council.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const iso = z.string();

export const stage = z.enum(STAGES);
export const category = z.enum(CATEGORIES);
export const bodyKind = z.enum(BODY_KINDS);
export const audience = z.enum(['residents', 'members', 'children']);
export const action = z.enum(PEOPLE_ACTIONS as [string, ...string[]]);

/** Someone the account may act as in a council: itself, or a child member (guardians). */
export const actAs = z.object({ personId: id, label: z.string() });
/** Acting for a child in the children's council; absent means oneself. */
const asPersonId = id.optional();

// ---------- bodies and members ----------
export const memberView = z.object({
  /** Sent to those who run the council only. */
  personId: id.nullable(),
  alias: z.string(),
  role: z.enum(['chair', 'member', 'child']),
  joinedAt: iso,
});
export const bodyView = z.object({
  id,
  districtId: id,
  nodeId: id,
  nodeName: z.string(),
  kind: bodyKind,
  name: z.string(),
  members: z.array(memberView),
  figures: z.object({ topics: z.number(), meetings: z.number(), resolved: z.number() }),
  /** A guardian's linked children and whether each is a member (guardians only). */
  myChildren: z.array(z.object({ personId: id, name: z.string(), member: z.boolean() })),
  can: z.object({ manage: z.boolean(), enrol: z.boolean() }),
});
export const bodiesQuery = z.object({ nodeId: id.optional(), kind: bodyKind.optional() });
/** A council set up on a node: its kind, and a name (else the node's name and the kind's). */
export const bodyBody = z.strictObject({
  nodeId: id,
  kind: bodyKind,
  name: z.string().trim().max(60).optional(),
});
/** Figures per kind of council in scope: councils, present members, topics raised, meetings held. */
export const bodyKindFigures = z.array(
  z.object({
    kind: bodyKind,
    bodies: z.number(),
    members: z.number(),
    topics: z.number(),
    meetings: z.number(),
  }),
);
export const memberBody = z.strictObject({ personId: id, role: z.enum(['chair', 'member']) });
export const enrolBody = z.strictObject({ childId: id });

// ---------- topics ----------
export const topicSummary = z.object({
  id,
  bodyId: id,
  bodyKind,
  nodeId: id,
  nodeName: z.string(),
  title: z.string(),
  category,
  stage,
  stageSince: iso,
  stageDueAt: iso.nullable(),
  overdue: z.boolean(),
  authorLabel: z.string(),
  supports: z.number(),
  ideas: z.number(),
  outcome: z.enum(['adopted', 'not_adopted']).nullable(),
  progress: z.number(),
  hidden: z.boolean(),
  following: z.boolean(),
  createdAt: iso,
  newsAt: iso,
});
export const topicList = z.object({ total: z.number(), items: z.array(topicSummary) });
export const topicQuery = z.object({
  nodeId: id.optional(),
  bodyId: id.optional(),
  kind: bodyKind.optional(),
  stage: stage.optional(),
  /** active: still in the six steps; decided: voted on (carried out, resolved or not adopted). */
  status: z.enum(['active', 'decided']).optional(),
  q: z.string().trim().max(50).optional(),
  mine: z.enum(['0', '1']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(30),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const ideaView = z.object({
  id,
  authorLabel: z.string(),
  text: z.string(),
  supports: z.number(),
  supported: z.boolean(),
  hidden: z.boolean(),
  /** To moderators and the author only. */
  hiddenReason: z.string().nullable(),
  createdAt: iso,
  can: z.object({ support: z.boolean(), moderate: z.boolean() }),
});
export const commentView = z.object({
  id,
  stage,
  authorLabel: z.string(),
  text: z.string(),
  hidden: z.boolean(),
  hiddenReason: z.string().nullable(),
  createdAt: iso,
  can: z.object({ moderate: z.boolean() }),
});
export const draftView = z.object({
  id,
  kind: z.enum(['plan', 'convention']),
  version: z.number(),
  text: z.string(),
  note: z.string(),
  authorLabel: z.string(),
  createdAt: iso,
});
export const progressView = z.object({
  id,
  text: z.string(),
  percent: z.number(),
  authorLabel: z.string(),
  createdAt: iso,
});
export const topicDetail = topicSummary.extend({
  description: z.string(),
  version: z.number(),
  declineReason: z.string().nullable(),
  hiddenReason: z.string().nullable(),
  decidedAt: iso.nullable(),
  resolutionNote: z.string().nullable(),
  resolvedAt: iso.nullable(),
  voteAudience: audience.nullable(),
  ideasList: z.array(ideaView),
  comments: z.array(commentView),
  drafts: z.array(draftView),
  progressNotes: z.array(progressView),
  vote: voteView.nullable(),
  meetings: z.array(z.object({ id, title: z.string(), startsAt: iso, status: z.string() })),
  /** Transitions this account may take now (facts still missing are checked when taken). */
  actions: z.array(action),
  actAs: z.array(actAs),
  supported: z.boolean(),
  can: z.object({
    support: z.boolean(),
    idea: z.boolean(),
    comment: z.boolean(),
    draft: z.boolean(),
    follow: z.boolean(),
    moderate: z.boolean(),
    progress: z.boolean(),
    deadline: z.boolean(),
  }),
});
export type TopicDetail = z.infer<typeof topicDetail>;

export const raiseBody = z.strictObject({
  nodeId: id,
  kind: bodyKind.default('residents'),
  title: text(100),
  description: text(5000),
  category,
  asPersonId,
});
export const ideaBody = z.strictObject({ text: text(2000), asPersonId });
export const supportBody = z.strictObject({ asPersonId });
export const commentBody = z.strictObject({ text: text(2000), asPersonId });
export const draftBody = z.strictObject({
  kind: z.enum(['plan', 'convention']),
  text: text(20000),
  note: z.string().trim().max(500).default(''),
  /** The version the writer started from (0 for the first): a newer one answers 409. */
  baseVersion: z.number().int().min(0),
});
export const transitionBody = z.strictObject({
  action,
  reason: z.string().trim().max(1000).optional(),
  note: z.string().trim().max(2000).optional(),
  /** The deadline of the step entered (defaults by step). */
  dueAt: z.iso.datetime({ offset: true }).optional(),
  /** For to_decide: the vote that decides. */
  vote: z
    .strictObject({
      closesAt: z.iso.datetime({ offset: true }),
      secret: z.boolean().default(true),
      audience: audience.default('residents'),
    })
    .optional(),
});
export const deadlineBody = z.strictObject({
  dueAt: z.iso.datetime({ offset: true }),
  version: z.number().int(),
});
export const progressBody = z.strictObject({ text: text(2000), percent: z.number().int().min(0).max(100) });
export const followBody = z.strictObject({ follow: z.boolean() });
export const moderationBody = z.strictObject({
  target: z.enum(['topic', 'idea', 'comment']),
  id,
  hide: z.boolean(),
  reason: z.string().trim().max(500).optional(),
});
export const diffQuery = z.object({
  kind: z.enum(['plan', 'convention']),
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});
export const diffView = z.array(z.object({ op: z.enum(['=', '+', '-']), text: z.string() }));

/** What waits for moderation: raised topics to accept, recent ideas and comments to check. */
export const moderationQueue = z.object({
  toAccept: z.array(topicSummary),
  overdue: z.array(topicSummary),
  recent: z.array(
    z.object({
      target: z.enum(['idea', 'comment']),
      id,
      topicId: id,
      topicTitle: z.string(),
      authorLabel: z.string(),
      text: z.string(),
      hidden: z.boolean(),
      hiddenReason: z.string().nullable(),
      createdAt: iso,
    }),
  ),
});

// ---------- meetings ----------
export const attendanceEntry = z.strictObject({
  personId: id.optional(),
  label: text(50),
  role: z.enum(['member', 'child', 'resident', 'officer', 'guest']),
});
export const meetingView = z.object({
  id,
  bodyId: id,
  bodyName: z.string(),
  bodyKind,
  nodeId: id,
  nodeName: z.string(),
  title: z.string(),
  startsAt: iso,
  place: z.string(),
  agenda: z.string(),
  topics: z.array(z.object({ id, title: z.string() })),
  status: z.enum(['planned', 'held', 'cancelled']),
  minutes: z.string(),
  attendees: z.number(),
  /** To those who run the council only. */
  attendance: z.array(z.object({ label: z.string(), role: z.string() })),
  photos: z.array(z.object({ id, width: z.number(), height: z.number() })),
  cancelReason: z.string().nullable(),
  version: z.number(),
  can: z.object({ edit: z.boolean() }),
});
export const meetingList = z.object({
  total: z.number(),
  items: z.array(meetingView.omit({ attendance: true })),
});
export const meetingQuery = z.object({
  nodeId: id.optional(),
  bodyId: id.optional(),
  status: z.enum(['planned', 'held', 'cancelled']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(30),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export const meetingBody = z.strictObject({
  nodeId: id,
  kind: bodyKind.default('residents'),
  title: text(200),
  startsAt: z.iso.datetime({ offset: true }),
  place: z.string().trim().max(200).default(''),
  agenda: z.string().trim().max(5000).default(''),
  topicIds: z.array(id).max(20).default([]),
});
export const meetingPatch = z.strictObject({
  title: text(200).optional(),
  startsAt: z.iso.datetime({ offset: true }).optional(),
  place: z.string().trim().max(200).optional(),
  agenda: z.string().trim().max(5000).optional(),
  topicIds: z.array(id).max(20).optional(),
  version: z.number().int(),
});
export const minutesBody = z.strictObject({
  minutes: text(20000),
  attendance: z.array(attendanceEntry).max(500),
  version: z.number().int(),
});
export const cancelMeetingBody = z.strictObject({ reason: text(500), version: z.number().int() });

// ---------- figures, exports, public ----------
export const figuresQuery = z.object({
  nodeId: id,
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export const figuresView = z.object({
  meetings: z.number(),
  proposals: z.number(),
  resolved: z.number(),
  decided: z.number(),
  adopted: z.number(),
});
export const exportQuery = z.object({
  nodeId: id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const publicTopicSummary = z.object({
  id,
  bodyKind,
  title: z.string(),
  category,
  stage,
  authorLabel: z.string(),
  supports: z.number(),
  ideas: z.number(),
  outcome: z.enum(['adopted', 'not_adopted']).nullable(),
  progress: z.number(),
  createdAt: iso,
  decidedAt: iso.nullable(),
  resolvedAt: iso.nullable(),
});
export const publicVote = z.object({
  state: z.string(),
  closesAt: iso,
  voted: z.number(),
  ballots: z.number().nullable(),
  eligible: z.number().nullable(),
  turnout: z.number().nullable(),
  secret: z.boolean(),
  options: z.array(z.object({ position: z.number(), label: z.string(), count: z.number().nullable() })),
});
export const publicCommunity = z.object({
  id,
  name: z.string(),
  parents: z.array(z.string()),
  year: z.number(),
  figures: figuresView,
  topics: z.array(publicTopicSummary),
  decisions: z.array(
    publicTopicSummary.extend({ vote: publicVote.nullable(), convention: z.string().nullable() }),
  ),
  meetings: z.array(
    z.object({ title: z.string(), startsAt: iso, status: z.string(), attendees: z.number() }),
  ),
});
export const publicTopic = publicTopicSummary.extend({
  nodeId: id,
  nodeName: z.string(),
  description: z.string(),
  ideasList: z.array(z.object({ authorLabel: z.string(), text: z.string(), supports: z.number() })),
  plan: z.string().nullable(),
  convention: z.string().nullable(),
  vote: publicVote.nullable(),
  progressNotes: z.array(z.object({ text: z.string(), percent: z.number(), createdAt: iso })),
  resolutionNote: z.string().nullable(),
});
export const communitySearch = z.array(
  z.object({ id, name: z.string(), parents: z.array(z.string()), districtId: id }),
);
