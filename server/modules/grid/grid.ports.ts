/**
 * What the grid module draws on from other modules, as narrow ports the composition root fills
 * with those modules' public functions: the organisation tree (org), events (report, transition,
 * counts) and accounts. Grid reads no other module's tables.
 */
import type { Actor, RequestContext } from '../../platform/access/access.ts';
import type { EventsServiceImpl } from '../events/index.ts';

/** A node of the organisation tree, as org's public functions give it. */
export interface TreeNode {
  id: string;
  districtId: string;
  path: string;
  level: string;
  name: string;
}

/** What grid reads of the organisation tree (org.findNode, org.nodesByIds, org.nodesUnder). */
export interface GridTree {
  /** One node, or null when there is none. */
  findNode(id: string): Promise<TreeNode | null>;
  /** Nodes by id (missing ids left out). */
  nodesByIds(ids: string[]): Promise<TreeNode[]>;
  /** Nodes of some levels inside subtrees, in path order, at most limit. */
  nodesUnder(paths: string[], levels: TreeLevel[], limit: number): Promise<TreeNode[]>;
}

/** Levels of the tree grid asks about. */
export type TreeLevel = 'street' | 'community' | 'grid' | 'micro_grid' | 'building';

/** What grid asks of the events module (its public service). */
export type GridEvents = Pick<
  EventsServiceImpl,
  'report' | 'transition' | 'reportedCounts' | 'idsByPatrol'
> & {
  /** Whether each event the actor can see is still open (not closed, rejected or merged); others left out. */
  openness(ctx: RequestContext, ids: string[]): Promise<Map<string, boolean>>;
  /** The stored Idempotency-Key of an events write (events.idempotencyKeyOf), for the offline sync. */
  storedKeyOf(kind: 'report' | 'transition', key: string): string;
  /** An event the actor may see (its node), or a 404: events.get. */
  get(ctx: RequestContext, id: string): Promise<{ id: string; nodeId: string }>;
};

/** Resolves an account (names and roles): accounts.loadActor. */
export type LoadActor = (userId: string) => Promise<Actor | null>;

/** People by national-ID blind index in a district (hex index → person id): people.personIdsByBidx. */
export type PersonIdsByBidx = (districtId: string, bidxs: Buffer[]) => Promise<Map<string, string>>;
