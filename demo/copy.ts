/**
 * COPY text-format encoding of the demo's rows, and a writer that streams batches into
 * `COPY ... FROM STDIN` with backpressure (the generator waits while PostgreSQL catches up).
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { PERSON_COPY_COLUMNS, personRow, type PersonRow } from '../server/modules/people/index.ts';
import type { PiiCipher } from '../server/platform/pii/pii.ts';
import { pinyinFull, pinyinInitials } from '../server/platform/pinyin.ts';
import type { IdentitySpec, NodeSpec, PartyOrgSpec, PersonSpec } from './generate.ts';

const SPECIAL = /[\\\t\n\r]/;

/** One text field of a COPY line: backslash, tab and line breaks escaped; null as \N. */
export function copyText(v: string | null | undefined): string {
  if (v === null || v === undefined) return '\\N';
  if (!SPECIAL.test(v)) return v;
  return v.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

/** A bytea field in hex form (its own backslash escaped for the text format). */
export function copyBytes(b: Buffer | null): string {
  return b ? `\\\\x${b.toString('hex')}` : '\\N';
}

/** Columns of org_nodes the demo fills. */
export const NODE_COLUMNS = [
  'district_id',
  'id',
  'parent_id',
  'level',
  'name',
  'code',
  'path',
  'depth',
  'name_initials',
  'name_pinyin',
  'sort',
] as const;

const piecePinyin = new Map<string, [string, string]>();

/**
 * Pinyin keys of a name as the org service computes them (pinyinInitials / pinyinFull of the whole
 * name). Names generated from pieces are keyed piece by piece, memoised: the demo's thousands of
 * grid and building names share a few hundred pieces. The demo's tests check both ways agree.
 */
export function namePinyinKeys(name: string, parts?: string[]): [string, string] {
  if (!parts) return [pinyinInitials(name), pinyinFull(name)];
  let i = '';
  let f = '';
  for (const p of parts) {
    let hit = piecePinyin.get(p);
    if (!hit) {
      hit = [pinyinInitials(p), pinyinFull(p)];
      piecePinyin.set(p, hit);
    }
    i += hit[0];
    f += hit[1];
  }
  return [i, f];
}

/** An org_nodes line; pinyin keys exactly as the org service computes them. */
export function nodeLine(n: NodeSpec): string {
  const [initials, full] = namePinyinKeys(n.name, n.parts);
  return `${[
    n.districtId,
    n.id,
    copyText(n.parentId),
    n.level,
    copyText(n.name),
    copyText(n.code),
    n.path,
    String(n.depth),
    copyText(initials),
    copyText(full),
    String(n.sort),
  ].join('\t')}\n`;
}

/** Columns of org_party_orgs the demo fills. */
export const PARTY_ORG_COLUMNS = [
  'district_id',
  'id',
  'node_id',
  'parent_org_id',
  'kind',
  'name',
  'name_initials',
] as const;

/** An org_party_orgs line. */
export function partyOrgLine(o: PartyOrgSpec): string {
  return `${[o.districtId, o.id, o.nodeId, copyText(o.parentOrgId), o.kind, copyText(o.name), copyText(namePinyinKeys(o.name, o.parts)[0])].join('\t')}\n`;
}

/** A people_persons line from the people module's encoded row, in PERSON_COPY_COLUMNS order. */
export function personLine(r: PersonRow): string {
  return `${r.district_id}\t${r.id}\t${r.node_id}\t${copyText(r.name)}\t${copyText(r.name_initials)}\t${copyText(r.name_pinyin)}\t${r.gender}\t${r.birth_date}\t${copyBytes(r.id_enc)}\t${copyBytes(r.id_bidx)}\t${copyBytes(r.phone_enc)}\t${copyBytes(r.phone_bidx)}\t${copyText(r.address)}\n`;
}

/** Columns of people_identities the demo fills. */
export const IDENTITY_COLUMNS = ['district_id', 'id', 'person_id', 'kind', 'attrs'] as const;

/** A people_identities line. */
export function identityLine(districtId: string, personId: string, i: IdentitySpec): string {
  return `${districtId}\t${i.id}\t${personId}\t${i.kind}\t${copyText(JSON.stringify(i.attrs))}\n`;
}

/** The COPY statement for a table and its columns. */
export function copySql(table: string, columns: readonly string[]): string {
  return `COPY ${table} (${columns.join(', ')}) FROM STDIN`;
}

/** COPY statements of the demo's tables. */
export const COPY_SQL = {
  nodes: copySql('org_nodes', NODE_COLUMNS),
  partyOrgs: copySql('org_party_orgs', PARTY_ORG_COLUMNS),
  persons: copySql('people_persons', PERSON_COPY_COLUMNS),
  identities: copySql('people_identities', IDENTITY_COLUMNS),
};

/** Joins lines into ~64 KB pieces so the stream moves few, large chunks. */
export function* batched(lines: Iterable<string>, size = 65_536): Generator<string> {
  let buf = '';
  for (const l of lines) {
    buf += l;
    if (buf.length >= size) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

/** Streams pieces of COPY text into one COPY statement on client; resolves with the rows copied. */
export async function copyInto(
  client: pg.PoolClient | pg.Client,
  sql: string,
  pieces: Iterable<string> | AsyncIterable<string>,
): Promise<number> {
  const stream = client.query(copyStreams.from(sql));
  await pipeline(Readable.from(pieces, { objectMode: false, highWaterMark: 4 }), stream);
  return stream.rowCount;
}

/** A batch of people encoded for COPY. */
export interface EncodedPeople {
  persons: number;
  identities: number;
  personLines: string;
  identityLines: string;
}

/** Encodes a batch of people (people module row builder: SM4, HMAC-SM3, pinyin) into COPY lines. */
export function encodePeople(pii: PiiCipher, batch: PersonSpec[]): EncodedPeople {
  let personLines = '';
  let identityLines = '';
  let identities = 0;
  for (const p of batch) {
    personLines += personLine(personRow(pii, p));
    for (const i of p.identities) {
      identityLines += identityLine(p.districtId, p.id, i);
      identities++;
    }
  }
  return { persons: batch.length, identities, personLines, identityLines };
}
