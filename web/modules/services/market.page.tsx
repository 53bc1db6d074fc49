/**
 * The four lists 四张清单 (phones first): items residents may order 点单, a need in one's own
 * words (the residents' needs list), and for officers and organisations the form that publishes
 * items; Excel of orders and lists for officers.
 */
import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, Select, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { usePageTitle } from '../council/common.tsx';
import {
  LISTS,
  SERVICE_CATEGORIES,
  listItems,
  placeOrder,
  publishItem,
  servicesExportUrl,
  setItemOpen,
  type Item,
} from './services.api.ts';

/** The order form: an item's, or a need of one's own when item is null. */
function OrderModal(props: { item: Item | null; open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const key = useIdempotencyKey();
  const qc = useQueryClient();
  const navigate = useNavigate();
  return (
    <FormModal<{ title?: string; category?: string; note?: string; contactPhone?: string }>
      open={props.open}
      title={props.item ? `${t('services.order')}：${props.item.title}` : t('services.order.need')}
      onClose={props.onClose}
      onSubmit={async (v) => {
        const r = await placeOrder(
          {
            ...(props.item ? { itemId: props.item.id } : { title: v.title, category: v.category as never }),
            note: v.note || undefined,
            contactPhone: v.contactPhone || undefined,
          },
          key.get(),
        );
        key.done();
        message.success(t('services.order.placed'));
        await qc.invalidateQueries({ queryKey: ['services'] });
        navigate(`/services/orders/${r.id}`);
      }}
      testId="order-modal"
    >
      {!props.item && (
        <>
          <Form.Item name="title" label={t('services.order.title')} rules={[{ required: true, max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="category" label={t('services.order.category')} rules={[{ required: true }]}>
            <Select
              options={SERVICE_CATEGORIES.map((c) => ({ value: c, label: t(`services.category.${c}`) }))}
            />
          </Form.Item>
        </>
      )}
      <Form.Item name="note" label={t('services.order.note')}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      <Form.Item name="contactPhone" label={t('services.order.phone')} rules={[{ pattern: /^1\d{10}$/ }]}>
        <Input inputMode="tel" maxLength={11} />
      </Form.Item>
    </FormModal>
  );
}

/** One item of a list. */
function ItemCard(props: { item: Item; onOrder: (i: Item) => void }) {
  const t = useT();
  const qc = useQueryClient();
  const i = props.item;
  return (
    <Card size="small" data-testid="item-card">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
        <Typography.Text strong>{i.title}</Typography.Text>
        <Tag>{t(`services.category.${i.category}`)}</Tag>
      </Space>
      {i.description && (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0', fontSize: 13 }}>
          {i.description}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0' }}>
        {i.nodeName}
        {i.providerOrgName && <> · {t('services.item.provider', { org: i.providerOrgName })}</>} ·{' '}
        {t('services.item.orders', { n: i.orders })}
      </Typography.Paragraph>
      <Space>
        {i.can.order && (
          <Button type="primary" size="small" data-testid="order-button" onClick={() => props.onOrder(i)}>
            {t('services.order')}
          </Button>
        )}
        {i.can.close && i.open && (
          <Button
            size="small"
            onClick={async () => {
              await setItemOpen(i.id, false);
              await qc.invalidateQueries({ queryKey: ['services'] });
            }}
          >
            {t('services.item.close')}
          </Button>
        )}
      </Space>
    </Card>
  );
}

/** The four lists. */
export function MarketPage() {
  const t = useT();
  const { me, can } = useMe();
  const { node } = useSelectedNode();
  const qc = useQueryClient();
  usePageTitle(t('services.title'));
  const publishNode = node?.id ?? me?.grants?.find((g) => g.role !== 'resident')?.nodeId;
  const [list, setList] = useState<string>('government');
  const [ordering, setOrdering] = useState<Item | null | undefined>(undefined);
  const [publishing, setPublishing] = useState(false);
  const items = useQuery({ queryKey: ['services', 'items'], queryFn: () => listItems({}) });
  const shown = (items.data ?? []).filter((i) => i.list === list && i.open);
  const canPublish = can('services.manage') || can('services.accept');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('services.title')}
        </Typography.Title>
        <Link to="/services/orders" data-testid="orders-link">
          {can('services.order') ? t('services.orders.mine') : t('services.orders.open')}
        </Link>
        <Link to="/services/boards">{t('services.boards')}</Link>
        {can('services.export') && (
          <Button size="small" icon={<DownloadOutlined />} href={servicesExportUrl(node?.id)}>
            {t('services.export')}
          </Button>
        )}
      </Space>
      <Space wrap>
        {can('services.order') && (
          <Button icon={<PlusOutlined />} data-testid="need-button" onClick={() => setOrdering(null)}>
            {t('services.order.need')}
          </Button>
        )}
        {canPublish && (
          <Button icon={<PlusOutlined />} data-testid="publish-button" onClick={() => setPublishing(true)}>
            {t('services.publish')}
          </Button>
        )}
      </Space>
      <Tabs
        activeKey={list}
        onChange={setList}
        items={LISTS.map((l) => ({ key: l, label: t(`services.list.${l}`) }))}
      />
      {items.isLoading && <Spin />}
      {!items.isLoading && shown.length === 0 && <Empty />}
      {shown.map((i) => (
        <ItemCard key={i.id} item={i} onOrder={setOrdering} />
      ))}
      <OrderModal
        item={ordering ?? null}
        open={ordering !== undefined}
        onClose={() => setOrdering(undefined)}
      />
      <FormModal<{
        list: 'government' | 'community' | 'offer';
        category: string;
        title: string;
        description?: string;
      }>
        open={publishing}
        title={t('services.publish')}
        onClose={() => setPublishing(false)}
        initialValues={{ list: can('services.manage') ? 'government' : 'offer' }}
        onSubmit={async (v) => {
          await publishItem({ ...v, category: v.category as never, nodeId: publishNode! });
          await qc.invalidateQueries({ queryKey: ['services'] });
        }}
        testId="publish-modal"
      >
        <Form.Item name="list" label={t('services.item.list')} rules={[{ required: true }]}>
          <Select
            options={[
              ...(can('services.manage') ? ['government', 'community'] : []),
              ...(can('services.accept') ? ['offer'] : []),
            ].map((l) => ({ value: l, label: t(`services.list.${l}`) }))}
          />
        </Form.Item>
        <Form.Item name="category" label={t('services.order.category')} rules={[{ required: true }]}>
          <Select
            options={SERVICE_CATEGORIES.map((c) => ({ value: c, label: t(`services.category.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('services.item.title')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="description" label={t('services.item.description')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
