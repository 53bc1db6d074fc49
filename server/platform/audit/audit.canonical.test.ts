/** The hash of an entry is computed over what jsonb stores, so an entry whose detail holds a Date verifies. */
import { describe, expect, it } from 'vitest';
import { canonical } from './audit.ts';

describe('canonical JSON of an audit detail', () => {
  it('hashes a Date as the ISO text jsonb keeps, not as an empty object', () => {
    const at = new Date('2026-12-06T02:00:00.000Z');
    expect(canonical({ startsAt: at })).toBe(canonical(JSON.parse(JSON.stringify({ startsAt: at }))));
    expect(canonical({ startsAt: at })).toBe('{"startsAt":"2026-12-06T02:00:00.000Z"}');
  });
  it('leaves out keys whose value is undefined, as jsonb does', () => {
    expect(canonical({ a: 1, b: undefined })).toBe('{"a":1}');
  });
});
