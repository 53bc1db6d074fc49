/** The property API as typed functions: types from the server's own zod schemas. */
import type { z } from 'zod';
import type {
  companyBody,
  companyView,
  compoundBody,
  compoundView,
  criteriaBody,
  criteriaView,
  feesView,
  importResult,
  issueBody,
  listView,
  meetingBody,
  memberBody,
  publicCommunity,
  qualityView,
  rankingView,
  ratingView,
} from '../../../server/modules/property/property.schemas.ts';
import { api, qs } from '../../app/api.ts';

export { BATCHES } from '../../../server/modules/property/property.rules.ts';

export type Company = z.infer<typeof companyView>;
export type Compound = z.infer<typeof compoundView>;
export type ProblemList = z.infer<typeof listView>;
export type Issue = ProblemList['issues'][number];
export type Criteria = z.infer<typeof criteriaView>;
export type Rating = z.infer<typeof ratingView>;
export type Quality = z.infer<typeof qualityView>;
export type Ranking = z.infer<typeof rankingView>;
export type Fees = z.infer<typeof feesView>;
export type ImportResult = z.infer<typeof importResult>;
export type PublicCommunity = z.infer<typeof publicCommunity>;

export const listCompanies = (q: { nodeId?: string; year?: number }) =>
  api<Company[]>('GET', `/api/property/companies${qs(q)}`);
export const createCompany = (b: z.input<typeof companyBody>) =>
  api<{ id: string }>('POST', '/api/property/companies', b);
export const linkStaff = (id: string, username: string) =>
  api('POST', `/api/property/companies/${id}/staff`, { username });
export const getRating = (id: string, year: number) =>
  api<Rating | null>('GET', `/api/property/companies/${id}/rating?year=${year}`);
export const rateCompany = (id: string, year: number, scores: Record<string, number>, comment: string) =>
  api<{ total: number; stars: number }>('PUT', `/api/property/companies/${id}/rating`, {
    year,
    scores,
    comment,
  });
export const publishRating = (id: string, year: number) =>
  api('POST', `/api/property/companies/${id}/rating/publish`, { year });
export const getCriteria = (nodeId: string, kind: 'company' | 'quality') =>
  api<Criteria>('GET', `/api/property/criteria?nodeId=${nodeId}&kind=${kind}`);
export const setCriteria = (b: z.input<typeof criteriaBody>) => api('PUT', '/api/property/criteria', b);

export const listCompounds = (q: { nodeId?: string; companyId?: string }) =>
  api<Compound[]>('GET', `/api/property/compounds${qs(q)}`);
export const createCompound = (b: z.input<typeof compoundBody>) =>
  api<{ id: string }>('POST', '/api/property/compounds', b);
export const getProblemList = (id: string) => api<ProblemList>('GET', `/api/property/compounds/${id}`);
export const addMember = (id: string, b: z.input<typeof memberBody>) =>
  api('POST', `/api/property/compounds/${id}/committee`, b);
export const linkCommittee = (id: string, username: string) =>
  api('POST', `/api/property/compounds/${id}/committee-accounts`, { username });
export const addIssue = (id: string, b: z.input<typeof issueBody>) =>
  api<{ id: string }>('POST', `/api/property/compounds/${id}/issues`, b);
export const moveIssue = (
  id: string,
  action: 'escalate' | 'resolve' | 'reopen',
  version: number,
  note: string,
) => api<{ state: string }>('POST', `/api/property/issues/${id}/transitions`, { action, version, note });
export const holdMeeting = (id: string, b: z.input<typeof meetingBody>) =>
  api<{ id: string }>('POST', `/api/property/compounds/${id}/meetings`, b);
export const getQuality = (id: string, year: number) =>
  api<Quality>('GET', `/api/property/compounds/${id}/quality?year=${year}`);
export const scoreQuality = (id: string, year: number, quarter: number, scores: Record<string, number>) =>
  api<{ total: number }>('PUT', `/api/property/compounds/${id}/quality`, { year, quarter, scores });
export const setCampaign = (id: string, year: number, campaign: boolean) =>
  api('PUT', `/api/property/compounds/${id}/campaign`, { year, campaign });
export const getRanking = (q: { nodeId?: string; year?: number }) =>
  api<Ranking>('GET', `/api/property/ranking${qs(q)}`);
export const getFees = (q: { nodeId?: string; compoundId?: string; year?: number }) =>
  api<Fees>('GET', `/api/property/fees${qs(q)}`);
export const recordFees = (
  id: string,
  rows: {
    period: string;
    billed: number;
    paid: number;
    householdsBilled?: number;
    householdsPaid?: number;
  }[],
) => api('PUT', `/api/property/compounds/${id}/fees`, { rows });
export const importRegister = (what: 'companies' | 'compounds' | 'fees', nodeId: string, file: File) => {
  const fd = new FormData();
  fd.append('file', file);
  return api<ImportResult>('POST', `/api/property/import/${what}?nodeId=${nodeId}`, fd);
};
export const exportUrl = (what: string, q: { nodeId?: string; year?: number; kind?: string }) =>
  `/api/property/export${qs({ what, ...q })}`;
export const getPublicCommunity = (id: string) =>
  api<PublicCommunity>('GET', `/api/public/property/communities/${id}`);
