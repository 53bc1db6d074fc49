/**
 * Declarations 申报 (seed 000: 福民社区 declared level by level up to 全国民主法治示范村(社区)): a
 * community or unit declares a level the ladder opens to it, self-assesses each indicator with
 * evidence, the street pre-reviews 初审, the district scores each indicator (locked once given),
 * publicises under a numbered 公示 and names 命名 or not. Nobody reviews their own node.
 */
import type { z } from 'zod';
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import {
  actorRoles,
  checkUpdated,
  declarationFor,
  declarationOut,
  districtActs,
  ownSide,
  today,
  type CreationDeps,
} from './creation.core.ts';
import * as repo from './creation.repository.ts';
import {
  recheckProblem,
  type RecheckOutcome,
  actionsFor,
  addDays,
  declareProblem,
  expiryOf,
  move,
  nameProblem,
  passes,
  publicityNumber,
  type Level,
  type MoveActor,
  type State,
} from './creation.rules.ts';
import type { declarationBody, listQuery, moveBody, scoreBody, selfBody } from './creation.schemas.ts';

/** The levels of the tree that declare: communities, and departments (模范机关). */
const DECLARING_LEVELS = ['community', 'department'];
/** States after which a declaration is closed. */
const CLOSED: State[] = ['named', 'not_named'];

/** The parent node's id of a path '/a/b/c/' (c's parent b). */
const parentOf = (path: string) => path.split('/').filter(Boolean).slice(-2, -1)[0];

/** Builds the declaration verbs. */
export function createDeclarationsService(deps: Pick<CreationDeps, 'db' | 'auditor' | 'notify'>) {
  const { db, auditor, notify } = deps;

  const tell = (
    trx: Executor,
    d: repo.DeclarationRow,
    nodeId: string,
    kind: string,
    key: string,
    params: Record<string, unknown>,
  ) =>
    notify.send(trx, [
      {
        districtId: d.district_id,
        nodeId,
        kind,
        title: t('zh-CN', key, params),
        titleKey: key,
        titleParams: params,
        link: `/creation/declarations/${d.id}`,
        objectType: 'creation_declaration',
        objectId: d.id,
      },
    ]);

  /** The roles the actor acts in on d: the reviewing ones dropped on their own side. */
  function rolesOn(ctx: RequestContext, d: repo.DeclarationRow): MoveActor[] {
    const roles = actorRoles(ctx.actor, d.path, d.node_level);
    return ownSide(ctx.actor, d) ? roles.filter((r) => r === 'unit') : roles;
  }

  /** One declaration with its items and what the actor may do. */
  async function view(ctx: RequestContext, id: string) {
    const d = await declarationFor(db, ctx, id, 'creation.read');
    const items = await repo.findItems(db, d.district_id, d.id);
    const roles = rolesOn(ctx, d);
    return {
      ...declarationOut(d, today()),
      passPct: d.pass_pct,
      passes: passes(d.review_total ?? 0, d.points, d.pass_pct),
      prereviewNote: d.prereview_note,
      reviewNote: d.review_note,
      version: d.version,
      items: items.map((i) => ({
        indicatorId: i.indicator_id,
        name: i.name,
        points: i.points,
        guide: i.guide,
        selfScore: i.self_score,
        evidence: i.evidence,
        reviewScore: i.review_score,
        reviewNote: i.review_note,
        reviewerName: i.reviewer_name,
      })),
      actions: actionsFor(d.state as State, roles),
      recheck:
        d.rechecked_on && d.recheck_outcome
          ? {
              on: d.rechecked_on,
              outcome: d.recheck_outcome as RecheckOutcome,
              note: d.recheck_note,
            }
          : null,
      can: {
        assess: roles.includes('unit') && d.state === 'draft',
        score: roles.includes('district') && d.state === 'prereviewed',
        recheck: roles.includes('district') && recheckProblem(d.state, d.expires_on, today()) === null,
      },
    };
  }

  return {
    view,

    /** Declarations under a node (or the whole scope), filtered. */
    async list(ctx: RequestContext, q: z.infer<typeof listQuery>) {
      const paths = await readRoots(db, ctx, 'creation.read', q.nodeId);
      const rows = await repo.findDeclarations(db, nodeInPaths('d.node_id', paths), q);
      const now = today();
      return { items: rows.map((r) => declarationOut(r, now)) };
    },

    /** Declares a level of a programme for a community or unit in scope (the ladder decides). */
    async declare(ctx: RequestContext, b: z.infer<typeof declarationBody>, key?: string) {
      const actor = requirePermission(ctx, 'creation.declare');
      const n = await nodeFor(db, ctx, b.nodeId, 'creation.declare');
      if (!DECLARING_LEVELS.includes(n.level))
        throw new InvalidError([{ field: 'nodeId', key: 'creation.not_declaring_unit' }]);
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(trx, { userId: actor.userId, key, payload: b }, async () => {
          const p = await repo.findProgramme(trx, b.programmeId, true);
          if (!p || p.district_id !== n.district_id)
            throw new InvalidError([{ field: 'programmeId', key: 'creation.programme_unknown' }]);
          const now = today();
          const mine = await repo.findNodeDeclarations(trx, n.district_id, p.id, n.id);
          if (mine.some((x) => x.level === b.level && !CLOSED.includes(x.state as State)))
            throw new InvalidError([{ field: 'level', key: 'creation.already_declared' }]);
          const held = mine
            .filter((x) => x.state === 'named' && x.expires_on)
            .map((x) => ({ level: x.level as Level, expiresOn: x.expires_on! }));
          const problem = declareProblem(b.level, held, now);
          if (problem) throw new InvalidError([{ field: 'level', key: `creation.${problem}` }]);
          const indicators = await repo.findIndicators(trx, n.district_id, p.id);
          const id = uuidv7();
          await repo.insertDeclaration(trx, {
            district_id: n.district_id,
            id,
            programme_id: p.id,
            node_id: n.id,
            level: b.level,
            year: Number(now.slice(0, 4)),
            created_by: actor.userId,
          });
          await repo.insertItems(
            trx,
            n.district_id,
            id,
            indicators.map((i) => i.id),
          );
          await auditor.append(trx, ctx, {
            action: 'creation.declare',
            objectType: 'creation_declaration',
            objectId: id,
            districtId: n.district_id,
            detail: { programme: p.id, node: n.id, level: b.level },
          });
          return { id };
        });
        return result;
      });
    },

    /** Saves the self-assessment (while a draft): each indicator's score (≤ its points) and evidence. */
    async selfAssess(ctx: RequestContext, id: string, b: z.infer<typeof selfBody>) {
      await db.transaction().execute(async (trx) => {
        const d = await declarationFor(trx, ctx, id, 'creation.declare', true);
        if (d.state !== 'draft') throw new ConflictError('creation.not_editable');
        if (d.version !== b.version) throw new ConflictError('creation.stale');
        const items = new Map(
          (await repo.findItems(trx, d.district_id, d.id)).map((i) => [i.indicator_id, i]),
        );
        b.items.forEach((x, i) => {
          const it = items.get(x.indicatorId);
          if (!it)
            throw new InvalidError([{ field: `items.${i}.indicatorId`, key: 'creation.indicator_unknown' }]);
          if (x.selfScore !== null && x.selfScore > it.points)
            throw new InvalidError([{ field: `items.${i}.selfScore`, key: 'creation.over_points' }]);
        });
        for (const x of b.items)
          await repo.updateSelfItem(trx, d.district_id, d.id, x.indicatorId, {
            self_score: x.selfScore,
            evidence: x.evidence,
          });
        checkUpdated(await repo.updateDeclaration(trx, d.district_id, d.id, d.version, {}));
        await auditor.append(trx, ctx, {
          action: 'creation.self_assess',
          objectType: 'creation_declaration',
          objectId: d.id,
          districtId: d.district_id,
          detail: { items: b.items.length },
        });
      });
      return view(ctx, id);
    },

    /** The district's score of one indicator (once; never by the declaring side). */
    async score(ctx: RequestContext, id: string, b: z.infer<typeof scoreBody>) {
      await db.transaction().execute(async (trx) => {
        const d = await declarationFor(trx, ctx, id, 'creation.read', true);
        if (!districtActs(ctx.actor, d.path)) throw new NotFoundError();
        if (ownSide(ctx.actor, d)) throw new ConflictError('creation.own_node');
        if (d.state !== 'prereviewed') throw new ConflictError('creation.wrong_state');
        const it = (await repo.findItems(trx, d.district_id, d.id)).find(
          (i) => i.indicator_id === b.indicatorId,
        );
        if (!it) throw new InvalidError([{ field: 'indicatorId', key: 'creation.indicator_unknown' }]);
        if (b.score > it.points) throw new InvalidError([{ field: 'score', key: 'creation.over_points' }]);
        const r = await repo.scoreItem(trx, d.district_id, d.id, b.indicatorId, {
          review_score: b.score,
          review_note: b.note,
          reviewed_by: ctx.actor!.userId,
          reviewer_name: ctx.actor!.displayName,
        });
        if ((r.numUpdatedRows ?? 0n) === 0n) throw new ConflictError('creation.score_locked');
        checkUpdated(await repo.updateDeclaration(trx, d.district_id, d.id, d.version, {}));
        await auditor.append(trx, ctx, {
          action: 'creation.score',
          objectType: 'creation_declaration',
          objectId: d.id,
          districtId: d.district_id,
          detail: { indicator: b.indicatorId, score: b.score },
        });
      });
      return view(ctx, id);
    },

    /** Moves a declaration: submit, pass/return (初审), publicise, name, reject. */
    async moveDeclaration(ctx: RequestContext, id: string, b: z.infer<typeof moveBody>) {
      await db.transaction().execute(async (trx) => {
        const d = await declarationFor(trx, ctx, id, 'creation.read', true);
        const roles = actorRoles(ctx.actor, d.path, d.node_level);
        if (roles.length === 0) throw new NotFoundError();
        const to = move(d.state as State, b.action, roles);
        if (!to) throw new ConflictError('creation.wrong_state');
        if (b.action !== 'submit' && ownSide(ctx.actor, d)) throw new ConflictError('creation.own_node');
        if (d.version !== b.version) throw new ConflictError('creation.stale');
        const now = today();
        const set: Parameters<typeof repo.updateDeclaration>[4] = { state: to };
        const label = {
          programme: d.programme_name,
          level: { $t: `creation.level.${d.level}` },
          node: d.node_name,
        };
        if ((b.action === 'return' || b.action === 'reject') && !b.note)
          throw new InvalidError([{ field: 'note', key: 'creation.note_required' }]);
        if (b.action === 'submit') {
          if (d.unassessed > 0) throw new InvalidError([{ field: 'items', key: 'creation.self_incomplete' }]);
          const street = parentOf(d.path) ?? d.district_id;
          await tell(trx, d, street, 'creation.submitted', 'creation.notice.submitted', label);
        } else if (b.action === 'pass') {
          set.prereview_note = b.note ?? '';
          await tell(trx, d, d.district_id, 'creation.prereviewed', 'creation.notice.prereviewed', label);
        } else if (b.action === 'return') {
          if (roles.includes('district') && d.state === 'prereviewed') set.review_note = b.note!;
          else set.prereview_note = b.note!;
          await tell(trx, d, d.node_id, 'creation.outcome', 'creation.notice.returned', {
            ...label,
            note: b.note,
          });
        } else if (b.action === 'publicise') {
          if (d.unscored > 0) throw new InvalidError([{ field: 'items', key: 'creation.scores_incomplete' }]);
          const year = Number(now.slice(0, 4));
          const no = await repo.nextPublicityNo(trx, d.district_id, year);
          Object.assign(set, {
            publicity_year: year,
            publicity_no: no,
            publicity_from: now,
            publicity_until: addDays(now, d.publicity_days),
            review_note: b.note ?? d.review_note,
          });
          await tell(trx, d, d.node_id, 'creation.outcome', 'creation.notice.publicised', {
            ...label,
            no: publicityNumber(year, no),
          });
        } else if (b.action === 'name') {
          const problem = nameProblem({
            today: now,
            publicityUntil: d.publicity_until!,
            score: d.review_total ?? 0,
            points: d.points,
            passPct: d.pass_pct,
          });
          if (problem) throw new ConflictError(`creation.${problem}`);
          Object.assign(set, { named_on: now, expires_on: expiryOf(now, d.renew_years) });
          await tell(trx, d, d.node_id, 'creation.outcome', 'creation.notice.named', label);
        } else {
          set.review_note = b.note!;
          await tell(trx, d, d.node_id, 'creation.outcome', 'creation.notice.not_named', {
            ...label,
            note: b.note,
          });
        }
        checkUpdated(await repo.updateDeclaration(trx, d.district_id, d.id, d.version, set));
        await auditor.append(trx, ctx, {
          action: `creation.${b.action}`,
          objectType: 'creation_declaration',
          objectId: d.id,
          districtId: d.district_id,
          detail: { from: d.state, to, note: b.note ?? '' },
        });
      });
      return { ok: true as const };
    },

    /** The printable 公示 of a declaration (409 before it is publicised). */
    async publicity(ctx: RequestContext, id: string) {
      const d = await declarationFor(db, ctx, id, 'creation.read');
      if (!d.publicity_year || !d.publicity_no) throw new ConflictError('creation.no_publicity');
      const district = await repo.findNode(db, d.district_id);
      return {
        publicityNo: publicityNumber(d.publicity_year, d.publicity_no),
        districtName: district?.name ?? '',
        programmeName: d.programme_name,
        level: d.level as Level,
        nodeName: d.node_name,
        year: d.year,
        reviewTotal: d.review_total ?? 0,
        points: d.points,
        from: d.publicity_from!,
        until: d.publicity_until!,
      };
    },

    /** The declarations and titles as Excel. */
    async exportDeclarations(ctx: RequestContext, q: z.infer<typeof listQuery>) {
      const paths = await readRoots(db, ctx, 'creation.export', q.nodeId);
      const now = today();
      const rows = (await repo.findDeclarations(db, nodeInPaths('d.node_id', paths), q)).map((r) =>
        declarationOut(r, now),
      );
      const L = (k: string) => t(ctx.lang, k);
      return writeWorkbook([
        {
          name: L('creation.sheet.declarations'),
          columns: [
            { key: 'programme', header: '创建项目', width: 20 },
            { key: 'level', header: '级别', width: 8 },
            { key: 'node', header: '申报单位', width: 16 },
            { key: 'year', header: '年度', width: 8, type: 'number' },
            { key: 'state', header: '状态', width: 10 },
            { key: 'selfTotal', header: '自评得分', width: 10, type: 'number' },
            { key: 'reviewTotal', header: '评审得分', width: 10, type: 'number' },
            { key: 'points', header: '满分', width: 8, type: 'number' },
            { key: 'publicityNo', header: '公示编号', width: 20 },
            { key: 'namedOn', header: '命名日期', width: 12 },
            { key: 'expiresOn', header: '复核日期', width: 12 },
          ],
          rows: rows.map((r) => ({
            programme: r.programmeName,
            level: L(`creation.level.${r.level}`),
            node: r.nodeName,
            year: r.year,
            state: L(`creation.state.${r.state}`),
            selfTotal: r.selfTotal ?? '',
            reviewTotal: r.reviewTotal ?? '',
            points: r.points,
            publicityNo: r.publicityNo ?? '',
            namedOn: r.namedOn ?? '',
            expiresOn: r.expiresOn ?? '',
          })),
        },
      ]);
    },
  };
}
