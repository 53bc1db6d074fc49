/** The volunteers API as typed functions: types from the server's zod schemas. */
import type { z } from 'zod';
import type {
  activityBody,
  activityDetail,
  activityView,
  certificateView,
  myYear,
  scanResult,
  teamView,
  totalsView,
} from '../../../server/modules/volunteers/volunteers.schemas.ts';
import { api, qs } from '../../app/api.ts';

export type Activity = z.infer<typeof activityView>;
export type ActivityDetail = z.infer<typeof activityDetail>;
export type ActivityInput = z.input<typeof activityBody>;
export type MyYear = z.infer<typeof myYear>;
export type Certificate = z.infer<typeof certificateView>;
export type Team = z.infer<typeof teamView>;
export type Totals = z.infer<typeof totalsView>;
export type ScanResult = z.infer<typeof scanResult>;

/** Activities reaching me. */
export const listActivities = (q: { when?: 'upcoming' | 'past' | 'all'; nodeId?: string }) =>
  api<Activity[]>('GET', `/api/volunteers/activities${qs(q)}`);
/** One activity. */
export const getActivity = (id: string) => api<ActivityDetail>('GET', `/api/volunteers/activities/${id}`);
/** Publishes an activity. */
export const createActivity = (body: ActivityInput) =>
  api<{ id: string }>('POST', '/api/volunteers/activities', body);
/** Signs up. */
export const signUp = (id: string) => api('POST', `/api/volunteers/activities/${id}/signup`);
/** Withdraws. */
export const withdraw = (id: string) => api('POST', `/api/volunteers/activities/${id}/withdraw`);
/** Checks in or out with the QR code's secret. */
export const scan = (id: string, token: string, kind: 'checkin' | 'checkout') =>
  api<ScanResult>('POST', `/api/volunteers/activities/${id}/${kind}`, { token });
/** Confirms hours. */
export const confirmHours = (id: string, items: { volunteerId: string; hours: number }[]) =>
  api('POST', `/api/volunteers/activities/${id}/confirm`, { items });
/** My year. */
export const getMyYear = (year?: number) => api<MyYear>('GET', `/api/volunteers/me${qs({ year })}`);
/** My certificate. */
export const getMyCertificate = (year?: number) =>
  api<Certificate>('GET', `/api/volunteers/me/certificate${qs({ year })}`);
/** A volunteer's certificate (organisers). */
export const getCertificateFor = (id: string, year?: number) =>
  api<Certificate>('GET', `/api/volunteers/volunteers/${id}/certificate${qs({ year })}`);
/** Teams. */
export const listTeams = (nodeId?: string) => api<Team[]>('GET', `/api/volunteers/teams${qs({ nodeId })}`);
/** Registers a team. */
export const createTeam = (body: { nodeId: string; name: string; leader?: string }) =>
  api<{ id: string }>('POST', '/api/volunteers/teams', body);
/** Brings in the register's volunteers under a node. */
export const syncRegister = (nodeId: string) =>
  api<{ added: number; found: number }>('POST', '/api/volunteers/sync', { nodeId });
/** A node's year. */
export const getTotals = (q: { nodeId?: string; year?: number }) =>
  api<Totals>('GET', `/api/volunteers/totals${qs(q)}`);
/** The Excel of volunteers and teams. */
export const volunteersExportUrl = (nodeId?: string) => `/api/volunteers/export${qs({ nodeId })}`;
/** A community's volunteer activities in public. */
export const getPublicVolunteers = (id: string) =>
  api<{
    totals: { year: number; teams: number; volunteers: number; hours: number; activities: number };
    activities: {
      id: string;
      title: string;
      place: string;
      nodeName: string;
      teamName: string | null;
      startsAt: string;
      endsAt: string;
      capacity: number;
      signedUp: number;
    }[];
  }>('GET', `/api/public/volunteers/${id}`);
