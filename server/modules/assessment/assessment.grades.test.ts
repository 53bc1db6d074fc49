/**
 * A quarter's grades in Excel [000 Futian]: the grade sheet out, and back in with a preview of every
 * bad row (unknown cadre, a grade not one of the four, 好 over the unit's quota, a sheet not yet
 * reviewed), a commit that grades the good rows and audits them, a retry that changes nothing, the
 * actor's subtree; and one authorisation case per role on the three routes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { multipart, readXlsx, xlsxOf } from '../people/people.fixtures.ts';
import { cadresIn, dispatchCycle, indicatorsFor, submitAndReview } from '../../testing/assessment.ts';

let env: TestEnv;
let zzb: Client;
let bumen: Client;
let cadres: string[];
let cycleId: string;
const sheetOf = new Map<string, string>();
const Q = '2026Q2';

beforeAll(async () => {
  env = await createTestEnv();
  zzb = await env.as('org_officer', 'district');
  bumen = await env.as('dept_officer', 'dept');
  cadres = await cadresIn(env, zzb, 'dept', 5);
  await indicatorsFor(zzb, env.nodes.district.id, Q);
  const d = await dispatchCycle(env, zzb, Q);
  expect(d.status).toBe(200);
  cycleId = d.body.id;
  // four sheets reviewed by the unit; the fifth cadre has not submitted yet
  for (const p of cadres.slice(0, 4)) {
    const { id } = await submitAndReview(env, bumen, 'dept', p, 85, Q);
    sheetOf.set(p, id);
  }
});
afterAll(() => env.close());

const upload = (c: Client, step: 'preview' | 'import', file: Buffer) => {
  const mp = multipart(file, 'grades.xlsx');
  return c.request('POST', `/api/assessment/cycles/${cycleId}/grades/${step}`, mp.body, mp.headers);
};

/** The cycle's sheets as the department lists them. */
async function sheets() {
  const r = await zzb.get(`/api/assessment/cycles/${cycleId}/sheets`);
  return r.body as {
    id: string;
    personId: string;
    personName: string;
    grade: string | null;
    status: string;
    version: number;
  }[];
}

/** The exported grade sheet with the grades filled in by name (as an officer would in Excel). */
async function filled(grades: Record<number, string>, extra: unknown[][] = []) {
  const rows = await readXlsx((await zzb.get(`/api/assessment/cycles/${cycleId}/grades.xlsx`)).rawPayload);
  const header = rows[0];
  const gi = header.indexOf('等次');
  const personOf = new Map((await sheets()).map((s) => [s.id, s.personId]));
  const body = rows.slice(1).map((r) => {
    const out = [...r];
    while (out.length < header.length) out.push('');
    out[gi] = grades[cadres.indexOf(personOf.get(r[0])!)] ?? '';
    return out;
  });
  return xlsxOf([header, ...body, ...extra]);
}

describe('the grade sheet out', () => {
  it('lists every cadre of the cycle with the sheet’s id, unit, name and grade columns', async () => {
    const x = await zzb.get(`/api/assessment/cycles/${cycleId}/grades.xlsx`);
    expect(x.status).toBe(200);
    const rows = await readXlsx(x.rawPayload);
    expect(rows[0]).toEqual(['系统编号', '单位', '姓名', '职务', '得分', '等次']);
    expect(rows).toHaveLength(6);
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(expect.arrayContaining([...sheetOf.values()].sort()));
  });
});

describe('the grade sheet in', () => {
  it('the preview lists each bad row and writes nothing', async () => {
    // cadres 0–2 好 (the quota of 40% of 5 is 2), cadre 3 优秀 (not a grade), cadre 4 not reviewed,
    // and a name that is no cadre of the cycle
    const file = await filled({ 0: '好', 1: '好', 2: '好', 3: '优秀', 4: '一般' }, [
      ['', '区住房和建设局', '查无此人', '科员', '', '较好'],
    ]);
    const r = await upload(zzb, 'preview', file);
    expect(r.status).toBe(200);
    expect(r.body.committed).toBe(false);
    expect(r.body.rows).toBe(6);
    expect(r.body.changes.map((c: { to: string }) => c.to)).toEqual(['good', 'good']);
    const reasons = r.body.errors.map((e: { personName: string; reason: string }) => e.reason);
    expect(reasons).toEqual(
      expect.arrayContaining([
        '“好”等次超过比例：本单位最多 2 人',
        '等次须为 好、较好、一般、较差 之一',
        '考核表尚未经单位审核',
        '找不到该干部：请核对系统编号，或单位和姓名',
      ]),
    );
    expect(r.body.errors).toHaveLength(4);
    expect((await sheets()).filter((s) => s.grade !== null)).toHaveLength(0);
  });

  it('the commit grades the good rows and audits them; the retry changes nothing', async () => {
    const file = await filled({ 0: '好', 1: '较好', 2: '好', 3: '一般', 4: '较差' });
    const r = await upload(zzb, 'import', file);
    expect(r.status).toBe(200);
    expect(r.body.committed).toBe(true);
    expect(r.body.changes).toHaveLength(4);
    expect(r.body.errors).toEqual([
      expect.objectContaining({ column: 'grade', reason: '考核表尚未经单位审核' }),
    ]);
    const before = await sheets();
    const byPerson = new Map(before.map((s) => [s.personId, s]));
    expect(cadres.map((p) => byPerson.get(p)!.grade)).toEqual([
      'good',
      'fairly_good',
      'good',
      'average',
      null,
    ]);
    expect(byPerson.get(cadres[0])!.status).toBe('assessed');
    const audit = await env.db
      .selectFrom('audit_log')
      .select(['action', 'object_id'])
      .where('action', 'in', ['assessment.sheet.assess', 'assessment.grades.import'])
      .execute();
    expect(audit.filter((a) => a.action === 'assessment.sheet.assess')).toHaveLength(4);
    expect(audit.filter((a) => a.action === 'assessment.grades.import')).toHaveLength(1);

    const again = await upload(zzb, 'import', file);
    expect(again.status).toBe(200);
    expect(again.body.changes).toHaveLength(0);
    expect(again.body.unchanged).toBe(4);
    expect((await sheets()).map((s) => s.version)).toEqual(before.map((s) => s.version));
  });

  it('a third 好 stays out while the unit’s two are kept; freeing one lets it in', async () => {
    const over = await upload(zzb, 'preview', await filled({ 0: '好', 1: '好', 2: '好', 3: '一般' }));
    expect(over.body.errors.map((e: { reason: string }) => e.reason)).toContain(
      '“好”等次超过比例：本单位最多 2 人',
    );
    const swap = await upload(zzb, 'preview', await filled({ 0: '较好', 1: '好', 2: '好', 3: '一般' }));
    expect(swap.body.errors.filter((e: { column: string }) => e.column === 'grade')).toHaveLength(1); // the blank one
    expect(swap.body.changes.map((c: { from: string; to: string }) => `${c.from}→${c.to}`).sort()).toEqual([
      'fairly_good→good',
      'good→fairly_good',
    ]);
  });

  it('rows match by unit and name when the id column is gone', async () => {
    const name = (await sheets()).find((s) => s.personId === cadres[3])!.personName;
    const file = await xlsxOf([
      ['单位', '姓名', '等次'],
      ['区住房和建设局', name, '较差'],
    ]);
    const r = await upload(zzb, 'preview', file);
    expect(r.body.errors).toEqual([]);
    expect(r.body.changes).toEqual([
      expect.objectContaining({
        personName: name,
        from: 'average',
        to: 'poor',
        sheetId: sheetOf.get(cadres[3]),
      }),
    ]);
  });

  it('an officer of the department for a street only reaches that street: the unit’s cadres are unknown', async () => {
    const streetZzb = await env.as('org_officer', 'street1');
    const r = await upload(streetZzb, 'preview', await filled({ 0: '一般' }));
    expect(r.status).toBe(200);
    expect(r.body.changes).toEqual([]);
    expect(r.body.errors.every((e: { reason: string }) => e.reason.startsWith('找不到该干部'))).toBe(true);
    expect((await streetZzb.get(`/api/assessment/cycles/${cycleId}/grades.xlsx`)).status).toBe(200);
    expect(
      await readXlsx((await streetZzb.get(`/api/assessment/cycles/${cycleId}/grades.xlsx`)).rawPayload),
    ).toHaveLength(1);
  });

  it('a file without a grade column is refused with 400', async () => {
    const r = await upload(
      zzb,
      'preview',
      await xlsxOf([
        ['单位', '姓名'],
        ['区住房和建设局', '某某'],
      ]),
    );
    expect(r.status).toBe(400);
  });

  it('the service grades nothing on preview (called directly)', async () => {
    const file = await filled({ 3: '较差' });
    const p = await env.services.assessment.grades.previewGrades(zzb.ctx, cycleId, file);
    expect(p.changes).toHaveLength(1);
    expect((await sheets()).find((x) => x.personId === cadres[3])!.grade).toBe('average');
  });
});

describe('who may (one case per role)', () => {
  it.each([
    ['org_officer', 'district', 200, 200, 200],
    ['org_officer', 'district2', 404, 404, 404],
    ['street_officer', 'street1', 403, 403, 403],
    ['dept_officer', 'dept', 403, 403, 403],
    ['community_officer', 'community11', 403, 403, 403],
    ['cadre', 'dept', 403, 403, 403],
    ['grid_worker', 'grid111', 403, 403, 403],
    ['resident', 'community11', 403, 403, 403],
    ['auditor', 'district', 403, 403, 403],
    ['sys_admin', 'district', 403, 403, 403],
  ] as const)('%s on %s: export %d, preview %d, import %d', async (role, node, out, preview, imp) => {
    const c = await env.as(role, node);
    expect((await c.get(`/api/assessment/cycles/${cycleId}/grades.xlsx`)).status).toBe(out);
    // a file whose only row names no cadre: the import, where allowed, changes nothing
    const file = await xlsxOf([
      ['单位', '姓名', '等次'],
      ['区住房和建设局', '查无此人', '好'],
    ]);
    expect((await upload(c, 'preview', file)).status).toBe(preview);
    expect((await upload(c, 'import', file)).status).toBe(imp);
  });
});
