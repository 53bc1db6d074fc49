/**
 * The printable 帮教结案报告 (numbered 未检帮教〔year〕N号) of a closed case: the young person (masked),
 * the referral, the problems and plan, the sessions, the evaluations and the outcome with 转处分流.
 */
import { Button, Space, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useT } from '../../app/i18n.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import { getLibrary, getReport } from './juvenile.api.ts';
import './juvenile.shared.tsx';

/** The report page (print it from the browser: the button does not print). */
export function ReportPage() {
  const t = useT();
  const { id } = useParams();
  const q = useQuery({ queryKey: ['juvenile', 'report', id], queryFn: () => getReport(id!) });
  const library = useQuery({ queryKey: ['juvenile', 'library'], queryFn: () => getLibrary() });
  const r = q.data;
  useDocumentTitle(r ? `${t('juv.report')} ${r.reportNo}` : t('juv.report'));
  if (!r) return null;
  const nameOf = (code: string) => library.data?.entries.find((e) => e.code === code)?.name ?? code;
  const P = (p: { children: React.ReactNode }) => <Typography.Paragraph>{p.children}</Typography.Paragraph>;
  return (
    <div
      style={{ maxWidth: 820, margin: '0 auto', background: '#fff', padding: 24 }}
      data-testid="juv-report"
    >
      <style>{'@media print { .juv-noprint { display: none !important; } }'}</style>
      <Space className="juv-noprint" style={{ marginBottom: 16 }}>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('juv.print')}
        </Button>
      </Space>
      <Typography.Title level={2} style={{ textAlign: 'center' }}>
        {r.districtName}
        {t('juv.report')}
      </Typography.Title>
      <Typography.Paragraph style={{ textAlign: 'center' }} data-testid="juv-report-no">
        {r.reportNo}
      </Typography.Paragraph>
      <P>
        {`${t('juv.name')}：${r.name}；${t(`juv.gender.${r.gender}`)}；${t('juv.idNumber')}：${r.idNumber}；${t('juv.node')}：${r.nodeName}。`}
      </P>
      <P>{`${t('juv.source')}：${t(`juvenile.source.${r.source}`)}；${t('juv.referredOn')}：${r.referredOn}。`}</P>
      <P>{`${t('juv.problems')}：${r.problems.map(nameOf).join('、') || '—'}。`}</P>
      <P>{`${t('juv.plan')}：${r.plan.map(nameOf).join('、') || '—'}；${t('juv.worker')}：${r.workerName}；${t('juv.minutesTotal', { n: r.sessions, m: r.minutes })}。`}</P>
      {r.evaluations.length > 0 && (
        <P>
          {`${t('juv.addEvaluation')}：${r.evaluations.map((e) => `${e.evaluatedOn} ${nameOf(e.instrument)} ${e.score}`).join('；')}。`}
        </P>
      )}
      <P>
        {`${t('juv.outcome')}：`}
        <strong data-testid="juv-report-outcome">{t(`juvenile.outcome.${r.outcome}`)}</strong>
        {`；${t('juv.diverted')}：${t(r.diverted ? 'juvenile.yes' : 'juvenile.no')}；${t('juv.closedOn')}：${r.closedOn}。`}
      </P>
      {r.closingNote && <P>{r.closingNote}</P>}
    </div>
  );
}
