/**
 * The text of the notifications module's SQL, compiled and kept as snapshots: a change to a
 * statement shows in review. The statements run against a driver that records them and answers no
 * rows (so a notice looked up is never found, and nothing inserted reaches the channels).
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../platform/access/access.ts';
import { recorder } from '../../testing/sql-text.ts';
import { createNotifyService, createSmsStubChannel } from './index.ts'; // (registers notify.read)
import * as repo from './notify.repository.ts';

const D = '00000000-0000-7000-8000-00000000000d';
const N = '00000000-0000-7000-8000-00000000000e';
const U = '00000000-0000-7000-8000-00000000000f';

/** A reader holding a grid worker's role on the given nodes. */
const ctx = (nodes: string[]): RequestContext => ({
  actor: {
    userId: U,
    username: 'u',
    displayName: 'u',
    personId: null,
    grants: nodes.map((nodeId) => ({ role: 'grid_worker', nodeId, districtId: D, path: `/${nodeId}/` })),
  },
  ip: '127.0.0.1',
  userAgent: 'test',
  lang: 'zh-CN',
});

describe('SQL of the notify module', () => {
  const rec = recorder();
  const db = rec.db;
  const notify = createNotifyService({ db });
  /** The statements run sends, one a line; fails when it sent none (a refused permission sends nothing). */
  const sent = async (run: () => Promise<unknown>) => {
    const text = await rec.textOf(run);
    expect(text, 'no statement was sent').not.toBe('');
    return text;
  };

  it('the batch insert: column arrays through unnest, then the insert from a select', async () => {
    const items = [{ districtId: D, userId: U, kind: 'k', title: 't', dedupeKey: 'x' }];
    expect(await sent(() => notify.send(db, items))).toMatchSnapshot();
    expect(await sent(() => notify.sendSelect(db, sql`SELECT 1`))).toMatchSnapshot();
  });

  it('the inbox, all and unread only', async () => {
    expect(await sent(() => notify.inbox(ctx([N]), { unread: '0', limit: 20 }))).toMatchSnapshot();
    expect(await sent(() => notify.inbox(ctx([N]), { unread: '1', limit: 20 }))).toMatchSnapshot();
  });

  it('the unread count (NOT EXISTS over notify_reads)', async () => {
    expect(await sent(() => notify.unreadCount(ctx([N])))).toMatchSnapshot();
  });

  it("marking read: the reader's notice looked up", async () => {
    expect(await sent(() => notify.markRead(ctx([N]), N))).toMatchSnapshot();
  });

  it('marking read: the read recorded once', async () => {
    const read = { districtId: D, notificationId: N, userId: U };
    expect(await sent(() => repo.insertRead(db, read))).toMatchSnapshot();
  });

  it("the SMS stub's delivery records", async () => {
    const sms = createSmsStubChannel({ kinds: ['k'] });
    const batch = [{ id: N, districtId: D, userId: U, nodeId: null, kind: 'k', title: 't', body: '' }];
    expect(await sent(() => sms.deliver(db, batch))).toMatchSnapshot();
  });
});
