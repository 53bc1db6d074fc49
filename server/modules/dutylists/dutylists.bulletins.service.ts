/**
 * 季度专项通报 (seed 004: 区委党的建设领导小组办公室建立…季度专项通报制度): the office composes a
 * numbered bulletin from the quarter's figures (completion rates ranked, overdue items named) and its
 * good practices, may revise the draft, and publishes it to every organisation with a list that year
 * (a notification each). A published bulletin is never changed: a correction is a new bulletin that
 * names the one it corrects.
 */
import type { z } from 'zod';
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths, pathInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { keyedTitle } from '../notify/index.ts';
import { checkUpdated, itemFacts, type DutylistsCore, type DutylistsDeps } from './dutylists.core.ts';
import * as repo from './dutylists.repository.ts';
import { bulletinNo, completionRate, quarterWindow } from './dutylists.rules.ts';
import type { bulletinFigures, composeBody, draftUpdate } from './dutylists.schemas.ts';

type Figures = z.infer<typeof bulletinFigures>;

/** Builds the bulletin verbs. */
export function createBulletinsService(deps: DutylistsDeps & { core: DutylistsCore }) {
  const { db, auditor, notify, core } = deps;

  /** The office's node: the top of the actor's scope to manage (the district). */
  async function officeNode(ctx: RequestContext) {
    requirePermission(ctx, 'dutylists.manage');
    const g = ctx.actor!.grants.find((x) => can(ctx.actor, 'dutylists.manage', x.path))!;
    return core.nodeFor(ctx, g.nodeId, 'dutylists.manage');
  }

  /** The quarter's figures under a node path, as of the quarter's end (or today, inside it). */
  async function figuresOf(path: string, year: number, quarter: number): Promise<Figures> {
    const end = quarterWindow(year, quarter).to;
    const today = core.today();
    const asOf = today < end ? today : end;
    const rows = await core.listsWithItems(year, nodeInPaths('l.node_id', [path]));
    const ranking = rows
      .filter((r) => r.list.target === 'org')
      .map((r) => {
        const due = r.items.filter((i) => i.due_on <= asOf);
        return {
          nodeName: r.list.node_name,
          kind: r.list.kind,
          holder: r.list.holder,
          due: due.length,
          accepted: due.filter((i) => i.state === 'accepted' && i.accepted_on! <= asOf).length,
          rate: completionRate(r.items.map(itemFacts), asOf),
        };
      })
      .filter((r) => r.due > 0)
      .sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || a.nodeName.localeCompare(b.nodeName, 'zh-CN'));
    const all = rows.flatMap((r) => r.items.map((i) => ({ ...i, list: r.list })));
    const due = all.filter((i) => i.due_on <= asOf);
    const done = due.filter((i) => i.state === 'accepted' && i.accepted_on! <= asOf);
    const late = due.filter((i) => !(i.state === 'accepted' && i.accepted_on! <= asOf));
    return {
      asOf,
      lists: rows.length,
      due: due.length,
      accepted: done.length,
      rate: completionRate(all.map(itemFacts), asOf),
      ranking,
      overdue: late
        .sort((a, b) => a.due_on.localeCompare(b.due_on))
        .slice(0, 100)
        .map((i) => ({ nodeName: i.list.node_name, kind: i.list.kind, title: i.title, dueOn: i.due_on })),
    };
  }

  const out = (ctx: RequestContext, b: repo.BulletinRow, numbers: Map<string, string>) => {
    const manage = can(ctx.actor, 'dutylists.manage', b.path);
    return {
      id: b.id,
      year: b.year,
      quarter: b.quarter,
      no: b.no,
      number: bulletinNo(b.year, b.no),
      title: b.title,
      practices: b.practices,
      figures: b.figures as Figures,
      state: b.state as 'draft' | 'published',
      publishedAt: b.published_at ? new Date(b.published_at).toISOString() : null,
      correctsId: b.corrects_id,
      correctsNumber: b.corrects_id ? (numbers.get(b.corrects_id) ?? null) : null,
      version: b.version,
      can: {
        edit: manage && b.state === 'draft',
        publish: manage && b.state === 'draft',
        correct: manage && b.state === 'published',
      },
    };
  };

  async function visible(ctx: RequestContext, exec: Executor = db) {
    requirePermission(ctx, 'dutylists.read');
    const rows = await repo.findBulletins(
      exec,
      core.districts(ctx, 'dutylists.read'),
      pathInPaths('n.path', scopePaths(ctx.actor, 'dutylists.manage')),
    );
    return { rows, numbers: new Map(rows.map((b) => [b.id, bulletinNo(b.year, b.no)])) };
  }

  return {
    /** The bulletins the actor may read: published ones of the district, drafts for the office. */
    async bulletins(ctx: RequestContext) {
      const { rows, numbers } = await visible(ctx);
      return rows.map((b) => out(ctx, b, numbers));
    },

    /** One bulletin (404 when the actor may not read it). */
    async getBulletin(ctx: RequestContext, id: string) {
      const { rows, numbers } = await visible(ctx);
      const b = rows.find((x) => x.id === id);
      if (!b) throw new NotFoundError();
      return out(ctx, b, numbers);
    },

    /** Composes a numbered draft from the quarter's figures; with correctsId, a correction of a published one. */
    async compose(ctx: RequestContext, b: z.infer<typeof composeBody>) {
      const node = await officeNode(ctx);
      let correctsNo: string | null = null;
      if (b.correctsId) {
        const c = await repo.findBulletin(db, b.correctsId);
        if (!c || !can(ctx.actor, 'dutylists.manage', c.path) || c.state !== 'published')
          throw new InvalidError([{ field: 'correctsId', key: 'dutylists.corrects_unknown' }]);
        correctsNo = bulletinNo(c.year, c.no);
      }
      const figures = await figuresOf(node.path, b.year, b.quarter);
      return db.transaction().execute(async (trx) => {
        const no = await repo.nextBulletinNo(trx, node.district_id, node.id, b.year);
        const id = uuidv7();
        const title =
          b.title ??
          (correctsNo
            ? t(ctx.lang, 'dutylists.bulletin.correction_title', { no: correctsNo })
            : t(ctx.lang, 'dutylists.bulletin.default_title', { year: b.year, quarter: b.quarter }));
        await repo.insertBulletin(trx, {
          district_id: node.district_id,
          id,
          node_id: node.id,
          year: b.year,
          quarter: b.quarter,
          no,
          title,
          practices: b.practices,
          figures: JSON.stringify(figures),
          corrects_id: b.correctsId ?? null,
        });
        await auditor.append(trx, ctx, {
          action: 'dutylists.bulletin.compose',
          objectType: 'dutylists_bulletin',
          objectId: id,
          districtId: node.district_id,
          detail: { year: b.year, quarter: b.quarter, no, corrects: b.correctsId ?? null },
        });
        return { id };
      });
    },

    /** Revises a draft's good practices and refreshes its figures; 409 once published. */
    async updateDraft(ctx: RequestContext, id: string, b: z.infer<typeof draftUpdate>) {
      requirePermission(ctx, 'dutylists.manage');
      return db.transaction().execute(async (trx) => {
        const x = await repo.findBulletin(trx, id, true);
        if (!x || !can(ctx.actor, 'dutylists.manage', x.path)) throw new NotFoundError();
        if (x.state !== 'draft') throw new ConflictError('dutylists.published');
        const figures = await figuresOf(x.path, x.year, x.quarter);
        checkUpdated(
          await repo.updateDraft(trx, x.district_id, x.id, b.version, {
            practices: b.practices,
            figures: JSON.stringify(figures),
          }),
        );
        await auditor.append(trx, ctx, {
          action: 'dutylists.bulletin.update',
          objectType: 'dutylists_bulletin',
          objectId: id,
          districtId: x.district_id,
          detail: {},
        });
        return { ok: true as const };
      });
    },

    /** Publishes a draft: frozen from now on; every organisation with a list that year is notified. */
    async publish(ctx: RequestContext, id: string, b: { version: number }) {
      requirePermission(ctx, 'dutylists.manage');
      return db.transaction().execute(async (trx) => {
        const x = await repo.findBulletin(trx, id, true);
        if (!x || !can(ctx.actor, 'dutylists.manage', x.path)) throw new NotFoundError();
        if (x.state !== 'draft') throw new ConflictError('dutylists.published');
        checkUpdated(
          await repo.updateDraft(trx, x.district_id, x.id, b.version, {
            state: 'published',
            published_at: new Date().toISOString(),
          }),
        );
        const lists = await repo.findLists(trx, x.year, nodeInPaths('l.node_id', [x.path]));
        const nodes = [...new Set(lists.map((l) => l.node_id))];
        const number = bulletinNo(x.year, x.no);
        await notify.send(
          trx,
          nodes.map((nodeId) => ({
            districtId: x.district_id,
            nodeId,
            kind: 'dutylists.bulletin',
            ...keyedTitle('dutylists.notice.bulletin', { number, title: x.title }),
            link: `/dutylists/bulletins/${x.id}`,
            objectType: 'dutylists_bulletin',
            objectId: x.id,
            dedupeKey: `dutylists.bulletin/${x.id}/${nodeId}`,
          })),
        );
        await auditor.append(trx, ctx, {
          action: 'dutylists.bulletin.publish',
          objectType: 'dutylists_bulletin',
          objectId: id,
          districtId: x.district_id,
          detail: { number, notified: nodes.length },
        });
        return { ok: true as const };
      });
    },
  };
}
