/**
 * 令与积分: a unit's or a person's orders and consequence points over a period (the feed of the cadre
 * assessment). The server offers no Excel export of it, so the page has none.
 */
import { useState } from 'react';
import { Alert, Card, Col, DatePicker, Radio, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { client } from '../../app/client.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { NodeSelect, PersonSelect, fmtDate, fmtTime } from './common.tsx';

const TYPE_COLOURS: Record<string, string> = {
  responsibility: 'blue',
  commendation: 'gold',
  accountability: 'red',
};

/** The points page. */
export function PointsPage() {
  const t = useT();
  const { can } = useMe();
  const [by, setBy] = useState<'node' | 'person'>('node');
  const [nodeId, setNodeId] = useState<string | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const subject = by === 'node' ? nodeId : personId;
  const from = range?.[0]?.format('YYYY-MM-DD');
  const to = range?.[1]?.format('YYYY-MM-DD');
  const query = {
    nodeId: by === 'node' ? (nodeId ?? undefined) : undefined,
    personId: by === 'person' ? (personId ?? undefined) : undefined,
    from,
    to,
  };
  const ready = !!subject && !!from && !!to;
  const points = useQuery({
    queryKey: ['tasks', 'points', query],
    queryFn: () => client.get('/api/tasks/points', { query: { ...query, from: from!, to: to! } }),
    enabled: ready,
  });
  const data = ready ? points.data : undefined;

  return (
    <div data-testid="points-page">
      <Typography.Title level={4}>{t('tasks.points')}</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        {can('people.read') && (
          <Radio.Group
            value={by}
            onChange={(e) => setBy(e.target.value as 'node' | 'person')}
            optionType="button"
            data-testid="points-by"
            options={[
              { value: 'node', label: t('tasks.points.byNode') },
              { value: 'person', label: t('tasks.points.byPerson') },
            ]}
          />
        )}
        <div style={{ width: 240 }}>
          {by === 'node' ? (
            <NodeSelect
              value={nodeId}
              onChange={setNodeId}
              testId="points-node"
              ariaLabel={t('tasks.unit')}
            />
          ) : (
            <PersonSelect
              value={personId}
              onChange={setPersonId}
              testId="points-person"
              ariaLabel={t('tasks.points.byPerson')}
            />
          )}
        </div>
        <DatePicker.RangePicker
          value={range}
          onChange={(v) => setRange(v)}
          aria-label={t('tasks.points.issuedAt')}
          data-testid="points-range"
        />
      </Space>
      {!ready && <Alert type="info" showIcon title={t('tasks.points.pick')} data-testid="points-pick" />}
      {ready && (
        <Row gutter={[12, 12]}>
          <Col xs={24}>
            <Card size="small">
              <Space size="large" wrap>
                <Statistic
                  title={t('tasks.points.total')}
                  value={data?.totalPoints ?? 0}
                  loading={points.isLoading}
                  data-testid="points-total"
                />
                <Statistic
                  title={t('tasks.orders')}
                  value={data?.orders.length ?? 0}
                  loading={points.isLoading}
                  data-testid="points-order-count"
                />
              </Space>
            </Card>
          </Col>
          <Col xs={24}>
            <Card size="small" title={t('tasks.orders')}>
              <Table
                size="small"
                rowKey="orderId"
                scroll={{ x: true }}
                loading={points.isLoading}
                dataSource={data?.orders ?? []}
                data-testid="points-orders"
                columns={[
                  {
                    title: t('tasks.order.number'),
                    key: 'number',
                    render: (_, o) => <Link to={`/tasks/orders/${o.orderId}`}>{o.number ?? '—'}</Link>,
                  },
                  {
                    title: t('tasks.order.type'),
                    dataIndex: 'type',
                    render: (ty: string) => <Tag color={TYPE_COLOURS[ty]}>{t(`tasks.order.${ty}`)}</Tag>,
                  },
                  { title: t('tasks.task'), dataIndex: 'taskTitle' },
                  { title: t('tasks.points.issuedAt'), dataIndex: 'issuedAt', render: fmtDate },
                ]}
              />
            </Card>
          </Col>
          <Col xs={24}>
            <Card size="small" title={t('tasks.consequences')}>
              <Table
                size="small"
                rowKey="id"
                scroll={{ x: true }}
                loading={points.isLoading}
                dataSource={data?.consequences ?? []}
                data-testid="points-consequences"
                columns={[
                  {
                    title: t('tasks.consequence.kind'),
                    dataIndex: 'kind',
                    render: (k: string) => <Tag>{t(`tasks.consequence.${k}`)}</Tag>,
                  },
                  { title: t('tasks.consequence.points'), dataIndex: 'points' },
                  { title: t('tasks.consequence.note'), dataIndex: 'note' },
                  {
                    title: t('tasks.order.number'),
                    key: 'order',
                    render: (_, c) => {
                      const o = data?.orders.find((x) => x.orderId === c.orderId);
                      return (
                        <Link to={`/tasks/orders/${c.orderId}`}>{o?.number ?? t('tasks.points.order')}</Link>
                      );
                    },
                  },
                  { title: t('tasks.time'), dataIndex: 'createdAt', render: fmtTime },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
    </div>
  );
}
