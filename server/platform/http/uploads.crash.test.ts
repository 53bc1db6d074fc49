/**
 * Issue 15's acceptance for uploads: three hostile spreadsheets sent at once to the people import
 * (a small .xlsx holding five million empty rows, a zip bomb, a CSV at the upload limit) leave
 * the app answering /api/health in under a second and the process under 1 GB of memory, and none
 * of the three is answered with a 5xx.
 */
import zlib from 'node:zlib';
import type net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, multipartFile, type Client, type TestEnv } from '../../testing/harness.ts';
import { SESSION_COOKIE } from './app.ts';

let env: TestEnv;
let officer: Client;
let base: string;
let cookie: string;
let csrf: string;
beforeAll(async () => {
  env = await createTestEnv();
  await env.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(env.app.server.address() as net.AddressInfo).port}`;
  officer = await env.as('org_officer', 'district');
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: officer.username, password: 'Test-Passw0rd!' }),
  });
  cookie = login.headers.get('set-cookie')!.split(';')[0];
  expect(cookie.startsWith(`${SESSION_COOKIE}=`)).toBe(true);
  csrf = (await (await fetch(`${base}/api/auth/me`, { headers: { cookie } })).json()).csrfToken;
});
afterAll(() => env.close());

/** Deflates generated parts as a stream (a bomb's gigabyte is never held in memory). */
async function deflated(parts: Iterable<Buffer>): Promise<{ data: Buffer; crc: number; size: number }> {
  let crc = 0;
  let size = 0;
  const z = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (d: Buffer) => out.push(d));
  const done = new Promise((r) => z.on('end', r));
  for (const p of parts) {
    crc = zlib.crc32(p, crc);
    size += p.length;
    if (!z.write(p)) await new Promise((r) => z.once('drain', r));
  }
  z.end();
  await done;
  return { data: Buffer.concat(out), crc, size };
}

/** A zip archive (deflated entries) written by hand, so an entry can be made of generated parts. */
async function zip(entries: { name: string; parts: () => Iterable<Buffer> }[]): Promise<Buffer> {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const { data, crc, size } = await deflated(e.parts());
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc >>> 0, 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(size >>> 0, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    out.push(local, name, data);
    central.push(dir, name);
    offset += local.length + name.length + data.length;
  }
  const dirSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, ...central, end]);
}

const once = (s: string) => () => [Buffer.from(s)];
/** An .xlsx whose one sheet's XML is made of the given parts. */
function xlsx(sheet: () => Iterable<Buffer>): Promise<Buffer> {
  return zip([
    {
      name: '[Content_Types].xml',
      parts: once(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      parts: once(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      parts: once(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      parts: once(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', parts: sheet },
  ]);
}

const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const TAIL = '</sheetData></worksheet>';

/** Five million empty rows (`<row/>`, the row number is optional): small zipped, 30 MB of XML. */
function* emptyRows(): Iterable<Buffer> {
  yield Buffer.from(HEAD);
  const batch = Buffer.from('<row/>'.repeat(100_000));
  for (let i = 0; i < 50; i++) yield batch;
  yield Buffer.from(TAIL);
}

/** A bomb: one cell of 1 GB of spaces, about 1 MB zipped. */
function* bomb(): Iterable<Buffer> {
  yield Buffer.from(`${HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>`);
  const mb = Buffer.alloc(1024 * 1024, 0x20);
  for (let i = 0; i < 1024; i++) yield mb;
  yield Buffer.from(`</t></is></c></row>${TAIL}`);
}

/** A CSV of 9 MB (under every upload limit, so it is read, not refused): about 120,000 rows. */
function hugeCsv(): Buffer {
  const lines = ['姓名,性别,出生日期,公民身份号码,联系电话,现居住地址'];
  let bytes = 0;
  for (let i = 0; bytes < 9 * 1024 * 1024; i++) {
    const line = `居民${i},男,1990-01-01,11010519491231002X,1380000${String(i % 10000).padStart(4, '0')},福田区某路${i}号`;
    bytes += Buffer.byteLength(line) + 2;
    lines.push(line);
  }
  return Buffer.from(lines.join('\r\n'));
}

function upload(name: string, type: string, content: Buffer) {
  const { body, headers } = multipartFile(content, name, type);
  return fetch(`${base}/api/people/import/preview?nodeId=${env.nodes.community11.id}`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrf, ...headers },
    body,
  });
}

describe('hostile uploads', () => {
  it(
    'three at once leave /api/health answering in under a second, under 1 GB, with no 5xx',
    { timeout: 300_000 },
    async () => {
      const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      const rows = await xlsx(emptyRows);
      const zipBomb = await xlsx(bomb);
      const csv = hugeCsv();
      expect(rows.length).toBeLessThan(1024 * 1024);
      expect(zipBomb.length).toBeLessThan(5 * 1024 * 1024);

      const rss0 = process.memoryUsage().rss;
      let maxRss = rss0;
      let slowest = 0;
      let stop = false;
      const probe = (async () => {
        while (!stop) {
          const t0 = performance.now();
          const res = await fetch(`${base}/api/health`);
          expect(res.status).toBe(200);
          await res.arrayBuffer();
          slowest = Math.max(slowest, performance.now() - t0);
          maxRss = Math.max(maxRss, process.memoryUsage().rss);
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      const answers = await Promise.all([
        upload('五百万空行.xlsx', XLSX, rows),
        upload('炸弹.xlsx', XLSX, zipBomb),
        upload('居民.csv', 'text/csv', csv),
      ]);
      stop = true;
      await probe;
      const statuses = await Promise.all(
        answers.map(
          async (r) => `${r.status} ${((await r.json().catch(() => ({}))) as { code?: string }).code ?? ''}`,
        ),
      );
      console.log(
        `hostile uploads: ${statuses.join(' | ')}; slowest /api/health ${slowest.toFixed(0)} ms; RSS ${(maxRss / 2 ** 20).toFixed(0)} MB (${(rss0 / 2 ** 20).toFixed(0)} MB before)`,
      );
      for (const s of statuses) expect(Number(s.slice(0, 3)), s).toBeLessThan(500);
      expect(slowest).toBeLessThan(1000);
      // what the uploads add: test files share their worker (vitest isolate: false), so the process
      // may hold far more than this file's app before it starts; alone it starts near 300 MB, and
      // 700 MB more keeps the first bar (under 1 GB in all)
      expect(maxRss - rss0).toBeLessThan(700 * 1024 * 1024);
    },
  );
});
