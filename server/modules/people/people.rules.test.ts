import fc from 'fast-check';
import { readTable } from '../../platform/sheets/index.ts';
import { describe, expect, it } from 'vitest';
import { checkChar, makeNationalId } from '../../platform/pii/national-id.ts';
import {
  checkImportRow,
  checkPerson,
  PEOPLE_COLUMNS,
  duplicatesInFile,
  maskPersonal,
  parseDateText,
  parseGender,
  validBirthDate,
  type PersonInput,
} from './people.rules.ts';

const today = new Date('2026-11-23T00:00:00Z');
const good: PersonInput = {
  name: '张三',
  gender: 'M',
  birthDate: '1990-01-01',
  nationalId: makeNationalId('440304', '1990-01-01', 13),
  phone: '13800138000',
  address: '福田区福山花园1栋101',
};
const keys = (p: Partial<PersonInput>) =>
  checkPerson({ ...good, ...p }, today).map((x) => `${x.field}:${x.key}`);

describe('checkPerson', () => {
  it('accepts a valid person', () => expect(keys({})).toEqual([]));

  const wrongCheck = good.nationalId.slice(0, 17) + (checkChar(good.nationalId) === '0' ? '1' : '0');
  it.each([
    ['empty name', { name: '  ' }, 'name:people.name.required'],
    ['overlong name', { name: '张'.repeat(51) }, 'name:people.name.length'],
    ['digits in name', { name: '张3' }, 'name:people.name.chars'],
    ['bad gender', { gender: 'X' as never }, 'gender:people.gender.invalid'],
    ['impossible date', { birthDate: '1990-02-30' }, 'birthDate:people.birth_date.invalid'],
    ['future date', { birthDate: '2027-01-01' }, 'birthDate:people.birth_date.future'],
    ['short ID', { nationalId: '44030419900101' }, 'nationalId:pii.id.format'],
    ['bad check digit', { nationalId: wrongCheck }, 'nationalId:pii.id.check_digit'],
    ['birth mismatch', { birthDate: '1990-01-02' }, 'nationalId:pii.id.birth_mismatch'],
    ['gender mismatch', { gender: 'F' }, 'nationalId:pii.id.gender_mismatch'],
    ['landline', { phone: '075583001234' }, 'phone:people.phone.invalid'],
    ['phone starting 12', { phone: '12800138000' }, 'phone:people.phone.invalid'],
    ['overlong address', { address: '路'.repeat(201) }, 'address:people.address.length'],
  ])('%s', (_, change, expected) => expect(keys(change as Partial<PersonInput>)).toEqual([expected]));

  it('accepts minority names with a middle dot and an absent phone', () =>
    expect(keys({ name: '阿依古丽·买买提', phone: null })).toEqual([]));

  it('any valid generated ID with its own birth date and gender passes; any other last character fails', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2026-11-22'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom(...'0123456789X'),
        (d, seq, last) => {
          const birthDate = d.toISOString().slice(0, 10);
          const id = makeNationalId('440304', birthDate, seq);
          const gender = seq % 2 === 1 ? 'M' : 'F';
          const base = { ...good, birthDate, gender, nationalId: id } as PersonInput;
          expect(checkPerson(base, today)).toEqual([]);
          const other = id.slice(0, 17) + last;
          if (other !== id)
            expect(checkPerson({ ...base, nationalId: other }, today).map((p) => p.key)).toEqual([
              'pii.id.check_digit',
            ]);
        },
      ),
    );
  });
});

describe('masking policy', () => {
  it('masks every personal field of a response', () => {
    expect(
      maskPersonal({
        nationalId: '440304199001010013',
        phone: '13800138000',
        birthDate: '1990-01-01',
        address: '福田区福山花园1栋101',
      }),
    ).toEqual({
      nationalId: '440304********0013',
      phone: '138****8000',
      birthDate: '1990-**-**',
      address: '福田区福山花******',
    });
  });

  it('never leaves the middle of an ID or a phone visible', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}[\dX]$/), fc.stringMatching(/^1[3-9]\d{9}$/), (id, phone) => {
        const m = maskPersonal({ nationalId: id, phone, birthDate: '1990-01-01', address: '' });
        expect(m.nationalId.slice(6, 14)).toBe('********');
        expect(m.phone!.slice(3, 7)).toBe('****');
        expect(m.nationalId).not.toContain(id.slice(6, 14));
      }),
    );
  });
});

describe('import rows', () => {
  const t = (s: string) => ({ text: s });
  it.each([
    ['姓名', 'name'],
    ['姓名 (Name)', 'name'],
    ['Name', 'name'],
    ['身份证号(National ID)', 'nationalId'],
    ['公民身份号码', 'nationalId'],
    ['证件号码', 'nationalId'],
    ['联系电话', 'phone'],
    ['现居住地址', 'address'],
    ['家庭住址', 'address'],
    ['所属网格', 'node'],
    ['备注', null],
  ])('header %s → %s', (h, k) => {
    const t = readTable(
      [
        { row: 1, cells: ['姓名', '身份证号', h] },
        { row: 2, cells: ['张三', 'x', 'y'] },
      ],
      PEOPLE_COLUMNS,
    );
    expect(Object.entries(t.mapping).find(([, i]) => i === 2)?.[0] ?? null).toBe(
      k === 'name' || k === 'nationalId' ? null : k,
    );
  });

  it.each([
    ['男', 'M'],
    ['F', 'F'],
    ['female', 'F'],
    ['未知', null],
  ])('gender %s → %s', (g, v) => expect(parseGender(g)).toBe(v));

  it.each([
    ['1990-1-2', '1990-01-02'],
    ['1990/01/02', '1990-01-02'],
    ['19900102', '1990-01-02'],
    ['1990年1月2日', '1990-01-02'],
    ['Jan 2', null],
  ])('date %s → %s', (d, v) => expect(parseDateText(d)).toBe(v));

  it('fills a blank gender and birth date from the ID', () => {
    const r = checkImportRow(2, { name: t('李四'), nationalId: t(good.nationalId.toLowerCase()) }, today);
    expect(r).toMatchObject({
      ok: true,
      value: { gender: 'M', birthDate: '1990-01-01', nationalId: good.nationalId },
    });
  });

  it('reports every problem of a row with its column, once', () => {
    const r = checkImportRow(
      7,
      { name: t(''), gender: t('未知'), nationalId: t('123'), phone: t('555'), birthDate: t('someday') },
      today,
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map((p) => `${p.row}:${p.column}:${p.key}`).sort()).toEqual([
        '7:birthDate:people.birth_date.invalid',
        '7:gender:people.gender.invalid',
        '7:name:people.name.required',
        '7:nationalId:pii.id.format',
        '7:phone:people.phone.invalid',
      ]);
  });

  it('reports a cell whose value was unreadable', () => {
    const r = checkImportRow(3, { name: t('王五'), nationalId: { problem: 'pii.id.format' } }, today);
    expect(r).toEqual({ ok: false, problems: [{ row: 3, column: 'nationalId', key: 'pii.id.format' }] });
  });

  it('points each repeated ID at its first row', () => {
    expect(
      duplicatesInFile([
        { row: 2, nationalId: 'A' },
        { row: 3, nationalId: 'B' },
        { row: 4, nationalId: 'A' },
        { row: 9, nationalId: 'A' },
      ]).map((p) => [p.row, p.params?.first]),
    ).toEqual([
      [4, 2],
      [9, 2],
    ]);
  });

  it('validBirthDate refuses dates before 1900', () =>
    expect(validBirthDate('1899-12-31', today)).toBe('invalid'));
});
