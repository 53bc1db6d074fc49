import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveKeys, TEST_MASTER_KEY } from '../secrets.ts';
import { checkChar, isMainlandMobile, makeNationalId, parseNationalId } from './national-id.ts';
import { createPiiCipher, maskAddress, maskBirthDate, maskName, maskNationalId, maskPhone } from './pii.ts';

const pii = createPiiCipher(deriveKeys(TEST_MASTER_KEY));

describe('GB 11643 national ID numbers', () => {
  it.each([
    // a number built with the published weights and check table
    ['11010519491231002X', { ok: true, birthDate: '1949-12-31', gender: 'F' }],
    ['440304198001010017', { ok: true, birthDate: '1980-01-01', gender: 'M' }],
    ['440304198001010016', { ok: false, problem: 'check_digit' }],
    ['44030419800101001', { ok: false, problem: 'format' }],
    ['4403041980010100175', { ok: false, problem: 'format' }],
    ['44030419800230001X', { ok: false, problem: 'birth_date' }],
    ['440304189912310011', { ok: false, problem: 'birth_date' }],
    ['ABCDEFGHIJKLMNOPQR', { ok: false, problem: 'format' }],
  ] as [string, any][])('%s', (id, expected) => {
    const r = parseNationalId(id);
    if (expected.ok) {
      expect(r.ok).toBe(true);
      if (r.ok)
        expect({ birthDate: r.facts.birthDate, gender: r.facts.gender }).toEqual({
          birthDate: expected.birthDate,
          gender: expected.gender,
        });
    } else expect(r).toEqual({ ok: false, problem: expected.problem });
  });

  it('accepts a lower-case x check character and checks it against the stated birth date and gender', () => {
    expect(parseNationalId('11010519491231002x').ok).toBe(true);
    expect(parseNationalId('440304198001010017', { birthDate: '1980-01-02' })).toEqual({
      ok: false,
      problem: 'birth_mismatch',
    });
    expect(parseNationalId('440304198001010017', { gender: 'F' })).toEqual({
      ok: false,
      problem: 'gender_mismatch',
    });
  });

  it('every generated number validates, and changing any one digit breaks it', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1920-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 16 }),
        (d, seq, pos) => {
          const birth = d.toISOString().slice(0, 10);
          const id = makeNationalId('440304', birth, seq);
          const r = parseNationalId(id);
          expect(r.ok && r.facts.birthDate === birth && r.facts.gender === (seq % 2 ? 'M' : 'F')).toBe(true);
          const digit = Number(id[pos]);
          const changed = id.slice(0, pos) + String((digit + 1) % 10) + id.slice(pos + 1);
          const again = parseNationalId(changed);
          // a single-digit change is always caught: by the check character or the date
          expect(again.ok && checkChar(changed) === changed[17]).toBe(false);
        },
      ),
    );
  });

  it('knows mainland mobile numbers', () => {
    expect(isMainlandMobile('13812345678')).toBe(true);
    expect(isMainlandMobile('12812345678')).toBe(false);
    expect(isMainlandMobile('1381234567')).toBe(false);
    expect(isMainlandMobile('+8613812345678')).toBe(false);
  });
});

describe('SM4 encryption and HMAC-SM3 blind index', () => {
  it('round-trips, uses a fresh IV each time, and never contains the plaintext', () => {
    const id = '440304198001010017';
    const a = pii.encrypt(id);
    const b = pii.encrypt(id);
    expect(pii.decrypt(a)).toBe(id);
    expect(a.equals(b)).toBe(false);
    expect(a.toString('latin1')).not.toContain(id);
  });

  it('indexes the same value the same way, case-insensitively, and separates kinds', () => {
    expect(
      pii.blindIndex('id', '11010519491231002x').equals(pii.blindIndex('id', '11010519491231002X')),
    ).toBe(true);
    expect(pii.blindIndex('id', '13812345678').equals(pii.blindIndex('phone', '13812345678'))).toBe(false);
    const other = createPiiCipher(deriveKeys(Buffer.alloc(32, 9)));
    expect(
      other.blindIndex('id', '440304198001010017').equals(pii.blindIndex('id', '440304198001010017')),
    ).toBe(false);
  });
});

describe('masks', () => {
  it.each([
    [maskNationalId('440304198001010017'), '440304********0017'],
    [maskPhone('13812345678'), '138****5678'],
    [maskBirthDate('1980-01-01'), '1980-**-**'],
    [maskName('张三'), '张*'],
    [maskName('欧阳修文'), '欧**文'],
  ])('%s', (got, want) => expect(got).toBe(want));

  it('hides the detailed part of an address', () => {
    const m = maskAddress('深圳市福田区福山社区福山花园1栋2单元301');
    expect(m.startsWith('深圳市福田区')).toBe(true);
    expect(m).not.toContain('301');
  });
});
