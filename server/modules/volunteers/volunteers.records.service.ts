/**
 * Teams, the register of volunteers and their year: a volunteer's own hours and stars, the
 * printable certificate, stars per node (for honours), yearly totals (Futian: 210 teams, 130,000
 * volunteers, 4M hours), the district's star thresholds, Excel in and out, the home page's
 * to-dos and the node dashboard's figures, and activities on a community's public page.
 */
import type { z } from 'zod';
import { sql } from 'kysely';
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { cellText, readRows, readTable, writeWorkbook } from '../../platform/sheets/index.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { shanghaiYear, yearOf, type VolunteersCore, type VolunteersDeps } from './volunteers.core.ts';
import * as repo from './volunteers.repository.ts';
import * as activitiesRepo from './volunteers.activities.repository.ts';
import * as hoursRepo from './volunteers.hours.repository.ts';
import { starsFor, validThresholds, type SignupState } from './volunteers.rules.ts';
import type {
  certificateView,
  importResult,
  myYear,
  settingsBody,
  starLine,
  teamBody,
  totalsView,
} from './volunteers.schemas.ts';

/** A volunteer with stars in a year, as starsByNode lists them (masked name, never ID or phone). */
export type StarLine = z.infer<typeof starLine>;

/** Builds the register verbs. */
export function createRecordsService(deps: VolunteersDeps & { core: VolunteersCore }) {
  const { db, auditor, core } = deps;

  /** A node the actor may perform action on (403 without the permission, 404 otherwise). */
  const nodeIn = (ctx: RequestContext, nodeId: string, action: string) => nodeFor(db, ctx, nodeId, action);

  async function certificateOf(
    v: repo.VolunteerRow,
    year: number,
    fallbackName: string,
  ): Promise<z.infer<typeof certificateView>> {
    const { from, to } = shanghaiYear(year);
    const [hours, thresholds, acts, name, district] = await Promise.all([
      hoursRepo.hoursOf(db, v.district_id, v.id, year),
      core.thresholds(v.district_id),
      hoursRepo.activitiesOfVolunteer(db, v.district_id, v.id, from, to),
      v.person_id ? deps.people.fullName(v.district_id, v.person_id) : Promise.resolve(null),
      repo.findNode(db, v.district_id),
    ]);
    return {
      number: `${year}-${v.id.replace(/-/g, '').slice(-10).toUpperCase()}`,
      name: name ?? fallbackName,
      year,
      hours,
      stars: starsFor(hours, thresholds),
      activities: acts.filter((a) => a.state === 'confirmed').length,
      issuer: `${district?.name ?? ''}志愿服务工作领导小组`,
      issuedOn: shanghaiDay(),
    };
  }

  async function starsUnder(districtId: string, path: string, year: number) {
    const [rows, thresholds] = await Promise.all([
      hoursRepo.hoursByVolunteer(db, districtId, path, year),
      core.thresholds(districtId),
    ]);
    return rows.map((r) => ({ ...r, stars: starsFor(r.hours, thresholds) }));
  }

  /** How many volunteers living under a node reached a star in a year (the first star's hours). */
  async function starredUnder(node: StatNode, year: number) {
    const thresholds = await core.thresholds(node.districtId);
    return hoursRepo.starredUnder(db, node.districtId, node, year, Math.min(...thresholds));
  }

  return {
    /** Teams in the actor's scope (or under a node). */
    async listTeams(ctx: RequestContext, nodeId?: string) {
      const actor = requirePermission(ctx, 'volunteers.read');
      const path = nodeId ? (await nodeIn(ctx, nodeId, 'volunteers.read')).path : undefined;
      const rows = await repo.findTeams(
        db,
        nodeInPaths('t.node_id', scopePaths(actor, 'volunteers.read')),
        path,
      );
      return rows.map((r) => ({
        id: r.id,
        nodeId: r.node_id,
        nodeName: r.node_name,
        name: r.name,
        leader: r.leader,
        members: r.members,
      }));
    },

    /** Registers a team on a node. */
    async createTeam(ctx: RequestContext, input: z.infer<typeof teamBody>) {
      const n = await nodeIn(ctx, input.nodeId, 'volunteers.organise');
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        if (
          !(await repo.insertTeam(trx, {
            district_id: n.district_id,
            id,
            node_id: n.id,
            name: input.name,
            leader: input.leader ?? '',
          }))
        )
          throw new InvalidError([{ field: 'name', key: 'volunteers.team_exists' }]);
        await auditor.append(trx, ctx, {
          action: 'volunteers.team',
          objectType: 'volunteers_team',
          objectId: id,
          districtId: n.district_id,
          detail: { name: input.name },
        });
      });
      return { id };
    },

    /** Teams from a sheet (name, leader) onto a node; a file with a bad row adds nothing. */
    async importTeams(
      ctx: RequestContext,
      nodeId: string,
      file: Buffer,
    ): Promise<z.infer<typeof importResult>> {
      const n = await nodeIn(ctx, nodeId, 'volunteers.export');
      const table = readTable(await readRows(file, { maxRows: 5000 }), [
        { key: 'name', label: '队伍名称', synonyms: ['志愿服务队', '队名', 'team'], required: true },
        { key: 'leader', label: '队长', synonyms: ['负责人', 'leader'] },
      ]);
      const errors: { row: number; field: string; message: string }[] = [];
      const seen = new Set<string>();
      const rows = table.rows.map((r) => {
        const name = cellText(r.cells.name ?? null);
        if (!name || name.length > 100)
          errors.push({ row: r.row, field: 'name', message: t(ctx.lang, 'volunteers.required') });
        else if (seen.has(name))
          errors.push({ row: r.row, field: 'name', message: t(ctx.lang, 'volunteers.team_exists') });
        seen.add(name);
        return {
          district_id: n.district_id,
          id: uuidv7(),
          node_id: n.id,
          name,
          leader: cellText(r.cells.leader ?? null).slice(0, 50),
        };
      });
      if (errors.length) return { created: 0, errors };
      let created = 0;
      await db.transaction().execute(async (trx) => {
        for (const r of rows) if (await repo.insertTeam(trx, r)) created++;
        await auditor.append(trx, ctx, {
          action: 'volunteers.import_teams',
          objectType: 'org_node',
          objectId: n.id,
          districtId: n.district_id,
          detail: { created },
        });
      });
      return { created, errors: [] };
    },

    /**
     * Brings the register's volunteers (people with the volunteer identity) under a node into the
     * volunteers' list, joining teams by name where the register names one. Read through people's
     * service: masked names only.
     */
    async syncFromRegister(ctx: RequestContext, nodeId: string) {
      const n = await nodeIn(ctx, nodeId, 'volunteers.organise');
      const found = await deps.people.volunteersUnder(n.district_id, n.path);
      const teams = new Map(
        (await repo.findTeams(db, nodeInPaths('t.node_id', [n.path]))).map((x) => [x.name, x.id] as const),
      );
      let added = 0;
      await db.transaction().execute(async (trx) => {
        added = await repo.insertVolunteers(
          trx,
          found.map((p) => ({
            district_id: n.district_id,
            id: uuidv7(),
            node_id: p.nodeId,
            person_id: p.personId,
            user_id: null,
            label: p.maskedName,
            team_id: (p.team && teams.get(p.team)) || null,
          })),
        );
        await auditor.append(trx, ctx, {
          action: 'volunteers.sync',
          objectType: 'org_node',
          objectId: n.id,
          districtId: n.district_id,
          detail: { added },
        });
      });
      return { added, found: found.length };
    },

    /** The actor's own year: hours, stars, the hours the next star needs, activities. */
    async myYear(ctx: RequestContext, year: number): Promise<z.infer<typeof myYear>> {
      const actor = requirePermission(ctx, 'volunteers.join');
      const v = await repo.findVolunteerOfUser(db, actor.userId);
      const districtId = v?.district_id ?? actor.grants[0]?.districtId;
      const thresholds = districtId ? await core.thresholds(districtId) : [];
      if (!v)
        return { year, hours: 0, stars: 0, thresholds, nextStarHours: thresholds[0] ?? null, activities: [] };
      const { from, to } = shanghaiYear(year);
      const [hours, acts] = await Promise.all([
        hoursRepo.hoursOf(db, v.district_id, v.id, year),
        hoursRepo.activitiesOfVolunteer(db, v.district_id, v.id, from, to),
      ]);
      const stars = starsFor(hours, thresholds);
      return {
        year,
        hours,
        stars,
        thresholds,
        nextStarHours: stars < 5 ? thresholds[stars] - hours : null,
        activities: acts.map((a) => ({
          id: a.id,
          title: a.title,
          startsAt: a.starts_at.toISOString(),
          state: a.state as SignupState,
          hours: a.hours === null ? null : Number(a.hours),
        })),
      };
    },

    /** The actor's own certificate of a year (their full name: it is theirs). */
    async myCertificate(ctx: RequestContext, year: number) {
      const actor = requirePermission(ctx, 'volunteers.join');
      const v = await repo.findVolunteerOfUser(db, actor.userId);
      if (!v) throw new NotFoundError();
      return certificateOf(v, year, actor.displayName);
    },

    /** A volunteer's certificate printed by an organiser in scope (audited: it shows a full name). */
    async certificateFor(ctx: RequestContext, volunteerId: string, year: number) {
      requirePermission(ctx, 'volunteers.organise');
      const v = await repo.findVolunteer(db, volunteerId);
      if (!v || !can(ctx.actor, 'volunteers.organise', v.path)) throw new NotFoundError();
      const c = await certificateOf(v, year, v.label);
      await db.transaction().execute((trx) =>
        auditor.append(trx, ctx, {
          action: 'volunteers.certificate',
          objectType: 'volunteer',
          objectId: v.id,
          districtId: v.district_id,
          detail: { year },
        }),
      );
      return c;
    },

    /**
     * Volunteers with hours in a year under a node, with their stars (masked names): the honours
     * page reads it. Only volunteers with at least one star are listed.
     */
    async starsByNode(
      ctx: RequestContext,
      nodeId: string,
      year: number,
    ): Promise<z.infer<typeof starLine>[]> {
      const n = await nodeIn(ctx, nodeId, 'volunteers.read');
      return (await starsUnder(n.district_id, n.path, year))
        .filter((r) => r.stars > 0)
        .map((r) => ({
          volunteerId: r.id,
          personId: r.person_id,
          label: r.label,
          nodeId: r.node_id,
          hours: r.hours,
          stars: r.stars,
        }));
    },

    /** A node's year: teams, volunteers, hours, activities, and how many reached each star. */
    async totals(
      ctx: RequestContext,
      nodeId: string | undefined,
      year: number,
    ): Promise<z.infer<typeof totalsView>> {
      const actor = requirePermission(ctx, 'volunteers.read');
      const id = nodeId ?? actor.grants.find((g) => can(actor, 'volunteers.read', g.path))?.nodeId;
      if (!id) throw new NotFoundError();
      const n = await nodeIn(ctx, id, 'volunteers.read');
      const { from, to } = shanghaiYear(year);
      const [c, stars] = await Promise.all([
        hoursRepo.totalsUnder(db, n.district_id, n, year, from, to),
        starsUnder(n.district_id, n.path, year),
      ]);
      const starred = [1, 2, 3, 4, 5].map((s) => ({
        stars: s,
        count: stars.filter((x) => x.stars === s).length,
      }));
      return { nodeId: n.id, year, ...c, starred };
    },

    /** A district's star thresholds (defaults until set). */
    async getSettings(ctx: RequestContext, districtId: string) {
      requirePermission(ctx, 'volunteers.read');
      if (!ctx.actor!.grants.some((g) => g.districtId === districtId)) throw new NotFoundError();
      const s = await repo.findSettings(db, districtId);
      return {
        districtId,
        starHours: s?.star_hours ?? (await core.thresholds(districtId)),
        version: s?.version ?? 0,
      };
    },

    /** Sets the district's star thresholds (the organisation department; optimistic version, audited). */
    async saveSettings(ctx: RequestContext, input: z.infer<typeof settingsBody>) {
      const d = await nodeIn(ctx, input.districtId, 'volunteers.settings');
      if (d.level !== 'district') throw new NotFoundError();
      if (!validThresholds(input.starHours))
        throw new InvalidError([{ field: 'starHours', key: 'volunteers.thresholds' }]);
      await db.transaction().execute(async (trx) => {
        if (!(await repo.saveSettings(trx, d.id, input.starHours, input.version)))
          throw new ConflictError('volunteers.stale');
        await auditor.append(trx, ctx, {
          action: 'volunteers.settings',
          objectType: 'org_node',
          objectId: d.id,
          districtId: d.id,
          detail: { starHours: input.starHours },
        });
      });
      return { ok: true as const };
    },

    /** The volunteers with their year's hours and stars, and the teams, as an Excel workbook. */
    async exportSheet(ctx: RequestContext, nodeId: string | undefined, year: number) {
      const actor = requirePermission(ctx, 'volunteers.export');
      const roots = nodeId
        ? [(await nodeIn(ctx, nodeId, 'volunteers.export')).path]
        : scopePaths(actor, 'volunteers.export');
      const districts = new Map(actor.grants.map((g) => [g.path, g.districtId]));
      const lines: Record<string, unknown>[] = [];
      for (const root of roots) {
        const districtId =
          districts.get(root) ??
          (await repo.findNode(db, root.split('/').filter(Boolean).at(-1)!))?.district_id;
        if (!districtId) continue;
        for (const r of await starsUnder(districtId, root, year))
          lines.push({
            label: r.label,
            node: r.node_name,
            team: r.team_name ?? '',
            hours: r.hours,
            stars: r.stars,
          });
      }
      const teams = await repo.findTeams(db, nodeInPaths('t.node_id', roots));
      return writeWorkbook([
        {
          name: t(ctx.lang, 'volunteers.sheet.volunteers'),
          columns: [
            { key: 'label', header: '志愿者', width: 12 },
            { key: 'node', header: '所在节点', width: 16 },
            { key: 'team', header: '队伍', width: 20 },
            { key: 'hours', header: `${year}年服务时长（小时）`, width: 18, type: 'number' },
            { key: 'stars', header: '星级', width: 8, type: 'number' },
          ],
          rows: lines as never,
        },
        {
          name: t(ctx.lang, 'volunteers.sheet.teams'),
          columns: [
            { key: 'name', header: '队伍名称', width: 24 },
            { key: 'leader', header: '队长', width: 12 },
            { key: 'node', header: '所在节点', width: 16 },
            { key: 'members', header: '队员人数', width: 10, type: 'number' },
          ],
          rows: teams.map((x) => ({ name: x.name, leader: x.leader, node: x.node_name, members: x.members })),
        },
      ]);
    },

    /** What waits: activities signed up for (volunteers: go and check in), hours to confirm (organisers). */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const actor = ctx.actor;
      if (!actor) return [];
      const out: TodoItem[] = [];
      if (can(actor, 'volunteers.join')) {
        const soon = await hoursRepo.upcomingOfUser(db, actor.userId);
        if (soon.length)
          out.push({
            key: 'volunteers.upcoming',
            module: 'volunteers',
            label: t(ctx.lang, 'volunteers.todo.upcoming'),
            count: soon.length,
            href: '/volunteers',
            level: 'normal',
            entries: soon.slice(0, 5).map((a) => ({
              id: a.id,
              title: a.title,
              href: `/volunteers/activities/${a.id}`,
              due: a.starts_at.toISOString(),
            })),
          });
      }
      if (can(actor, 'volunteers.organise')) {
        const rows = await hoursRepo.awaitingConfirmation(
          db,
          sql<boolean>`(a.organiser_user_id = ${actor.userId} OR ${nodeInPaths('a.node_id', scopePaths(actor, 'volunteers.organise'))})`,
        );
        const count = rows.reduce((s, r) => s + r.waiting, 0);
        if (count)
          out.push({
            key: 'volunteers.to_confirm',
            module: 'volunteers',
            label: t(ctx.lang, 'volunteers.todo.to_confirm'),
            count,
            href: '/volunteers',
            level: rows.some((r) => r.ends_at.getTime() < Date.now() - 3 * 86400_000) ? 'yellow' : 'normal',
            entries: rows
              .slice(0, 5)
              .map((r) => ({ id: r.id, title: r.title, href: `/volunteers/activities/${r.id}` })),
          });
      }
      return out;
    },

    /** The node dashboard's figures for a year (Futian's teams, volunteers, hours). */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      if (!can(ctx.actor, 'volunteers.read', node.path)) return [];
      const { from, to } = shanghaiYear(year);
      const [c, starred] = await Promise.all([
        hoursRepo.totalsUnder(db, node.districtId, node, year, from, to),
        starredUnder(node, year),
      ]);
      const stat = statMaker(ctx.lang, 'volunteers', 'definition', { year });
      return [
        stat('teams', c.teams, 'count'),
        stat('volunteers', c.volunteers, 'count'),
        stat('hours', c.hours, 'hours'),
        stat('starred', starred, 'count'),
      ];
    },

    /** Upcoming activities reaching a community, for its public page (no names). */
    async publicActivities(communityId: string) {
      const n = await repo.findNode(db, communityId);
      if (!n || n.level !== 'community') throw new NotFoundError();
      const ids = n.path.split('/').filter(Boolean);
      const above = ids.map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
      const rows = await activitiesRepo.findActivities(db, nodeInPaths('a.node_id', [n.path]), above, {
        when: 'upcoming',
        limit: 20,
      });
      const year = yearOf(new Date());
      const { from, to } = shanghaiYear(year);
      const c = await hoursRepo.totalsUnder(db, n.district_id, n, year, from, to);
      return {
        totals: { year, teams: c.teams, volunteers: c.volunteers, hours: c.hours, activities: c.activities },
        activities: rows.map((a) => ({
          id: a.id,
          title: a.title,
          place: a.place,
          nodeName: a.node_name,
          teamName: a.team_name,
          startsAt: a.starts_at.toISOString(),
          endsAt: a.ends_at.toISOString(),
          capacity: a.capacity,
          signedUp: a.signed_up,
        })),
      };
    },
  };
}
