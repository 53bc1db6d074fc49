/** 实绩晾晒: a round's published ranking as a leaderboard with a bar chart, printable. */
import { Button, Card, Descriptions, Space, Table } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Chart } from '../../app/chart.tsx';
import { useT } from '../../app/i18n.tsx';
import { PageTitle } from '../../app/page-title.tsx';
import { DIMENSIONS, getRanking, type Ranking } from './contests.api.ts';
import { addMessages } from '../../app/i18n.tsx';
import { contestsMessages } from './contests.messages.ts';

addMessages(contestsMessages);

/** The ranking table with the dimension means. */
export function RankingTable(props: { ranking: Ranking }) {
  const t = useT();
  return (
    <Table
      size="small"
      rowKey="unitId"
      pagination={false}
      data-testid="ranking"
      dataSource={props.ranking.standings}
      columns={[
        { title: t('ct.rank'), dataIndex: 'rank', width: 60 },
        { title: t('ct.entry.unit'), dataIndex: 'unitName' },
        { title: t('ct.total'), dataIndex: 'total' },
        ...DIMENSIONS.map((d) => ({
          title: t(`ct.dim.${d}`),
          render: (_: unknown, s: Ranking['standings'][number]) => s.means[d],
        })),
      ]}
    />
  );
}

/** A round's leaderboard. */
export function BoardPage() {
  const t = useT();
  const { roundId = '' } = useParams();
  const q = useQuery({ queryKey: ['contests', 'ranking', roundId], queryFn: () => getRanking(roundId) });
  const r = q.data;
  return (
    <>
      <style>{'@media print { .no-print, .ant-layout-sider, .ant-layout-header { display: none } }'}</style>
      <PageTitle
        extra={
          <Space className="no-print">
            {r && <Link to={`/contests/${r.contestId}`}>{t('ct.back')}</Link>}
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('ct.print')}
            </Button>
          </Space>
        }
      >
        {r ? `${r.contestTitle}·${r.roundTitle} ${t('ct.board')}` : t('ct.board')}
      </PageTitle>
      {r && (
        <Card size="small">
          <Descriptions size="small" column={3}>
            <Descriptions.Item label={t('ct.series')}>{r.series}</Descriptions.Item>
            <Descriptions.Item label={t('ct.weights')}>
              {DIMENSIONS.map((d) => `${t(`ct.dim.${d}`)} ${r.weights[d]}`).join('、')}
            </Descriptions.Item>
            <Descriptions.Item label={t('ct.published')}>
              {r.publishedAt?.slice(0, 10) ?? '—'}
            </Descriptions.Item>
          </Descriptions>
          {r.standings.length > 0 && (
            <Chart
              height={Math.max(160, r.standings.length * 36)}
              testId="ranking-chart"
              option={{
                tooltip: {},
                grid: { left: 120, right: 30, top: 10, bottom: 20 },
                xAxis: { type: 'value', max: 100 },
                yAxis: { type: 'category', data: r.standings.map((s) => s.unitName).reverse() },
                series: [
                  { type: 'bar', data: r.standings.map((s) => s.total).reverse(), label: { show: true } },
                ],
              }}
            />
          )}
          <RankingTable ranking={r} />
        </Card>
      )}
    </>
  );
}
