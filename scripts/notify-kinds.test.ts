/**
 * Every kind of notification a server module sends has its label in the inbox, in both languages:
 * the inbox shows a kind's tag only when `notify.kind.<kind>` has a message, so a module that forgets
 * its labels sends notices without a tag. The server code is walked for the kinds it sends: literal
 * `kind: 'm.x'`, and the kinds built from a template or in SQL, each listed below with what it can
 * yield. A new template or SQL kind fails this test until its kinds are listed here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_ACTIONS } from '../server/modules/events/events.rules.ts';
import { PEOPLE_ACTIONS } from '../server/modules/projects/projects.rules.ts';
import { notifyKindLabels } from '../web/modules/notify/notify.kinds.ts';

const root = path.resolve(import.meta.dirname, '..');
const SERVER = path.join(root, 'server/modules');

/** The non-test TypeScript files under a folder. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

/** A module's notice keys (`<m>.notice.<key>` in its server messages): the keys its tell() sends. */
function noticeKeys(m: string): string[] {
  const text = sources(path.join(SERVER, m))
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');
  return [...new Set([...text.matchAll(new RegExp(`'${m}\\.notice\\.([a-z_]+)'`, 'g'))].map((x) => x[1]))];
}

/** What each kind built at run time can be: the template as written in the code → its kinds. */
const BUILT: Record<string, () => string[]> = {
  'culture.${b.action}': () => ['accept', 'decline', 'cancel', 'perform', 'rate'].map((a) => `culture.${a}`),
  'contests.${action}': () => ['open', 'publish'].map((a) => `contests.${a}`),
  'eldercare.${key}': () => noticeKeys('eldercare').map((k) => `eldercare.${k}`),
  // the moves that tell someone (events.notices.ts WHO); every move is labelled
  'events.${action}': () => EVENT_ACTIONS.map((a) => `events.${a}`),
  'events.sla_${t.colour}': () => ['events.sla_yellow', 'events.sla_red'],
  'jobs.${key}': () => noticeKeys('jobs').map((k) => `jobs.${k}`),
  'partners.${what}': () => noticeKeys('partners').map((k) => `partners.${k}`),
  'projects.${input.action}': () => PEOPLE_ACTIONS.map((a) => `projects.${a}`),
  'services.${key}': () => noticeKeys('services').map((k) => `services.${k}`),
  'volunteers.${key}': () => noticeKeys('volunteers').map((k) => `volunteers.${k}`),
  // SQL: 'tasks.' || c.status AS kind, the day's colour changes (tasks.evaluation.repository.ts)
  "'tasks.' || c.status": () => ['tasks.yellow', 'tasks.red'],
};

/** The kinds the server sends, and the built kinds' templates not listed in BUILT. */
function sentKinds() {
  const kinds = new Set<string>();
  const unlisted: string[] = [];
  for (const file of sources(SERVER)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bkind: '([a-z]+\.[a-z_]+)'/g)) kinds.add(m[1]);
    // a module's own tell(trx, …, '<m>.<kind>', '<m>.notice.<key>', …) passes the kind as an argument
    for (const m of text.matchAll(/\btell\([^\n]*?'([a-z]+\.[a-z_]+)'/g)) kinds.add(m[1]);
    const built = [
      ...[...text.matchAll(/\bkind: `([^`]+)`/g)].map((m) => m[1]),
      ...[...text.matchAll(/('[a-z]+\.' \|\| [a-z_.]+) AS kind\b/g)].map((m) => m[1]),
    ];
    for (const b of built) {
      if (!BUILT[b]) unlisted.push(`${path.relative(root, file)}: ${b}`);
      else for (const k of BUILT[b]()) kinds.add(k);
    }
  }
  return { kinds: [...kinds].sort(), unlisted };
}

describe('notification kinds', () => {
  const { kinds, unlisted } = sentKinds();

  it('built at run time are each listed with what they can be', () => {
    expect(unlisted).toEqual([]);
    // the walk finds the senders: the older modules and last session's new ones
    for (const k of [
      'tasks.award',
      'tasks.red',
      'jobs.outcome',
      'contests.publish',
      'partymembers.paired',
      'stability.reviewed',
    ])
      expect(kinds).toContain(k);
  });

  it.each(['zh-CN', 'en-US'] as const)('each have a label in the inbox (%s)', (lang) => {
    const labels = notifyKindLabels[lang] as Record<string, string>;
    const missing = kinds.filter((k) => !labels[`notify.kind.${k}`]?.trim());
    expect(missing).toEqual([]);
  });

  it('have labels only for kinds that are sent, the same in both languages', () => {
    const zh = Object.keys(notifyKindLabels['zh-CN']).sort();
    expect(Object.keys(notifyKindLabels['en-US']).sort()).toEqual(zh);
    expect(zh.filter((key) => !kinds.includes(key.slice('notify.kind.'.length)))).toEqual([]);
  });
});
