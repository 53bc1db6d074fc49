import { describe, expect, it } from 'vitest';
import { InvalidError } from '../errors.ts';
import { deriveKeys, TEST_MASTER_KEY } from '../secrets.ts';
import { phoneColumns } from './phone.ts';
import { createPiiCipher } from './pii.ts';

const pii = createPiiCipher(deriveKeys(TEST_MASTER_KEY));
const bad = { field: 'phone', key: 'x.bad_phone' };

describe('phoneColumns', () => {
  it('keeps a typed mobile encrypted, indexed as typed without spaces or dashes, and masked', () => {
    const c = phoneColumns(pii, '138 0013-8000', bad);
    expect(pii.decrypt(c.phone_enc!)).toBe('13800138000');
    expect(c.phone_bidx).toEqual(pii.blindIndex('phone', '13800138000'));
    expect(c.phone_mask).toBe('138****8000');
  });

  it('stores nothing when no phone is given', () => {
    expect(phoneColumns(pii, undefined, bad)).toEqual({ phone_enc: null, phone_bidx: null, phone_mask: '' });
    expect(phoneColumns(pii, ' ', bad)).toEqual({ phone_enc: null, phone_bidx: null, phone_mask: '' });
  });

  it('refuses a number that is not a mainland mobile, on the field and with the key asked for', () => {
    let err: unknown;
    try {
      phoneColumns(pii, '0755-1234567', bad);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvalidError);
    expect((err as InvalidError).fields).toEqual([{ field: 'phone', key: 'x.bad_phone' }]);
  });
});
