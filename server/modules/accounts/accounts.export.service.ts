/**
 * The accounts register for the auditors: every account the actor may list, with its roles, the
 * nodes they are granted on, whether it is active and has a second factor, when it was made and
 * last logged in, as .xlsx. No password hash, no TOTP secret; a phone only masked. Audited.
 */
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { maskPhone } from '../../platform/pii/pii.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { shanghaiMinute } from '../../platform/time.ts';
import type { AccountsCore } from './accounts.core.ts';
import * as repo from './accounts.repository.ts';
import * as sheetsRepo from './accounts.sheets.repository.ts';

/** The most accounts one export holds. */
export const EXPORT_LIMIT = 20000;
/** The export's columns, in order; headers are `accounts.col.<key>`. */
const COLUMNS = [
  ['username', 18],
  ['displayName', 12],
  ['roles', 24],
  ['grants', 50],
  ['status', 8],
  ['totp', 10],
  ['phone', 14],
  ['createdAt', 17],
  ['lastLogin', 17],
] as const;

/** The accounts within subtree roots; more than `max` is refused (422), never cut short. */
export async function accountsForExport(db: Executor, paths: string[], max = EXPORT_LIMIT) {
  const users = await sheetsRepo.usersForExport(db, paths, max + 1);
  if (users.length > max) throw new DomainError(422, 'accounts.export_too_many', { max });
  return users;
}

/** Builds the accounts export. */
export function createAccountsExport(core: Pick<AccountsCore, 'db' | 'auditor' | 'pii'>) {
  const { db, auditor, pii } = core;

  const masked = (enc: Buffer | null) => {
    if (!enc) return '';
    try {
      return maskPhone(pii.decrypt(enc));
    } catch {
      return '';
    }
  };

  return {
    /** The accounts of GET /api/accounts/users (same permission and scope) as one .xlsx sheet. */
    async exportUsers(ctx: RequestContext): Promise<Buffer> {
      const actor = requirePermission(ctx, 'accounts.read');
      const paths = scopePaths(actor, 'accounts.read');
      const users = await accountsForExport(db, paths);
      const grants = [];
      for (let i = 0; i < users.length; i += 5000)
        grants.push(
          ...(await repo.grantsOfUsers(
            db,
            users.slice(i, i + 5000).map((u) => u.id),
          )),
        );
      // a grant's node is named with its ancestors the actor may read (the node itself always, as the list shows it)
      const ancestorIds = [...new Set(grants.flatMap((g) => g.path.split('/').filter(Boolean)))];
      const nodes = new Map((await sheetsRepo.nodeNames(db, ancestorIds)).map((n) => [n.id, n]));
      const pathName = (path: string) => {
        const ids = path.split('/').filter(Boolean);
        return ids
          .filter((id, i) => i === ids.length - 1 || can(actor, 'accounts.read', nodes.get(id)?.path ?? '/'))
          .map((id) => nodes.get(id)?.name ?? '')
          .filter(Boolean)
          .join(' / ');
      };
      const byUser = new Map<string, typeof grants>();
      for (const g of grants) byUser.set(g.user_id, [...(byUser.get(g.user_id) ?? []), g]);
      const role = (r: string) => t(ctx.lang, `accounts.role.${r}`);
      const now = new Date();
      const bytes = await writeWorkbook([
        {
          name: t(ctx.lang, 'accounts.sheet.users'),
          columns: COLUMNS.map(([key, width]) => ({
            key,
            header: t(ctx.lang, `accounts.col.${key}`),
            width,
          })),
          rows: users.map((u) => {
            const mine = byUser.get(u.id) ?? [];
            const status = u.disabled
              ? 'accounts.status.disabled'
              : u.locked_until && u.locked_until > now
                ? 'accounts.status.locked'
                : 'accounts.status.active';
            return {
              username: u.username,
              displayName: u.display_name,
              roles: [...new Set(mine.map((g) => g.role))].map(role).join('、'),
              grants: mine.map((g) => `${role(g.role)}：${pathName(g.path)}`).join('；'),
              status: t(ctx.lang, status),
              totp: t(ctx.lang, u.totp_enabled ? 'accounts.totp_on' : 'accounts.totp_off'),
              phone: masked(u.phone_enc),
              createdAt: shanghaiMinute(u.created_at),
              lastLogin: u.last_login ? shanghaiMinute(new Date(u.last_login)) : '',
            };
          }),
        },
      ]);
      await auditor.record(ctx, {
        action: 'accounts.export',
        objectType: 'account',
        detail: { rows: users.length },
      });
      return bytes;
    },
  };
}
