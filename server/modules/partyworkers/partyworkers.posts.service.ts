/**
 * The register of posts 岗位: every street and community in scope with its posts (set by the
 * district 组织部), the workers in them and the vacancies; the district's yearly target; placing a
 * worker in a vacant post (the node's posts row is locked, so two placements never take the last
 * post twice).
 */
import type { z } from 'zod';
import { can, requirePermission, roleCan, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  checkUpdated,
  districtOf,
  figuresOut,
  postOut,
  targetOf,
  today,
  workerOut,
  type PartyworkersDeps,
} from './partyworkers.core.ts';
import * as repo from './partyworkers.repository.ts';
import { POST_LEVELS, QUALIFICATIONS } from './partyworkers.rules.ts';
import type { placeBody, postsBody, settingsBody } from './partyworkers.schemas.ts';

/** Who is placed, as the placing path takes it (the form and the import). */
export type Placement = z.infer<typeof placeBody>;

/** Builds the register, posts, target and placing verbs. */
export function createPostsService(deps: PartyworkersDeps) {
  const { db, auditor } = deps;

  /** A street or community the actor may perform action on (404 outside, 422 at another level). */
  async function postNode(ctx: RequestContext, nodeId: string, action: string, exec: Executor = db) {
    const n = await nodeFor(exec, ctx, nodeId, action);
    if (!(POST_LEVELS as readonly string[]).includes(n.level))
      throw new InvalidError([{ field: 'nodeId', key: 'partyworkers.not_post_level' }]);
    return n;
  }

  /**
   * Places a worker at a node in one transaction: 409 when the node has no vacant post; audited.
   * The import calls it for each row it adds.
   */
  async function placeIn(trx: Executor, ctx: RequestContext, districtId: string, b: Placement) {
    if (b.contractEnd < b.startedOn)
      throw new InvalidError([{ field: 'contractEnd', key: 'partyworkers.contract_before_start' }]);
    const posts = await repo.lockPosts(trx, districtId, b.nodeId);
    const filled = await repo.countActive(trx, districtId, b.nodeId);
    if (!posts || posts.posts <= filled) throw new ConflictError('partyworkers.no_vacancy');
    const id = uuidv7();
    await repo.insertPlacement(trx, {
      district_id: districtId,
      id,
      node_id: b.nodeId,
      name: b.name,
      phone: b.phone,
      started_on: b.startedOn,
      contract_end: b.contractEnd,
      qualifications: [...new Set(b.qualifications)].sort(
        (x, y) => QUALIFICATIONS.indexOf(x) - QUALIFICATIONS.indexOf(y),
      ),
      created_by: ctx.actor?.userId ?? null,
    });
    await auditor.append(trx, ctx, {
      action: 'partyworkers.placement.create',
      objectType: 'partyworkers_placement',
      objectId: id,
      districtId,
      detail: { node: b.nodeId, startedOn: b.startedOn, contractEnd: b.contractEnd },
    });
    return { id };
  }

  return {
    placeIn,
    postNode,

    /** The register under a node (or the whole scope): posts, workers (in office or gone), figures. */
    async register(ctx: RequestContext, q: { nodeId?: string; state?: 'active' | 'ended' }) {
      const paths = await readRoots(db, ctx, 'partyworkers.read', q.nodeId);
      const posts = (await repo.findPostNodes(db, nodeInPaths('n.id', paths))).map(postOut);
      const now = today();
      const workers = await repo.findWorkers(db, nodeInPaths('w.node_id', paths), q.state !== 'ended');
      const year = now.slice(0, 4);
      const f = await repo.findYearFigures(
        db,
        nodeInPaths('w.node_id', paths),
        `${year}-01-01`,
        `${Number(year) + 1}-01-01`,
      );
      return {
        posts,
        workers: workers.map((w) => workerOut(w, now)),
        figures: figuresOut(posts, f.placed, await targetOf(db, districtOf(ctx))),
        can: {
          posts: can(ctx.actor, 'partyworkers.posts'),
          manage: can(ctx.actor, 'partyworkers.manage'),
          log: can(ctx.actor, 'partyworkers.log'),
          export: can(ctx.actor, 'partyworkers.export'),
        },
      };
    },

    /** Sets the posts of a street or community (the district's quota); never below the workers in them. */
    async setPosts(ctx: RequestContext, nodeId: string, b: z.infer<typeof postsBody>) {
      const n = await postNode(ctx, nodeId, 'partyworkers.posts');
      return db.transaction().execute(async (trx) => {
        const before = await repo.lockPosts(trx, n.district_id, n.id);
        const filled = await repo.countActive(trx, n.district_id, n.id);
        if (b.posts < filled)
          throw new InvalidError([
            { field: 'posts', key: 'partyworkers.posts_below_filled', params: { filled } },
          ]);
        checkUpdated(
          await repo.savePosts(trx, { districtId: n.district_id, nodeId: n.id }, b.posts, b.version),
        );
        await auditor.append(trx, ctx, {
          action: 'partyworkers.posts.set',
          objectType: 'org_node',
          objectId: n.id,
          districtId: n.district_id,
          detail: { from: before?.posts ?? 0, to: b.posts },
        });
        return { ok: true as const };
      });
    },

    /** Sets the district's yearly placing target (from a grant on the district node itself). */
    async setTarget(ctx: RequestContext, b: z.infer<typeof settingsBody>) {
      const actor = requirePermission(ctx, 'partyworkers.posts');
      const g = actor.grants.find((x) => x.nodeId === x.districtId && roleCan(x.role, 'partyworkers.posts'));
      if (!g) throw new NotFoundError();
      return db.transaction().execute(async (trx) => {
        checkUpdated(await repo.saveSettings(trx, g.districtId, b.yearlyTarget, b.version));
        await auditor.append(trx, ctx, {
          action: 'partyworkers.target.set',
          objectType: 'partyworkers_settings',
          objectId: g.districtId,
          districtId: g.districtId,
          detail: { yearlyTarget: b.yearlyTarget },
        });
        return { ok: true as const };
      });
    },

    /** Places a worker in a vacant post of a street or community. */
    async place(ctx: RequestContext, b: Placement) {
      const n = await postNode(ctx, b.nodeId, 'partyworkers.manage');
      return db.transaction().execute((trx) => placeIn(trx, ctx, n.district_id, b));
    },
  };
}
