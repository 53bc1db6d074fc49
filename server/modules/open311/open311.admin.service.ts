/**
 * Administering Open311: API keys (made on a node, shown once, stored as SHA-256 only, revoked)
 * and what each district publishes (default: nothing).
 */
import crypto from 'node:crypto';
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { NotFoundError, StaleError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { OrgTree } from '../org/index.ts';
import * as repo from './open311.repository.ts';
import type { createdKeyView, keyView, settingsBody, settingsView } from './open311.schemas.ts';

const hashKey = (k: string) => crypto.createHash('sha256').update(k).digest();
const isoZ = (d: Date | string | null) => (d ? new Date(d).toISOString().replace(/\.\d{3}Z$/, 'Z') : null);

/** A district's settings changed since the client read them: carries the current copy. */
export class StaleOpen311SettingsError extends StaleError {
  constructor(override readonly current: z.infer<typeof settingsView>) {
    super(current);
  }
}

/** Builds the Open311 administration. */
export function createOpen311Admin(deps: {
  db: Db;
  auditor: Auditor;
  tree: Pick<OrgTree, 'findNode' | 'findNodes'>;
}) {
  const { db, auditor, tree } = deps;

  function keyOut(
    k: {
      id: string;
      name: string;
      node_id: string;
      prefix: string;
      created_at: Date;
      revoked_at: Date | null;
      last_used_at: Date | null;
    },
    nodeName: string,
  ): z.infer<typeof keyView> {
    return {
      id: k.id,
      name: k.name,
      nodeId: k.node_id,
      nodeName,
      prefix: k.prefix,
      createdAt: isoZ(k.created_at)!,
      revokedAt: isoZ(k.revoked_at),
      lastUsedAt: isoZ(k.last_used_at),
    };
  }

  /** A district the actor manages Open311 for, else 404. */
  async function district(ctx: RequestContext, districtId: string) {
    const actor = requirePermission(ctx, 'open311.keys');
    const d = await tree.findNode(districtId);
    if (!d || d.level !== 'district' || !can(actor, 'open311.keys', d.path)) throw new NotFoundError();
    return d;
  }

  async function settingsOut(districtId: string): Promise<z.infer<typeof settingsView>> {
    const [s] = await repo.settingsOf(db, [districtId]);
    return { districtId, publish: s?.publish ?? false, version: s?.version ?? 0 };
  }

  return {
    /** Keys on nodes in the actor's scope, newest first. */
    async keys(ctx: RequestContext): Promise<z.infer<typeof keyView>[]> {
      const actor = requirePermission(ctx, 'open311.keys');
      const nodes = await tree.findNodes(await repo.nodesWithKeys(db));
      const visible = [...nodes.values()].filter((n) => can(actor, 'open311.keys', n.path));
      const rows = await repo.keysOnNodes(
        db,
        visible.map((n) => n.id),
      );
      return rows.map((k) => keyOut(k, nodes.get(k.node_id)?.name ?? ''));
    },

    /** Makes a key on a node in the actor's scope; the secret is answered this once. */
    async createKey(
      ctx: RequestContext,
      input: { name: string; nodeId: string },
    ): Promise<z.infer<typeof createdKeyView>> {
      const actor = requirePermission(ctx, 'open311.keys');
      const n = await tree.findNode(input.nodeId);
      if (!n || !can(actor, 'open311.keys', n.path) || n.level === 'city' || n.level === 'department')
        throw new NotFoundError();
      const secret = 'gz311_' + crypto.randomBytes(24).toString('base64url');
      const id = uuidv7();
      const row = {
        district_id: n.districtId,
        id,
        name: input.name,
        node_id: n.id,
        prefix: secret.slice(0, 10),
        key_hash: hashKey(secret),
        created_by: actor.userId,
      };
      await db.transaction().execute(async (trx) => {
        await repo.insertKey(trx, row);
        await auditor.append(trx, ctx, {
          action: 'open311.key.create',
          objectType: 'open311_key',
          objectId: id,
          districtId: n.districtId,
          detail: { name: input.name, nodeId: n.id, prefix: row.prefix },
        });
      });
      return {
        ...keyOut({ ...row, created_at: new Date(), revoked_at: null, last_used_at: null }, n.name),
        apiKey: secret,
      };
    },

    /** Revokes a key on a node in the actor's scope. */
    async revokeKey(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'open311.keys');
      return db.transaction().execute(async (trx) => {
        const k = await repo.lockKey(trx, id);
        const n = k ? await tree.findNode(k.node_id) : undefined;
        if (!k || !n || !can(actor, 'open311.keys', n.path)) throw new NotFoundError();
        await repo.revokeKey(trx, k.district_id, id);
        await auditor.append(trx, ctx, {
          action: 'open311.key.revoke',
          objectType: 'open311_key',
          objectId: id,
          districtId: k.district_id,
        });
        return { ok: true };
      });
    },

    /** What a district publishes. */
    async settings(ctx: RequestContext, districtId: string) {
      const d = await district(ctx, districtId);
      return settingsOut(d.id);
    },

    /** Changes what a district publishes (optimistic version; 409 with the current copy). */
    async saveSettings(ctx: RequestContext, input: z.infer<typeof settingsBody>) {
      const d = await district(ctx, input.districtId);
      const ok = await db.transaction().execute(async (trx) => {
        const saved = await repo.saveSettings(trx, d.id, input.publish, input.version);
        if (saved)
          await auditor.append(trx, ctx, {
            action: 'open311.settings.set',
            objectType: 'open311_settings',
            objectId: d.id,
            districtId: d.id,
            detail: { publish: input.publish },
          });
        return saved;
      });
      if (!ok) throw new StaleOpen311SettingsError(await settingsOut(d.id));
      return settingsOut(d.id);
    },
  };
}

/** The Open311 administration use cases. */
export type Open311Admin = ReturnType<typeof createOpen311Admin>;
