/**
 * A photo taken in: its type read from its bytes (JPEG, PNG or WebP), turned upright, re-encoded
 * as JPEG at most `side` px a side, with every piece of metadata (place, camera, time) dropped.
 */
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { InvalidError } from './errors.ts';

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/**
 * The re-encoded photo and its size; 422 on field `file` with keys.size when it is empty or larger
 * than maxBytes, with keys.type when it is not a picture of those types or does not decode.
 */
export async function reencodePhoto(
  data: Buffer,
  o: { maxBytes: number; side: number; keys: { size: string; type: string } },
): Promise<{ data: Buffer; info: { width: number; height: number } }> {
  if (data.length === 0 || data.length > o.maxBytes)
    throw new InvalidError([{ field: 'file', key: o.keys.size }]);
  const type = await fileTypeFromBuffer(data);
  if (!type || !PHOTO_TYPES.includes(type.mime))
    throw new InvalidError([{ field: 'file', key: o.keys.type }]);
  try {
    return await sharp(data, { failOn: 'error', limitInputPixels: 50_000_000 })
      .rotate()
      .resize({ width: o.side, height: o.side, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw new InvalidError([{ field: 'file', key: o.keys.type }]);
  }
}
