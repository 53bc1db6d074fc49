/**
 * Who reads which notices: every role but the auditor has an inbox; notices addressed to a node
 * reach only the working roles held on it, so a party member or a property company's staff on a
 * community reads what is addressed to them, not the community officers' work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env?.close();
});

describe('notification readers', () => {
  it('a party member, a property company and a deputy read their own notices; the node’s notices reach the officer only', async () => {
    const community = env.nodes.community11;
    const officer = await env.as('community_officer', 'community11');
    const readers = [
      await env.as('party_member', 'community11'),
      await env.as('property_staff', 'community11'),
      await env.as('deputy', 'district'),
    ];
    await env.services.notify.send(env.db, [
      ...readers.map((r) => ({
        districtId: community.districtId,
        userId: r.userId,
        kind: 'test.personal',
        title: `给${r.username}`,
      })),
      { districtId: community.districtId, nodeId: community.id, kind: 'test.unit', title: '社区待办' },
    ]);
    for (const r of readers) {
      const inbox = await r.get('/api/notify/inbox');
      expect(inbox.status, r.username).toBe(200);
      expect(inbox.body.map((n: any) => n.title)).toEqual([`给${r.username}`]);
      expect((await r.get('/api/notify/unread-count')).body.unread).toBe(1);
    }
    const mine = await officer.get('/api/notify/inbox');
    expect(mine.body.map((n: any) => n.title)).toEqual(['社区待办']);
  });

  it('the auditor has no inbox (403)', async () => {
    const auditor = await env.as('auditor', 'city');
    expect((await auditor.get('/api/notify/unread-count')).status).toBe(403);
  });
});
