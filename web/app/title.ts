/** Each page's own document title: "<page> · 共治", so tabs, history and screen readers can tell pages apart. */
import { useEffect } from 'react';
import { useT } from './i18n.tsx';

/** Sets the document title for as long as the page is shown. */
export function useDocumentTitle(title: string | null | undefined) {
  const t = useT();
  const app = t('app.name');
  useEffect(() => {
    if (title) document.title = `${title} · ${app}`;
  }, [title, app]);
}
