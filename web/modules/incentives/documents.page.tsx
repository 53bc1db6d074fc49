/** The printable 激励决定 and 休整休养通知, each numbered per district and year. */
import { Button, Space, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { useT } from '../../app/i18n.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import { getDecision, getNotice } from './incentives.api.ts';
import './incentives.shared.tsx';

function Paper(props: {
  title: string;
  number: string;
  signer: string;
  signedOn: string;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div
      style={{ maxWidth: 760, margin: '0 auto', background: '#fff', padding: 24 }}
      data-testid="inc-document"
    >
      <style>{'@media print { .inc-noprint { display: none !important; } }'}</style>
      <Space className="inc-noprint" style={{ marginBottom: 16 }}>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('inc.print')}
        </Button>
      </Space>
      <Typography.Title level={2} style={{ textAlign: 'center' }}>
        {props.title}
      </Typography.Title>
      <Typography.Paragraph style={{ textAlign: 'center' }} data-testid="inc-document-no">
        {props.number}
      </Typography.Paragraph>
      {props.children}
      <Typography.Paragraph style={{ textAlign: 'right', marginTop: 32 }}>
        {props.signer}
        <br />
        {props.signedOn}
      </Typography.Paragraph>
    </div>
  );
}

/** The 激励决定 page. */
export function DecisionPage() {
  const t = useT();
  const { id } = useParams();
  const q = useQuery({ queryKey: ['incentives', 'decision', id], queryFn: () => getDecision(id!) });
  const d = q.data;
  useDocumentTitle(d ? `${t('inc.decision')} ${d.number}` : t('inc.decision'));
  if (!d) return null;
  return (
    <Paper
      title={t('inc.decisionTitle', { name: d.personName })}
      number={d.number}
      signer={t('inc.orgDept', { district: d.districtName })}
      signedOn={d.decidedOn}
    >
      <Typography.Paragraph>
        {t('inc.decisionBody', {
          unit: d.unitName,
          name: d.personName,
          reason: d.reason,
          measure: d.measureName,
          rest: d.restDays ? t('inc.decisionRest', { year: d.year, days: d.restDays }) : '',
        })}
      </Typography.Paragraph>
      {d.sourceRef && <Typography.Paragraph>{`${t('inc.sourceRef')}：${d.sourceRef}`}</Typography.Paragraph>}
    </Paper>
  );
}

/** The 休整休养通知 page. */
export function NoticePage() {
  const t = useT();
  const { id } = useParams();
  const q = useQuery({ queryKey: ['incentives', 'notice', id], queryFn: () => getNotice(id!) });
  const n = q.data;
  useDocumentTitle(n ? `${t('inc.notice')} ${n.number}` : t('inc.notice'));
  if (!n) return null;
  return (
    <Paper title={t('inc.notice')} number={n.number} signer={n.unitName} signedOn={n.approvedOn}>
      <Typography.Paragraph>
        {t('inc.noticeBody', {
          unit: n.unitName,
          name: n.personName,
          decision: n.decisionNo ?? '',
          measure: n.measureName,
          from: n.startsOn,
          to: n.endsOn,
          days: n.days,
        })}
      </Typography.Paragraph>
    </Paper>
  );
}
