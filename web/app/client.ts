/**
 * The typed client: every route's path, parameters, body and answer come from api.generated.ts
 * (`npm run api:types`, made from the server's /api/openapi.json), so a renamed field or path on the
 * server fails tsc in the page that uses it. Requests still go through api(): the CSRF header,
 * the user's language, FormData uploads and problem+json → ApiError are kept as they were.
 *
 *   const ev = await client.get('/api/events/{id}', { path: { id } });
 *   await client.post('/api/events/{id}/notes', { path: { id }, body: { text, public: false } });
 *   <a href={client.url('/api/people/export.xlsx', { query: { nodeId } })}>
 */
import type { paths } from './api.generated.ts';
import { api, qs } from './api.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The paths that answer a method. */
export type PathsOf<M extends Method> = {
  [P in keyof paths]-?: paths[P][M] extends { responses: unknown } ? P : never;
}[keyof paths];

type Op<M extends Method, P> = P extends keyof paths ? NonNullable<paths[P][M]> : never;
type Params<O> = O extends { parameters: infer X } ? X : object;

type PathPart<O> = Params<O> extends { path: infer X } ? { path: X } : { path?: never };
type QueryPart<O> =
  Params<O> extends { query: infer X }
    ? { query: X }
    : Params<O> extends { query?: infer X }
      ? [NonNullable<X>] extends [never]
        ? { query?: never }
        : { query?: X }
      : { query?: never };
type BodyOf<C> = C extends { 'application/json': infer J } ? J : never;
type BodyPart<O, M> = [NonNullable<O extends { requestBody?: infer B } ? B : never>] extends [never]
  ? // no body declared: an upload (read as multipart by the route) or nothing
    M extends 'get' | 'delete'
    ? { body?: never }
    : { body?: FormData }
  : O extends { requestBody: { content: infer C } }
    ? { body: BodyOf<C> }
    : O extends { requestBody?: { content: infer C } }
      ? { body?: BodyOf<C> }
      : { body?: never };

/** What a call takes besides its path: path parameters, query, body and extra headers. */
export type Init<M extends Method, P> = PathPart<Op<M, P>> &
  QueryPart<Op<M, P>> &
  BodyPart<Op<M, P>, M> & { headers?: Record<string, string> };
type Args<M extends Method, P> = object extends Init<M, P> ? [init?: Init<M, P>] : [init: Init<M, P>];

type Ok<R> = R extends { 200: infer X } ? X : R extends { 201: infer X } ? X : never;
/** A route's JSON answer (void for downloads and other non-JSON answers). */
export type Res<M extends Method, P extends PathsOf<M>> =
  Ok<Op<M, P>['responses']> extends { content: { 'application/json': infer J } } ? J : void;
/** A route's JSON request body. */
export type Body<M extends Method, P extends PathsOf<M>> = BodyOf<
  NonNullable<Op<M, P> extends { requestBody?: infer B } ? B : never> extends { content: infer C } ? C : never
>;
/** A route's query parameters. */
export type Query<M extends Method, P extends PathsOf<M>> = NonNullable<
  Params<Op<M, P>> extends { query?: infer X } ? X : never
>;

interface AnyInit {
  path?: Record<string, string | number>;
  query?: object;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The URL of a path with its parameters filled in and its query appended. */
function urlOf(path: string, init?: AnyInit): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = init?.path?.[k];
    if (v === undefined) throw new Error(`missing path parameter ${k} of ${path}`);
    return encodeURIComponent(String(v));
  });
  return filled + qs((init?.query ?? {}) as Parameters<typeof qs>[0]);
}

function method<M extends Method>(m: M) {
  return <P extends PathsOf<M>>(path: P, ...[init]: Args<M, P>): Promise<Res<M, P>> => {
    const i = init as AnyInit | undefined;
    return api<Res<M, P>>(m.toUpperCase() as Uppercase<M>, urlOf(path, i), i?.body, i?.headers);
  };
}

/** Typed calls of every route, by method. */
export const client = {
  get: method('get'),
  post: method('post'),
  put: method('put'),
  patch: method('patch'),
  delete: method('delete'),
  /** The URL of a GET route, for links, downloads and <img src>. */
  url<P extends PathsOf<'get'>>(path: P, ...[init]: Args<'get', P>): string {
    return urlOf(path, init as AnyInit | undefined);
  },
};
