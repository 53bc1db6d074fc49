/**
 * Carrying a project out: milestones (done with a note, the progress follows), contractors 承接单位
 * (the contact's phone encrypted and masked), photos of the work (re-encoded without metadata,
 * kept with the project like the events module keeps its photos), notes (officers' progress,
 * deputies' supervision 跟踪监督), and the community's menu residents order from.
 */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { reencodePhoto } from '../../platform/photos.ts';
import { maskPhone, type PiiCipher } from '../../platform/pii/pii.ts';
import type { ProjectsCore } from './projects.core.ts';
import * as repo from './projects.repository.ts';
import { progressOf, WORK_STAGES, type Category, type Stage } from './projects.rules.ts';

/** Largest photo accepted, the longest side kept. */
const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
const PHOTO_SIDE = 2048;

/** Builds the verbs of the work on a project and of the menu. */
export function createWorkService(deps: {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  core: ProjectsCore;
  pii: Pick<PiiCipher, 'encrypt'>;
}) {
  const { db, auditor, core } = deps;

  /** A project the actor runs, locked, in a stage where its work may be recorded. */
  async function managed(
    ctx: RequestContext,
    trx: Executor,
    id: string,
    stages: readonly Stage[] = WORK_STAGES,
  ) {
    const p = await core.visible(ctx, id, trx, true);
    if (!can(ctx.actor, 'projects.manage', p.path)) throw new NotFoundError();
    if (!stages.includes(p.stage as Stage))
      throw new ConflictError('projects.wrong_stage', { stage: p.stage });
    return p;
  }

  const audit = (trx: Executor, ctx: RequestContext, p: repo.ItemRow, action: string, detail: object) =>
    auditor.append(trx, ctx, {
      action,
      objectType: 'projects_item',
      objectId: p.id,
      districtId: p.district_id,
      detail: detail as Record<string, unknown>,
    });

  return {
    /** Adds a milestone with its due day. */
    async addMilestone(ctx: RequestContext, id: string, input: { title: string; dueOn: string }) {
      requirePermission(ctx, 'projects.manage');
      return db.transaction().execute(async (trx) => {
        const p = await managed(ctx, trx, id);
        const mid = uuidv7();
        await repo.insertMilestone(trx, {
          districtId: p.district_id,
          id: mid,
          projectId: p.id,
          title: input.title,
          dueOn: input.dueOn,
        });
        const all = await repo.findMilestones(trx, p.district_id, p.id);
        await repo.updateItem(trx, p.district_id, p.id, {
          progress: progressOf(all.filter((m) => m.done_at).length, all.length),
        });
        await audit(trx, ctx, p, 'projects.milestone.add', { milestoneId: mid, title: input.title });
        return { id: mid };
      });
    },

    /** Marks a milestone done with a note; the progress follows and the resident who ordered it hears. */
    async completeMilestone(ctx: RequestContext, id: string, milestoneId: string, input: { note: string }) {
      requirePermission(ctx, 'projects.manage');
      return db.transaction().execute(async (trx) => {
        const p = await managed(ctx, trx, id, ['implementing']);
        const all = await repo.findMilestones(trx, p.district_id, p.id);
        const m = all.find((x) => x.id === milestoneId);
        if (!m) throw new NotFoundError();
        if (!(await repo.completeMilestone(trx, p.district_id, p.id, m.id, input.note)))
          throw new ConflictError('projects.milestone_done');
        const progress = progressOf(all.filter((x) => x.done_at).length + 1, all.length);
        await repo.updateItem(trx, p.district_id, p.id, { progress });
        await audit(trx, ctx, p, 'projects.milestone.done', { milestoneId: m.id, note: input.note });
        await core.tellOrderer(
          trx,
          p,
          {
            kind: 'projects.milestone',
            titleKey: 'projects.notice.milestone',
            title: `您点单的项目《${p.title}》完成节点：${m.title}`,
            params: { milestone: m.title, progress },
          },
          ctx.actor!.userId,
        );
        return { progress };
      });
    },

    /** Adds a contractor; the contact's phone is encrypted and only its mask is ever shown. */
    async addContractor(
      ctx: RequestContext,
      id: string,
      input: {
        name: string;
        role: 'builder' | 'supervisor' | 'service' | 'supplier';
        contactName?: string;
        phone?: string;
      },
    ) {
      requirePermission(ctx, 'projects.manage');
      return db.transaction().execute(async (trx) => {
        const p = await managed(ctx, trx, id);
        const cid = uuidv7();
        const phone = input.phone?.replace(/[\s-]/g, '') || null;
        await repo.insertContractor(trx, {
          district_id: p.district_id,
          id: cid,
          project_id: p.id,
          name: input.name,
          role: input.role,
          contact_name: input.contactName ?? '',
          phone_enc: phone ? deps.pii.encrypt(phone) : null,
          phone_mask: phone ? maskPhone(phone) : '',
        });
        await audit(trx, ctx, p, 'projects.contractor.add', { contractorId: cid, name: input.name });
        return { id: cid };
      });
    },

    /**
     * Adds a photo of the work: its type is read from its bytes (JPEG, PNG or WebP), and it is
     * re-encoded as JPEG at most PHOTO_SIDE px a side with every piece of metadata dropped.
     */
    async addPhoto(ctx: RequestContext, id: string, data: Buffer, milestoneId?: string) {
      const actor = requirePermission(ctx, 'projects.manage');
      const out = await reencodePhoto(data, {
        maxBytes: PHOTO_MAX_BYTES,
        side: PHOTO_SIDE,
        keys: { size: 'projects.photo_size', type: 'projects.photo_type' },
      });
      return db.transaction().execute(async (trx) => {
        const p = await managed(ctx, trx, id, [...WORK_STAGES, 'completed']);
        if (
          milestoneId &&
          !(await repo.findMilestones(trx, p.district_id, p.id)).some((m) => m.id === milestoneId)
        )
          throw new InvalidError([{ field: 'milestoneId', key: 'projects.milestone_unknown' }]);
        const pid = uuidv7();
        await repo.insertPhoto(trx, {
          district_id: p.district_id,
          id: pid,
          project_id: p.id,
          milestone_id: milestoneId ?? null,
          mime: 'image/jpeg',
          width: out.info.width,
          height: out.info.height,
          bytes: out.data,
          created_by: actor.userId,
        });
        await audit(trx, ctx, p, 'projects.photo', { photoId: pid, bytes: out.data.length });
        return { id: pid };
      });
    },

    /** A photo's bytes (for those who may see its project). */
    async photo(ctx: RequestContext, photoId: string) {
      requirePermission(ctx, 'projects.read');
      const ph = await repo.findPhoto(db, photoId);
      if (!ph) throw new NotFoundError();
      await core.visible(ctx, ph.project_id);
      return { mime: ph.mime, data: ph.bytes };
    },

    /** A note: an officer's progress note, or a deputy's supervision note on a chosen project. */
    async addNote(ctx: RequestContext, id: string, input: { text: string }) {
      const actor = requirePermission(ctx, 'projects.read');
      return db.transaction().execute(async (trx) => {
        const p = await core.visible(ctx, id, trx, true);
        const manage = can(actor, 'projects.manage', p.path) && WORK_STAGES.includes(p.stage as Stage);
        const track =
          p.kind === 'livelihood' &&
          can(actor, 'projects.track', p.path) &&
          ['chosen', ...WORK_STAGES, 'completed'].includes(p.stage);
        if (!manage && !track) throw new ConflictError('projects.no_notes');
        const nid = uuidv7();
        const kind = track && !can(actor, 'projects.manage', p.path) ? 'supervision' : 'progress';
        await repo.insertNote(trx, {
          district_id: p.district_id,
          id: nid,
          project_id: p.id,
          kind,
          text: input.text,
          author_user_id: actor.userId,
          author_label: actor.displayName,
        });
        await audit(trx, ctx, p, `projects.note.${kind}`, { noteId: nid });
        return { id: nid };
      });
    },

    /** A community's menu 菜单 of projects residents may order (its officers also see the retired ones). */
    async menu(ctx: RequestContext, nodeId: string) {
      const node = await nodeFor(db, ctx, nodeId, 'projects.read');
      const manage = can(ctx.actor, 'projects.manage', node.path);
      const rows = await repo.findMenu(db, node.district_id, node.id, manage);
      return rows.map((m) => ({
        id: m.id,
        title: m.title,
        description: m.description,
        category: m.category as Category,
        estimateFen: m.estimate_fen,
        active: m.active,
        can: { retire: manage && m.active },
      }));
    },

    /** Adds a project to a community's menu. */
    async addMenuItem(
      ctx: RequestContext,
      input: { nodeId: string; title: string; description: string; category: Category; estimateFen: number },
    ) {
      const node = await nodeFor(db, ctx, input.nodeId, 'projects.manage');
      if (node.level !== 'community')
        throw new InvalidError([{ field: 'nodeId', key: 'projects.community_only' }]);
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        await repo.insertMenuItem(trx, {
          district_id: node.district_id,
          id,
          node_id: node.id,
          title: input.title,
          description: input.description,
          category: input.category,
          estimate_fen: input.estimateFen,
        });
        await auditor.append(trx, ctx, {
          action: 'projects.menu.add',
          objectType: 'projects_menu',
          objectId: id,
          districtId: node.district_id,
          detail: { title: input.title },
        });
      });
      return { id };
    },

    /** Takes a project off the menu. */
    async retireMenuItem(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'projects.manage');
      const m = await repo.findMenuItem(db, id);
      const node = m ? await repo.findNode(db, m.node_id) : undefined;
      if (!m || !node || !can(ctx.actor, 'projects.manage', node.path)) throw new NotFoundError();
      await db.transaction().execute(async (trx) => {
        await repo.setMenuActive(trx, m.district_id, m.id, false);
        await auditor.append(trx, ctx, {
          action: 'projects.menu.retire',
          objectType: 'projects_menu',
          objectId: m.id,
          districtId: m.district_id,
        });
      });
    },
  };
}
