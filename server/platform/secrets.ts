/**
 * Key material. One master key (GONGZHI_MASTER_KEY, 64 hex chars, or DATA_DIR/master.key made on
 * first run) from which each purpose derives its own key with HMAC-SM3, so no purpose's key can
 * be used for another. The key never enters the database.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The derived keys the platform uses. */
export interface Keys {
  /** SM4-128 key encrypting personal data at rest. */
  piiEnc: Buffer;
  /** HMAC-SM3 key for blind indexes (exact lookup without plaintext). */
  piiIndex: Buffer;
  /** HMAC-SM3 key chaining the audit log. */
  audit: Buffer;
  /** HMAC-SM3 key encrypting TOTP seeds and signing tokens. */
  token: Buffer;
}

/** HMAC-SM3 of data under key. */
export function hmacSm3(key: Buffer, data: string | Buffer): Buffer {
  return crypto.createHmac('sm3', key).update(data).digest();
}

/** Derives the purpose keys from a 32-byte master key. */
export function deriveKeys(master: Buffer): Keys {
  return {
    piiEnc: hmacSm3(master, 'gongzhi/pii/sm4').subarray(0, 16),
    piiIndex: hmacSm3(master, 'gongzhi/pii/blind-index'),
    audit: hmacSm3(master, 'gongzhi/audit/chain'),
    token: hmacSm3(master, 'gongzhi/token'),
  };
}

/** Loads the master key from the environment or DATA_DIR/master.key, creating the file once. */
export function loadMasterKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env.GONGZHI_MASTER_KEY;
  if (fromEnv) {
    if (!/^[0-9a-fA-F]{64}$/.test(fromEnv)) throw new Error('GONGZHI_MASTER_KEY must be 64 hex characters');
    return Buffer.from(fromEnv, 'hex');
  }
  const file = path.join(dataDir, 'master.key');
  if (fs.existsSync(file)) return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
  fs.mkdirSync(dataDir, { recursive: true });
  const key = crypto.randomBytes(32);
  fs.writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  return key;
}

/**
 * The master key in use, without making one: GONGZHI_MASTER_KEY, else DATA_DIR/master.key, else
 * undefined (for backup and restore, which must never invent a key).
 */
export function findMasterKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer | undefined {
  if (env.GONGZHI_MASTER_KEY) return loadMasterKey(dataDir, env);
  const file = path.join(dataDir, 'master.key');
  return fs.existsSync(file) ? Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex') : undefined;
}

/** Writes DATA_DIR/master.key (owner-only), as a restore does; never over a different key. */
export function writeMasterKey(dataDir: string, master: Buffer): void {
  const file = path.join(dataDir, 'master.key');
  if (fs.existsSync(file)) {
    if (Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex').equals(master)) return;
    throw new Error(`${file} holds another key; move it away first`);
  }
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, master.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
}

/** A fixed key for tests only, so fixtures are reproducible. */
export const TEST_MASTER_KEY = Buffer.alloc(32, 7);
