/**
 * Photos of events (before and after). The type is read from the bytes, never from what the
 * client says: JPEG, PNG and WebP are accepted and re-encoded, which drops every piece of
 * metadata (EXIF GPS would place a resident's home); HEIC is refused with a message, since this
 * build cannot decode it to strip its metadata. Photos live in the database with their event.
 */
import crypto from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import type { RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import { InvalidError, NotFoundError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { EventsCore } from './events.core.ts';
import { idempotencyKeyOf } from './events.keys.ts';
import * as photosRepo from './events.photos.repository.ts';

/** The largest upload accepted. */
export const PHOTO_MAX = 5 * 1024 * 1024;
/** The most pixels decoded (a small file may claim a huge picture). */
const MAX_PIXELS = 40_000_000;
const KEPT = ['image/jpeg', 'image/png', 'image/webp'] as const;
const HEIC = ['image/heic', 'image/heif', 'image/heic-sequence', 'image/heif-sequence'];

/**
 * A photo's bytes made safe to keep and serve: its type detected from the bytes, turned upright,
 * and re-encoded in the same format without metadata. Refuses anything else.
 */
export async function cleanPhoto(data: Buffer): Promise<{ mime: string; data: Buffer }> {
  if (data.length === 0 || data.length > PHOTO_MAX)
    throw new InvalidError([{ field: 'file', key: 'events.photo_size' }]);
  const type = await fileTypeFromBuffer(data);
  if (type && HEIC.includes(type.mime)) throw new InvalidError([{ field: 'file', key: 'events.photo_heic' }]);
  if (!type || !(KEPT as readonly string[]).includes(type.mime))
    throw new InvalidError([{ field: 'file', key: 'events.photo_type' }]);
  try {
    const img = sharp(data, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate();
    const out =
      type.mime === 'image/jpeg'
        ? await img.jpeg({ quality: 85 }).toBuffer()
        : type.mime === 'image/png'
          ? await img.png().toBuffer()
          : await img.webp({ quality: 85 }).toBuffer();
    return { mime: type.mime, data: out };
  } catch {
    throw new InvalidError([{ field: 'file', key: 'events.photo_type' }]);
  }
}

/** Builds the photo use cases. */
export function createPhotos(deps: { core: EventsCore; auditor: Auditor }) {
  const { core, auditor } = deps;
  const { db } = core;
  return {
    /** Adds a photo to an event the actor may see (idempotent with a key; the same bytes once). */
    async addPhoto(
      ctx: RequestContext,
      id: string,
      file: { data: Buffer },
      key?: string,
    ): Promise<{ id: string }> {
      const actor = ctx.actor;
      if (!actor) throw new NotFoundError();
      const photo = await cleanPhoto(file.data);
      const sha = crypto.createHash('sha256').update(photo.data).digest('hex');
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(
          trx,
          {
            userId: actor.userId,
            key: key ? idempotencyKeyOf('photo', key) : undefined,
            payload: { id, sha },
          },
          async () => {
            const { r, who } = await core.visibleEvent(ctx, trx, id, true);
            if (!who.reader) throw new NotFoundError();
            const same = await photosRepo.samePhoto(trx, r.district_id, id, sha);
            if (same) return { id: same };
            const pid = uuidv7();
            await photosRepo.insertPhoto(trx, {
              district_id: r.district_id,
              id: pid,
              event_id: id,
              mime: photo.mime,
              size: photo.data.length,
              sha256: sha,
              bytes: photo.data,
              created_by: actor.userId,
            });
            await auditor.append(trx, ctx, {
              action: 'events.photo',
              objectType: 'event',
              objectId: id,
              districtId: r.district_id,
              detail: { photoId: pid, size: photo.data.length, sha256: sha, mime: photo.mime },
            });
            return { id: pid };
          },
        );
        return result;
      });
    },

    /** A photo's bytes, to those who may see its event. */
    async photo(ctx: RequestContext, id: string, photoId: string): Promise<{ mime: string; data: Buffer }> {
      const { r } = await core.visibleEvent(ctx, db, id);
      const p = await photosRepo.photoOf(db, r.district_id, id, photoId);
      if (!p) throw new NotFoundError();
      return { mime: p.mime, data: p.bytes };
    },
  };
}
