/**
 * What the psych module tells people: the resident when a booking is made or cancelled (by them, or
 * because the counsellor left or the point closed), the grid worker when a patient's follow-up falls
 * due or is overdue (the daily sweep, once per due day; the community's officers when the patient has
 * no grid worker, so that someone arranges it), and the grid worker and the community officer
 * who checked it when a 服药补贴 is approved. Titles carry masked names only.
 */
import { t } from '../../platform/i18n.ts';
import type { NotificationInput } from '../notify/index.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { roleHoldersReaching } from '../accounts/index.ts';
import { today, type PsychDeps } from './psych.core.ts';
import * as repo from './psych.notices.repository.ts';
import { addDays, FOLLOWUP_NOTICE_DAYS } from './psych.rules.ts';

/** A slot's start as Beijing wall time, 'YYYY-MM-DD HH:mm'. */
export function beijingTime(at: Date | string): string {
  return new Date(new Date(at).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The kinds sent, by notice (their inbox labels are in web/modules/notify/notify.kinds.ts). */
const KIND = {
  booked: { kind: 'psych.booked' },
  cancelled: { kind: 'psych.cancelled' },
  followup_due: { kind: 'psych.followup_due' },
  followup_overdue: { kind: 'psych.followup_overdue' },
  subsidy_approved: { kind: 'psych.subsidy_approved' },
} as const;

/** A notice with its title as a message key (readers see it in their language; SMS in Chinese). */
function keyed(
  what: keyof typeof KIND,
  params: Record<string, unknown>,
  n: Omit<NotificationInput, 'title' | 'titleKey' | 'titleParams' | 'kind'>,
  key = `psych.notice.${what}`,
): NotificationInput {
  return {
    ...n,
    ...KIND[what],
    title: t('zh-CN', key, params),
    titleKey: key,
    titleParams: params,
  };
}

/** The resident's notice of a booking made or cancelled. */
export function bookingNotice(
  what: 'booked' | 'cancelled',
  b: {
    district_id: string;
    id: string;
    user_id: string;
    point_name: string;
    counsellor_name: string;
    starts_at: Date | string;
  },
): NotificationInput {
  return keyed(
    what,
    { point: b.point_name, counsellor: b.counsellor_name, at: beijingTime(b.starts_at) },
    {
      districtId: b.district_id,
      userId: b.user_id,
      link: '/psych/book',
      objectType: 'psych_booking',
      objectId: b.id,
      dedupeKey: `psych.${what}:${b.id}`,
    },
  );
}

/** The notices of an approved subsidy: its patient's grid worker and the officer who checked it. */
export function subsidyApprovedNotices(s: {
  district_id: string;
  id: string;
  patient_id: string;
  name_mask: string;
  monthly_fen: number;
  grid_worker_id: string | null;
  checked_by: string | null;
}): NotificationInput[] {
  const to = [...new Set([s.grid_worker_id, s.checked_by].filter((u): u is string => !!u))];
  return to.map((userId) =>
    keyed(
      'subsidy_approved',
      { name: s.name_mask, yuan: s.monthly_fen / 100 },
      {
        districtId: s.district_id,
        userId,
        link: `/psych/patients/${s.patient_id}`,
        objectType: 'psych_subsidy',
        objectId: s.id,
        dedupeKey: `psych.subsidy_approved:${s.id}:${userId}`,
      },
    ),
  );
}

/** Builds the sweep of follow-up notices. */
export function createNoticesService(deps: PsychDeps) {
  const { db, notify } = deps;
  return {
    /**
     * Tells each grid worker of their patients' follow-ups due within FOLLOWUP_NOTICE_DAYS, and
     * those overdue; a patient with no grid worker is told to the community officers over its node
     * instead (someone must arrange the visit), each by their own account. Once per patient, due day
     * and reader (dedupe keys), so it may run any number of times. Returns how many notices were new.
     */
    async notifyFollowups(day = deps.now ? shanghaiDay(deps.now()) : today()) {
      const due = await repo.findFollowupsDue(db, addDays(day, FOLLOWUP_NOTICE_DAYS));
      if (due.length === 0) return { sent: 0 };
      const officers = new Map<string, string[]>();
      for (const p of due)
        if (!p.grid_worker_id && p.community_path && !officers.has(p.community_path))
          officers.set(
            p.community_path,
            await roleHoldersReaching(db, 'community_officer', p.community_path),
          );
      const notices = due.flatMap((p) => {
        const what = p.due < day ? 'followup_overdue' : 'followup_due';
        const to = p.grid_worker_id ? [p.grid_worker_id] : (officers.get(p.community_path ?? '') ?? []);
        return to.map((userId) =>
          keyed(
            what,
            { name: p.name_mask, due: p.due },
            {
              districtId: p.district_id,
              userId,
              link: `/psych/patients/${p.id}`,
              objectType: 'psych_patient',
              objectId: p.id,
              dedupeKey: p.grid_worker_id
                ? `psych.${what}:${p.id}:${p.due}`
                : `psych.${what}:${p.id}:${p.due}:${userId}`,
            },
            p.grid_worker_id ? undefined : `psych.notice.${what}_unassigned`,
          ),
        );
      });
      if (notices.length === 0) return { sent: 0 };
      const sent = await db.transaction().execute((trx) => notify.send(trx, notices));
      return { sent };
    },
  };
}
