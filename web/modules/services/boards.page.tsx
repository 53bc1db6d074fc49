/**
 * The three live leaderboards 比武榜 (by category, orders accepted, good-rating rate) and a node's
 * rates (Putuo: 971 orders, 844 accepted, 100% good), computed from the orders on every read.
 */
import { Card, Col, Empty, Row, Spin, Statistic, Table, Typography, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Chart } from '../../app/chart.tsx';
import { useT } from '../../app/i18n.tsx';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { usePageTitle } from '../council/common.tsx';
import { getBoards, type Boards } from './services.api.ts';

/** The rates of a node's year. */
export function BoardFigures(props: { boards: Boards }) {
  const t = useT();
  const f = props.boards.figures;
  const pct = (v: number | null) => (v === null ? '—' : `${v}%`);
  return (
    <Row gutter={[8, 8]}>
      <Col xs={12} md={6}>
        <Statistic title={t('services.fig.placed')} value={f.placed} />
      </Col>
      <Col xs={12} md={6}>
        <Statistic title={t('services.fig.accepted')} value={f.accepted} />
      </Col>
      <Col xs={12} md={6}>
        <Statistic title={t('services.fig.acceptance')} value={pct(f.acceptanceRate)} />
      </Col>
      <Col xs={12} md={6}>
        <Statistic title={t('services.fig.good')} value={pct(f.goodRate)} />
      </Col>
    </Row>
  );
}

/** The three leaderboards as tables (and the category board as a chart). */
export function BoardTables(props: { boards: Boards; chart?: boolean }) {
  const t = useT();
  const b = props.boards;
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} lg={8}>
        <Card size="small" title={t('services.boards.category')} data-testid="board-category">
          {props.chart && b.byCategory.length > 0 && (
            <Chart
              height={220}
              option={{
                tooltip: {},
                grid: { left: 70, right: 10, top: 10, bottom: 20 },
                xAxis: { type: 'value' },
                yAxis: {
                  type: 'category',
                  data: b.byCategory.map((c) => t(`services.category.${c.category}`)).reverse(),
                },
                series: [{ type: 'bar', data: b.byCategory.map((c) => c.placed).reverse() }],
              }}
            />
          )}
          <Table
            size="small"
            pagination={false}
            rowKey="category"
            dataSource={b.byCategory}
            columns={[
              {
                title: t('services.order.category'),
                dataIndex: 'category',
                render: (c: string) => t(`services.category.${c}`),
              },
              { title: t('services.boards.orders'), dataIndex: 'placed' },
              { title: t('services.boards.accepted_n'), dataIndex: 'accepted' },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card size="small" title={t('services.boards.accepted')} data-testid="board-accepted">
          {b.byAccepted.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
          {b.byAccepted.length > 0 && (
            <Table
              size="small"
              pagination={false}
              rowKey="orgId"
              dataSource={b.byAccepted.map((x, i) => ({ ...x, rank: i + 1 }))}
              columns={[
                { title: '#', dataIndex: 'rank', width: 40 },
                { title: t('socialorgs.name'), dataIndex: 'name' },
                { title: t('services.boards.accepted_n'), dataIndex: 'accepted' },
              ]}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card size="small" title={t('services.boards.good')} data-testid="board-good">
          {b.byGoodRate.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
          {b.byGoodRate.length > 0 && (
            <Table
              size="small"
              pagination={false}
              rowKey="orgId"
              dataSource={b.byGoodRate.map((x, i) => ({ ...x, rank: i + 1 }))}
              columns={[
                { title: '#', dataIndex: 'rank', width: 40 },
                { title: t('socialorgs.name'), dataIndex: 'name' },
                { title: t('services.boards.good_rate'), dataIndex: 'rate', render: (v: number) => `${v}%` },
                { title: t('services.action.rate'), dataIndex: 'rated' },
              ]}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}

/** The leaderboards of the chosen node (or the user's own). */
export function BoardsPage() {
  const t = useT();
  const { node } = useSelectedNode();
  usePageTitle(t('services.boards'));
  const q = useQuery({
    queryKey: ['services', 'boards', node?.id],
    queryFn: () => getBoards({ nodeId: node?.id }),
    refetchInterval: 30_000,
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('services.boards')} {q.data && `· ${q.data.nodeName} ${q.data.year}`}
        </Typography.Title>
        <Link to="/services">{t('services.title')}</Link>
      </Space>
      {!q.data && <Spin />}
      {q.data && <BoardFigures boards={q.data} />}
      {q.data && <BoardTables boards={q.data} chart />}
    </Space>
  );
}
