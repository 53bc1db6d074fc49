/** The assessment API's common shapes: ids, days, texts, quarters, versions, grades. */
import { z } from 'zod';
import { GRADES } from './assessment.rules.ts';

export const id = z.uuid();
export const day = z.iso.date();
export const text = (max: number) => z.string().trim().min(1).max(max);
export const quarter = z.string().regex(/^\d{4}Q[1-4]$/);
export const version = z.number().int().min(1);
export const grade = z.enum(GRADES);
export const bilingual = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });

export const idParams = z.object({ id });
export const personParams = z.object({ personId: id });
export const created = z.object({ id });
export const districtQuery = z.object({ districtId: id });
export const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
