/** The shell's own pages (no menu entry, a page error, not found): fetched only when one is shown. */
import { Result } from 'antd';
import { Navigate, useRouteError } from 'react-router';
import { useMe } from './auth.tsx';
import { useT } from './i18n.tsx';
import { menuEntries } from './modules.ts';
import { errorText } from './problem.ts';
import { useDocumentTitle } from './title.ts';

/** The landing page when no module owns `/`: the first menu entry the user may open. */
export function FirstEntry() {
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

/** A page that threw: its error inside the layout, the menu stays usable. */
export function PageError() {
  const t = useT();
  const error = useRouteError();
  useDocumentTitle(t('shell.error'));
  return <Result status="error" title={t('shell.error')} subTitle={errorText(error)} />;
}

/** An address no module knows. */
export function NotFound() {
  const t = useT();
  useDocumentTitle(t('shell.notFound'));
  return <Result status="404" title="404" subTitle={t('shell.notFound')} />;
}
