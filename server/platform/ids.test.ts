import { describe, expect, it, vi } from 'vitest';
import { isUuid, uuidv7 } from './ids.ts';

// ids.ts keeps the last millisecond it minted for (ids strictly increase within a process), and the
// files before this one in the worker (vitest.config.ts, isolate: false) minted at today's time:
// this file evaluates its own copy.
vi.hoisted(() => vi.resetModules());

describe('uuidv7', () => {
  it('is a version-7 UUID whose first 48 bits are the millisecond time', () => {
    const now = Date.UTC(2026, 10, 23, 12, 0, 0);
    const id = uuidv7(now);
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('7');
    expect(parseInt(id.replaceAll('-', '').slice(0, 12), 16)).toBe(now);
  });

  it('sorts in creation order even within one millisecond', () => {
    const ids = Array.from({ length: 5000 }, () => uuidv7(1_800_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
