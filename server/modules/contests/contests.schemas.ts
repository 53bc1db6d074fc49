/** Shapes of the contests API, shared by the routes and the web pages. */
import { z } from 'zod';
import { DIMENSIONS, ROUND_STATES } from './contests.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();
const year = z.coerce.number().int().min(2000).max(2100);
const version = z.number().int().min(1).max(2_000_000_000);

/** A value per dimension. */
const perDimension = (v: z.ZodNumber) =>
  z.object(
    Object.fromEntries(DIMENSIONS.map((d) => [d, v])) as Record<(typeof DIMENSIONS)[number], z.ZodNumber>,
  );
export const weightsShape = perDimension(z.number().min(0).max(100));
export const scoresShape = perDimension(z.number().int().min(0).max(100));
const meansShape = perDimension(z.number());

export const roundBody = z.object({ title: text(60), opensOn: day, dueOn: day });
export const contestBody = z.object({
  nodeId: id,
  year,
  title: text(80),
  series: text(20),
  weights: weightsShape.optional(),
  unitIds: z.array(id).min(2).max(100),
  judges: z.array(text(64)).min(1).max(50),
  rounds: z.array(roundBody).max(24).optional(),
});
/** A round in a draft's edit: `id` keeps an existing round. */
export const roundSetupBody = roundBody.extend({ id: id.optional() });
/** A draft contest as the set-up page sends it back: everything but its node, with the version read. */
export const contestEditBody = contestBody.omit({ nodeId: true, rounds: true }).extend({
  weights: weightsShape,
  rounds: z.array(roundSetupBody).max(24),
  version,
});
/** What the set-up page picks from. */
export const setupView = z.object({
  districts: z.array(
    z.object({
      nodeId: id,
      name: z.string(),
      units: z.array(z.object({ id, name: z.string(), level: z.string() })),
      /** Accounts that may judge here; `unitIds`: the units they belong to (not offered for those). */
      judges: z.array(
        z.object({ username: z.string(), name: z.string(), initials: z.string(), unitIds: z.array(id) }),
      ),
    }),
  ),
  series: z.array(z.string()),
  weights: weightsShape,
});
export const roundView = z.object({
  id,
  seq: z.number(),
  title: z.string(),
  opensOn: z.string(),
  dueOn: z.string(),
  state: z.enum(ROUND_STATES),
  publishedAt: z.string().nullable(),
  entries: z.number(),
  version: z.number(),
  actions: z.array(z.enum(['open', 'publish'])),
});
export const contestSummary = z.object({
  id,
  year: z.number(),
  title: z.string(),
  series: z.string(),
  rounds: z.number(),
  published: z.number(),
});
export const contestsView = z.object({
  contests: z.array(contestSummary),
  series: z.array(z.string()),
  can: z.object({ manage: z.boolean() }),
});
export const contestView = z.object({
  id,
  nodeId: id,
  year: z.number(),
  title: z.string(),
  series: z.string(),
  weights: weightsShape,
  units: z.array(z.object({ id, name: z.string(), level: z.string() })),
  judges: z.array(z.object({ userId: id, username: z.string(), name: z.string() })),
  rounds: z.array(roundView),
  myUnits: z.array(id),
  judge: z.boolean(),
  /** No round opened yet: the contest is edited as a whole. */
  draft: z.boolean(),
  /** `delete`: the manager, while no judge has scored an entry. */
  can: z.object({ manage: z.boolean(), edit: z.boolean(), delete: z.boolean(), export: z.boolean() }),
  version: z.number(),
});
export const moveBody = z.object({ version });
export const entryBody = z.object({
  unitId: id,
  summary: text(4000),
  figures: z.string().trim().max(2000).default(''),
  attachments: z.array(text(500)).max(20).default([]),
});
export const scoreView = z.object({ judgeName: z.string(), scores: scoresShape, mine: z.boolean() });
export const entryView = z.object({
  id,
  roundId: id,
  unitId: id,
  unitName: z.string(),
  summary: z.string(),
  figures: z.string(),
  attachments: z.array(z.string()),
  submittedOn: z.string(),
  onTime: z.boolean(),
  version: z.number(),
  scores: z.array(scoreView),
  /** A judge has scored it: the unit can no longer replace it. */
  scored: z.boolean(),
  canScore: z.boolean(),
});
export const scoreBody = z.object({ scores: scoresShape });
export const standingView = z.object({
  rank: z.number(),
  unitId: id,
  unitName: z.string(),
  total: z.number(),
  position: z.number(),
});
export const roundRanking = z.object({
  contestId: id,
  contestTitle: z.string(),
  series: z.string(),
  roundId: id,
  roundTitle: z.string(),
  state: z.enum(ROUND_STATES),
  publishedAt: z.string().nullable(),
  weights: weightsShape,
  standings: z.array(standingView.extend({ means: meansShape, judges: z.number() })),
});
export const overallRanking = z.object({
  contestId: id,
  contestTitle: z.string(),
  rounds: z.number(),
  standings: z.array(standingView.extend({ rounds: z.number() })),
});
export const boardQuery = z.object({ year: year.optional() });
export const boardView = z.object({
  rounds: z.array(
    z.object({
      roundId: id,
      contestId: id,
      contestTitle: z.string(),
      series: z.string(),
      roundTitle: z.string(),
      publishedAt: z.string(),
      leader: z.string().nullable(),
    }),
  ),
});
export const contestsQuery = z.object({ year: year.optional() });
