/**
 * What waits for the account administrators on their home page: for the system administrator,
 * accounts delayed after failed logins and passwords past their age; for the security
 * administrator, accounts that hold no role yet (created, waiting for a grant).
 */
import { can, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { t } from '../../platform/i18n.ts';
import type { TodoItem } from '../../platform/workbench.ts';
import type { AccountsCore } from './accounts.core.ts';
import * as repo from './accounts.repository.ts';

/** Builds the accounts module's to-do source. */
export function createAccountsWorkbench(core: Pick<AccountsCore, 'db' | 'security'>) {
  return {
    /** The administrators' to-dos (empty for everyone else). */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const out: TodoItem[] = [];
      const actor = ctx.actor;
      if (!actor) return out;
      const href = '/accounts/users';
      if (can(actor, 'accounts.write')) {
        const s = await core.security();
        const now = new Date();
        const expiredBefore = s.passwordPreset === 'mlps' ? new Date(now.getTime() - 90 * 86400_000) : null;
        const { locked, expired } = await repo.countLockedOrExpired(
          core.db,
          scopePaths(actor, 'accounts.write'),
          expiredBefore,
          now,
        );
        if (locked)
          out.push({
            key: 'accounts.locked',
            module: 'accounts',
            label: t(ctx.lang, 'accounts.todo.locked'),
            count: locked,
            href,
            level: 'yellow',
          });
        if (expired)
          out.push({
            key: 'accounts.password_expired',
            module: 'accounts',
            label: t(ctx.lang, 'accounts.todo.expired'),
            count: expired,
            href,
            level: 'normal',
          });
      }
      if (can(actor, 'accounts.grant')) {
        const n = await repo.countUsersWithoutGrants(core.db, scopePaths(actor, 'accounts.grant'));
        if (n)
          out.push({
            key: 'accounts.pending_grants',
            module: 'accounts',
            label: t(ctx.lang, 'accounts.todo.pending_grants'),
            count: n,
            href,
            level: 'normal',
          });
      }
      return out;
    },
  };
}
