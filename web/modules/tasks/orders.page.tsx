/** 三令台账: the register of orders, filterable by type, status, unit and date, exported to Excel. */
import { useState } from 'react';
import { Card, DatePicker, Descriptions, Result, Select, Space, Spin, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { client } from '../../app/client.ts';
import { useT } from '../../app/i18n.tsx';
import { ExportButton, NodeSelect, fmtTime } from './common.tsx';
import { OrderActions, OrderTags } from './orders.tsx';
import { ORDER_STATUSES, ORDER_TYPES, type OrdersQuery } from './tasks.api.ts';

/** The register page. */
export function OrdersPage() {
  const t = useT();
  const [type, setType] = useState<OrdersQuery['type']>();
  const [status, setStatus] = useState<OrdersQuery['status']>();
  const [unit, setUnit] = useState<string | null>(null);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const query = {
    type,
    status,
    unitNodeId: unit ?? undefined,
    from: range?.[0]?.format('YYYY-MM-DD'),
    to: range?.[1]?.format('YYYY-MM-DD'),
  };
  const orders = useQuery({
    queryKey: ['tasks', 'orders', query],
    queryFn: () => client.get('/api/tasks/orders', { query }),
  });
  return (
    <div data-testid="orders-page">
      <Typography.Title level={4}>{t('tasks.register')}</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('tasks.order.type')}
          aria-label={t('tasks.order.type')}
          style={{ width: 130 }}
          value={type}
          onChange={setType}
          data-testid="filter-type"
          options={ORDER_TYPES.map((o) => ({ value: o, label: t(`tasks.order.${o}`) }))}
        />
        <Select
          allowClear
          placeholder={t('tasks.status')}
          aria-label={t('tasks.status')}
          style={{ width: 110 }}
          value={status}
          onChange={setStatus}
          data-testid="filter-status"
          options={ORDER_STATUSES.map((s) => ({
            value: s,
            label: t(`tasks.orderStatus.${s}`),
          }))}
        />
        <div style={{ width: 220 }}>
          <NodeSelect value={unit} onChange={setUnit} testId="filter-unit" ariaLabel={t('tasks.unit')} />
        </div>
        <DatePicker.RangePicker
          value={range}
          onChange={(v) => setRange(v)}
          aria-label={t('tasks.register')}
          id={{ start: 'orders-from', end: 'orders-to' }}
        />
        <ExportButton href={client.url('/api/tasks/orders.xlsx', { query })} />
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={orders.isLoading}
        dataSource={orders.data ?? []}
        scroll={{ x: true }}
        data-testid="orders-table"
        columns={[
          { title: t('tasks.order.number'), dataIndex: 'number', render: (n) => n ?? '—' },
          {
            title: t('tasks.f.title'),
            key: 'title',
            render: (_, o) => <Link to={`/tasks/orders/${o.id}`}>{o.title}</Link>,
          },
          {
            title: t('tasks.task'),
            key: 'task',
            render: (_, o) => <Link to={`/tasks/tasks/${o.taskId}`}>{o.taskTitle}</Link>,
          },
          { title: t('tasks.unit'), dataIndex: 'unitName' },
          { title: t('tasks.status'), key: 'tags', render: (_, o) => <OrderTags order={o} /> },
          {
            title: t('tasks.reason'),
            key: 'why',
            render: (_, o) => o.decisionReason ?? (o.proposalReason ? t(o.proposalReason) : ''),
          },
          {
            title: t('tasks.time'),
            key: 'time',
            render: (_, o) => fmtTime(o.issuedAt ?? o.createdAt),
          },
          { title: '', key: 'a', render: (_, o) => <OrderActions order={o} /> },
        ]}
      />
    </div>
  );
}

/** One order (notifications link here): its text, status, reasons and actions. */
export function OrderPage() {
  const { id } = useParams();
  const t = useT();
  const order = useQuery({
    queryKey: ['tasks', 'order', id],
    queryFn: () => client.get('/api/tasks/orders/{id}', { path: { id: id! } }),
    meta: { silent: true },
  });
  if (order.error) return <Result status="404" title="404" subTitle={t('tasks.notFound')} />;
  if (!order.data) return <Spin />;
  const o = order.data;
  return (
    <Card
      data-testid="order-page"
      title={
        <Space wrap>
          {o.title}
          <OrderTags order={o} />
        </Space>
      }
    >
      <Descriptions column={1} size="small" style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('tasks.order.number')}>{o.number ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('tasks.task')}>
          <Link to={`/tasks/tasks/${o.taskId}`}>{o.taskTitle}</Link>
        </Descriptions.Item>
        {o.unitName && <Descriptions.Item label={t('tasks.unit')}>{o.unitName}</Descriptions.Item>}
        {o.commanderName && (
          <Descriptions.Item label={t('tasks.commander')}>{o.commanderName}</Descriptions.Item>
        )}
        {o.proposalReason && (
          <Descriptions.Item label={t('tasks.order.why')}>{t(o.proposalReason)}</Descriptions.Item>
        )}
        {o.decisionReason && (
          <Descriptions.Item label={t('tasks.reason')}>{o.decisionReason}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('tasks.time')}>{fmtTime(o.issuedAt ?? o.createdAt)}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{o.body}</Typography.Paragraph>
      <OrderActions order={o} />
    </Card>
  );
}
