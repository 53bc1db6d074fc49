/**
 * The web shell: language (zh-CN first), antd theme and locale, TanStack Query, the logged-in user
 * from /api/auth/me, and the router. The router knows the login page from the start; every other
 * module's routes (the registry, web/app/modules.ts) are fetched on the first navigation elsewhere.
 */
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { Alert, App as AntApp, ConfigProvider, Spin } from 'antd';
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
import { ApiError, setCsrfToken } from './api.ts';
import { client } from './client.ts';
import { queryClient } from './query-client.ts';
import { AuthProvider, useMe, type Me } from './auth.tsx';
import { addMessages, LangProvider, translate, useT, type Lang } from './i18n.tsx';
import loginModule from '../modules/login/index.tsx';
import { errorText, reportError, setErrorNotifier } from './problem.ts';
import { page } from './lazy.tsx';
import { SelectedNodeProvider } from './selected-node.tsx';
import { shellMessages } from './shell.messages.ts';
import { focusableScrollRegions } from './scroll-regions.ts';
import './a11y.css';

addMessages(shellMessages);
if (loginModule.messages) addMessages(loginModule.messages);

// the frame of logged-in pages (menu, tree, drawers) is not needed on the login page: fetched after login
const AppLayout = lazy(() => import('./layout.tsx').then((m) => ({ default: m.AppLayout })));

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

/**
 * Text colours dark enough for WCAG AA (4.5:1 on white): antd's defaults for secondary text and
 * placeholders are lighter (3.4:1 and 1.8:1), which people reading on a phone outdoors cannot read.
 */
const accessibleText = {
  colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
  colorTextDescription: 'rgba(0, 0, 0, 0.6)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  colorTextQuaternary: 'rgba(0, 0, 0, 0.55)',
  colorTextLabel: 'rgba(0, 0, 0, 0.65)',
  // links and the text of status alerts one shade darker than antd's (tags: a11y.css)
  colorLink: '#0958d9',
  colorInfoText: '#0958d9',
  colorSuccessText: '#237804',
  colorWarningText: '#ad4e00',
  colorErrorText: '#a8071a',
  // antd's red (#ff4d4f) under white text (badge counts, danger buttons) and as danger-button text
  // on white is 3.3:1; one shade darker is 5.6:1
  colorError: '#cf1322',
};

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
    queryFn: (): Promise<Me> => client.get('/api/auth/me'),
    enabled: props.ready,
    staleTime: 60_000,
  });
  const data = me.data;
  useEffect(() => setCsrfToken(data?.csrfToken), [data?.csrfToken]);
  const abilities = useMemo(() => new Set(data?.abilities ?? []), [data?.abilities]);
  const refresh = useCallback(async () => {
    const fresh = await client.get('/api/auth/me');
    setCsrfToken(fresh.csrfToken);
    queryClient.setQueryData(['me'], fresh);
  }, []);
  const value = useMemo(
    () => ({ me: data, can: (a: string) => !!data?.authenticated && abilities.has(a), refresh }),
    [data, abilities, refresh],
  );
  if (me.error) {
    // a server that answered is not "no network": say what it said
    const lang = initialLang();
    const offline = !(me.error instanceof ApiError);
    return (
      <div style={{ maxWidth: 560, margin: '15vh auto', padding: 16 }} role="alert">
        <Alert
          type={offline ? 'warning' : 'error'}
          showIcon
          title={translate(lang, offline ? 'shell.error.network' : 'shell.error')}
          description={offline ? translate(lang, 'shell.error.networkHint') : errorText(me.error)}
          data-testid="shell-error"
        />
      </div>
    );
  }
  if (!data) return <Spin fullscreen />;
  return <AuthProvider value={value}>{props.children}</AuthProvider>;
}

/** Sends anonymous visitors (and those who must change their password) to the login page. */
function RequireLogin(props: { children: ReactNode }) {
  const { me } = useMe();
  const location = useLocation();
  if (!me?.authenticated || me.user?.mustChangePassword) {
    // the address asked for rides along as ?next= (kept across a reload of the login page)
    const next = location.pathname + location.search + location.hash;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{props.children}</>;
}

/** The modules whose routes the router holds from the start (the rest come with the registry). */
const KNOWN = new Set([loginModule.id]);

/**
 * What failed outside a page of the layout: the registry of modules that could not be fetched (no
 * network), or a page without login that threw.
 */
function RouteFailure() {
  const t = useT();
  const error = useRouteError();
  return (
    <div style={{ maxWidth: 560, margin: '15vh auto', padding: 16 }} role="alert">
      <Alert
        type="error"
        showIcon
        title={t('shell.error')}
        description={errorText(error)}
        data-testid="shell-error"
      />
    </div>
  );
}

function buildRoutes(): RouteObject[] {
  return [
    {
      id: 'root',
      errorElement: <RouteFailure />,
      children: [
        ...(loginModule.publicRoutes ?? []),
        {
          // pathless: until the registry's pages are patched in below, no address but /login
          // matches, which makes the router ask patchRoutesOnNavigation for the routes
          id: 'app',
          element: (
            <RequireLogin>
              <Suspense fallback={<Spin fullscreen />}>
                <AppLayout />
              </Suspense>
            </RequireLogin>
          ),
          children: [
            {
              id: 'pages',
              // a page that throws shows its error inside the layout; the menu stays usable
              errorElement: page(() => import('./shell-pages.tsx'), 'PageError'),
              children: [],
            },
          ],
        },
      ],
    },
  ];
}

/** True once every module's routes are in the router. */
let registryLoaded = false;

const router = createBrowserRouter(buildRoutes(), {
  // the first navigation to an address the router does not know (anything but the login page)
  // fetches the registry and adds its routes: a deep link (/tasks/123) or the target after login
  // waits for them and then lands on its page
  async patchRoutesOnNavigation({ patch, signal }) {
    if (registryLoaded) return;
    const routes = await import('./routes.tsx');
    // a navigation overtaken by another patches nothing (patch() ignores it): the next one does
    if (registryLoaded || signal.aborted) return;
    patch('root', routes.publicRoutes(KNOWN));
    patch('pages', routes.layoutRoutes());
    registryLoaded = true;
  },
});

/** True while the router waits for its first page or for the registry (a full-screen spinner). */
function useRouterWaiting(): boolean {
  return useSyncExternalStore(
    (onChange) => router.subscribe(onChange),
    () => !router.state.initialized || (!registryLoaded && router.state.navigation.state !== 'idle'),
  );
}

/** The router, under the shell's spinner while the registry of modules arrives. */
function Router() {
  const waiting = useRouterWaiting();
  return (
    <>
      {waiting && <Spin fullscreen />}
      <RouterProvider router={router} />
    </>
  );
}

/** The whole client: providers, then the router. */
export function Shell() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [ready, setReady] = useState(false);

  // The server answers in the cookie's language: align it with the UI before the first request.
  useEffect(() => {
    if (cookieLang() === lang) setReady(true);
    else
      void client
        .post('/api/auth/lang', { body: { lang } })
        .catch(() => {})
        .finally(() => setReady(true));
    // only on start; later switches go through setLang
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // tables that scroll inside their box take the keyboard focus (web/app/scroll-regions.ts)
  useEffect(() => focusableScrollRegions(), []);

  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    try {
      localStorage.setItem(LANG_KEY, l);
    } catch {}
    void client
      .post('/api/auth/lang', { body: { lang: l } })
      .then(() => queryClient.invalidateQueries())
      .catch(reportError);
  }, []);

  return (
    <LangProvider lang={lang} setLang={setLang}>
      <ConfigProvider
        locale={lang === 'zh-CN' ? zhCN : enUS}
        theme={{
          token: { ...accessibleText, colorPrimary: '#c8102e', borderRadius: 6, motion: !reducedMotion },
        }}
      >
        <AntApp>
          <ErrorBridge />
          <QueryClientProvider client={queryClient}>
            <AuthLoader ready={ready}>
              <SelectedNodeProvider>
                <Router />
              </SelectedNodeProvider>
            </AuthLoader>
          </QueryClientProvider>
        </AntApp>
      </ConfigProvider>
    </LangProvider>
  );
}
