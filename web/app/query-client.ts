/** The one TanStack Query client of the app. */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api.ts';
import { reportError } from './problem.ts';

/** The query client of the app: failed queries and unhandled mutation errors become toasts. */
export const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (e, query) => {
      // an expired session: reload who I am, and the login guard takes over
      if (e instanceof ApiError && e.status === 401 && query.queryKey[0] !== 'me') {
        void queryClient.invalidateQueries({ queryKey: ['me'] });
        return;
      }
      if (!query.meta?.silent) reportError(e);
    },
  }),
  mutationCache: new MutationCache({
    onError: (e, _v, _c, mutation) => {
      if (!mutation.options.onError) reportError(e);
    },
  }),
  defaultOptions: {
    queries: {
      retry: (n, e) => !(e instanceof ApiError) && n < 2,
      refetchOnWindowFocus: false,
      staleTime: 15_000,
    },
  },
});
