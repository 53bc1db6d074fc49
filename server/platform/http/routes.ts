/** What the modules' route declarations share: the common schema fragments, the Excel download replies, uploads. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DomainError } from '../errors.ts';
import { xlsxHeaders } from '../sheets/index.ts';

/** `:id` in a URL. */
export const idParams = z.object({ id: z.uuid() });
/** The answer of a command that only succeeds. */
export const ok = z.object({ ok: z.literal(true) });
/** `?dryRun=1` checks an import and says what it would do, changing nothing. */
export const dryRunQuery = z.object({ dryRun: z.enum(['0', '1']).default('0') });

/**
 * What an import did (or, with dryRun, would do): how many rows it added and skipped as there
 * already, and each good row (its fields, its row number and its action).
 */
export function importOutcome<T extends z.ZodRawShape>(row: T) {
  return z.object({
    dryRun: z.boolean(),
    added: z.number(),
    skipped: z.number(),
    rows: z.array(z.object({ ...row, row: z.number(), action: z.enum(['add', 'skip']) })),
  });
}

/** The answer of a command that creates one thing. */
export const created = z.object({ id: z.uuid() });
/** Waits for a command that answers nothing, then answers `{ ok: true }`. */
export async function okAfter(command: Promise<unknown>) {
  await command;
  return { ok: true as const };
}

/** `?nodeId=`: the org node a list or export is about. */
export const nodeIdQuery = z.object({ nodeId: z.uuid() });
/** `?nodeId=` when it may be left out. */
export const optionalNodeQuery = z.object({ nodeId: z.uuid().optional() });
/** A month 'YYYY-MM' of the years the app keeps (2000–2099, as the `year` queries). */
export const yearMonth = z.string().regex(/^20\d{2}-(0[1-9]|1[0-2])$/, { message: 'YYYY-MM' });
/** The Idempotency-Key header of a create that may be sent again. */
export const idemHeaders = z.object({ 'idempotency-key': z.string().min(8).max(100).optional() });

/** Sends an .xlsx download named `name` (`.xlsx` added when missing), not to be cached. */
export function sendXlsx(reply: FastifyReply, name: string, bytes: Buffer) {
  return reply.headers(xlsxHeaders(name)).send(bytes);
}

/** Sends an .xlsx download named `name` (UTF-8, with `.xlsx`), `ascii` for clients that read only `filename`. */
export function sendXlsxAs(reply: FastifyReply, name: string, bytes: Buffer, ascii: string) {
  return reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .send(bytes);
}

/**
 * The request's multipart `file`, its name and bytes. A request without one (no file part, or not
 * multipart at all) is a 400 naming the field `file`, with the message `key`.
 */
export async function uploadedFile(
  req: FastifyRequest,
  key = 'error.no_file',
): Promise<{ name: string; data: Buffer }> {
  const file = req.isMultipart() ? await req.file() : undefined;
  if (!file) throw new DomainError(400, key, {}, [{ field: 'file', key }]);
  return { name: file.filename, data: await file.toBuffer() };
}

/** The bytes of the request's multipart `file` (see uploadedFile). */
export async function uploadedBytes(req: FastifyRequest, key = 'error.no_file'): Promise<Buffer> {
  return (await uploadedFile(req, key)).data;
}
