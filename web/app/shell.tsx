/**
 * The web shell: language (zh-CN first), antd theme and locale, TanStack Query, the logged-in user
 * from /api/auth/me, and the router built from every module's routes.
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import {
  createBrowserRouter,
  Navigate,
  RouterProvider,
  useLocation,
  useRouteError,
  type RouteObject,
} from 'react-router';
import { api, setCsrfToken } from './api.ts';
import { queryClient } from './query-client.ts';
import { AuthProvider, useMe, type Me } from './auth.tsx';
import { addMessages, LangProvider, translate, useT, type Lang } from './i18n.tsx';
import { AppLayout } from './layout.tsx';
import { menuEntries, webModules } from './modules.ts';
import { errorText, reportError, setErrorNotifier } from './problem.ts';
import { SelectedNodeProvider } from './selected-node.tsx';
import { shellMessages } from './shell.messages.ts';

addMessages(shellMessages);

const LANG_KEY = 'gz_lang';

function initialLang(): Lang {
  try {
    const l = localStorage.getItem(LANG_KEY);
    if (l === 'zh-CN' || l === 'en-US') return l;
  } catch {}
  return 'zh-CN';
}

function cookieLang(): string | undefined {
  return document.cookie
    .split('; ')
    .find((c) => c.startsWith('gz_lang='))
    ?.slice('gz_lang='.length);
}

/** Users who ask their system for less motion get antd without animations. */
const reducedMotion =
  typeof window !== 'undefined' &&
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Sends antd's message instance to reportError(), so toasts use the app's theme and locale. */
function ErrorBridge() {
  const { message } = AntApp.useApp();
  useEffect(() => setErrorNotifier({ error: (text) => message.error(text) }), [message]);
  return null;
}

/** Loads /api/auth/me, keeps the CSRF token, and provides can(ability). */
function AuthLoader(props: { ready: boolean; children: ReactNode }) {
  const me = useQuery({
    queryKey: ['me'],
    queryFn: () => api<Me>('GET', '/api/auth/me'),
    enabled: props.ready,
    staleTime: 60_000,
  });
  const data = me.data;
  useEffect(() => setCsrfToken(data?.csrfToken), [data?.csrfToken]);
  const abilities = useMemo(() => new Set(data?.abilities ?? []), [data?.abilities]);
  const refresh = useCallback(async () => {
    const fresh = await api<Me>('GET', '/api/auth/me');
    setCsrfToken(fresh.csrfToken);
    queryClient.setQueryData(['me'], fresh);
  }, []);
  const value = useMemo(
    () => ({ me: data, can: (a: string) => !!data?.authenticated && abilities.has(a), refresh }),
    [data, abilities, refresh],
  );
  if (me.error)
    return (
      <Result
        status="warning"
        title={translate(initialLang(), 'shell.error.network')}
        subTitle={String(me.error)}
      />
    );
  if (!data) return <Spin fullscreen />;
  return <AuthProvider value={value}>{props.children}</AuthProvider>;
}

/** Sends anonymous visitors (and those who must change their password) to the login page. */
function RequireLogin(props: { children: ReactNode }) {
  const { me } = useMe();
  const location = useLocation();
  if (!me?.authenticated || me.user?.mustChangePassword)
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{props.children}</>;
}

/** The landing page: the first menu entry the user may open. */
function Home() {
  const { me, can } = useMe();
  const t = useT();
  const first = menuEntries.find((e) => !e.ability || can(e.ability));
  if (first) return <Navigate to={first.path} replace />;
  return (
    <Result
      status="info"
      title={t('shell.welcome', { name: me?.user?.displayName ?? '' })}
      subTitle={t('shell.noMenu')}
    />
  );
}

function PageError() {
  const t = useT();
  const error = useRouteError();
  return <Result status="error" title={t('shell.error')} subTitle={errorText(error)} />;
}

function NotFound() {
  const t = useT();
  return <Result status="404" title="404" subTitle={t('shell.notFound')} />;
}

function buildRoutes(): RouteObject[] {
  return [
    ...webModules.flatMap((m) => m.publicRoutes ?? []),
    {
      path: '/',
      element: (
        <RequireLogin>
          <AppLayout />
        </RequireLogin>
      ),
      children: [
        {
          // a page that throws shows its error inside the layout; the menu stays usable
          errorElement: <PageError />,
          children: [
            { index: true, element: <Home /> },
            ...webModules.flatMap((m) => m.routes),
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ];
}

const router = createBrowserRouter(buildRoutes());

/** The whole client: providers, then the router. */
export function Shell() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [ready, setReady] = useState(false);

  // The server answers in the cookie's language: align it with the UI before the first request.
  useEffect(() => {
    if (cookieLang() === lang) setReady(true);
    else
      void api('POST', '/api/auth/lang', { lang })
        .catch(() => {})
        .finally(() => setReady(true));
    // only on start; later switches go through setLang
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    try {
      localStorage.setItem(LANG_KEY, l);
    } catch {}
    void api('POST', '/api/auth/lang', { lang: l })
      .then(() => queryClient.invalidateQueries())
      .catch(reportError);
  }, []);

  return (
    <LangProvider lang={lang} setLang={setLang}>
      <ConfigProvider
        locale={lang === 'zh-CN' ? zhCN : enUS}
        theme={{ token: { colorPrimary: '#c8102e', borderRadius: 6, motion: !reducedMotion } }}
      >
        <AntApp>
          <ErrorBridge />
          <QueryClientProvider client={queryClient}>
            <AuthLoader ready={ready}>
              <SelectedNodeProvider>
                <RouterProvider router={router} />
              </SelectedNodeProvider>
            </AuthLoader>
          </QueryClientProvider>
        </AntApp>
      </ConfigProvider>
    </LangProvider>
  );
}
