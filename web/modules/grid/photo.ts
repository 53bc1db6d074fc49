/** Photos are shrunk on the phone before they are queued: at most 1280 px on the long side, JPEG q≈0.7. */

/** Longest side of a stored photo, in pixels. */
export const MAX_SIDE = 1280;
/** JPEG quality used for stored photos. */
export const JPEG_QUALITY = 0.7;

/** Scales an image file down (never up) and re-encodes it as JPEG. */
export async function compressPhoto(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  try {
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const w = Math.max(1, Math.round(bitmap.width * scale));
    const h = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const g = canvas.getContext('2d');
    if (!g) throw new Error('canvas 2d unavailable');
    g.fillStyle = '#fff'; // transparent PNGs become white, not black, in JPEG
    g.fillRect(0, 0, w, h);
    g.drawImage(bitmap, 0, 0, w, h);
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY),
    );
    if (!blob) throw new Error('JPEG encoding failed');
    return blob;
  } finally {
    bitmap.close();
  }
}
