/** The printable 共建契约 (numbered 共建契约〔年〕N号): the parties, the term, the three lists, the signatures. */
import { Button } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useT } from '../../app/i18n.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import { getContract, ITEM_KINDS } from './compacts.api.ts';
import './compacts.shared.tsx';

/** One contract, laid out for A4. */
export function ContractPrintPage() {
  const t = useT();
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: ['compacts', 'contract', id], queryFn: () => getContract(id) });
  const c = q.data;
  useDocumentTitle(c ? `${t('cp.pr.title')} ${c.number}` : t('cp.pr.title'));
  if (!c) return null;
  const p = { textIndent: '2em', lineHeight: 1.9 } as const;
  return (
    <div style={{ maxWidth: 760, margin: '24px auto', padding: 16, fontFamily: 'serif' }}>
      <style>{'@media print { .no-print { display: none } body { margin: 0 } }'}</style>
      <main data-testid="cp-print">
        <h1 style={{ textAlign: 'center', fontSize: 24 }}>{t('cp.pr.title')}</h1>
        <p style={{ textAlign: 'center' }} data-testid="cp-print-number">
          {c.number}
        </p>
        <p>{t('cp.pr.partyA', { name: c.nodeName })}</p>
        <p>{t('cp.pr.partyB', { name: c.unitName })}</p>
        <p style={p}>{t('cp.pr.body', { title: c.title, from: c.startsOn, to: c.endsOn })}</p>
        {ITEM_KINDS.map((k, n) => (
          <section key={k}>
            <h2 style={{ fontSize: 18 }}>{`${['一', '二', '三'][n]}、${t(`cp.k.${k}`)}`}</h2>
            <ol>
              {c.items
                .filter((i) => i.kind === k)
                .map((i) => (
                  <li key={i.id}>
                    {i.content}
                    {k === 'project' ? `（${t('cp.owner')}：${i.owner}；${t('cp.dueOn')}：${i.dueOn}）` : ''}
                  </li>
                ))}
            </ol>
          </section>
        ))}
        <p style={p}>{t('cp.pr.duty')}</p>
        <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 48 }}>
          <p>
            {t('cp.pr.signA')}
            <br />
            {c.communitySigner}
          </p>
          <p data-testid="cp-print-unit-signer">
            {t('cp.pr.signB')}
            <br />
            {c.unitSigner || '＿＿＿＿＿＿'}
          </p>
        </div>
        {c.signedOn && <p style={{ textAlign: 'right' }}>{t('cp.pr.signedOn', { date: c.signedOn })}</p>}
      </main>
      <Button className="no-print" icon={<PrinterOutlined />} onClick={() => window.print()}>
        {t('cp.print')}
      </Button>
    </div>
  );
}
