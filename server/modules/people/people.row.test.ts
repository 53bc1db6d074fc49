import { describe, expect, it } from 'vitest';
import { createPiiCipher } from '../../platform/pii/pii.ts';
import { deriveKeys, TEST_MASTER_KEY } from '../../platform/secrets.ts';
import { PERSON_COPY_COLUMNS, personRow } from './people.row.ts';

const pii = createPiiCipher(deriveKeys(TEST_MASTER_KEY));
const input = {
  districtId: '01a208ba-3e33-724b-82e5-0d511639e5e7',
  id: '01a208ba-412e-76e8-acba-21c2e0af56c9',
  nodeId: '01a208ba-45a8-73c4-b8c0-cf0592a9647d',
  name: ' 张三丰 ',
  gender: 'M' as const,
  birthDate: '1990-01-01',
  nationalId: '44030419900101001x',
  phone: ' 13800138000 ',
  address: '福山花园1栋',
};

describe('personRow', () => {
  it('gives exactly the COPY columns, in order', () => {
    expect(Object.keys(personRow(pii, input))).toEqual([...PERSON_COPY_COLUMNS]);
  });

  it('encrypts the normalised ID and phone, indexes them for exact lookup, and keys the name by pinyin', () => {
    const r = personRow(pii, input);
    expect(pii.decrypt(r.id_enc)).toBe('44030419900101001X');
    expect(pii.decrypt(r.phone_enc!)).toBe('13800138000');
    expect(r.id_bidx.equals(pii.blindIndex('id', '44030419900101001X'))).toBe(true);
    expect(r.phone_bidx!.equals(pii.blindIndex('phone', '13800138000'))).toBe(true);
    expect(r).toMatchObject({
      name: '张三丰',
      name_initials: 'zsf',
      name_pinyin: 'zhangsanfeng',
      address: '福山花园1栋',
    });
    expect(r.id_enc.toString('latin1')).not.toContain('440304');
  });

  it('uses a fresh IV each time but the same blind index', () => {
    const a = personRow(pii, input);
    const b = personRow(pii, input);
    expect(a.id_enc.equals(b.id_enc)).toBe(false);
    expect(a.id_bidx.equals(b.id_bidx)).toBe(true);
  });

  it('stores no phone columns for a person without a phone', () => {
    expect(personRow(pii, { ...input, phone: null })).toMatchObject({ phone_enc: null, phone_bidx: null });
  });
});
