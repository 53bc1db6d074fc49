/**
 * What the accounts use-case files share: password hashing, the security settings, and the
 * transaction wrapper that tells kept sessions about changes to accounts and grants.
 */
import crypto from 'node:crypto';
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import type { Transaction } from 'kysely';
import type { Auditor } from '../../platform/audit/audit.ts';
import { noChanges, type Changes } from '../../platform/db/changes.ts';
import type { DB, Db } from '../../platform/db/db.ts';
import { InvalidError } from '../../platform/errors.ts';
import type { PiiCipher } from '../../platform/pii/pii.ts';
import { getSetting } from '../../platform/settings.ts';
import { DEFAULT_SECURITY, passwordProblems, type SecuritySettings } from './accounts.rules.ts';

// algorithm 2 is Argon2id (a const enum in @node-rs/argon2, unusable under isolatedModules)
const ARGON = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };
// Verifying against this when the username is unknown keeps the timing of both failures alike.
const DUMMY_HASH = argonHash('not-a-real-password', ARGON);

/** An argon2id hash of a password. */
export const hashPassword = (password: string) => argonHash(password, ARGON);
/** Whether a password matches a stored hash (false for a malformed hash). */
export const verifyPassword = (hash: string, password: string) =>
  argonVerify(hash, password).catch(() => false);
/** Spends the time of one verification, so an unknown or held-up account answers as slowly. */
export const verifyNothing = async (password: string) => verifyPassword(await DUMMY_HASH, password);

/** The id a session or device row is kept under: the SM3 hash of its cookie token. */
export function tokenHash(token: string): string {
  return crypto.createHash('sm3').update(token).digest('hex');
}

/** The channel on which changes to sessions, accounts, grants and tree paths are announced. */
export const SESSION_CHANNEL = 'gz_sessions';

/** What every accounts service gets. */
export interface AccountsDeps {
  db: Db;
  auditor: Auditor;
  pii: PiiCipher;
  /** Notifications that keep the session cache true; without them nothing is cached. */
  changes?: Changes;
}

export type AccountsCore = ReturnType<typeof createAccountsCore>;

/** The pieces shared by the accounts use-case files. */
export function createAccountsCore(deps: AccountsDeps) {
  const { db } = deps;
  const changes = deps.changes ?? noChanges;
  const policyListeners: (() => void)[] = [];
  /** After a commit that changed sessions, accounts or grants: this process forgets them now. */
  const changed = (id = '*') => changes.announce(SESSION_CHANNEL, id);
  return {
    ...deps,
    changes,
    changed,
    /** The security settings, with defaults for what was never set. */
    security: () => getSetting<SecuritySettings>(db, 'security', DEFAULT_SECURITY),
    /** A transaction that may change what sessions carry. */
    write<T>(fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
      return db
        .transaction()
        .execute(fn)
        .finally(() => changed());
    },
    /** Refuses a password the preset does not accept (422 on `field`). */
    async checkPassword(password: string, username: string, field = 'password') {
      const s = await getSetting<SecuritySettings>(db, 'security', DEFAULT_SECURITY);
      const problems = passwordProblems(s.passwordPreset, password, username);
      if (problems.length)
        throw new InvalidError(problems.map((p) => ({ field, key: `accounts.password.${p}` })));
    },
    /** Someone changed the policy: whoever keeps it forgets it. */
    policyChanged: () => policyListeners.forEach((f) => f()),
    onPolicyChange: (f: () => void) => policyListeners.push(f),
  };
}
