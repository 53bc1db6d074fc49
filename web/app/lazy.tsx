/**
 * Pages load on demand: a module's index.tsx names its pages with page(() => import('./x.page.tsx'))
 * so the login page (and every other first load) fetches only the code of the page it shows.
 */
import { lazy, Suspense, type ComponentType, type ReactElement } from 'react';
import { Spin } from 'antd';

/** Shown while a page's code arrives. */
function PageLoading() {
  return (
    <div style={{ padding: 48, textAlign: 'center' }} data-testid="page-loading">
      <Spin />
    </div>
  );
}

/**
 * A route element whose page component is fetched when the route is first shown.
 * `name` is the page's export ('default' when omitted).
 */
export function page<M extends object>(load: () => Promise<M>, name?: keyof M & string): ReactElement {
  const key = (name ?? 'default') as keyof M;
  const Page = lazy(async () => ({ default: (await load())[key] as ComponentType }));
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}
