/** The organisation tree in and out of Excel: who may, what the sheet holds, and imports that add only what is missing. */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sheetRows } from '../../testing/sheets.ts';
import type { Role } from '../../platform/access/access.ts';
import { wholeSubtree } from './org.sheets.service.ts';
import { createTestEnv, type Client, type NodeKey, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
let officer: Client;
beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('org_officer', 'district');
});
afterAll(() => env.close());

const exportUrl = (key: NodeKey) => `/api/org/nodes/${env.nodes[key].id}/export.xlsx`;
const importUrl = (key: NodeKey, dryRun = false) =>
  `/api/org/nodes/${env.nodes[key].id}/import${dryRun ? '?dryRun=1' : ''}`;

/** A CSV upload in the export's columns. */
const csv = (lines: string[][]) =>
  Buffer.from(['层级,名称,代码,上级,排序', ...lines.map((l) => l.join(','))].join('\r\n'), 'utf8');

/** Every node under a node as GET /children lists it (name → parent's name). */
async function listedUnder(c: Client, id: string): Promise<string[]> {
  const out: string[] = [];
  for (const k of (await c.get(`/api/org/nodes/${id}/children`)).body) {
    out.push(k.name, ...(await listedUnder(c, k.id)));
  }
  return out;
}

describe('GET /api/org/nodes/:id/export.xlsx', () => {
  it.each<[Role, NodeKey, number]>([
    ['org_officer', 'district', 200],
    ['sys_admin', 'district', 200],
    ['sec_admin', 'district', 200],
    ['street_officer', 'street1', 200],
    ['community_officer', 'community11', 404],
    ['street_officer', 'street2', 404],
    ['grid_worker', 'grid111', 404],
    ['cadre', 'district', 200],
    ['auditor', 'district', 403],
  ])('%s on %s exporting 福田街道 → %i', async (role, node, status) => {
    const c = await env.as(role, node);
    const res = await c.get(exportUrl('street1'));
    expect(res.status).toBe(status);
    if (status === 200) expect(res.headers['content-type']).toContain('spreadsheetml');
  });

  it('holds the subtree as GET lists it, in tree order, with Chinese headers and parent paths, audited', async () => {
    const res = await officer.get(exportUrl('street1'));
    expect(res.status).toBe(200);
    expect(String(res.headers['content-disposition'])).toContain('filename="org-');
    const { name, header, body } = await sheetRows(res.rawPayload);
    expect(name).toBe('组织架构');
    expect(header).toEqual(['层级', '名称', '代码', '上级', '排序']);
    expect(body[0]).toEqual(['街道', '福田街道', '440304003', '福田区', '0']);
    expect(body.slice(1).map((r) => r[1])).toEqual(await listedUnder(officer, env.nodes.street1.id));
    expect(body.find((r) => r[1] === '福山花园1栋')).toEqual([
      '楼栋',
      '福山花园1栋',
      '',
      '福田区 / 福田街道 / 福山社区 / 福山第1网格 / 福山1-1微网格',
      '0',
    ]);
    const audited = await env.db
      .selectFrom('audit_log')
      .select(['object_id', 'detail'])
      .where('action', '=', 'org.export')
      .where('actor_user_id', '=', officer.userId)
      .execute();
    expect(audited).toEqual([{ object_id: env.nodes.street1.id, detail: { rows: body.length } }]);
  });

  it('names parents only from the topmost node the actor may read, and in English on request', async () => {
    const street = await env.as('street_officer', 'street1');
    const { header, body } = await sheetRows(
      (await street.request('GET', `${exportUrl('street1')}?lang=en-US`)).rawPayload,
    );
    expect(header).toEqual(['Level', 'Name', 'Code', 'Parent', 'Sort']);
    expect(body[0].slice(0, 4)).toEqual(['Street', '福田街道', '440304003', '']);
    expect(body.find((r) => r[1] === '福山社区')![3]).toBe('福田街道');
  });
});

describe('a subtree over the cap', () => {
  it('is refused with 422 org.subtree_too_large, never cut short', async () => {
    const path = env.nodes.street1.path;
    const all = await wholeSubtree(env.db, path);
    expect(all.length).toBeGreaterThan(2);
    expect(await wholeSubtree(env.db, path, all.length)).toHaveLength(all.length);
    await expect(wholeSubtree(env.db, path, all.length - 1)).rejects.toMatchObject({
      status: 422,
      key: 'org.subtree_too_large',
      params: { max: all.length - 1 },
    });
  });
});

describe('POST /api/org/nodes/:id/import', () => {
  const good = () =>
    csv([
      ['社区', '新洲社区', '440304003009', '福田区 / 福田街道', '5'],
      ['网格', '新洲第1网格', '', '福田区 / 福田街道 / 新洲社区', ''],
      ['网格', '福山第2网格', '', '福田街道 / 福山社区', ''],
    ]);

  it.each<[Role, NodeKey, number]>([
    ['org_officer', 'district', 200],
    ['sys_admin', 'district', 200],
    ['street_officer', 'street1', 200],
    ['community_officer', 'community11', 404],
    ['street_officer', 'street2', 404],
    ['sec_admin', 'district', 403],
    ['cadre', 'district', 403],
    ['grid_worker', 'grid111', 403],
    ['auditor', 'district', 403],
  ])('%s on %s importing under 福田街道 (dry run) → %i', async (role, node, status) => {
    const c = await env.as(role, node);
    const res = await c.upload(importUrl('street1', true), good(), 'tree.csv', 'text/csv');
    expect(res.status).toBe(status);
  });

  it('a dry run says what each row does, and names every bad row and column in 422', async () => {
    const preview = await officer.upload(importUrl('street1', true), good(), 'tree.csv', 'text/csv');
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ dryRun: true, added: 3, skipped: 0 });
    expect(await listedUnder(officer, env.nodes.street1.id)).not.toContain('新洲社区');

    const bad = csv([
      ['网格', '孤儿网格', '', '福田区 / 福田街道 / 不存在社区', ''],
      ['网格', '街道下网格', '', '福田区 / 福田街道', ''],
      ['社区', '重复社区', '', '福田区 / 福田街道', ''],
      ['社区', '重复社区', '', '福田区 / 福田街道', ''],
      ['乡镇', '某乡', '', '福田区 / 福田街道', ''],
      ['社区', '福山社区', '', '福田区 / 福田街道', 'abc'],
    ]);
    const res = await officer.upload(importUrl('street1', true), bad, 'tree.csv', 'text/csv');
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: any) => e.field)).toEqual([
      'row2.parent',
      'row3.level',
      'row5.name',
      'row6.level',
      'row7.sort',
    ]);
    expect(res.body.errors[0].message).toBe(
      '第 2 行：找不到上级“福田区 / 福田街道 / 不存在社区”（须为导入节点或其下级的路径，名称以“ / ”分隔）',
    );
    expect(res.body.errors[2].message).toBe('第 5 行：与第 4 行重复：同一上级下名称相同');
    // the same file applied changes nothing either
    const applied = await officer.upload(importUrl('street1'), bad, 'tree.csv', 'text/csv');
    expect(applied.status).toBe(422);
    expect(await listedUnder(officer, env.nodes.street1.id)).not.toContain('重复社区');
  });

  it('applies in one go, audited per node like a create, and a repeat adds nothing', async () => {
    const res = await officer.upload(importUrl('street1'), good(), 'tree.csv', 'text/csv');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: false, added: 3, skipped: 0 });
    const search = await officer.get('/api/org/search?q=' + encodeURIComponent('新洲第1网格'));
    expect(search.body).toHaveLength(1);
    expect(search.body[0].level).toBe('grid');
    expect(search.body[0].pathNames.slice(-3)).toEqual(['福田区', '福田街道', '新洲社区']);
    const community = (await officer.get(`/api/org/nodes/${env.nodes.street1.id}/children`)).body.find(
      (n: any) => n.name === '新洲社区',
    );
    expect(community).toMatchObject({ level: 'community', code: '440304003009' });
    const created = await env.db
      .selectFrom('audit_log')
      .select(['object_id'])
      .where('action', '=', 'org.node.create')
      .where('actor_user_id', '=', officer.userId)
      .execute();
    expect(created.length).toBe(3);
    expect(created.map((r) => r.object_id)).toContain(community.id);

    const again = await officer.upload(importUrl('street1'), good(), 'tree.csv', 'text/csv');
    expect(again.body).toMatchObject({ added: 0, skipped: 3 });
    const names = await listedUnder(officer, env.nodes.street1.id);
    expect(names.filter((n) => n === '新洲社区')).toHaveLength(1);

    // the export of a subtree imported back into it adds nothing
    const exported = await officer.get(exportUrl('street1'));
    const back = await officer.upload(importUrl('street1'), exported.rawPayload, 'tree.xlsx');
    expect(back.status).toBe(200);
    expect(back.body.added).toBe(0);
    expect(back.body.skipped).toBe(names.length + 1);
  });

  it('answers a hostile file with 4xx: NUL bytes, formulas, too many rows, not a spreadsheet', async () => {
    const nul = csv([['社区', '坏\u0000名字', '', '福田区 / 福田街道', '']]);
    const a = await officer.upload(importUrl('street1', true), nul, 'tree.csv', 'text/csv');
    expect(a.status).toBeGreaterThanOrEqual(400);
    expect(a.status).toBeLessThan(500);

    const formula = csv([
      ["=cmd|' /C calc'!A0", '某社区', '', '福田区 / 福田街道', ''],
      ['社区', '=HYPERLINK(1)', '', '福田区 / 福田街道', ''],
      ['社区', '@SUM(1)', '', '福田区 / 福田街道', ''],
    ]);
    const b = await officer.upload(importUrl('street1', true), formula, 'tree.csv', 'text/csv');
    expect(b.status).toBe(422);
    expect(b.body.errors.map((e: any) => e.field)).toEqual(['row2.level', 'row3.name', 'row4.name']);

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('tree');
    ws.addRow(['层级', '名称', '代码', '上级', '排序']);
    ws.addRow(['社区', '', '', '福田区 / 福田街道', '']);
    ws.getCell('B2').value = { formula: 'HYPERLINK("http://evil","x")' } as never;
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const c = await officer.upload(importUrl('street1'), xlsx, 'tree.xlsx');
    expect(c.status).toBe(422);
    expect(c.body.errors[0].field).toBe('row2.name');

    const many = csv(
      Array.from({ length: 10_001 }, (_, i) => ['网格', `网格${i}`, '', '福田区 / 福田街道 / 福山社区', '']),
    );
    const d = await officer.upload(importUrl('street1', true), many, 'tree.csv', 'text/csv');
    expect(d.status).toBe(400);

    const junk = await officer.upload(importUrl('street1', true), Buffer.from([0, 1, 2, 3, 0xff]), 'x.xlsx');
    expect(junk.status).toBeGreaterThanOrEqual(400);
    expect(junk.status).toBeLessThan(500);
    expect(await listedUnder(officer, env.nodes.street1.id)).not.toContain('坏\u0000名字');
  });
});
