/** The printable 资助协议 of a granted application, numbered (社资协〔年〕第N号). */
import { Button } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { addMessages, useT } from '../../app/i18n.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import { getAgreement, yuan } from './socialfund.api.ts';
import { socialfundPageMessages } from './socialfund.messages.ts';

addMessages(socialfundPageMessages);

/** One agreement, laid out for A4. */
export function AgreementPrintPage() {
  const t = useT();
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: ['socialfund', 'agreement', id], queryFn: () => getAgreement(id) });
  const g = q.data;
  useDocumentTitle(g ? `${t('ag.title')} ${g.number}` : t('ag.title'));
  if (!g) return null;
  const p = { textIndent: '2em', lineHeight: 1.9 } as const;
  return (
    <div style={{ maxWidth: 760, margin: '24px auto', padding: 16, fontFamily: 'serif' }}>
      <style>{'@media print { .no-print { display: none } body { margin: 0 } }'}</style>
      <main data-testid="sf-agreement-print">
        <h1 style={{ textAlign: 'center', fontSize: 24 }}>{t('ag.title')}</h1>
        <p style={{ textAlign: 'center' }} data-testid="sf-agreement-number">
          {g.number}
        </p>
        <p data-testid="sf-agreement-party-a">
          {t('ag.partyA', { district: g.districtName, fund: g.fundName })}
        </p>
        <p data-testid="sf-agreement-party-b">{t('ag.partyB', { applicant: g.applicantName })}</p>
        <p style={p}>
          {t('ag.body', {
            fund: g.fundName,
            round: g.roundTitle,
            title: g.title,
            category: g.category,
            beneficiaries: g.beneficiaries,
            amount: yuan(g.grantedFen),
          })}
        </p>
        <p style={p}>{t('ag.tranches')}</p>
        <ol>
          {g.tranches.map((x) => (
            <li key={x.seq}>
              {t('ag.tranche', { seq: x.seq, percent: x.percent, amount: yuan(x.amountFen) })}
            </li>
          ))}
        </ol>
        <p style={p}>{t('ag.duty')}</p>
        <p style={{ marginTop: 48, whiteSpace: 'pre' }}>{t('ag.sign')}</p>
        {g.signedOn && <p style={{ textAlign: 'right' }}>{t('ag.signedOn', { date: g.signedOn })}</p>}
      </main>
      <Button className="no-print" icon={<PrinterOutlined />} onClick={() => window.print()}>
        {t('ag.print')}
      </Button>
    </div>
  );
}
