/**
 * The to-dos of the awards and the plans per track: nominations waiting for the committee's
 * review or the decision (the academy), the tracks without a plan this year (the organisation
 * department), and a cadre behind their track's plan.
 */
import type { RequestContext } from '../../platform/access/access.ts';
import { t } from '../../platform/i18n.ts';
import type { TodoItem } from '../../platform/workbench.ts';
import { grantPaths } from './training.core.ts';
import type { createAwardsService } from './training.awards.service.ts';
import type { createTracksService } from './training.tracks.service.ts';

/** What waits for the actor in the awards and the track plans. */
export async function awardsAndTracksTodos(
  ctx: RequestContext,
  awards: ReturnType<typeof createAwardsService>,
  tracks: ReturnType<typeof createTracksService>,
): Promise<TodoItem[]> {
  if (!ctx.actor) return [];
  const out: TodoItem[] = [];
  const waiting = await awards.awaiting(ctx);
  if (waiting.length)
    out.push({
      key: 'training.awards',
      module: 'training',
      label: t(ctx.lang, 'training.todo.awards'),
      count: waiting.length,
      href: '/training/awards',
      level: 'normal',
      entries: waiting.slice(0, 5).map((w) => ({
        id: w.id,
        title: `${w.teacher_name} · ${t(ctx.lang, `training.award.kind.${w.kind}`)}`,
        href: '/training/awards',
      })),
    });
  const unplanned = await tracks.unplanned(ctx);
  if (unplanned.length)
    out.push({
      key: 'training.tracks_unplanned',
      module: 'training',
      label: t(ctx.lang, 'training.todo.tracks_unplanned'),
      count: unplanned.length,
      href: '/training/tracks',
      level: 'yellow',
      entries: unplanned.map((u) => ({
        id: `${u.nodeId}:${u.track}`,
        title: u.label,
        href: '/training/tracks',
      })),
    });
  if (ctx.actor.personId && grantPaths(ctx.actor, 'training.learn').length) {
    const mine = await tracks.myTracks(ctx, {});
    const behind = mine.tracks.filter((x) => x.plan && x.lagging);
    if (behind.length)
      out.push({
        key: 'training.track_behind',
        module: 'training',
        label: t(ctx.lang, 'training.todo.track_behind'),
        count: behind.length,
        href: '/training/tracks/mine',
        level: 'yellow',
        entries: behind.map((x) => ({
          id: x.key,
          title: `${x.label}：${x.hours}/${x.requiredHours}`,
          href: '/training/tracks/mine',
        })),
      });
  }
  return out;
}
