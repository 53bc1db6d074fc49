/** The honours API as typed functions: types from the server's own zod schemas. */
import type { z } from 'zod';
import type {
  awardsView,
  boardView,
  nominationBody,
  nominationView,
  reviewBody,
} from '../../../server/modules/honours/honours.schemas.ts';
import { api, qs } from '../../app/api.ts';

export type Awards = z.infer<typeof awardsView>;
export type Nomination = z.infer<typeof nominationView>;
export type Board = z.infer<typeof boardView>;
export type NominationInput = z.input<typeof nominationBody>;

export const getAwards = (nodeId: string) => api<Awards>('GET', `/api/honours/awards${qs({ nodeId })}`);
export const createAward = (b: { nodeId: string; name: string; categories?: string[] }) =>
  api<{ id: string }>('POST', '/api/honours/awards', b);
export const listNominations = (q: { nodeId?: string; year?: number; mine?: boolean }) =>
  api<Nomination[]>('GET', `/api/honours/nominations${qs(q)}`);
export const nominate = (b: NominationInput) => api<{ id: string }>('POST', '/api/honours/nominations', b);
export const review = (id: string, b: z.input<typeof reviewBody>) =>
  api<Nomination>('POST', `/api/honours/nominations/${id}/review`, b);
export const getBoard = (nodeId: string, year?: number) =>
  api<Board>('GET', `/api/honours/board/${nodeId}${qs({ year })}`);
export const getPublicBoard = (nodeId: string, year?: number) =>
  api<Board>('GET', `/api/public/honours/${nodeId}${qs({ year })}`);
export const honoursExportUrl = (nodeId?: string, year?: number) =>
  `/api/honours/export${qs({ nodeId, year })}`;
