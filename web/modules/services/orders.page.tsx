/**
 * Orders (phones first): a resident's own, the orders waiting for an organisation and those it
 * accepted, all orders for officers; one order with the steps the reader may take (accept,
 * deliver, rate, cancel), each sent with an Idempotency-Key so a retried tap acts once.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  Rate,
  Segmented,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { usePageTitle } from '../council/common.tsx';
import { actOnOrder, getOrder, listOrders, type Order, type OrderView } from './services.api.ts';

const STATE_COLOURS: Record<string, string> = {
  open: 'orange',
  accepted: 'blue',
  delivered: 'cyan',
  rated: 'green',
  cancelled: 'default',
};

/** An order's state as a coloured tag. */
export function OrderStateTag(props: { state: string }) {
  const t = useT();
  return (
    <Tag color={STATE_COLOURS[props.state]} data-testid="order-state">
      {t(`services.state.${props.state}`)}
    </Tag>
  );
}

/** The buttons of the steps the reader may take on an order. */
export function OrderActions(props: { order: Order }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const key = useIdempotencyKey();
  const [open, setOpen] = useState<'deliver' | 'rate' | null>(null);
  const o = props.order;
  async function send(body: {
    action: 'accept' | 'deliver' | 'rate' | 'cancel';
    note?: string;
    rating?: number;
    comment?: string;
  }) {
    await actOnOrder(o.id, body, key.get());
    key.done();
    message.success(t(`services.action.${body.action}`));
    await qc.invalidateQueries({ queryKey: ['services'] });
  }
  const confirm = (action: 'accept' | 'cancel') =>
    modal.confirm({
      title: t(`services.action.${action}`),
      content: o.title,
      onOk: () => send({ action }).catch(reportError),
    });
  return (
    <Space wrap>
      {o.actions.includes('accept') && (
        <Button type="primary" data-testid="action-accept" onClick={() => confirm('accept')}>
          {t('services.action.accept')}
        </Button>
      )}
      {o.actions.includes('deliver') && (
        <Button type="primary" data-testid="action-deliver" onClick={() => setOpen('deliver')}>
          {t('services.action.deliver')}
        </Button>
      )}
      {o.actions.includes('rate') && (
        <Button type="primary" data-testid="action-rate" onClick={() => setOpen('rate')}>
          {t('services.action.rate')}
        </Button>
      )}
      {o.actions.includes('cancel') && (
        <Button data-testid="action-cancel" onClick={() => confirm('cancel')}>
          {t('services.action.cancel')}
        </Button>
      )}
      <FormModal<{ note?: string }>
        open={open === 'deliver'}
        title={t('services.action.deliver')}
        onClose={() => setOpen(null)}
        onSubmit={(v) => send({ action: 'deliver', note: v.note })}
        testId="deliver-modal"
      >
        <Form.Item name="note" label={t('services.deliver.note')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </FormModal>
      <FormModal<{ rating: number; comment?: string }>
        open={open === 'rate'}
        title={t('services.action.rate')}
        onClose={() => setOpen(null)}
        onSubmit={(v) => send({ action: 'rate', rating: v.rating, comment: v.comment })}
        initialValues={{ rating: 5 }}
        testId="rate-modal"
      >
        <Form.Item name="rating" label={t('services.action.rate')} rules={[{ required: true }]}>
          <Rate data-testid="rate-stars" />
        </Form.Item>
        <Form.Item name="comment" label={t('services.rate.comment')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}

/** One order in a list. */
function OrderCard(props: { order: Order }) {
  const t = useT();
  const { lang } = useLang();
  const o = props.order;
  return (
    <Card size="small" data-testid="order-card">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
        <Link to={`/services/orders/${o.id}`}>{o.title}</Link>
        <OrderStateTag state={o.state} />
      </Space>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0' }}>
        {t(`services.list.${o.list}`)} · {t(`services.category.${o.category}`)} · {o.nodeName} ·{' '}
        {o.residentLabel} · {formatTime(o.placedAt, lang)}
        {o.orgName && <> · {t('services.by', { org: o.orgName })}</>}
        {o.rating !== null && <> · {t('services.rating', { n: o.rating })}</>}
      </Typography.Paragraph>
      <OrderActions order={o} />
    </Card>
  );
}

/** The orders a view shows. */
export function OrdersPage() {
  const t = useT();
  const { can } = useMe();
  const [params, setParams] = useSearchParams();
  const views: OrderView[] = [
    ...(can('services.order') ? (['mine'] as const) : []),
    ...(can('services.accept') ? (['open', 'ours'] as const) : []),
    ...(can('services.manage') ? (['all'] as const) : []),
  ];
  const view = (views.includes(params.get('view') as OrderView) ? params.get('view') : views[0]) as
    OrderView | undefined;
  // the list shown (my orders, to accept …), not the marketplace's name
  usePageTitle(view ? t(`services.orders.${view}`) : t('services.title'));
  const q = useQuery({
    queryKey: ['services', 'orders', view],
    queryFn: () => listOrders({ view: view! }),
    enabled: !!view,
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('services.title')}
        </Typography.Title>
        <Link to="/services">{t('services.title')}</Link>
        <Link to="/services/boards">{t('services.boards')}</Link>
      </Space>
      {views.length > 1 && (
        <Segmented
          data-testid="orders-view"
          value={view}
          options={views.map((v) => ({ value: v, label: t(`services.orders.${v}`) }))}
          onChange={(v) => setParams({ view: String(v) })}
        />
      )}
      {q.isLoading && <Spin />}
      {q.data?.items.length === 0 && <Empty />}
      {q.data?.items.map((o) => (
        <OrderCard key={o.id} order={o} />
      ))}
    </Space>
  );
}

/** One order with everything the reader may see. */
export function OrderPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { lang } = useLang();
  const q = useQuery({ queryKey: ['services', 'order', id], queryFn: () => getOrder(id) });
  usePageTitle(q.data?.title ?? t('services.title'));
  if (!q.data) return <Spin />;
  const o = q.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Link to="/services/orders">{t('services.title')}</Link>
      <Card title={o.title} extra={<OrderStateTag state={o.state} />} data-testid="order-detail">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('services.item.list')}>
            {t(`services.list.${o.list}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('services.order.category')}>
            {t(`services.category.${o.category}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('services.order.note')}>{o.note || '—'}</Descriptions.Item>
          <Descriptions.Item label="居民 / Resident">{o.residentLabel}</Descriptions.Item>
          {o.contactPhone && (
            <Descriptions.Item label={t('services.order.phone')}>{o.contactPhone}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('services.fig.placed')}>
            {formatTime(o.placedAt, lang)}
          </Descriptions.Item>
          {o.orgName && (
            <Descriptions.Item label={t('services.action.accept')}>
              {o.orgName} · {formatTime(o.acceptedAt, lang)}
            </Descriptions.Item>
          )}
          {o.deliveredAt && (
            <Descriptions.Item label={t('services.action.deliver')}>
              {formatTime(o.deliveredAt, lang)} {o.deliveryNote}
            </Descriptions.Item>
          )}
          {o.rating !== null && (
            <Descriptions.Item label={t('services.action.rate')}>
              <Rate disabled value={o.rating} /> {o.ratingComment}
            </Descriptions.Item>
          )}
        </Descriptions>
        <OrderActions order={o} />
      </Card>
    </Space>
  );
}
