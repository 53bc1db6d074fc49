/**
 * The public face of a community's council (no login): its figures, the topics it has taken up,
 * its decisions with their votes and conventions, its meetings; one public topic; the search for
 * a community by name; and the title and description a shared link shows in WeChat.
 */
import type { Db } from '../../platform/db/db.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { shanghaiYearRange } from '../../platform/time.ts';
import type { VotesService } from '../votes/index.ts';
import * as repo from './council.repository.ts';
import * as contributionsRepo from './council.contributions.repository.ts';
import * as meetingsRepo from './council.meetings.repository.ts';
import * as publicRepo from './council.public.repository.ts';
import type { BodyKind, Category, Stage } from './council.rules.ts';

/** Stages shown publicly: taken up by the council (not awaiting acceptance, declined or withdrawn). */
export const PUBLIC_STAGES: readonly Stage[] = [
  'ideas',
  'plan',
  'floor',
  'convention',
  'decide',
  'implementing',
  'resolved',
  'not_adopted',
];

/** Builds the public verbs (no permission: everything here is public by design). */
export function createPublicService(deps: { db: Db; votes: Pick<VotesService, 'publicResults'> }) {
  const { db } = deps;

  const summary = (t: repo.TopicRow) => ({
    id: t.id,
    bodyKind: t.body_kind as BodyKind,
    title: t.title,
    category: t.category as Category,
    stage: t.stage as Stage,
    authorLabel: t.author_label,
    supports: t.supports,
    ideas: t.idea_count,
    outcome: t.outcome as 'adopted' | 'not_adopted' | null,
    progress: t.progress,
    createdAt: t.created_at.toISOString(),
    decidedAt: t.decided_at?.toISOString() ?? null,
    resolvedAt: t.resolved_at?.toISOString() ?? null,
  });

  async function publicVotes(districtId: string, ids: string[]) {
    const results = await deps.votes.publicResults(districtId, ids);
    return (id: string | null) => {
      const v = id ? results.get(id) : undefined;
      if (!v) return null;
      return {
        state: v.state,
        closesAt: v.closesAt,
        voted: v.voted,
        ballots: v.ballots,
        eligible: v.eligible,
        turnout: v.turnout,
        secret: v.secret,
        options: v.options.map((o) => ({ position: o.position, label: o.label, count: o.count })),
      };
    };
  }

  async function community(nodeId: string) {
    const n = await publicRepo.findNodeWithParents(db, nodeId);
    if (!n || n.level !== 'community') throw new NotFoundError();
    return n;
  }

  return {
    /** Communities whose name (or pinyin initials) matches: where residents pick their own. */
    async searchCommunities(q: string) {
      const rows = await publicRepo.searchCommunities(db, q, 20);
      return rows.map((r) => ({ id: r.id, name: r.name, parents: r.parents, districtId: r.district_id }));
    },

    /** A community's public council page for a year. */
    async communityPage(nodeId: string, year: number) {
      const n = await community(nodeId);
      const { from, to } = shanghaiYearRange(year);
      const scope = nodeInPaths('t.node_id', [n.path]);
      const [figures, topics, decided, meetings] = await Promise.all([
        publicRepo.figures(db, [n.path], from, to),
        repo.findTopics(db, {
          inScope: scope,
          showHidden: false,
          userId: null,
          stages: PUBLIC_STAGES,
          limit: 50,
          offset: 0,
        }),
        repo.findTopics(db, {
          inScope: scope,
          showHidden: false,
          userId: null,
          stages: ['implementing', 'resolved', 'not_adopted'],
          limit: 20,
          offset: 0,
        }),
        meetingsRepo.findMeetings(db, { inScope: nodeInPaths('m.node_id', [n.path]), limit: 10, offset: 0 }),
      ]);
      const voteOf = await publicVotes(
        n.district_id,
        decided.rows.flatMap((t) => (t.vote_id ? [t.vote_id] : [])),
      );
      const drafts = await contributionsRepo.latestDrafts(
        db,
        n.district_id,
        decided.rows.map((t) => t.id),
      );
      return {
        id: n.id,
        name: n.name,
        parents: n.parents,
        year,
        figures,
        topics: topics.rows.map(summary),
        decisions: decided.rows.map((t) => ({
          ...summary(t),
          vote: voteOf(t.vote_id),
          convention: drafts.find((d) => d.topic_id === t.id && d.kind === 'convention')?.text ?? null,
        })),
        meetings: meetings.rows
          .filter((m) => m.status !== 'cancelled')
          .map((m) => ({
            title: m.title,
            startsAt: m.starts_at.toISOString(),
            status: m.status,
            attendees: m.attendees,
          })),
      };
    },

    /** One topic as the public sees it (taken up by the council and not hidden). */
    async publicTopic(id: string) {
      const t = await repo.findTopic(db, id);
      if (!t || t.hidden_at || !PUBLIC_STAGES.includes(t.stage as Stage)) throw new NotFoundError();
      const [ideas, drafts, progress, voteOf] = await Promise.all([
        contributionsRepo.findIdeas(db, t.district_id, t.id),
        contributionsRepo.latestDrafts(db, t.district_id, [t.id]),
        contributionsRepo.findProgress(db, t.district_id, t.id),
        publicVotes(t.district_id, t.vote_id ? [t.vote_id] : []),
      ]);
      return {
        ...summary(t),
        nodeId: t.node_id,
        nodeName: t.node_name,
        description: t.description,
        ideasList: ideas
          .filter((i) => !i.hidden_at)
          .map((i) => ({ authorLabel: i.author_label, text: i.text, supports: i.supports })),
        plan: drafts.find((d) => d.kind === 'plan')?.text ?? null,
        convention: drafts.find((d) => d.kind === 'convention')?.text ?? null,
        vote: voteOf(t.vote_id),
        progressNotes: progress.map((p) => ({
          text: p.text,
          percent: p.percent,
          createdAt: p.created_at.toISOString(),
        })),
        resolutionNote: t.resolution_note,
      };
    },

    /** The title and description a shared link to a community's page shows (WeChat reads them). */
    async shareMeta(nodeId: string, year: number) {
      const n = await publicRepo.findNodeWithParents(db, nodeId);
      if (!n || n.level !== 'community') return null;
      const { from, to } = shanghaiYearRange(year);
      const f = await publicRepo.figures(db, [n.path], from, to);
      return {
        title: `${n.name}居民议事厅 · 共治`,
        description: `${[...n.parents.slice(-2), n.name].join(' ')}：${year} 年召开议事会议 ${f.meetings} 次，收集居民提案 ${f.proposals} 件，解决问题 ${f.resolved} 件。`,
      };
    },
  };
}
