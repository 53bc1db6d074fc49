/** The printable 信访事项受理告知书 / 不予受理告知书 of a triaged visit, numbered. */
import { Button } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { addMessages, useT } from '../../app/i18n.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import { getNotice } from './petitions.api.ts';
import { petitionsMessages } from './petitions.messages.ts';

addMessages(petitionsMessages);

/** One notice, laid out for A4. */
export function NoticePrintPage() {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const q = useQuery({ queryKey: ['petitions', 'notice', id], queryFn: () => getNotice(id!) });
  const n = q.data;
  useDocumentTitle(n ? t(`pt.notice.${n.kind}`) : t('pt.notice'));
  if (!n) return null;
  const p = { textIndent: '2em', lineHeight: 1.9 } as const;
  return (
    <div style={{ maxWidth: 760, margin: '24px auto', padding: 16, fontFamily: 'serif' }}>
      <style>{'@media print { .no-print { display: none } body { margin: 0 } }'}</style>
      <main data-testid="pt-notice">
        <h1 style={{ textAlign: 'center', fontSize: 24 }}>{t(`pt.notice.${n.kind}`)}</h1>
        <p style={{ textAlign: 'center' }} data-testid="pt-notice-number">
          {n.number}
        </p>
        <p>{t('pt.notice.to', { name: n.name })}</p>
        <p style={p}>
          {n.kind === 'accept'
            ? t('pt.notice.accept.body', { visitedOn: n.visitedOn, matter: n.matter, due: n.handleDue ?? '' })
            : t('pt.notice.reject.body', {
                visitedOn: n.visitedOn,
                matter: n.matter,
                route: t(`pt.route.${n.route}`),
              })}
        </p>
        {n.note && <p style={p}>{t('pt.notice.note', { note: n.note })}</p>}
        <p style={{ textAlign: 'right', marginTop: 48 }}>
          {t('pt.notice.issuer', { district: n.districtName })}
        </p>
        {n.studioName && <p style={{ textAlign: 'right' }}>{n.studioName}</p>}
        <p style={{ textAlign: 'right' }}>{n.issuedOn}</p>
      </main>
      <Button className="no-print" icon={<PrinterOutlined />} onClick={() => window.print()}>
        {t('pt.notice.print')}
      </Button>
    </div>
  );
}
