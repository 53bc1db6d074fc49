/**
 * Votes through HTTP and the service: one person one vote under concurrency, secret ballots that
 * no table can tie to their voters, paper ballots with two officers, tallies and scope.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type NodeKey, type TestEnv } from '../../testing/harness.ts';
import type { NewVote } from './votes.service.ts';

let env: TestEnv;
let officer: Client; // 福山社区 (community11)
let officer2: Client;
let outsider: Client; // resident of 水围社区 (community12)
const residents: Client[] = [];
beforeAll(async () => {
  env = await createTestEnv();
  // a test kind: every account with the resident role on the vote's subtree votes as itself
  env.services.votes.registerKind('test.accounts', {
    async votersFor(actor, vote) {
      const ok = actor.grants.some((g) => g.role === 'resident' && g.path.startsWith(vote.nodePath));
      return ok ? [{ id: actor.userId, label: '本人' }] : [];
    },
    countEligible: async (vote) => Number(vote.params.eligible ?? 0),
    eligibleAmong: async (_vote, ids) => new Set(ids),
  });
  officer = await env.as('community_officer', 'community11');
  officer2 = await env.as('community_officer', 'community11');
  outsider = await env.as('resident', 'community12');
  for (let i = 0; i < 8; i++) residents.push(await env.as('resident', 'community11'));
});
afterAll(() => env.close());

async function newVote(change: Partial<NewVote> = {}, node: NodeKey = 'community11') {
  const n = env.nodes[node];
  return env.db.transaction().execute((trx) =>
    env.services.votes.createVote(trx, officer.ctx, {
      districtId: n.districtId,
      nodeId: n.id,
      owner: 'test',
      kind: 'test.accounts',
      params: { eligible: 10 },
      title: '小区停车位划线方案',
      method: 'single',
      secret: false,
      opensAt: new Date(Date.now() - 60_000),
      closesAt: new Date(Date.now() + 3600_000),
      options: ['赞成', '反对', '弃权'],
      ...change,
    }),
  );
}

describe('casting', () => {
  it('a resident votes once; a second ballot is not counted; results wait for the close', async () => {
    const { id } = await newVote();
    const before = await residents[0].get(`/api/votes/${id}`);
    expect(before.status).toBe(200);
    expect(before.body.can.cast).toBe(true);
    expect(before.body.myVoters).toEqual([{ id: residents[0].userId, label: '本人', voted: false }]);
    expect((await residents[0].post(`/api/votes/${id}/ballots`, { choices: [1] })).body).toEqual({
      counted: true,
    });
    expect((await residents[0].post(`/api/votes/${id}/ballots`, { choices: [2] })).body).toEqual({
      counted: false,
    });
    await residents[1].post(`/api/votes/${id}/ballots`, { choices: [2] });
    const after = await residents[0].get(`/api/votes/${id}`);
    expect(after.body.voted).toBe(2);
    expect(after.body.can.cast).toBe(false);
    expect(after.body.options.map((o: { count: number | null }) => o.count)).toEqual([null, null, null]);
    const closed = await officer.post(`/api/votes/${id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.state).toBe('closed');
    expect(closed.body.options.map((o: { count: number }) => o.count)).toEqual([1, 1, 0]);
    expect(closed.body.turnout).toBe(0.2);
    expect((await residents[2].post(`/api/votes/${id}/ballots`, { choices: [1] })).status).toBe(409);
  });

  it('200 concurrent ballots from the same person count once', async () => {
    const { id } = await newVote({ secret: true });
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        residents[3].post(`/api/votes/${id}/ballots`, { choices: [(i % 3) + 1] }),
      ),
    );
    expect(answers.map((a) => a.status).every((s) => s === 200)).toBe(true);
    expect(answers.filter((a) => a.body.counted).length).toBe(1);
    const voters = await env.db.selectFrom('votes_voters').selectAll().where('vote_id', '=', id).execute();
    const sealed = await env.db.selectFrom('votes_sealed').selectAll().where('vote_id', '=', id).execute();
    expect([voters.length, sealed.length]).toEqual([1, 1]);
    const closed = await officer.post(`/api/votes/${id}/close`);
    expect(closed.body.ballots).toBe(1);
  });

  it('ballots racing the close are each either tallied or refused as closed, never lost', async () => {
    const { id } = await newVote({ secret: true });
    const casts = residents
      .slice(4)
      .map((r, i) => r.post(`/api/votes/${id}/ballots`, { choices: [(i % 3) + 1] }));
    const close = officer.post(`/api/votes/${id}/close`);
    const answers = await Promise.all(casts);
    const closed = await close;
    expect(closed.status).toBe(200);
    for (const a of answers) expect(a.status === 409 || (a.status === 200 && a.body.counted)).toBe(true);
    expect(closed.body.ballots).toBe(answers.filter((a) => a.status === 200).length);
    // the vote as kept for a second still looks open to the cast; the statement recording it refuses
    expect((await residents[0].post(`/api/votes/${id}/ballots`, { choices: [1] })).status).toBe(409);
    const left = await env.db.selectFrom('votes_sealed').select('id').where('vote_id', '=', id).execute();
    expect(left).toEqual([]);
  });

  it('refuses bad ballots with a reason per field, and the ineligible with 403', async () => {
    const { id } = await newVote({ method: 'approval', maxChoices: 2, options: ['甲', '乙', '丙'] });
    const tooMany = await residents[0].post(`/api/votes/${id}/ballots`, { choices: [1, 2, 3] });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.errors[0]).toMatchObject({ field: 'choices' });
    expect((await residents[0].post(`/api/votes/${id}/ballots`, { choices: [4] })).status).toBe(422);
    expect((await residents[0].post(`/api/votes/${id}/ballots`, { choices: [1, 3] })).body.counted).toBe(
      true,
    );
    const officerCast = await officer.post(`/api/votes/${id}/ballots`, { choices: [1] });
    expect(officerCast.status).toBe(403); // officers have no votes.cast
  });

  it('a vote outside the actor’s subtree answers 404', async () => {
    const { id } = await newVote();
    expect((await outsider.get(`/api/votes/${id}`)).status).toBe(404);
    expect((await outsider.post(`/api/votes/${id}/ballots`, { choices: [1] })).status).toBe(404);
    const list = await outsider.get('/api/votes');
    expect(list.body.items.map((v: { id: string }) => v.id)).not.toContain(id);
  });

  it('a vote not yet open refuses ballots; one past its time is tallied on the next read', async () => {
    const later = await newVote({
      opensAt: new Date(Date.now() + 3600_000),
      closesAt: new Date(Date.now() + 7200_000),
    });
    const early = await residents[0].post(`/api/votes/${later.id}/ballots`, { choices: [1] });
    expect([early.status, early.body.code]).toEqual([409, 'votes.not_open']);
    const { id } = await newVote();
    await residents[4].post(`/api/votes/${id}/ballots`, { choices: [3] });
    await env.db
      .updateTable('votes_votes')
      .set({ closes_at: new Date(Date.now() - 1000), opens_at: new Date(Date.now() - 5000) })
      .where('id', '=', id)
      .execute();
    const v = await residents[4].get(`/api/votes/${id}`);
    expect(v.body.state).toBe('closed');
    expect(v.body.options[2].count).toBe(1);
    const notice = await env.db
      .selectFrom('notify_notifications')
      .select('kind')
      .where('object_id', '=', id)
      .where('kind', '=', 'votes.closed')
      .execute();
    expect(notice).toHaveLength(1);
  });

  it('ranking votes tally by Borda points in SQL as the reference tally does', async () => {
    const { id } = await newVote({ method: 'ranking', maxChoices: 3, options: ['A', 'B', 'C', 'D'] });
    const ballots = [[1, 2, 3], [2, 1], [2, 3, 4], [4], [3, 2, 1]];
    for (let i = 0; i < ballots.length; i++)
      expect(
        (await residents[i].post(`/api/votes/${id}/ballots`, { choices: ballots[i] })).body.counted,
      ).toBe(true);
    const closed = await officer.post(`/api/votes/${id}/close`);
    expect(closed.body.options.map((o: { points: number }) => o.points)).toEqual([
      3 + 2 + 1,
      2 + 3 + 3 + 2,
      1 + 2 + 3,
      1 + 3,
    ]);
    expect(closed.body.options.map((o: { first: number }) => o.first)).toEqual([1, 2, 1, 1]);
  });

  it('cancelling keeps the vote from being tallied', async () => {
    const { id } = await newVote();
    expect((await officer.post(`/api/votes/${id}/cancel`, { reason: '方案需重新拟定' })).status).toBe(200);
    const v = await residents[0].get(`/api/votes/${id}`);
    expect([v.body.state, v.body.cancelReason]).toEqual(['cancelled', '方案需重新拟定']);
    expect((await residents[0].post(`/api/votes/${id}/ballots`, { choices: [1] })).status).toBe(409);
  });
});

describe('paper ballots', () => {
  it('count only once a second officer confirms; the one who entered them cannot', async () => {
    const { id } = await newVote({ secret: true });
    await residents[0].post(`/api/votes/${id}/ballots`, { choices: [1] });
    const dup = await officer.post(`/api/votes/${id}/paper`, {
      entries: [{ voterId: residents[0].userId, choices: [2] }],
    });
    expect([dup.status, dup.body.errors?.[0]?.field]).toEqual([422, 'entries']);
    const batch = await officer.post(`/api/votes/${id}/paper`, {
      entries: [
        { voterId: residents[5].userId, choices: [2] },
        { voterId: residents[6].userId, choices: [2] },
      ],
      note: '3月12日居民议事会现场投票',
    });
    expect(batch.status).toBe(200);
    expect(
      (await env.db.selectFrom('votes_voters').select('voter_id').where('vote_id', '=', id).execute()).length,
    ).toBe(1);
    const own = await officer.post(`/api/votes/paper/${batch.body.id}/decision`, { confirm: true });
    expect([own.status, own.body.code]).toEqual([409, 'votes.paper_own_batch']);
    const list = await officer2.get(`/api/votes/paper?pending=1`);
    const mine = list.body.find((b: { id: string }) => b.id === batch.body.id);
    expect(mine).toMatchObject({ ballotCount: 2, voterCount: 2, status: 'pending', can: { decide: true } });
    expect(JSON.stringify(mine)).not.toContain(residents[5].userId);
    expect(
      (await officer2.post(`/api/votes/paper/${batch.body.id}/decision`, { confirm: true })).status,
    ).toBe(200);
    const again = await officer2.post(`/api/votes/paper/${batch.body.id}/decision`, { confirm: true });
    expect(again.status).toBe(409);
    // the paper voters may not vote online now
    expect((await residents[5].post(`/api/votes/${id}/ballots`, { choices: [1] })).body.counted).toBe(false);
    const closed = await officer.post(`/api/votes/${id}/close`);
    expect(closed.body.options.map((o: { count: number }) => o.count)).toEqual([1, 2, 0]);
    const stored = await env.db
      .selectFrom('votes_paper_batches')
      .select(['sealed', 'status'])
      .where('id', '=', batch.body.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ sealed: null, status: 'confirmed' });
  });

  it('a batch sent back needs a reason and counts nothing', async () => {
    const { id } = await newVote();
    const batch = await officer.post(`/api/votes/${id}/paper`, {
      entries: [{ voterId: residents[7].userId, choices: [1] }],
    });
    expect(
      (await officer2.post(`/api/votes/paper/${batch.body.id}/decision`, { confirm: false })).status,
    ).toBe(422);
    expect(
      (
        await officer2.post(`/api/votes/paper/${batch.body.id}/decision`, {
          confirm: false,
          reason: '选票与签到表不符',
        })
      ).status,
    ).toBe(200);
    expect((await residents[7].post(`/api/votes/${id}/ballots`, { choices: [1] })).body.counted).toBe(true);
  });
});

describe('a secret ballot', () => {
  /** Every row of every table, with its transaction id and physical place. */
  async function everyRow() {
    const { rows: tables } = await sql<{ t: string }>`
      SELECT quote_ident(tablename) AS t FROM pg_tables WHERE schemaname = 'public'`.execute(env.db);
    const out: { table: string; xmin: string; ctid: string; text: string }[] = [];
    for (const { t } of tables) {
      const { rows } = await sql<{ xmin: string; ctid: string; text: string }>`
        SELECT x.xmin::text AS xmin, x.ctid::text AS ctid, x::text AS text FROM ${sql.raw(t)} x`.execute(
        env.db,
      );
      for (const r of rows) out.push({ table: t, ...r });
    }
    return out;
  }

  it('cannot be tied to its voters by any table, while open or once tallied', async () => {
    const { id } = await newVote({
      secret: true,
      method: 'ranking',
      maxChoices: 5,
      options: ['一', '二', '三', '四', '五'],
    });
    // each voter's ranking is unique, so a row holding it would name the ballot
    const rankings = [
      [3, 1, 4, 2, 5],
      [5, 4, 3, 2, 1],
      [2, 5, 1, 3, 4],
      [4, 2, 5, 1, 3],
      [1, 3, 5, 4, 2],
      [5, 1, 2, 4, 3],
      [2, 4, 1, 5, 3],
      [3, 5, 2, 1, 4],
    ];
    for (let i = 0; i < 8; i++)
      expect(
        (await residents[i].post(`/api/votes/${id}/ballots`, { choices: rankings[i] })).body.counted,
      ).toBe(true);
    const markers = rankings.map((r) => [`{${r.join(',')}}`, `[${r.join(',')}]`, `${r.join(', ')}`]);
    const voterMarks = residents.flatMap((r) => [r.userId, r.username]);
    const holds = (text: string, i: number) => markers[i].some((m) => text.includes(m));
    const holdsAnyBallot = (text: string) => rankings.some((_, i) => holds(text, i));

    // while open: no ballot is anywhere in the clear
    const open = await everyRow();
    expect(open.filter((r) => holdsAnyBallot(r.text)).map((r) => r.table)).toEqual([]);
    expect(open.filter((r) => r.table === 'votes_sealed').length).toBeGreaterThanOrEqual(8);

    await officer.post(`/api/votes/${id}/close`);
    const rows = await everyRow();
    const ballotRows = rows.filter((r) => holdsAnyBallot(r.text));
    // every ballot is in the clear exactly once, in votes_ballots only
    expect(ballotRows.map((r) => r.table)).toEqual(Array(8).fill('votes_ballots'));
    const voterRows = rows.filter((r) => voterMarks.some((m) => r.text.includes(m)));
    expect(voterRows.length).toBeGreaterThan(0);
    // no row names both a voter and a ballot
    expect(ballotRows.filter((r) => voterMarks.some((m) => r.text.includes(m)))).toEqual([]);
    // no transaction wrote both a voter's row and a ballot
    const voterTx = new Set(voterRows.map((r) => r.xmin));
    expect(ballotRows.filter((r) => voterTx.has(r.xmin))).toEqual([]);
    // ballot rows carry no time, and ids with no time in them (v4)
    for (const r of ballotRows) {
      expect(r.text).not.toMatch(/\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/);
      const ballotId = r.text.split(',')[2];
      expect(ballotId[14]).toBe('4');
    }
    // physical order is not the order of casting
    const byPlace = [...ballotRows]
      .sort((a, b) => {
        const [pa, ia] = a.ctid.slice(1, -1).split(',').map(Number);
        const [pb, ib] = b.ctid.slice(1, -1).split(',').map(Number);
        return pa - pb || ia - ib;
      })
      .map((r) => rankings.findIndex((_, i) => holds(r.text, i)));
    expect(byPlace).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // nor can the API tie them: the vote shows totals, the audit shows who voted
    const v = await officer.get(`/api/votes/${id}`);
    expect(v.body.options.reduce((s: number, o: { first: number }) => s + o.first, 0)).toBe(8);
    expect(JSON.stringify(v.body)).not.toMatch(/\{3,1,4,2,5\}|\[3,1,4,2,5\]/);
  });
});
