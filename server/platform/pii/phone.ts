/** A contact phone as a module stores it: checked, encrypted, indexed for lookup, and masked. */
import { InvalidError } from '../errors.ts';
import { isMainlandMobile } from './national-id.ts';
import { maskPhone, type PiiCipher } from './pii.ts';

/**
 * The columns phone_enc, phone_bidx and phone_mask of a phone as typed (spaces and dashes
 * dropped; none when empty); 422 with bad.key on bad.field when it is not a mainland mobile.
 */
export function phoneColumns(
  pii: Pick<PiiCipher, 'encrypt' | 'blindIndex'>,
  typed: string | undefined,
  bad: { field: string; key: string },
): { phone_enc: Buffer | null; phone_bidx: Buffer | null; phone_mask: string } {
  const p = (typed ?? '').replace(/[\s-]/g, '');
  if (!p) return { phone_enc: null, phone_bidx: null, phone_mask: '' };
  if (!isMainlandMobile(p)) throw new InvalidError([{ field: bad.field, key: bad.key }]);
  return { phone_enc: pii.encrypt(p), phone_bidx: pii.blindIndex('phone', p), phone_mask: maskPhone(p) };
}
