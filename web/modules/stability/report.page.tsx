/**
 * The printable 社会稳定风险评估报告 (numbered 稳评〔year〕N号) of a decision's confirmed round: the
 * matter, the risk sources scored by dimension, the survey, experts, the conclusion and level as the
 * district 政法委 confirmed it, and the mitigation measures.
 */
import { Button, Space, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useT } from '../../app/i18n.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import { getReport } from './stability.api.ts';
import { RiskTable } from './assessment.view.tsx';

/** The report page (print it from the browser: the buttons do not print). */
export function ReportPage() {
  const t = useT();
  const { id } = useParams();
  const q = useQuery({ queryKey: ['stability', 'report', id], queryFn: () => getReport(id!) });
  const r = q.data;
  useDocumentTitle(r ? `${t('stab.report.title')} ${r.reportNo}` : t('stab.report.title'));
  if (!r) return null;
  const a = r.assessment;
  const P = (p: { children: React.ReactNode }) => <Typography.Paragraph>{p.children}</Typography.Paragraph>;
  return (
    <div
      style={{ maxWidth: 820, margin: '0 auto', background: '#fff', padding: 24 }}
      data-testid="stab-report"
    >
      <style>{'@media print { .stab-noprint { display: none !important; } }'}</style>
      <Space className="stab-noprint" style={{ marginBottom: 16 }}>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('stab.print')}
        </Button>
      </Space>
      <Typography.Title level={2} style={{ textAlign: 'center' }}>
        {r.districtName}
        {t('stab.report.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ textAlign: 'center' }} data-testid="stab-report-no">
        {r.reportNo}
      </Typography.Paragraph>
      <Typography.Title level={4}>{t('stab.report.basic')}</Typography.Title>
      <P>
        {`${t('stab.titleCol')}：${r.title}；${t('stab.unit')}：${r.unitName}；${t('stab.field')}：${t(`stab.f.${r.field}`)}；${t('stab.affected')}：${r.affected}；${t('stab.plannedOn')}：${r.plannedOn}。`}
      </P>
      {r.summary && <P>{r.summary}</P>}
      <Typography.Title level={4}>{t('stab.report.risks')}</Typography.Title>
      <RiskTable risks={a.risks} />
      <Typography.Title level={4}>{t('stab.report.survey')}</Typography.Title>
      <P>
        {`${a.methods.map((m) => t(`stab.m.${m}`)).join('、')}：${t('stab.for')} ${a.surveyFor}，${t('stab.against')} ${a.surveyAgainst}，${t('stab.neutral')} ${a.surveyNeutral}；${t('stab.opposition', { pct: a.oppositionPct ?? 0 })}。`}
      </P>
      <Typography.Title level={4}>{t('stab.report.experts')}</Typography.Title>
      <P>{a.experts || t('stab.report.none')}</P>
      <Typography.Title level={4}>{t('stab.report.conclusion')}</Typography.Title>
      <P>{a.conclusion}</P>
      <P>
        {`${t('stab.rulesLevel')}：${t(`stab.l.${a.level}`)}（${a.reasons.map((x) => t(`stab.r.${x}`)).join('；') || '—'}）；${t('stab.confirmedLevel')}：`}
        <strong data-testid="stab-report-level">
          {a.confirmedLevel ? t(`stab.l.${a.confirmedLevel}`) : ''}
        </strong>
        {a.confirmedLevel ? `。${t(`stab.outcomeRule.${a.confirmedLevel}`)}` : ''}
      </P>
      <Typography.Title level={4}>{t('stab.report.measures')}</Typography.Title>
      {r.measures.length === 0 ? (
        <P>{t('stab.report.none')}</P>
      ) : (
        <ol>
          {r.measures.map((m) => (
            <li
              key={m.id}
            >{`${m.content}（${t('stab.owner')}：${m.owner}；${t('stab.dueOn')}：${m.dueOn}）`}</li>
          ))}
        </ol>
      )}
      <Typography.Paragraph style={{ textAlign: 'right', marginTop: 32 }}>
        {t('stab.report.review')}
        {a.reviewNote ? `：${a.reviewNote}` : ''}
        <br />
        {a.reviewerName} {r.confirmedOn}
      </Typography.Paragraph>
    </div>
  );
}
