/**
 * Culture volunteers' hours and stars (seed 003: star-rated culture volunteers by yearly hours with a
 * 星级文化志愿者证书, nominated upward: 深圳市五星级义工, 优秀文化志愿者). Hours of a duty are logged by
 * the team's officers and confirmed by its lead (hours the lead records are confirmed as recorded);
 * stars come from a year's confirmed hours against the district's thresholds; a certificate is
 * numbered gaplessly per district and year under a row lock; a nomination is decided by the district.
 */
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { z } from 'zod';
import {
  checkUpdated,
  decidesFor,
  leads,
  starHoursOf,
  starsOf,
  todayOf,
  type CultureDeps,
} from './culture.core.ts';
import * as repo from './culture.repository.ts';
import * as starsRepo from './culture.stars.repository.ts';
import { ascending, certificateNumber, TITLE_MIN_STARS, type Title } from './culture.rules.ts';
import type { hoursBody, nominationBody, settingsBody } from './culture.schemas.ts';
import { checkQuota } from './culture.quotas.service.ts';

/** The first and the day after the last day of a year. */
export function yearDays(year: number) {
  return { from: `${year}-01-01`, to: `${year + 1}-01-01` };
}

/** Builds the hours, stars, certificate and nomination verbs. */
export function createStarsService(
  deps: CultureDeps & { troupeTeams: (ctx: RequestContext) => Promise<string[]> },
) {
  const { db } = deps;

  /** A member of the subtree of the actor's culture.certify grants, with their year's hours and stars. */
  async function starOf(ctx: RequestContext, memberId: string, year: number) {
    const m = await repo.findMember(db, memberId);
    if (!m || !can(ctx.actor, 'culture.certify', m.path)) throw new NotFoundError();
    const d = yearDays(year);
    const teamPath = m.path;
    const lines = await starsRepo.confirmedHours(db, m.district_id, teamPath, d.from, d.to);
    const hours = lines.find((l) => l.id === m.id)?.hours ?? 0;
    const { starHours } = await starHoursOf(db, m.district_id);
    return { m, hours, stars: starsOf(hours, starHours) };
  }

  return {
    /** Logs a member's hours of a duty (an officer over the team, or its lead). */
    async logHours(ctx: RequestContext, b: z.infer<typeof hoursBody>) {
      requirePermission(ctx, 'culture.lead');
      return db.transaction().execute(async (trx) => {
        const m = await repo.findMember(trx, b.memberId);
        if (!m || !leads(ctx, m)) throw new NotFoundError();
        if (b.servedOn > todayOf(deps))
          throw new InvalidError([{ field: 'servedOn', key: 'culture.in_future' }]);
        const byLead = m.leader_user_id === ctx.actor!.userId;
        const id = uuidv7();
        await starsRepo.insertHours(trx, [
          {
            district_id: m.district_id,
            id,
            member_id: m.id,
            team_id: m.team_id,
            duty: b.duty,
            served_on: b.servedOn,
            hours: b.hours,
            state: byLead ? 'confirmed' : 'pending',
            confirmed_by: byLead ? ctx.actor!.userId : null,
          },
        ]);
        await deps.auditor.append(trx, ctx, {
          action: 'culture.hours.log',
          objectType: 'culture_hours',
          objectId: id,
          districtId: m.district_id,
          detail: { member: m.id, hours: b.hours, on: b.servedOn, state: byLead ? 'confirmed' : 'pending' },
        });
        return { id };
      });
    },

    /** Hours of the teams the actor answers for (waiting ones by default). */
    async hours(ctx: RequestContext, q: { state?: 'pending' | 'confirmed' | 'rejected' }) {
      requirePermission(ctx, 'culture.lead');
      const rows = await starsRepo.findHours(db, await deps.troupeTeams(ctx), q.state ?? 'pending');
      return {
        hours: rows.map((h) => ({
          id: h.id,
          memberId: h.member_id,
          memberName: h.name,
          teamName: h.team_name,
          servedOn: h.served_on,
          hours: Number(h.hours),
          duty: h.duty,
          state: h.state as 'pending',
        })),
      };
    },

    /** The lead confirms or rejects waiting hours (a team without a lead account: its officers). */
    async decideHours(ctx: RequestContext, id: string, accept: boolean) {
      requirePermission(ctx, 'culture.lead');
      return db.transaction().execute(async (trx) => {
        const h = await starsRepo.findHourLine(trx, id);
        if (!h) throw new NotFoundError();
        const lead = h.leader_user_id ? h.leader_user_id === ctx.actor!.userId : leads(ctx, h);
        if (!lead) throw new NotFoundError();
        if (h.state !== 'pending') throw new ConflictError('culture.hours_decided');
        const state = accept ? 'confirmed' : 'rejected';
        await starsRepo.decideHours(trx, h.district_id, id, state, ctx.actor!.userId);
        await deps.auditor.append(trx, ctx, {
          action: `culture.hours.${accept ? 'confirm' : 'reject'}`,
          objectType: 'culture_hours',
          objectId: id,
          districtId: h.district_id,
          detail: { member: h.member_id, hours: Number(h.hours) },
        });
        return { ok: true as const };
      });
    },

    /** The culture volunteers of a node's subtree with their year's confirmed hours, stars, certificates, nominations. */
    async volunteers(ctx: RequestContext, q: { year?: number; nodeId?: string }) {
      const actor = requirePermission(ctx, 'culture.certify');
      const year = q.year ?? Number(todayOf(deps).slice(0, 4));
      const node = q.nodeId
        ? await nodeFor(db, ctx, q.nodeId, 'culture.certify')
        : await nodeFor(
            db,
            ctx,
            actor.grants.find((g) => can(actor, 'culture.certify', g.path))!.nodeId,
            'culture.certify',
          );
      const { starHours, version } = await starHoursOf(db, node.district_id);
      const d = yearDays(year);
      const lines = await starsRepo.confirmedHours(db, node.district_id, node.path, d.from, d.to);
      const certs = new Map(
        (await starsRepo.findCertificates(db, node.district_id, year)).map((c) => [c.member_id, c]),
      );
      const noms = await starsRepo.findNominations(db, [node.path], year);
      return {
        year,
        starHours,
        settingsVersion: version,
        volunteers: lines.map((l) => {
          const c = certs.get(l.id);
          return {
            memberId: l.id,
            name: l.name,
            teamName: l.team_name,
            hours: Math.round(l.hours * 10) / 10,
            stars: starsOf(l.hours, starHours),
            certificateNo: c ? certificateNumber(year, c.no) : null,
            certificateId: c?.id ?? null,
            nominations: noms
              .filter((n) => n.member_id === l.id && n.state !== 'declined')
              .map((n) => n.title as Title),
          };
        }),
        can: { certify: true, settings: decidesFor(ctx, node.district_id) },
      };
    },

    /** The district sets its star thresholds (five ascending yearly hours). */
    async saveSettings(ctx: RequestContext, b: z.infer<typeof settingsBody>) {
      const actor = requirePermission(ctx, 'culture.settings');
      const districtId = actor.grants.find(
        (g) => g.nodeId === g.districtId && decidesFor(ctx, g.districtId),
      )?.districtId;
      if (!districtId) throw new NotFoundError();
      if (!ascending(b.starHours))
        throw new InvalidError([{ field: 'starHours', key: 'culture.thresholds_order' }]);
      return db.transaction().execute(async (trx) => {
        if (!(await repo.saveSettings(trx, districtId, b.starHours, b.version)))
          throw new ConflictError('culture.stale');
        await deps.auditor.append(trx, ctx, {
          action: 'culture.settings.update',
          objectType: 'culture_settings',
          objectId: districtId,
          districtId,
          detail: { starHours: b.starHours },
        });
        return { ok: true as const };
      });
    },

    /** Prints (once) a numbered star certificate of a member's year; the same number when asked again. */
    async certify(ctx: RequestContext, b: { memberId: string; year: number }) {
      requirePermission(ctx, 'culture.certify');
      const { m, hours, stars } = await starOf(ctx, b.memberId, b.year);
      if (stars === 0) throw new InvalidError([{ field: 'memberId', key: 'culture.no_stars' }]);
      return db.transaction().execute(async (trx) => {
        const there = await starsRepo.findCertificateOf(trx, m.district_id, m.id, b.year);
        if (there) return { id: there.id };
        const no = await starsRepo.nextCertificateNo(trx, m.district_id, b.year);
        const id = uuidv7();
        await starsRepo.insertCertificate(trx, {
          district_id: m.district_id,
          id,
          member_id: m.id,
          year: b.year,
          stars,
          hours,
          no,
          issued_on: todayOf(deps),
        });
        await deps.auditor.append(trx, ctx, {
          action: 'culture.certificate.issue',
          objectType: 'culture_certificate',
          objectId: id,
          districtId: m.district_id,
          detail: { member: m.id, year: b.year, stars, hours, no },
        });
        return { id };
      });
    },

    /** A certificate to print (the member's full name: it is their own paper). */
    async certificate(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'culture.certify');
      const c = await starsRepo.findCertificate(db, id);
      if (!c || !can(ctx.actor, 'culture.certify', c.path)) throw new NotFoundError();
      return {
        id: c.id,
        number: certificateNumber(c.year, c.no),
        name: c.name,
        teamName: c.team_name,
        districtName: c.district_name,
        year: c.year,
        stars: c.stars,
        hours: Number(c.hours),
        issuedOn: c.issued_on,
      };
    },

    /** Nominates a star volunteer upward for a title (enough stars in the year). */
    async nominate(ctx: RequestContext, b: z.infer<typeof nominationBody>) {
      const { m, stars } = await starOf(ctx, b.memberId, b.year);
      if (stars < TITLE_MIN_STARS[b.title])
        throw new InvalidError([{ field: 'title', key: `culture.title_needs.${b.title}` }]);
      return db.transaction().execute(async (trx) => {
        await checkQuota(trx, m, b.year, b.title);
        const id = uuidv7();
        await starsRepo
          .insertNomination(trx, {
            district_id: m.district_id,
            id,
            member_id: m.id,
            year: b.year,
            title: b.title,
            reason: b.reason,
            state: 'proposed',
            nominated_by: ctx.actor!.userId,
          })
          .catch((e: { code?: string }) => {
            if (e.code === '23505') throw new ConflictError('culture.nominated_already');
            throw e;
          });
        await deps.auditor.append(trx, ctx, {
          action: 'culture.nomination.create',
          objectType: 'culture_nomination',
          objectId: id,
          districtId: m.district_id,
          detail: { member: m.id, year: b.year, title: b.title, stars },
        });
        return { id };
      });
    },

    /** Nominations of the actor's subtree (a year's when asked). */
    async nominations(ctx: RequestContext, q: { year?: number }) {
      requirePermission(ctx, 'culture.certify');
      const rows = await starsRepo.findNominations(db, scopePaths(ctx.actor, 'culture.certify'), q.year);
      return {
        nominations: rows.map((n) => ({
          id: n.id,
          memberId: n.member_id,
          name: n.name,
          teamName: n.team_name,
          year: n.year,
          title: n.title as Title,
          reason: n.reason,
          state: n.state as 'proposed',
          version: n.version,
          canDecide: n.state === 'proposed' && decidesFor(ctx, n.district_id),
        })),
      };
    },

    /** The district accepts or declines a nomination. */
    async decideNomination(ctx: RequestContext, id: string, b: { accept: boolean; version: number }) {
      requirePermission(ctx, 'culture.settings');
      return db.transaction().execute(async (trx) => {
        const n = await starsRepo.findNomination(trx, id);
        if (!n || !decidesFor(ctx, n.district_id)) throw new NotFoundError();
        if (n.state !== 'proposed') throw new ConflictError('culture.nomination_decided');
        const state = b.accept ? 'accepted' : 'declined';
        checkUpdated(
          await starsRepo.updateNomination(
            trx,
            { districtId: n.district_id, id, version: b.version },
            { state },
          ),
        );
        await deps.auditor.append(trx, ctx, {
          action: `culture.nomination.${b.accept ? 'accept' : 'decline'}`,
          objectType: 'culture_nomination',
          objectId: id,
          districtId: n.district_id,
          detail: { member: n.member_id, title: n.title, year: n.year },
        });
        return { ok: true as const };
      });
    },
  };
}
