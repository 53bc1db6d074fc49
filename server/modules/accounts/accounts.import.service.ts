/**
 * Accounts in from Excel, the system administrator's part of 三员分立: a sheet (.xlsx or CSV) in
 * the accounts export's columns 账号 and 姓名 makes the accounts it names, each through the single
 * create's path (`insertAccount`: one audit entry per account) with a random initial password that
 * must be changed at first login. The answer carries those passwords once; they are stored only as
 * argon2id hashes and never audited. A row whose username already names an account of the actor's
 * scope with the same name is skipped, so a repeated file makes nothing new; a username taken by any
 * other account is a row error. A file with any bad row makes nothing (422, a message per row and
 * column); dryRun only says what each row would do.
 */
import { requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import { DomainError, type FieldProblem } from '../../platform/errors.ts';
import { t, type Lang } from '../../platform/i18n.ts';
import { cellText, importRegister, type ColumnSpec, type TableRead } from '../../platform/sheets/index.ts';
import { hashPassword, type AccountsCore } from './accounts.core.ts';
import * as sheetsRepo from './accounts.sheets.repository.ts';
import { initialPassword, unsafeCellText } from './accounts.rules.ts';
import { createUserBody } from './accounts.schemas.ts';
import { homeDistrictOf, insertAccount } from './accounts.users.service.ts';

/** The most rows one import reads (a district's grid workers and officers fit several times). */
export const IMPORT_MAX_ROWS = 10_000;

/**
 * The most accounts one file makes: each initial password is hashed with argon2id (about 30 ms of a
 * core), so a larger file would outlast a proxy's timeout and its passwords would never be seen.
 */
export const IMPORT_MAX_NEW = 2000;
/** Hashes at a time: the rest of the thread pool stays free for logins meanwhile. */
const HASHING = 2;

/** The hashes of passwords, at most HASHING at a time, in order. */
async function hashAll(passwords: string[]): Promise<string[]> {
  const out: string[] = new Array<string>(passwords.length);
  let next = 0;
  const worker = async () => {
    while (next < passwords.length) {
      const i = next++;
      out[i] = await hashPassword(passwords[i]);
    }
  };
  await Promise.all(Array.from({ length: HASHING }, worker));
  return out;
}

/** A new initial password and its hash. */
async function hashOne(username: string) {
  const password = initialPassword(username);
  return { password, hash: await hashPassword(password) };
}

/** The import's columns (the export's first two); headers are `accounts.col.<key>`. */
const COLUMNS = [
  {
    key: 'username',
    label: '账号',
    synonyms: ['用户名', '登录名', '登录账号', 'Username', 'Account'],
    required: true,
  },
  { key: 'displayName', label: '姓名', synonyms: ['名字', '显示名', 'Name', 'Display name'], required: true },
] as const satisfies readonly ColumnSpec[];

/** Notes problems with an import's rows, keyed `row<n>.<column>`, in the uploader's language. */
export function rowProblems(lang: Lang) {
  const errors: FieldProblem[] = [];
  const bad = (row: number, field: string, key: string, params?: Record<string, unknown>) =>
    errors.push({
      field: `row${row}.${field}`,
      key,
      message: t(lang, 'accounts.import.row', { row, message: t(lang, key, params) }),
    });
  return { errors, bad };
}

/** What one row of an accounts import does. */
export interface UserImportRow {
  row: number;
  username: string;
  displayName: string;
  action: 'add' | 'skip';
}

/** Builds the accounts import on the single create's path. */
export function createUsersImport(core: Pick<AccountsCore, 'db' | 'auditor' | 'changed'>) {
  const { db, auditor, changed } = core;

  /** Every row's problems, and what each good row would do, against the accounts in exec. */
  async function plan(exec: Executor, ctx: RequestContext, table: TableRead) {
    const actor = requirePermission(ctx, 'accounts.write');
    const paths = scopePaths(actor, 'accounts.write');
    const named = table.rows.map((r) => cellText(r.cells.username ?? null)).filter(Boolean);
    const existing = new Map(
      (await sheetsRepo.usersByUsernames(exec, [...new Set(named)].slice(0, IMPORT_MAX_ROWS))).map((u) => [
        u.username.toLowerCase(),
        u,
      ]),
    );
    // which of them the actor may see, in one statement (not one per row)
    const inScope = new Set(
      await sheetsRepo.idsInPaths(
        exec,
        [...existing.values()].map((u) => u.id),
        paths,
      ),
    );
    const { errors, bad } = rowProblems(ctx.lang);
    const rows: UserImportRow[] = [];
    const seen = new Map<string, number>();
    for (const r of table.rows) {
      const before = errors.length;
      const username = cellText(r.cells.username ?? null);
      const displayName = cellText(r.cells.displayName ?? null);
      if (!username) bad(r.row, 'username', 'accounts.import.required');
      else if (unsafeCellText(username)) bad(r.row, 'username', 'accounts.import.bad_text');
      else if (!createUserBody.shape.username.safeParse(username).success)
        bad(r.row, 'username', 'accounts.import.bad_username');
      if (!displayName) bad(r.row, 'displayName', 'accounts.import.required');
      else if (unsafeCellText(displayName)) bad(r.row, 'displayName', 'accounts.import.bad_text');
      else if ([...displayName].length > 50)
        bad(r.row, 'displayName', 'accounts.import.too_long', { max: 50 });
      if (errors.length > before) continue;
      const lower = username.toLowerCase();
      const first = seen.get(lower);
      if (first) {
        bad(r.row, 'username', 'accounts.import.duplicate', { row: first });
        continue;
      }
      seen.set(lower, r.row);
      const there = existing.get(lower);
      if (!there) {
        rows.push({ row: r.row, username, displayName, action: 'add' });
        continue;
      }
      // the same account made by an earlier import (same name, in the actor's scope) is skipped
      const mine = there.display_name === displayName && inScope.has(there.id);
      if (mine) rows.push({ row: r.row, username: there.username, displayName, action: 'skip' });
      else bad(r.row, 'username', 'accounts.username_taken');
    }
    if (!errors.length && rows.filter((r) => r.action === 'add').length > IMPORT_MAX_NEW)
      throw new DomainError(422, 'accounts.import.too_many', { max: IMPORT_MAX_NEW });
    return { rows, errors };
  }

  return {
    /**
     * Makes the accounts an upload names (POST /api/accounts/users/import), in one transaction, and
     * answers each new account's initial password this once; dryRun only checks.
     */
    async importUsers(ctx: RequestContext, file: Buffer, dryRun: boolean) {
      const actor = requirePermission(ctx, 'accounts.write');
      const made: { username: string; displayName: string; initialPassword: string }[] = [];
      const result = await importRegister(
        db,
        {
          file,
          columns: COLUMNS,
          maxRows: IMPORT_MAX_ROWS,
          dryRun,
          // the passwords hashed before the transaction, so it is not held open meanwhile
          prepare: async (p: Awaited<ReturnType<typeof plan>>) => {
            const adds = p.rows.filter((r) => r.action === 'add');
            const passwords = adds.map((a) => initialPassword(a.username));
            const hashes = await hashAll(passwords);
            return new Map(
              adds.map((a, i) => [a.username.toLowerCase(), { password: passwords[i], hash: hashes[i] }]),
            );
          },
        },
        (exec, table) => plan(exec, ctx, table),
        async (trx, p, prepared) => {
          const home = await homeDistrictOf(trx, actor);
          for (const a of p.rows.filter((r) => r.action === 'add')) {
            // a row that turned into an add since the first check (an account removed meanwhile)
            const got = prepared?.get(a.username.toLowerCase()) ?? (await hashOne(a.username));
            await insertAccount(
              auditor,
              trx,
              ctx,
              {
                username: a.username,
                displayName: a.displayName,
                personId: null,
                homeDistrictId: home,
                passwordHash: got.hash,
              },
              `row${a.row}.username`,
            );
            made.push({ username: a.username, displayName: a.displayName, initialPassword: got.password });
          }
        },
      ).finally(() => dryRun || changed());
      return { ...result, accounts: made };
    },
  };
}
