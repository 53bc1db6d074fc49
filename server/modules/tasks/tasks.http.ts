/** What the tasks routes share: the id parameter, the created answer, the tag, and Excel downloads. */
import { z } from 'zod';
import type { FastifyReply } from 'fastify';

export const idParams = z.object({ id: z.uuid() });
export const created = z.object({ id: z.uuid() });
export const tags = ['tasks'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function sendXlsx(reply: FastifyReply, name: string, buf: Buffer, ascii: string) {
  return reply
    .type(XLSX)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}.xlsx`,
    )
    .send(buf);
}
