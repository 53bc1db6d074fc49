/**
 * Grants in from Excel, the security administrator's part of 三员分立: a sheet (.xlsx or CSV) with
 * 账号, 角色 (a label in either language, or the role's key) and 授权范围 (a node path as the
 * accounts export writes it, names joined by ' / ', or a node's code) grants each row's role through
 * the single grant's path (`insertGrant`: separation under a lock on the account, never one's own
 * account, audited per grant). An account or node outside the actor's scope, a role the separation
 * rules forbid (counting the file's earlier rows) and one's own account are row errors, and a file
 * with any makes nothing (422); an identical grant already held is skipped. The export's 授权范围
 * cell ("网格员：福田区 / 福田街道；…") reads too, each part granting the role it names.
 */
import {
  ROLES,
  SECURITY_ROLES,
  can,
  requirePermission,
  scopePaths,
  type Actor,
  type RequestContext,
  type Role,
} from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import {
  cellText,
  importRegister,
  type ColumnSpec,
  type TableRead,
  codeOfCell,
} from '../../platform/sheets/index.ts';
import type { AccountsCore } from './accounts.core.ts';
import { insertGrant } from './accounts.grants.service.ts';
import { IMPORT_MAX_ROWS, rowProblems } from './accounts.import.service.ts';
import * as repo from './accounts.repository.ts';
import * as sheetsRepo from './accounts.sheets.repository.ts';
import { separationProblem, unsafeCellText } from './accounts.rules.ts';

const COLUMNS = [
  {
    key: 'username',
    label: '账号',
    synonyms: ['用户名', '登录名', '登录账号', 'Username', 'Account'],
    required: true,
  },
  { key: 'role', label: '角色', synonyms: ['角色名称', 'Role', 'Roles'], required: true },
  {
    key: 'node',
    label: '授权范围',
    synonyms: ['授权节点', '节点', '范围', '节点代码', 'Grants', 'Scope', 'Node'],
    required: true,
  },
] as const satisfies readonly ColumnSpec[];

const SEPARATOR = /\s*[/／]\s*/;
const PARTS = /\s*[；;]\s*/;
const LABELLED = /^([^：:]+)[：:]\s*(.+)$/;

/** The action that grants a role. */
const actionOf = (role: Role) =>
  SECURITY_ROLES.includes(role) ? 'accounts.grant_security' : 'accounts.grant';

/** A role from a cell: its key, or its label in either language. */
export function roleOf(text: string): Role | null {
  return codeOfCell(ROLES, 'accounts.role', text);
}

type GrantNode = Awaited<ReturnType<typeof sheetsRepo.nodesNamedInPaths>>[number];

/** What one grant of an import does. */
export interface GrantImportRow {
  row: number;
  username: string;
  role: Role;
  node: string;
  action: 'add' | 'skip';
}

/** Builds the grants import on the single grant's path. */
export function createGrantsImport(core: Pick<AccountsCore, 'db' | 'auditor' | 'changed'>) {
  const { db, auditor, changed } = core;

  /** The nodes the file's 授权范围 cells may name, within the actor's granting scope, with their ancestors' names. */
  async function nodesFor(exec: Executor, actor: Actor, texts: string[]) {
    const paths = [
      ...new Set([...scopePaths(actor, 'accounts.grant'), ...scopePaths(actor, 'accounts.grant_security')]),
    ];
    const names = new Set<string>();
    for (const text of texts) {
      const segs = text.split(SEPARATOR).filter(Boolean);
      if (segs.length) names.add(segs[segs.length - 1]);
    }
    const found = await sheetsRepo.nodesNamedInPaths(exec, [...names], [...names], paths);
    const ancestorIds = [...new Set(found.flatMap((n) => n.path.split('/').filter(Boolean)))];
    const named = new Map((await sheetsRepo.nodeNames(exec, ancestorIds)).map((n) => [n.id, n.name]));
    const chains = new Map(
      found.map((n) => [
        n.id,
        n.path
          .split('/')
          .filter(Boolean)
          .map((id) => named.get(id) ?? ''),
      ]),
    );
    /** The one node a cell names (a path whose names end its chain, or a code), else why not. */
    return (text: string): GrantNode | 'unknown' | 'ambiguous' => {
      const byCode = found.filter((n) => n.code === text);
      if (byCode.length === 1) return byCode[0];
      const segs = text.split(SEPARATOR).filter(Boolean);
      const hits = found.filter((n) => {
        const chain = chains.get(n.id)!;
        return (
          segs.length <= chain.length && segs.every((s, i) => chain[chain.length - segs.length + i] === s)
        );
      });
      return hits.length === 1 ? hits[0] : hits.length ? 'ambiguous' : 'unknown';
    };
  }

  /** Every row's problems, and what each good grant would do, against the grants in exec. */
  async function plan(exec: Executor, ctx: RequestContext, table: TableRead) {
    const actor = requirePermission(ctx, 'accounts.grant');
    const { errors, bad } = rowProblems(ctx.lang);
    const cells = table.rows.map((r) => ({
      row: r.row,
      username: cellText(r.cells.username ?? null),
      role: cellText(r.cells.role ?? null),
      node: cellText(r.cells.node ?? null),
    }));
    const parts = (node: string) => node.split(PARTS).filter(Boolean);
    const nodeOf = await nodesFor(
      exec,
      actor,
      cells.flatMap((c) => parts(c.node).map((p) => LABELLED.exec(p)?.[2] ?? p)),
    );
    const users = new Map(
      (
        await sheetsRepo.usersByUsernames(exec, [...new Set(cells.map((c) => c.username).filter(Boolean))])
      ).map((u) => [u.username.toLowerCase(), u]),
    );
    const visible = new Map<string, boolean>();
    const held = new Map<string, Role[]>();
    const planned = new Map<string, number>();
    const rows: GrantImportRow[] = [];
    const adds: { row: number; userId: string; role: Role; node: GrantNode }[] = [];
    for (const c of cells) {
      const before = errors.length;
      if (c.username && !c.role && !c.node) continue; // an account without grants (as the export lists it)
      if (!c.username) bad(c.row, 'username', 'accounts.import.required');
      else if (unsafeCellText(c.username)) bad(c.row, 'username', 'accounts.import.bad_text');
      if (unsafeCellText(c.role)) bad(c.row, 'role', 'accounts.import.bad_text');
      if (!c.node) bad(c.row, 'node', 'accounts.import.required');
      else if (unsafeCellText(c.node)) bad(c.row, 'node', 'accounts.import.bad_text');
      if (errors.length > before) continue;
      // one grant per part: "role：path", or a bare path granting the 角色 cell's role
      const grants: { role: Role; text: string }[] = [];
      for (const part of parts(c.node)) {
        const m = LABELLED.exec(part);
        if (!m && !c.role) {
          bad(c.row, 'role', 'accounts.import.required');
          break;
        }
        const role = roleOf(m ? m[1] : c.role);
        if (!role) {
          bad(c.row, 'role', 'accounts.import.unknown_role', { value: (m ? m[1] : c.role).slice(0, 20) });
          break;
        }
        grants.push({ role, text: m ? m[2] : part });
      }
      if (errors.length > before) continue;
      const u = users.get(c.username.toLowerCase());
      let seen = u && visible.get(u.id);
      if (u && seen === undefined) {
        const anywhere = [
          ...new Set([
            ...scopePaths(actor, 'accounts.grant'),
            ...scopePaths(actor, 'accounts.grant_security'),
          ]),
        ];
        seen =
          !(await repo.userHasAnchor(exec, u.id)) || !!(await repo.findUserInPaths(exec, u.id, anywhere));
        visible.set(u.id, seen);
      }
      if (!u || !seen) {
        bad(c.row, 'username', 'accounts.import.unknown_account', { username: c.username.slice(0, 50) });
        continue;
      }
      if (!held.has(u.id)) held.set(u.id, await repo.rolesHeld(exec, u.id));
      for (const g of grants) {
        if (!can(actor, actionOf(g.role))) {
          bad(c.row, 'role', 'accounts.security_role_needs_sec_admin');
          break;
        }
        const node = nodeOf(g.text);
        if (node === 'ambiguous' || node === 'unknown' || !can(actor, actionOf(g.role), node.path)) {
          bad(c.row, 'node', `accounts.import.${node === 'ambiguous' ? 'ambiguous_node' : 'unknown_node'}`, {
            path: g.text.slice(0, 200),
          });
          break;
        }
        const key = `${u.id}|${g.role}|${node.id}`;
        const first = planned.get(key);
        if (first) {
          bad(c.row, 'node', 'accounts.import.duplicate', { row: first });
          break;
        }
        planned.set(key, c.row);
        const row = { row: c.row, username: u.username, role: g.role, node: g.text };
        if (await repo.findSameGrant(exec, u.id, g.role, node.id)) {
          rows.push({ ...row, action: 'skip' });
          continue;
        }
        if (u.id === actor.userId) {
          bad(c.row, 'username', 'accounts.self_grant');
          break;
        }
        const problem = separationProblem(held.get(u.id)!, g.role);
        if (problem) {
          bad(c.row, 'role', `accounts.${problem}`);
          break;
        }
        held.get(u.id)!.push(g.role);
        rows.push({ ...row, action: 'add' });
        adds.push({ row: c.row, userId: u.id, role: g.role, node });
      }
    }
    return { rows, adds, errors };
  }

  return {
    /**
     * Grants the roles an upload names (POST /api/accounts/grants/import) in one transaction, each
     * through the single grant's path; dryRun only checks. A file refused for its rows is audited
     * as a denied import.
     */
    async importGrants(ctx: RequestContext, file: Buffer, dryRun: boolean) {
      requirePermission(ctx, 'accounts.grant');
      let refused: { rows: number; errors: FieldProblem[] } | null = null;
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        async (exec, table) => {
          const p = await plan(exec, ctx, table);
          if (p.errors.length) refused = { rows: table.rows.length, errors: p.errors };
          return p;
        },
        async (trx, p) => {
          for (const a of p.adds)
            await insertGrant(auditor, trx, ctx, { userId: a.userId, role: a.role, node: a.node });
        },
      )
        .catch(async (e: unknown) => {
          if (refused && !dryRun)
            await auditor.record(ctx, {
              action: 'accounts.grants.import',
              objectType: 'account',
              result: 'denied',
              detail: {
                rows: refused.rows,
                errors: refused.errors.map((e) => `${e.field} ${e.key}`).slice(0, 50),
              },
            });
          throw e;
        })
        .finally(() => dryRun || changed());
    },
  };
}
