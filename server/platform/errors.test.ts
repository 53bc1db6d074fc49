import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError, nullWhenHidden } from './errors.ts';

describe('nullWhenHidden', () => {
  it('turns a lookup that answered 404 or 403 into null', async () => {
    await expect(Promise.reject(new NotFoundError()).catch(nullWhenHidden)).resolves.toBeNull();
    await expect(Promise.reject(new ForbiddenError()).catch(nullWhenHidden)).resolves.toBeNull();
  });

  it('lets every other error through, so a lost database still fails the request', async () => {
    const lost = Object.assign(new Error('Connection terminated unexpectedly'), { code: '57P01' });
    await expect(Promise.reject(lost).catch(nullWhenHidden)).rejects.toBe(lost);
    await expect(Promise.reject(new ConflictError()).catch(nullWhenHidden)).rejects.toBeInstanceOf(
      ConflictError,
    );
  });
});
