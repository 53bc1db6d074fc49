/** 信访工作数据: the rates with their definitions and the seed's target, and charts by month and route. */
import { Card, Row, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Chart } from '../../app/chart.tsx';
import { addMessages, useT } from '../../app/i18n.tsx';
import { StatCard } from '../../app/stat-card.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { beijingYear } from '../../app/format.ts';
import { usePageTitle } from '../council/common.tsx';
import { getFigures } from './petitions.api.ts';
import { petitionsMessages } from './petitions.messages.ts';

addMessages(petitionsMessages);

const pct = (v: number | null) => (v === null ? '—' : `${v}%`);

/** The figures of the selected node this year. */
export function FiguresPage() {
  const t = useT();
  usePageTitle(t('pt.fig.title'));
  const nodeId = usePageNode();
  const year = beijingYear();
  const q = useQuery({
    queryKey: ['petitions', 'figures', nodeId, year],
    queryFn: () => getFigures({ nodeId, year }),
  });
  const f = q.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {`${t('pt.fig.title')} · ${year}`}
      </Typography.Title>
      {f && (
        <>
          <Row gutter={[12, 12]}>
            <StatCard title={t('pt.fig.visits')} value={f.visits} data-testid="fig-visits" />
            <StatCard title={t('pt.fig.guidedRate')} value={pct(f.guidedRate)} data-testid="fig-guided" />
            <StatCard
              title={`${t('pt.fig.successRate')}（${t('pt.fig.target')}）`}
              value={pct(f.successRate)}
              data-testid="fig-success"
            />
            <StatCard
              title={`${t('pt.fig.executionRate')}（${t('pt.fig.target')}）`}
              value={pct(f.executionRate)}
            />
            <StatCard title={t('pt.fig.onTimeRate')} value={pct(f.onTimeRate)} />
            <StatCard title={t('pt.fig.repeatShare')} value={pct(f.repeatShare)} />
            <StatCard title={t('pt.fig.mediationShare')} value={pct(f.mediationShare)} />
            <StatCard title={t('pt.fig.collective')} value={f.collective} />
          </Row>
          <Typography.Paragraph type="secondary">{t('pt.fig.defs')}</Typography.Paragraph>
          <Card size="small" title={t('pt.fig.byMonth')}>
            <Chart
              testId="fig-month-chart"
              option={{
                tooltip: { trigger: 'axis' },
                legend: {},
                grid: { left: 40, right: 16, bottom: 24 },
                xAxis: { type: 'category', data: f.byMonth.map((m) => t('pt.month', { m: m.month })) },
                yAxis: { type: 'value' },
                series: [
                  { type: 'bar', name: t('pt.fig.visits'), data: f.byMonth.map((m) => m.visits) },
                  { type: 'line', name: t('pt.fig.guided'), data: f.byMonth.map((m) => m.guided) },
                  { type: 'line', name: t('pt.fig.accepted'), data: f.byMonth.map((m) => m.accepted) },
                ],
              }}
            />
          </Card>
          <Card size="small" title={t('pt.fig.byRoute')}>
            <Chart
              option={{
                tooltip: { trigger: 'axis' },
                grid: { left: 100, right: 16, bottom: 24 },
                xAxis: { type: 'value' },
                yAxis: { type: 'category', data: f.byRoute.map((r) => t(`pt.route.${r.route}`)) },
                series: [{ type: 'bar', data: f.byRoute.map((r) => r.count) }],
              }}
            />
          </Card>
        </>
      )}
    </Space>
  );
}
