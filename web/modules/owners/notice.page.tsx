/** The printable 表决结果公告 (numbered 业主大会表决公告〔year〕N号): each matter's count by area and by head and its outcome. */
import { Button, Space, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useT } from '../../app/i18n.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import { getNotice } from './owners.api.ts';
import './owners.shared.tsx';

/** The notice page (print it from the browser: the button does not print). */
export function NoticePage() {
  const t = useT();
  const { id } = useParams();
  const q = useQuery({ queryKey: ['owners', 'notice', id], queryFn: () => getNotice(id!) });
  const n = q.data;
  useDocumentTitle(n ? `${t('own.noticeTitle')} ${n.noticeNo}` : t('own.noticeTitle'));
  if (!n) return null;
  const c = (x: { area: number; heads: number }) => t('own.count', { area: x.area, heads: x.heads });
  return (
    <div
      style={{ maxWidth: 820, margin: '0 auto', background: '#fff', padding: 24 }}
      data-testid="own-notice-doc"
    >
      <style>{'@media print { .own-noprint { display: none !important; } }'}</style>
      <Space className="own-noprint" style={{ marginBottom: 16 }}>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('own.print')}
        </Button>
      </Space>
      <Typography.Title level={2} style={{ textAlign: 'center' }}>
        {n.compoundName}
        {t('own.noticeTitle')}
      </Typography.Title>
      <Typography.Paragraph style={{ textAlign: 'center' }} data-testid="own-notice-no">
        {n.noticeNo}
      </Typography.Paragraph>
      <Typography.Paragraph>
        {t('own.noticeIntro', {
          title: n.title,
          from: n.opensOn,
          to: n.closesOn,
          area: n.totals.area,
          heads: n.totals.heads,
        })}
      </Typography.Paragraph>
      <ol>
        {n.matters.map((m) => (
          <li key={m.seq} data-testid={`own-notice-matter-${m.seq}`}>
            <Typography.Paragraph>
              {`${m.title}（${t(`own.k.${m.kind}`)}）：${t('own.participating')} ${c(m.participating)}；${t('own.yes')} ${c(m.yes)}，${t('own.no')} ${c(m.no)}，${t('own.abstain')} ${c(m.abstain)}。`}
              <strong>{t(m.passed ? 'own.noticePassed' : 'own.noticeFailed')}</strong>
            </Typography.Paragraph>
          </li>
        ))}
      </ol>
      <Typography.Paragraph type="secondary">{t('own.rule')}</Typography.Paragraph>
      <Typography.Paragraph style={{ textAlign: 'right', marginTop: 32 }}>
        {`${n.compoundName}${t('own.signature')}`}
        <br />
        {n.closedOn}
      </Typography.Paragraph>
    </div>
  );
}
