/**
 * Role and level names are written twice: in the web shell (menus, tree, forms) and on the server
 * (the accounts and organisation Excel exports, which are made without a browser). A renamed role or
 * level must read the same in both places, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { accountsMessages } from '../server/modules/accounts/accounts.i18n.ts';
import { orgMessages } from '../server/modules/org/org.i18n.ts';
import type { Lang } from '../server/platform/i18n.ts';
import { shellMessages } from '../web/app/shell.messages.ts';

describe('role and level labels', () => {
  it.each(Object.keys(shellMessages) as Lang[])(
    'are the same on the server and in the web shell (%s)',
    (lang) => {
      const shell = shellMessages[lang] as Record<string, string>;
      const pairs = Object.entries(shell).flatMap(([key, label]) => {
        if (key.startsWith('role.')) return [[`accounts.${key}`, label]];
        if (key.startsWith('level.')) return [[`org.${key}`, label]];
        return [];
      });
      expect(pairs.length).toBeGreaterThan(20);
      const server = { ...accountsMessages[lang], ...orgMessages[lang] } as Record<string, string>;
      for (const [serverKey, label] of pairs) expect(server[serverKey], serverKey).toBe(label);
    },
  );
});
