/**
 * 攻坚日报 and the home page (seeds 004 and 002): the numbered daily bulletin of a campaign (signed
 * today and in all, the signing and moved-out rates against the targets, the teams ranked, the
 * households not visited in 7 days, the signing rate day by day); the to-dos (a team's overdue
 * households, records waiting for confirmation); the dashboard's figures; and each cadre's visits
 * and signings for other modules to read.
 */
import type { z } from 'zod';
import { scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { t } from '../../platform/i18n.ts';
import { maskName } from '../../platform/pii/pii.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import type { CampaignsCore, CampaignsDeps } from './campaigns.core.ts';
import * as repo from './campaigns.repository.ts';
import {
  addDays,
  bulletinNo,
  daysBetween,
  rankTeams,
  rate,
  rates,
  VISIT_EVERY_DAYS,
} from './campaigns.rules.ts';
import type { bulletinView } from './campaigns.schemas.ts';

/** The most points of the signing-rate line (a longer drive is sampled every few days). */
const SERIES_POINTS = 120;

/** Builds the bulletin, to-do, figure and participation verbs. */
export function createCampaignsWorkbench(deps: CampaignsDeps & { core: CampaignsCore }) {
  const { db, core } = deps;

  /** The households as they stood at the end of a day. */
  const asOf = (hs: repo.HouseholdRow[], day: string) =>
    hs.map((h) => ({
      h,
      signed: !!h.signed_on && h.signed_on <= day,
      moved: !!h.moved_on && h.moved_on <= day,
      people: h.people,
    }));

  return {
    /**
     * The bulletin of a day (today, or for a finished campaign its last day of work): numbered
     * 第N期 from the start.
     */
    async bulletin(
      ctx: RequestContext,
      id: string,
      q: { date?: string },
    ): Promise<z.infer<typeof bulletinView>> {
      const s = await core.campaignFor(ctx, id, 'campaigns.read');
      const c = s.c;
      const hs = await repo.findHouseholds(db, c.district_id, c.id);
      const lastWork = hs.reduce<string>(
        (m, h) =>
          [h.signed_on, h.moved_on, h.last_visit_on].reduce<string>((a, d) => (d && d > a ? d : a), m),
        c.started_on,
      );
      const today = core.today();
      const date = q.date ?? (c.stage === 'done' && lastWork < today ? lastWork : today);
      const now = asOf(hs, date);
      const figures = rates(now);
      const teams = await repo.findTeams(db, c.district_id, c.id);
      const ranked = rankTeams(
        teams.map((tm) => {
          const mine = now.filter((x) => x.h.team_id === tm.id);
          const signed = mine.filter((x) => x.signed).length;
          return {
            id: tm.id,
            name: tm.name,
            households: mine.length,
            signed,
            signedToday: mine.filter((x) => x.h.signed_on === date).length,
            signRate: rate(signed, mine.length),
          };
        }),
      );
      const overdue = now
        .filter(({ h, signed, moved }) => {
          if (signed && moved) return false;
          const last = h.last_visit_on && h.last_visit_on <= date ? h.last_visit_on : null;
          return daysBetween(last ?? c.started_on, date) >= VISIT_EVERY_DAYS;
        })
        .map(({ h }) => ({
          id: h.id,
          no: h.no,
          buildingNo: h.building_no,
          headName: s.office ? h.head_name : maskName(h.head_name),
          teamName: h.team_name,
          lastVisitOn: h.last_visit_on && h.last_visit_on <= date ? h.last_visit_on : null,
          days: daysBetween(
            h.last_visit_on && h.last_visit_on <= date ? h.last_visit_on : c.started_on,
            date,
          ),
        }))
        .sort((a, b) => b.days - a.days || a.no.localeCompare(b.no));
      const span = Math.max(0, daysBetween(c.started_on, date));
      const every = Math.max(1, Math.ceil(span / SERIES_POINTS));
      const series: { date: string; signRate: number | null; moveRate: number | null }[] = [];
      for (let d = 0; d <= span; d += every) {
        const day = d + every > span ? date : addDays(c.started_on, d);
        const r = rates(asOf(hs, day));
        series.push({ date: day, signRate: r.signRate, moveRate: r.moveRate });
        if (day === date) break;
      }
      const pending = await repo.countPending(db, [c.id]);
      return {
        campaignName: c.name,
        nodeName: c.node_name,
        no: bulletinNo(c.started_on, date),
        date,
        signedToday: hs.filter((h) => h.signed_on === date).length,
        movedToday: hs.filter((h) => h.moved_on === date).length,
        visitsToday: await repo.countVisitsOn(db, c.district_id, c.id, date),
        figures: {
          households: figures.households,
          signed: figures.signed,
          people: figures.people,
          movedPeople: figures.movedPeople,
          signRate: figures.signRate,
          moveRate: figures.moveRate,
          pending: pending[0]?.n ?? 0,
          overdue: overdue.length,
        },
        targetSignPct: Number(c.target_sign_pct),
        targetMovePct: Number(c.target_move_pct),
        teams: ranked,
        overdue: overdue.slice(0, 500),
        series,
      };
    },

    /** What waits for the actor: their team's overdue households; records to confirm. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      if (!ctx.actor) return [];
      const out: TodoItem[] = [];
      const today = core.today();
      const mine = await repo.findMembershipsOf(db, ctx.actor.userId);
      const overdue: { id: string; title: string; href: string }[] = [];
      for (const m of mine) {
        const c = await repo.findCampaign(db, m.campaign_id);
        if (!c || c.stage === 'done') continue;
        for (const h of await repo.findHouseholds(db, c.district_id, c.id))
          if (h.team_id === m.team_id && core.householdOut(h, c.started_on, false, today).overdue)
            overdue.push({
              id: h.id,
              title: `${c.name} · ${h.building_no} ${h.no}`,
              href: `/campaigns/${c.id}?status=overdue`,
            });
      }
      if (overdue.length)
        out.push({
          key: 'campaigns.overdue',
          module: 'campaigns',
          label: t(ctx.lang, 'campaigns.todo.overdue'),
          count: overdue.length,
          href: overdue[0].href,
          level: 'red',
          entries: overdue.slice(0, 5),
        });
      const paths = scopePaths(ctx.actor, 'campaigns.confirm');
      if (paths.length) {
        const cs = await repo.findCampaignsIn(db, paths);
        const waiting = (
          await repo.findPendingRecords(
            db,
            cs.map((c) => c.id),
          )
        ).filter((r) => r.recorded_by !== ctx.actor!.userId);
        if (waiting.length)
          out.push({
            key: 'campaigns.confirmations',
            module: 'campaigns',
            label: t(ctx.lang, 'campaigns.todo.confirmations'),
            count: waiting.length,
            href: `/campaigns/${waiting[0].campaign_id}?tab=confirm`,
            level: 'yellow',
            entries: waiting.slice(0, 5).map((r) => ({
              id: r.id,
              title: `${r.building_no} ${r.no} · ${t(ctx.lang, `campaigns.record.${r.kind}`)} ${r.on_date}`,
              href: `/campaigns/${r.campaign_id}?tab=confirm`,
            })),
          });
      }
      return out;
    },

    /** The figures of the campaigns owned under a node that are still under way. */
    async stats(ctx: RequestContext, node: StatNode): Promise<NodeStat[]> {
      const cs = (await repo.findCampaignsIn(db, [node.path])).filter((c) => c.stage !== 'done');
      if (cs.length === 0) return [];
      const f = [...(await core.figuresOf(cs)).values()];
      const sum = (k: 'households' | 'signed' | 'people' | 'movedPeople' | 'pending') =>
        f.reduce((a, x) => a + x[k], 0);
      const stat = statMaker(ctx.lang, 'campaigns');
      return [
        stat('active', cs.length, 'count'),
        stat('sign_rate', rate(sum('signed'), sum('households')), 'percent'),
        stat('move_rate', rate(sum('movedPeople'), sum('people')), 'percent'),
        stat('pending', sum('pending'), 'count'),
      ];
    },

    /**
     * Each account's visits and confirmed signings in a district over a period, for other modules
     * (e.g. an assessment of cadres' work on the front line) to read.
     */
    async participation(districtId: string, from: string, to: string) {
      return (await repo.findParticipation(db, districtId, from, to)).map((r) => ({
        userId: r.user_id,
        visits: r.visits,
        signings: r.signings,
      }));
    },
  };
}
