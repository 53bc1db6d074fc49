/**
 * Personal data protection: SM4-CTR encryption at rest, HMAC-SM3 blind indexes for exact lookup,
 * and the masks every response applies. National ID and phone numbers never reach the database
 * in plaintext.
 */
import crypto from 'node:crypto';
import { hmacSm3, type Keys } from '../secrets.ts';

/** Encrypts and indexes personal fields with the platform keys. */
export interface PiiCipher {
  encrypt(plain: string): Buffer;
  decrypt(blob: Buffer): string;
  /** Deterministic keyed index of a normalised value, namespaced by kind ('id', 'phone'). */
  blindIndex(kind: string, value: string): Buffer;
}

/** Builds the cipher from the derived keys. */
export function createPiiCipher(keys: Pick<Keys, 'piiEnc' | 'piiIndex'>): PiiCipher {
  return {
    encrypt(plain) {
      const iv = crypto.randomBytes(16);
      const c = crypto.createCipheriv('sm4-ctr', keys.piiEnc, iv);
      return Buffer.concat([iv, c.update(plain, 'utf8'), c.final()]);
    },
    decrypt(blob) {
      const d = crypto.createDecipheriv('sm4-ctr', keys.piiEnc, blob.subarray(0, 16));
      return Buffer.concat([d.update(blob.subarray(16)), d.final()]).toString('utf8');
    },
    blindIndex(kind, value) {
      return hmacSm3(keys.piiIndex, `${kind}:${value.trim().toUpperCase()}`);
    },
  };
}

/** 440304********1234: region code and last four kept. */
export function maskNationalId(id: string): string {
  if (id.length < 10) return '*'.repeat(id.length);
  return id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
}

/** 138****5678. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}

/** 1985-**-**: the year stays, the day goes. */
export function maskBirthDate(date: string): string {
  return date.slice(0, 4) + '-**-**';
}

/** Keeps the first part of an address (down to the street or estate) and hides the rest. */
export function maskAddress(addr: string): string {
  if (!addr) return addr;
  const keep = Math.min(addr.length, Math.max(4, Math.ceil(addr.length / 2)));
  return addr.slice(0, keep) + '*'.repeat(Math.min(6, addr.length - keep));
}

/** 张*明 / 李*: the surname and, for long names, the last character stay. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return name;
  if (chars.length === 2) return chars[0] + '*';
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}
