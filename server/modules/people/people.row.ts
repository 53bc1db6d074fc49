/**
 * The one encoder of a person into `people_persons` column values: used by the service for every
 * write and by the demo generator to stream millions of rows through COPY. Pure and synchronous.
 */
import type { PiiCipher } from '../../platform/pii/pii.ts';
import { pinyinFull, pinyinInitials } from '../../platform/pinyin.ts';

/** What a caller knows about a person before encoding (plaintext, already validated). */
export interface PersonRowInput {
  districtId: string;
  id: string;
  nodeId: string;
  name: string;
  gender: 'M' | 'F';
  /** YYYY-MM-DD */
  birthDate: string;
  nationalId: string;
  phone?: string | null;
  address?: string | null;
}

/** The stored columns of one person, ready for an INSERT or a COPY line. */
export interface PersonRow {
  district_id: string;
  id: string;
  node_id: string;
  name: string;
  name_initials: string;
  name_pinyin: string;
  gender: 'M' | 'F';
  birth_date: string;
  id_enc: Buffer;
  id_bidx: Buffer;
  phone_enc: Buffer | null;
  phone_bidx: Buffer | null;
  address: string;
}

/** Column names of `people_persons` in the order COPY receives them (version and timestamps default). */
export const PERSON_COPY_COLUMNS = [
  'district_id',
  'id',
  'node_id',
  'name',
  'name_initials',
  'name_pinyin',
  'gender',
  'birth_date',
  'id_enc',
  'id_bidx',
  'phone_enc',
  'phone_bidx',
  'address',
] as const satisfies readonly (keyof PersonRow)[];

/** Normal form of a national ID number as it is encrypted and indexed. */
export function normaliseNationalId(id: string): string {
  return id.trim().toUpperCase();
}

/** Normal form of a phone number as it is encrypted and indexed. */
export function normalisePhone(phone: string): string {
  return phone.trim();
}

/** Normal form of a person's name (spaces trimmed). */
export function normaliseName(name: string): string {
  return name.trim();
}

// Names repeat a lot across a district; the pinyin keys are the costliest pure part of a row.
const pinyinCache = new Map<string, [string, string]>();
const PINYIN_CACHE_MAX = 200_000;

/** Pinyin initials and full pinyin of a name, memoised (bounded). */
export function namePinyin(name: string): [initials: string, full: string] {
  let hit = pinyinCache.get(name);
  if (!hit) {
    if (pinyinCache.size >= PINYIN_CACHE_MAX) pinyinCache.clear();
    hit = [pinyinInitials(name), pinyinFull(name)];
    pinyinCache.set(name, hit);
  }
  return hit;
}

/** Encodes a person: SM4 ciphertexts, HMAC-SM3 blind indexes and pinyin search keys. */
export function personRow(pii: PiiCipher, input: PersonRowInput): PersonRow {
  const name = normaliseName(input.name);
  const nationalId = normaliseNationalId(input.nationalId);
  const phone = input.phone ? normalisePhone(input.phone) : '';
  const [initials, full] = namePinyin(name);
  return {
    district_id: input.districtId,
    id: input.id,
    node_id: input.nodeId,
    name,
    name_initials: initials,
    name_pinyin: full,
    gender: input.gender,
    birth_date: input.birthDate,
    id_enc: pii.encrypt(nationalId),
    id_bidx: pii.blindIndex('id', nationalId),
    phone_enc: phone ? pii.encrypt(phone) : null,
    phone_bidx: phone ? pii.blindIndex('phone', phone) : null,
    address: input.address?.trim() ?? '',
  };
}
