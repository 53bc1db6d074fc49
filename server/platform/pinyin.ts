/** Pinyin keys for search: 福田街道 → initials 'ftjd', full 'futianjiedao'. Other characters pass through. */
import { pinyin } from 'pinyin-pro';

/** Lower-case pinyin initials of a name (letters and digits kept as they are). */
export function pinyinInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Lower-case full pinyin without tones or spaces. */
export function pinyinFull(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** True when a search text looks like pinyin (initials or full, digits allowed: 「bhd18wg」), not Chinese. */
export function looksLikePinyin(q: string): boolean {
  const t = q.trim();
  return /^[a-zA-Z0-9]+$/.test(t) && /[a-zA-Z]/.test(t);
}
