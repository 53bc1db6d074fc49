/**
 * One station of a name per community, also when two officers (or two phones retrying) write at
 * the same moment: the single create answers 409 naming the field, concurrent creates leave one
 * row, and concurrent imports of one file set each station up once and never answer 500.
 */
import fs from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../platform/ids.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
let officer: Client; // community_officer of 福山社区
let street: Client; // street_officer of 福田街道
beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('community_officer', 'community11');
  street = await env.as('street_officer', 'street1');
});
afterAll(async () => {
  await env.close();
});

const station = (name: string, nodeId = env.nodes.community11.id) => ({
  nodeId,
  kind: 'elderly',
  name,
  lat: 22.54,
  lng: 114.05,
});
/** The stations of a community named so, whatever the case, as stored. */
const rows = (name: string, nodeId = env.nodes.community11.id) =>
  env.db
    .selectFrom('eldercare_stations')
    .select(['id', 'name'])
    .where('node_id', '=', nodeId)
    .where((eb) => eb.fn('lower', ['name']), '=', name.toLowerCase())
    .execute();
const audited = (ids: string[]) =>
  env.db
    .selectFrom('audit_log')
    .select('object_id')
    .where('action', '=', 'eldercare.station.create')
    .where('object_id', 'in', ids)
    .execute();

describe('one station of a name per community', () => {
  it('a second 福山社区助餐点 in 福山社区 answers 409 naming the field name (zh and en); another community may have one', async () => {
    const first = await officer.post('/api/eldercare/stations', station('福山社区助餐点'));
    expect(first.status).toBe(200);

    const zh = await officer.post('/api/eldercare/stations', station('福山社区助餐点'));
    expect(zh.status).toBe(409);
    expect(zh.body.code).toBe('eldercare.station_exists');
    expect(zh.body.errors).toEqual([{ field: 'name', message: '本社区已有名为“福山社区助餐点”的服务站' }]);

    const en = await street.post('/api/eldercare/stations', station('福山社区助餐点'), {
      'accept-language': 'en-US',
    });
    expect(en.status).toBe(409);
    expect(en.body.errors).toEqual([
      { field: 'name', message: 'This community already has a station named “福山社区助餐点”' },
    ]);

    // the name compared whatever its case
    const latin = await officer.post('/api/eldercare/stations', station('Fushan Canteen'));
    expect(latin.status).toBe(200);
    const upper = await officer.post('/api/eldercare/stations', station('FUSHAN CANTEEN'));
    expect(upper.status).toBe(409);
    expect(upper.body.errors[0].field).toBe('name');

    expect(await rows('福山社区助餐点')).toHaveLength(1);
    expect(await audited([first.body.id])).toHaveLength(1);
    const other = await street.post(
      '/api/eldercare/stations',
      station('福山社区助餐点', env.nodes.community12.id),
    );
    expect(other.status).toBe(200);
  });

  it('two creates of one name at the same moment: exactly one 200 and one 409, one row, one audit entry', async () => {
    for (let round = 0; round < 5; round++) {
      const name = `同时设立的助餐点${round}`;
      const answers = await Promise.all([
        officer.post('/api/eldercare/stations', station(name)),
        street.post('/api/eldercare/stations', station(name)),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const stored = await rows(name);
      expect(stored).toHaveLength(1);
      expect(stored[0].id).toBe(answers.find((a) => a.status === 200)!.body.id);
      expect(await audited([stored[0].id])).toHaveLength(1);
    }
  });

  it('two applies of the same import file at the same moment: each station once, both answers 200', async () => {
    const file = (round: number) =>
      Buffer.from(
        [
          '社区,类型,服务站,地址,纬度,经度',
          `福山社区,养老服务站,并发导入长者站${round},,22.54,114.05`,
          `福山社区,婴幼儿照护服务站,并发导入托育点${round},,22.541,114.051`,
          `水围社区,老幼融合服务站,并发导入融合站${round},,22.52,114.06`,
        ].join('\r\n'),
        'utf8',
      );
    for (let round = 0; round < 3; round++) {
      const f = file(round);
      const answers = await Promise.all([
        street.upload('/api/eldercare/stations/import', f, 'a.csv', 'text/csv'),
        street.upload('/api/eldercare/stations/import', f, 'b.csv', 'text/csv'),
      ]);
      expect(answers.map((a) => [a.status, a.body.code])).toEqual([
        [200, undefined],
        [200, undefined],
      ]);
      // between them the three stations were added once; the rest of each file was skipped
      expect(answers[0].body.added + answers[1].body.added).toBe(3);
      expect(answers[0].body.skipped + answers[1].body.skipped).toBe(3);
      for (const a of answers)
        expect(a.body.rows.filter((r: any) => r.action === 'add')).toHaveLength(a.body.added);
      const ids: string[] = [];
      for (const [name, node] of [
        [`并发导入长者站${round}`, env.nodes.community11.id],
        [`并发导入托育点${round}`, env.nodes.community11.id],
        [`并发导入融合站${round}`, env.nodes.community12.id],
      ]) {
        const stored = await rows(name, node);
        expect(stored, name).toHaveLength(1);
        ids.push(stored[0].id);
      }
      expect(await audited(ids)).toHaveLength(3);
    }
  });

  it('an import row naming a station there in another case is skipped, and a file naming one twice is refused', async () => {
    const there = await officer.post('/api/eldercare/stations', station('Fushan Day Care'));
    expect(there.status).toBe(200);
    const up = (lines: string[]) =>
      Buffer.from(['社区,类型,服务站,地址,纬度,经度', ...lines].join('\r\n'), 'utf8');
    const skip = await officer.upload(
      '/api/eldercare/stations/import',
      up(['福山社区,养老服务站,FUSHAN DAY CARE,,22.54,114.05']),
      'c.csv',
      'text/csv',
    );
    expect(skip.status).toBe(200);
    expect(skip.body).toMatchObject({ added: 0, skipped: 1 });
    const twice = await officer.upload(
      '/api/eldercare/stations/import',
      up([
        '福山社区,养老服务站,Fushan Lunch,,22.54,114.05',
        '福山社区,养老服务站,fushan lunch,,22.54,114.05',
      ]),
      'd.csv',
      'text/csv',
    );
    expect(twice.status).toBe(422);
    expect(twice.body.errors.map((e: any) => e.field)).toEqual(['row3.name']);
    expect(await rows('Fushan Day Care')).toHaveLength(1);
  });
});

describe('the migration adding the unique name index', () => {
  const file = new URL('./migrations/202612090305_eldercare_station_names.sql', import.meta.url);

  it('keeps stations registered twice before it, renaming the later ones （2）, （3）… (the first free number)', async () => {
    const c = env.nodes.community21;
    await sql`DROP INDEX eldercare_stations_name`.execute(env.db);
    const at = (i: number) => new Date(Date.UTC(2026, 0, 1 + i));
    const put = (name: string, i: number) => ({
      district_id: c.districtId,
      id: uuidv7(),
      node_id: c.id,
      kind: 'elderly',
      name,
      lat: 22.5,
      lng: 114,
      created_at: at(i),
    });
    const old = [put('老街助餐点', 0), put('老街助餐点（2）', 1), put('老街助餐点', 2), put('老街助餐点', 3)];
    const mixed = [put('Old Street Canteen', 4), put('old street canteen', 5)];
    await env.db
      .insertInto('eldercare_stations')
      .values([...old, ...mixed])
      .execute();

    await sql.raw(fs.readFileSync(file, 'utf8')).execute(env.db);

    const after = await env.db
      .selectFrom('eldercare_stations')
      .select(['id', 'name', 'version'])
      .where('node_id', '=', c.id)
      .execute();
    const nameOf = new Map(after.map((r) => [r.id, r.name]));
    expect(old.map((r) => nameOf.get(r.id))).toEqual([
      '老街助餐点',
      '老街助餐点（2）',
      '老街助餐点（3）',
      '老街助餐点（4）',
    ]);
    expect(mixed.map((r) => nameOf.get(r.id))).toEqual(['Old Street Canteen', 'old street canteen（2）']);
    expect(after.filter((r) => r.version === 2)).toHaveLength(3); // the renamed ones: a copy open elsewhere is stale
    // and from now on the database itself refuses a second one
    await expect(
      env.db.insertInto('eldercare_stations').values(put('老街助餐点', 9)).execute(),
    ).rejects.toMatchObject({
      code: '23505',
      constraint: 'eldercare_stations_name',
    });
  });
});
