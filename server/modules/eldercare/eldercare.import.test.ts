/**
 * The stations register in from Excel or CSV: who may, a preview naming every bad row and column,
 * one transaction audited per station like a create, repeats and re-imported exports adding
 * nothing, and hostile files answered 4xx.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/access/access.ts';
import { createTestEnv, type Client, type NodeKey, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
let officer: Client; // community_officer of 福山社区
let street: Client; // street_officer of 福田街道
beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('community_officer', 'community11');
  street = await env.as('street_officer', 'street1');
});
afterAll(() => env.close());

const url = (dryRun = false) => `/api/eldercare/stations/import${dryRun ? '?dryRun=1' : ''}`;
const HEADER = '社区,类型,服务站,地址,纬度,经度,照护圈(分钟),服务项目,开放时间';
/** A CSV upload in the export's columns. */
const csv = (lines: string[][], header = HEADER) =>
  Buffer.from([header, ...lines.map((l) => l.join(','))].join('\r\n'), 'utf8');
const good = () =>
  csv([
    [
      '福山社区',
      '养老服务站',
      '福山社区长者服务站',
      '福山花园2栋',
      '22.54',
      '114.05',
      '15',
      '助餐、助浴',
      '8:00-18:00',
    ],
    ['福田街道 / 福山社区', '婴幼儿照护服务站', '福山托育点', '', '22.541', '114.051', '', '', ''],
    ['水围社区', 'integrated', '水围老幼融合站', '水围村1号', '22.52', '114.06', '20', '', ''],
  ]);

/** The stations the client lists (names). */
async function names(c: Client) {
  return ((await c.get('/api/eldercare/stations')).body as { name: string }[]).map((s) => s.name).sort();
}
const creates = async () =>
  env.db
    .selectFrom('audit_log')
    .select(['object_id', 'actor_user_id'])
    .where('action', '=', 'eldercare.station.create')
    .execute();

describe('POST /api/eldercare/stations/import', () => {
  it.each<[Role, NodeKey, number]>([
    ['org_officer', 'district', 200],
    ['street_officer', 'street1', 200],
    ['community_officer', 'community11', 422], // 水围社区 is not theirs
    ['street_officer', 'street2', 422], // none of the three communities is theirs
    ['social_org', 'community11', 403],
    ['grid_worker', 'grid111', 403],
    ['resident', 'community11', 403],
    ['deputy', 'community11', 403],
    ['cadre', 'district', 403],
    ['sys_admin', 'district', 403],
    ['sec_admin', 'district', 403],
    ['auditor', 'district', 403],
  ])('%s on %s previewing three stations of 福田街道 → %i', async (role, node, status) => {
    const c = await env.as(role, node);
    const res = await c.upload(url(true), good(), 'stations.csv', 'text/csv');
    expect(res.status).toBe(status);
    if (status === 422)
      // a community out of scope is a per-row error, worded as an unknown one
      expect(res.body.errors.map((e: any) => e.field)).toEqual(
        role === 'community_officer' ? ['row4.node'] : ['row2.node', 'row3.node', 'row4.node'],
      );
  });

  it('a community officer imports into their own community; another community is a per-row 422', async () => {
    const own = csv([['福山社区', '养老服务站', '福山长者饭堂', '', '22.54', '114.05', '', '助餐', '']]);
    const res = await officer.upload(url(true), own, 'stations.csv', 'text/csv');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, added: 1, skipped: 0 });
    const outsider = await env.as('community_officer', 'community12');
    const no = await outsider.upload(url(true), own, 'stations.csv', 'text/csv');
    expect(no.status).toBe(422);
    expect(no.body.errors[0]).toMatchObject({
      field: 'row2.node',
      message: '第 2 行：找不到社区“福山社区”（须为您管辖范围内的社区名称，或以“ / ”分隔的路径）',
    });
  });

  it('a preview says what each row does and names every bad row and column, changing nothing', async () => {
    const preview = await street.upload(url(true), good(), 'stations.csv', 'text/csv');
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual({
      dryRun: true,
      added: 3,
      skipped: 0,
      rows: [
        { row: 2, node: '福山社区', kind: 'elderly', name: '福山社区长者服务站', action: 'add' },
        { row: 3, node: '福田街道 / 福山社区', kind: 'infant', name: '福山托育点', action: 'add' },
        { row: 4, node: '水围社区', kind: 'integrated', name: '水围老幼融合站', action: 'add' },
      ],
    });
    expect(await names(street)).toEqual([]);

    const bad = csv([
      ['不存在社区', '养老服务站', '甲站', '', '22.5', '114', '', '', ''],
      ['福山社区', '敬老院', '乙站', '', '22.5', '114', '', '', ''],
      ['福山社区', '养老服务站', '', '', '22.5', '114', '', '', ''],
      ['福山社区', '养老服务站', '丙站', '', '95', 'abc', '61', '', ''],
      ['福山社区', '养老服务站', '丁站', '', '22.5', '', '1.5', '', ''],
      ['福山社区', '养老服务站', '=HYPERLINK(1)', '@SUM(1)', '22.5', '114', '', '', '+1'],
      ['福山社区', '养老服务站', '戊站', 'x'.repeat(201), '22.5', '114', '', '-cmd', ''],
      ['福山社区', '养老服务站', '己站', '', '22.5', '114', '', '', ''],
      ['福田街道/福山社区', '养老服务站', '己站', '', '22.5', '114', '', '', ''],
      ['福田街道', '养老服务站', '庚站', '', '22.5', '114', '', '', ''],
    ]);
    const res = await street.upload(url(true), bad, 'stations.csv', 'text/csv');
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: any) => e.field)).toEqual([
      'row2.node',
      'row3.kind',
      'row4.name',
      'row5.lat',
      'row5.lng',
      'row5.minutes',
      'row6.minutes',
      'row6.lng',
      'row7.name',
      'row7.address',
      'row7.hours',
      'row8.address',
      'row8.services',
      'row10.name',
      'row11.node',
    ]);
    const msg = (f: string) => res.body.errors.find((e: any) => e.field === f).message;
    expect(msg('row3.kind')).toBe('第 3 行：类型“敬老院”不是养老服务站、婴幼儿照护服务站或老幼融合服务站');
    expect(msg('row5.lat')).toBe('第 5 行：纬度须为 -90 到 90 之间的数字');
    expect(msg('row10.name')).toBe('第 10 行：与第 9 行重复：同一社区下服务站名称相同');
    // the same file applied changes nothing either
    const applied = await street.upload(url(), bad, 'stations.csv', 'text/csv');
    expect(applied.status).toBe(422);
    expect(await names(street)).toEqual([]);
  });

  it('English headers and labels are read too', async () => {
    const en = csv(
      [['福山社区', 'Infant-care station', 'Fushan nursery', '', '22.54', '114.05', '10', '', '']],
      'Community,Kind,Station,Address,Latitude,Longitude,Minutes,Services,Opening hours',
    );
    const res = await street.upload(url(true), en, 'stations.csv', 'text/csv');
    expect(res.status).toBe(200);
    expect(res.body.rows[0]).toMatchObject({ kind: 'infant', name: 'Fushan nursery', action: 'add' });
  });

  it('applies in one go, each station audited like a create; a repeat and the export re-imported add nothing', async () => {
    const before = (await creates()).length;
    const res = await street.upload(url(), good(), 'stations.csv', 'text/csv');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: false, added: 3, skipped: 0 });
    const list = (await street.get('/api/eldercare/stations')).body as any[];
    expect(list.map((s) => s.name).sort()).toEqual(
      ['水围老幼融合站', '福山托育点', '福山社区长者服务站'].sort(),
    );
    const elder = list.find((s) => s.name === '福山社区长者服务站');
    expect(elder).toMatchObject({
      nodeId: env.nodes.community11.id,
      kind: 'elderly',
      address: '福山花园2栋',
      lat: 22.54,
      lng: 114.05,
      minutes: 15,
      services: ['助餐', '助浴'],
      openingHours: '8:00-18:00',
      active: true,
    });
    expect(list.find((s) => s.name === '水围老幼融合站')).toMatchObject({
      nodeId: env.nodes.community12.id,
      minutes: 20,
    });
    const audited = (await creates()).slice(before);
    expect(audited).toHaveLength(3);
    expect(audited.every((a) => a.actor_user_id === street.userId)).toBe(true);
    expect(audited.map((a) => a.object_id).sort()).toEqual(list.map((s) => s.id).sort());

    const again = await street.upload(url(), good(), 'stations.csv', 'text/csv');
    expect(again.body).toMatchObject({ added: 0, skipped: 3 });
    expect(await names(street)).toHaveLength(3);

    // a station set up by hand, then the register exported and imported back: nothing added
    const one = await street.post('/api/eldercare/stations', {
      nodeId: env.nodes.community11.id,
      kind: 'integrated',
      name: '福山老幼之家',
      lat: 22.5,
      lng: 114.02,
    });
    expect(one.status).toBe(200);
    for (const lang of ['zh-CN', 'en-US']) {
      const exported = await street.get(`/api/eldercare/stations/export?lang=${lang}`);
      expect(exported.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(exported.rawPayload as never);
      const kinds = wb.worksheets[0].getColumn(2).values.slice(2);
      expect(kinds).toContain(lang === 'en-US' ? 'Elderly and infant station' : '老幼融合服务站');
      const back = await street.upload(url(), exported.rawPayload, 'stations.xlsx');
      expect(back.status).toBe(200);
      expect(back.body).toMatchObject({ added: 0, skipped: 4 });
    }
    expect(await names(street)).toHaveLength(4);
    expect((await creates()).length).toBe(before + 4);
  });

  it('answers a hostile file with 4xx: NUL bytes, formula cells, too many rows, random bytes, no file', async () => {
    const nul = csv([['福山社区', '养老服务站', '坏\u0000名字', '', '22.5', '114', '', '', '']]);
    const a = await street.upload(url(true), nul, 'stations.csv', 'text/csv');
    expect(a.status).toBeGreaterThanOrEqual(400);
    expect(a.status).toBeLessThan(500);

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('stations');
    ws.addRow(HEADER.split(','));
    ws.addRow(['福山社区', '养老服务站', '', '', 22.5, 114, 15, '', '']);
    ws.getCell('C2').value = { formula: 'HYPERLINK("http://evil","x")' } as never;
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const b = await street.upload(url(), xlsx, 'stations.xlsx');
    expect(b.status).toBe(422);
    expect(b.body.errors.map((e: any) => e.field)).toEqual(['row2.name']);

    const many = csv(
      Array.from({ length: 10_001 }, (_, i) => [
        '福山社区',
        '养老服务站',
        `站${i}`,
        '',
        '22.5',
        '114',
        '',
        '',
        '',
      ]),
    );
    const c = await street.upload(url(true), many, 'stations.csv', 'text/csv');
    expect(c.status).toBe(400);

    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    for (const name of ['x.xlsx', 'x.csv']) {
      const d = await street.upload(url(true), junk, name);
      expect(d.status).toBeGreaterThanOrEqual(400);
      expect(d.status).toBeLessThan(500);
    }
    const zipHead = Buffer.concat([Buffer.from('PK\u0003\u0004'), junk]);
    const e = await street.upload(url(), zipHead, 'x.xlsx');
    expect(e.status).toBeGreaterThanOrEqual(400);
    expect(e.status).toBeLessThan(500);

    const none = await street.post(url(), {});
    expect(none.status).toBe(400);
    expect(await names(street)).not.toContain('坏\u0000名字');
  });
});
