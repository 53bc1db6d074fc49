/**
 * A row found through a module's own reach (a scope that is not a plain subtree, such as a
 * mediator's own cases or a property company's compounds), told apart as 403 or 404.
 */
import { requirePermission, type RequestContext } from './access.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';

/**
 * The row find(action) returns within the actor's reach for action: 403 without the permission;
 * when out of reach, 403 if find(readAction) reaches it (readable, but not this, so a page can say
 * why), else 404.
 */
export async function reachedRow<R>(
  ctx: RequestContext,
  action: string,
  readAction: string,
  find: (forAction: string) => Promise<R | undefined>,
): Promise<R> {
  requirePermission(ctx, action);
  const row = await find(action);
  if (row) return row;
  if (action !== readAction && (await find(readAction))) throw new ForbiddenError();
  throw new NotFoundError();
}
