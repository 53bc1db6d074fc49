/**
 * 网格长 patrols and the civilisation-city assessment standards, as seed 003 writes them (issue 21
 * items 4 and 5). Each test is named after the sentence it implements.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { civilisationStandards, civilisationStandardsCsv } from '../../../demo/civilisation.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
let zzb: Client;
let officer: Client;
let head: Client;
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
/**
 * A walk's start a minute ago, but not before today's midnight in Shanghai: an hour ago fell in last
 * week between 00:00 and 01:00 on a Monday there.
 */
const justBefore = () =>
  new Date(Math.max(Date.now() - 60_000, Date.parse(`${today}T00:00:00+08:00`))).toISOString();
const daysAgo = (n: number) => new Date(Date.now() + 8 * 3600_000 - n * 86400_000).toISOString().slice(0, 10);

const upload = (c: Client, url: string, buf: Buffer, name = 'x.csv') => c.upload(url, buf, name);

const standards = async () => (await officer.get(`/api/grid/standards?nodeId=${env.nodes.grid111.id}`)).body;
const standardId = async (code: string) => (await standards()).list.find((s: any) => s.code === code).id;

/** A walk of grid111 sent as the phone sends it, once under its idempotency key. */
const patrol = (c: Client, walk: { id: string } & Record<string, unknown>) =>
  c.post(
    '/api/grid/patrols',
    { nodeId: env.nodes.grid111.id, ...walk },
    { 'idempotency-key': `patrol-${walk.id}` },
  );

beforeAll(async () => {
  env = await createTestEnv();
  zzb = await env.as('org_officer', 'district');
  officer = await env.as('community_officer', 'community11');
  // a division-level cadre of a department, heading a grid outside it
  head = await env.as('cadre', 'dept');
});
afterAll(() => env.close());

describe('对12个测评项目、90项测评内容、188条测评标准进行了详细分解 (seed 003)', () => {
  it('the district keeps its 12 projects, 90 items and 188 standards as data, imported from Excel', async () => {
    const res = await upload(
      zzb,
      `/api/grid/standards/import?nodeId=${env.nodes.district.id}`,
      civilisationStandardsCsv(),
    );
    expect(res.status, res.raw).toBe(200);
    expect(res.body).toMatchObject({ projects: 12, items: 90, standards: 188, retired: 0, errors: [] });
    const s = await standards();
    expect([s.projects, s.items, s.standards]).toEqual([12, 90, 188]);
    expect(s.can.manage).toBe(false); // a community reads them; the district keeps them
  });

  it('exports the list in the layout the import reads, and a re-import of it changes nothing', async () => {
    const out = await officer.request('GET', `/api/grid/standards/export?nodeId=${env.nodes.grid111.id}`);
    expect(out.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0].rowCount).toBe(189);
    const again = await upload(
      zzb,
      `/api/grid/standards/import?nodeId=${env.nodes.district.id}`,
      out.rawPayload,
      'y.xlsx',
    );
    expect(again.body).toMatchObject({ projects: 12, items: 90, standards: 188, retired: 0 });
  });

  it('a file with a bad row changes nothing and names every bad row; a standard left out is retired, not lost', async () => {
    const rows = civilisationStandards();
    const bad = Buffer.from(
      civilisationStandardsCsv(rows).toString() +
        '\r\n13,新项目,13.01,新内容,,没有编号的标准,other\r\n14,另一项目,14.01,内容,14.01.1,标准,外星类别',
    );
    const refused = await upload(zzb, `/api/grid/standards/import?nodeId=${env.nodes.district.id}`, bad);
    expect(refused.body.standards).toBe(0);
    expect(refused.body.errors.map((e: any) => [e.row, e.field])).toEqual([
      [190, 'code'],
      [191, 'category'],
    ]);
    const fewer = await upload(
      zzb,
      `/api/grid/standards/import?nodeId=${env.nodes.district.id}`,
      civilisationStandardsCsv(rows.filter((r) => r.code !== '12.04.2')),
    );
    expect(fewer.body).toMatchObject({ standards: 187, retired: 1 });
    const list = (await standards()).list;
    expect(list.find((s: any) => s.code === '12.04.2').active).toBe(false);
    await upload(
      zzb,
      `/api/grid/standards/import?nodeId=${env.nodes.district.id}`,
      civilisationStandardsCsv(rows),
    );
    expect((await standards()).standards).toBe(188);
  });

  it('only the district organisation department keeps the list; another district’s list is out of reach', async () => {
    const other = await env.as('org_officer', 'district2');
    const res = await upload(
      other,
      `/api/grid/standards/import?nodeId=${env.nodes.district.id}`,
      civilisationStandardsCsv(),
    );
    expect(res.status).toBe(404);
    const res2 = await upload(
      officer,
      `/api/grid/standards/import?nodeId=${env.nodes.district.id}`,
      civilisationStandardsCsv(),
    );
    expect(res2.status).toBe(403);
  });
});

describe('全区400多名处级领导干部挂点担任1547个社区网格的文明城市创建网格长 (seed 003)', () => {
  it('a division-level cadre is assigned as a grid’s head: it reaches the grid to read and patrol, not to collect', async () => {
    const a = await officer.post('/api/grid/assignments', {
      userId: head.userId,
      nodeId: env.nodes.grid111.id,
      kind: 'head',
      from: daysAgo(21),
    });
    expect(a.status, a.raw).toBe(200);
    expect((await head.get(`/api/grid/patrols?nodeId=${env.nodes.grid111.id}`)).status).toBe(200);
    const collect = await head.post('/api/grid/registers/housing', {
      nodeId: env.nodes.grid111.id,
      attrs: { building: '1', unit: '1', room: '1', occupancy: 'owner' },
    });
    expect(collect.status).toBe(404);
    expect((await head.get(`/api/grid/patrols?nodeId=${env.nodes.grid211.id}`)).status).toBe(404);
  });
});

describe('网格长每周带领社区、工作站、居委会负责人深入挂点社区实地“行走” (seed 003)', () => {
  it('this week’s walk is overdue after unwalked weeks, and done once walked; coverage counts walked weeks per street and per cadre', async () => {
    const before = (await head.get(`/api/grid/head/due?date=${today}`)).body;
    expect(before.overdue).toEqual([
      expect.objectContaining({
        nodeId: env.nodes.grid111.id,
        status: 'overdue',
        missedWeeks: expect.any(Number),
      }),
    ]);
    expect(before.overdue[0].missedWeeks).toBeGreaterThanOrEqual(2);
    const patrolId = uuidv7();
    const walk = await head.post('/api/grid/patrols', {
      id: patrolId,
      nodeId: env.nodes.grid111.id,
      startedAt: justBefore(),
      endedAt: new Date().toISOString(),
      note: '周巡：与社区书记同行',
    });
    expect(walk.status, walk.raw).toBe(200);
    expect(walk.body).toMatchObject({ asHead: true, number: expect.stringMatching(/^福田-/) });
    const after = (await head.get(`/api/grid/head/due?date=${today}`)).body;
    expect(after.done.map((d: any) => d.nodeId)).toEqual([env.nodes.grid111.id]);
    expect(after.overdue).toEqual([]);
    // someone else's walk of the grid is no head's walk
    const other = await officer.post('/api/grid/patrols', {
      id: uuidv7(),
      nodeId: env.nodes.grid111.id,
      startedAt: justBefore(),
      endedAt: new Date().toISOString(),
    });
    expect(other.body.asHead).toBe(false);
    const cov = await zzb.get(
      `/api/grid/patrol-coverage?nodeId=${env.nodes.district.id}&from=${daysAgo(13)}&to=${today}`,
    );
    expect(cov.status, cov.raw).toBe(200);
    // held for the two or three weeks the period touches, walked in this one
    const street = cov.body.children.find((c: any) => c.id === env.nodes.street1.id);
    expect(street).toMatchObject({ grids: 1, walked: 1 });
    expect(street.gridWeeks).toBeGreaterThanOrEqual(2);
    expect(cov.body.heads).toEqual([expect.objectContaining({ id: head.userId, walked: 1 })]);
    // the district's walks found by its tenant key, a street's through its subtree: the same weeks
    expect(cov.body.total).toMatchObject({ grids: 1, walked: 1, gridWeeks: street.gridWeeks });
    const atStreet = await zzb.get(
      `/api/grid/patrol-coverage?nodeId=${env.nodes.street1.id}&from=${daysAgo(13)}&to=${today}`,
    );
    expect(atStreet.body.total).toMatchObject({ grids: 1, walked: 1, gridWeeks: street.gridWeeks });
    const atOtherStreet = await zzb.get(
      `/api/grid/patrol-coverage?nodeId=${env.nodes.street2.id}&from=${daysAgo(13)}&to=${today}`,
    );
    expect(atOtherStreet.body.total).toMatchObject({ grids: 0, walked: 0 });
    expect(cov.body.definition).toContain('网格周数');
    const x = await zzb.get(
      `/api/grid/patrol-coverage/export?nodeId=${env.nodes.district.id}&from=${daysAgo(13)}&to=${today}`,
    );
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const byArea = wb.getWorksheet('按区域')!;
    const names = byArea.getColumn(1).values.slice(2).map(String);
    expect(names).toEqual(expect.arrayContaining(['福田街道', '福田区']));
    expect(wb.getWorksheet('按网格长')!.rowCount).toBe(2);
  });
});

describe('查缺补漏，监督落实，确保全部网格创建达标 (seed 003)', () => {
  it('each finding is tagged to a standard and becomes an event; one put right on the spot does not; readiness per project before an inspection', async () => {
    const s1 = await standardId('01.05.1'); // 公共环境 · 垃圾分类
    const s2 = await standardId('02.02.1'); // 公共秩序 · 非机动车停放
    const ready0 = (await officer.get(`/api/grid/readiness?nodeId=${env.nodes.community11.id}`)).body;
    const env1 = ready0.projects.find((p: any) => p.projectName === '公共环境');
    const inProject = civilisationStandards().filter((r) => r.projectName === '公共环境').length;
    expect(env1).toMatchObject({ standards: inProject, withOpenProblems: 0, rate: 1 });
    const patrolId = uuidv7();
    const findingId = uuidv7();
    const walk = await patrol(head, {
      id: patrolId,
      startedAt: new Date(Date.now() - 1800_000).toISOString(),
      endedAt: new Date().toISOString(),
      findings: [
        { id: findingId, standardId: s1, note: '3号楼垃圾分类亭满溢' },
        { id: uuidv7(), standardId: s2, note: '单车乱停，已现场摆放整齐', rectified: true },
      ],
    });
    expect(walk.status, walk.raw).toBe(200);
    expect(walk.body.findings).toEqual([
      expect.objectContaining({ code: '01.05.1', eventId: expect.any(String), rectified: false }),
      expect.objectContaining({ code: '02.02.1', eventId: null, rectified: true }),
    ]);
    // the finding is an event of the events module, raised on the patrol, categorised by its standard
    const eventId = walk.body.findings[0].eventId;
    expect(walk.body.eventIds).toEqual([eventId]);
    const ev = await officer.get(`/api/events/${eventId}`);
    expect(ev.body).toMatchObject({ category: 'sanitation', reporterKind: 'patrol' });
    expect(ev.body.title).toContain('01.05.1');
    // replaying the phone's write raises nothing twice
    const replay = await patrol(head, {
      id: patrolId,
      startedAt: walk.body.startedAt,
      endedAt: walk.body.endedAt,
      findings: [
        { id: findingId, standardId: s1, note: '3号楼垃圾分类亭满溢' },
        { id: walk.body.findings[1].id, standardId: s2, note: '单车乱停，已现场摆放整齐', rectified: true },
      ],
    });
    expect(replay.body.eventIds).toEqual([eventId]);
    // any other event can be tagged to a standard by those who handle it
    const other = await officer.post('/api/events', {
      id: uuidv7(),
      nodeId: env.nodes.grid111.id,
      category: 'public_order',
      title: '公园内噪音扰民',
    });
    expect(other.status, other.raw).toBe(200);
    const s3 = await standardId('02.06.1'); // 公共秩序 · 噪音管控
    expect((await officer.put(`/api/grid/events/${other.body.id}/standard`, { standardId: s3 })).status).toBe(
      200,
    );
    const ready = (await officer.get(`/api/grid/readiness?nodeId=${env.nodes.community11.id}`)).body;
    const byName = (n: string) => ready.projects.find((p: any) => p.projectName === n);
    expect(byName('公共环境')).toMatchObject({
      withOpenProblems: 1,
      openProblems: 1,
      rate: (inProject - 1) / inProject,
    });
    expect(byName('公共秩序')).toMatchObject({ withOpenProblems: 1, openProblems: 1 });
    expect(ready.definition).toContain('未解决问题');
    // a closed (here: rejected) event is no open problem any more
    const e = await officer.get(`/api/events/${eventId}`);
    const rejected = await officer.post(`/api/events/${eventId}/transitions`, {
      action: 'reject',
      version: e.body.version,
      note: '已由物业清运',
    });
    expect(rejected.status, rejected.raw).toBe(200);
    const ready2 = (await officer.get(`/api/grid/readiness?nodeId=${env.nodes.community11.id}`)).body;
    expect(ready2.projects.find((p: any) => p.projectName === '公共环境')).toMatchObject({
      withOpenProblems: 0,
      rate: 1,
    });
    // another community sees neither
    const elsewhere = await env.as('community_officer', 'community21');
    const theirs = (await elsewhere.get(`/api/grid/readiness?nodeId=${env.nodes.community21.id}`)).body;
    expect(theirs.projects.every((p: any) => p.openProblems === 0)).toBe(true);
    expect((await elsewhere.get(`/api/grid/readiness?nodeId=${env.nodes.community11.id}`)).status).toBe(404);
  });
});

describe('out of scope answers 404', () => {
  it('coverage, standards, readiness and tagging outside the actor’s part of the tree', async () => {
    const elsewhere = await env.as('community_officer', 'community21');
    expect((await elsewhere.get(`/api/grid/patrol-coverage?nodeId=${env.nodes.community11.id}`)).status).toBe(
      404,
    );
    expect((await elsewhere.get(`/api/grid/patrol-coverage?nodeId=${env.nodes.community21.id}`)).status).toBe(
      200,
    );
    const luohu = await env.as('community_officer', 'community31');
    expect((await luohu.get(`/api/grid/standards?nodeId=${env.nodes.grid111.id}`)).status).toBe(404);
    expect((await luohu.get(`/api/grid/standards/export?nodeId=${env.nodes.grid111.id}`)).status).toBe(404);
    // an event in another community cannot be tagged, nor learnt of
    const ev = await officer.post('/api/events', {
      id: uuidv7(),
      nodeId: env.nodes.grid111.id,
      category: 'other',
      title: '宣传栏破损',
    });
    expect(ev.status, ev.raw).toBe(200);
    const s = await standardId('05.04.1');
    expect((await elsewhere.put(`/api/grid/events/${ev.body.id}/standard`, { standardId: s })).status).toBe(
      404,
    );
    expect((await elsewhere.put(`/api/grid/events/${uuidv7()}/standard`, { standardId: s })).status).toBe(
      404,
    );
    expect((await officer.put(`/api/grid/events/${ev.body.id}/standard`, { standardId: s })).status).toBe(
      200,
    );
  });
});

describe('seed 003 查缺补漏: the standard an event is tagged to, read on the event’s page', () => {
  let eventId: string;
  let std: string;
  beforeAll(async () => {
    const ev = await officer.post('/api/events', {
      id: uuidv7(),
      nodeId: env.nodes.grid111.id,
      category: 'sanitation',
      title: '小区门口垃圾堆放',
    });
    expect(ev.status, ev.raw).toBe(200);
    eventId = ev.body.id;
    std = await standardId('01.05.1');
  });

  it('untagged, then tagged by the community officer: the page reads the standard, its project and item', async () => {
    const before = await officer.get(`/api/grid/events/${eventId}/standard`);
    expect(before.status, before.raw).toBe(200);
    expect(before.body).toEqual({ standard: null, source: null, can: { tag: true } });
    expect((await officer.put(`/api/grid/events/${eventId}/standard`, { standardId: std })).status).toBe(200);
    const after = (await officer.get(`/api/grid/events/${eventId}/standard`)).body;
    expect(after.source).toBe('tag');
    expect(after.standard).toMatchObject({ code: '01.05.1', projectName: '公共环境' });
  });

  it('an event raised from a patrol finding reads the finding’s standard', async () => {
    const patrolId = uuidv7();
    const walk = await patrol(head, {
      id: patrolId,
      startedAt: new Date(Date.now() - 600_000).toISOString(),
      endedAt: new Date().toISOString(),
      findings: [{ id: uuidv7(), standardId: await standardId('02.02.1'), note: '非机动车乱停放' }],
    });
    expect(walk.status, walk.raw).toBe(200);
    const read = (await officer.get(`/api/grid/events/${walk.body.eventIds[0]}/standard`)).body;
    expect(read).toMatchObject({ source: 'finding', standard: { code: '02.02.1' } });
  });

  it.each([
    ['grid_worker', 'grid111', 200, true],
    ['grid_worker', 'grid211', 404, false],
    ['community_officer', 'community21', 404, false],
    ['street_officer', 'street1', 200, true],
    ['org_officer', 'district', 200, false], // reads it; tagging is the handlers' (street, community, grid)
    ['cadre', 'community11', 404, false], // grid.read, but events are not a cadre's to read
    ['dept_officer', 'dept', 403, false],
    ['resident', 'community11', 403, false],
    ['auditor', 'district', 403, false],
  ] as const)('%s on %s reads an event’s standard: %i', async (role, node, status, tag) => {
    const c = await env.as(role, node);
    const r = await c.get(`/api/grid/events/${eventId}/standard`);
    expect(r.status, r.raw).toBe(status);
    if (status === 200) expect(r.body.can.tag).toBe(tag);
  });
});
