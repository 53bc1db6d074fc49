/**
 * 点演 orders at phone width: those my communities placed (cancel, rate once performed) and those my
 * troupes must answer (accept or decline, record the performance with the audience and the
 * volunteers who served); and the hours waiting for the team lead to confirm.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Empty,
  Form,
  InputNumber,
  Input,
  List,
  Modal,
  Rate,
  Segmented,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useT } from '../../app/i18n.tsx';
import { useMe } from '../../app/auth.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  decideHours,
  getTeam,
  listHours,
  listOrders,
  moveOrder,
  type MoveInput,
  type Order,
} from './culture.api.ts';
import { errorText, STATE_COLOUR } from './culture.shared.tsx';

/** The orders page (?side=troupe for the troupe's side). */
export function OrdersPage() {
  const t = useT();
  useDocumentTitle(t('cu.orders'));
  const { can } = useMe();
  const [params, setParams] = useSearchParams();
  const side = params.get('side') === 'troupe' || !can('culture.order') ? 'troupe' : 'community';
  const q = useQuery({ queryKey: ['culture', 'orders', side], queryFn: () => listOrders({ side }) });
  const [acting, setActing] = useState<{ order: Order; action: 'perform' | 'rate' } | null>(null);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const move = async (o: Order, body: Omit<MoveInput, 'version'>) => {
    try {
      await moveOrder(o.id, { ...body, version: o.version } as MoveInput);
      message.success(t('cu.saved'));
      setActing(null);
      await qc.invalidateQueries({ queryKey: ['culture'] });
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const rows = q.data?.orders ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 720 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('cu.orders')}
      </Typography.Title>
      {can('culture.order') && (
        <Segmented
          value={side}
          onChange={(v) => setParams(v === 'troupe' ? { side: 'troupe' } : {})}
          options={[
            { value: 'community', label: t('cu.orders.community') },
            { value: 'troupe', label: t('cu.orders.troupe') },
          ]}
        />
      )}
      {rows.length === 0 && !q.isLoading ? (
        <Empty description={t('cu.orders.empty')} />
      ) : (
        <List
          data-testid="cu-orders"
          loading={q.isLoading}
          dataSource={rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          renderItem={(o) => (
            <List.Item>
              <Card
                size="small"
                style={{ width: '100%' }}
                title={o.programmeTitle}
                extra={<Tag color={STATE_COLOUR[o.state]}>{t(`cu.state.${o.state}`)}</Tag>}
              >
                <Space orientation="vertical" size={2}>
                  <Typography.Text>
                    {o.onDay} {t(`cu.half.${o.half}`)} · {o.place}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {o.teamName} → {o.nodeName}
                  </Typography.Text>
                  {o.audience !== null && (
                    <Typography.Text>{t('cu.audience', { n: o.audience })}</Typography.Text>
                  )}
                  {o.rating !== null && <Rate disabled value={o.rating} />}
                  {o.comment && <Typography.Text type="secondary">{o.comment}</Typography.Text>}
                  <Space wrap>
                    {o.actions.map((a) => (
                      <Button
                        key={a}
                        size="small"
                        type={a === 'accept' || a === 'perform' || a === 'rate' ? 'primary' : 'default'}
                        onClick={() =>
                          a === 'perform' || a === 'rate'
                            ? setActing({ order: o, action: a })
                            : move(o, { action: a })
                        }
                      >
                        {t(`cu.action.${a}`)}
                      </Button>
                    ))}
                  </Space>
                </Space>
              </Card>
            </List.Item>
          )}
        />
      )}
      {acting?.action === 'perform' && (
        <PerformModal
          order={acting.order}
          onClose={() => setActing(null)}
          onOk={(b) => move(acting.order, b)}
        />
      )}
      {acting?.action === 'rate' && (
        <RateModal order={acting.order} onClose={() => setActing(null)} onOk={(b) => move(acting.order, b)} />
      )}
    </Space>
  );
}

function PerformModal(props: {
  order: Order;
  onClose: () => void;
  onOk: (b: Omit<MoveInput, 'version'>) => void;
}) {
  const t = useT();
  const [form] = Form.useForm();
  const team = useQuery({
    queryKey: ['culture', 'team', props.order.teamId],
    queryFn: () => getTeam(props.order.teamId),
  });
  const volunteers = (team.data?.membersList ?? []).filter((m) => m.kind === 'volunteer').slice(0, 12);
  const submit = async () => {
    const v = await form.validateFields();
    const served = volunteers
      .filter((m) => (v[`h_${m.id}`] ?? 0) > 0)
      .map((m) => ({ memberId: m.id, hours: v[`h_${m.id}`] }));
    props.onOk({ action: 'perform', audience: v.audience, served });
  };
  return (
    <Modal open title={t('cu.action.perform')} onOk={submit} onCancel={props.onClose}>
      <Form form={form} layout="vertical" data-testid="cu-perform-form">
        <Form.Item name="audience" label={t('cu.perform.audience')} rules={[{ required: true }]}>
          <InputNumber min={0} max={1_000_000} style={{ width: '100%' }} />
        </Form.Item>
        {volunteers.length > 0 && (
          <Typography.Text type="secondary">{t('cu.perform.served')}</Typography.Text>
        )}
        {volunteers.map((m) => (
          <Form.Item key={m.id} name={`h_${m.id}`} label={m.name} style={{ marginBottom: 4 }}>
            <InputNumber min={0} max={24} step={0.5} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

function RateModal(props: {
  order: Order;
  onClose: () => void;
  onOk: (b: Omit<MoveInput, 'version'>) => void;
}) {
  const t = useT();
  const [form] = Form.useForm();
  const submit = async () => {
    const v = await form.validateFields();
    props.onOk({ action: 'rate', rating: v.rating, note: v.note ?? '' });
  };
  return (
    <Modal open title={t('cu.action.rate')} onOk={submit} onCancel={props.onClose}>
      <Form form={form} layout="vertical" data-testid="cu-rate-form" initialValues={{ rating: 5 }}>
        <Form.Item name="rating" label={t('cu.rate.rating')} rules={[{ required: true }]}>
          <Rate />
        </Form.Item>
        <Form.Item name="note" label={t('cu.rate.comment')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The hours waiting for me as a team lead. */
export function HoursPage() {
  const t = useT();
  useDocumentTitle(t('cu.hours.title'));
  const qc = useQueryClient();
  const { message } = App.useApp();
  const q = useQuery({ queryKey: ['culture', 'hours'], queryFn: listHours });
  const decide = async (id: string, accept: boolean) => {
    try {
      await decideHours(id, accept);
      message.success(t('cu.saved'));
      await qc.invalidateQueries({ queryKey: ['culture'] });
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const rows = q.data?.hours ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 720 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('cu.hours.title')}
      </Typography.Title>
      {rows.length === 0 && !q.isLoading ? (
        <Empty description={t('cu.hours.empty')} />
      ) : (
        <List
          data-testid="cu-hours"
          dataSource={rows}
          renderItem={(h) => (
            <List.Item
              actions={[
                <Button key="y" size="small" type="primary" onClick={() => decide(h.id, true)}>
                  {t('cu.hours.confirm')}
                </Button>,
                <Button key="n" size="small" onClick={() => decide(h.id, false)}>
                  {t('cu.hours.reject')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={`${h.memberName} · ${h.hours} h`}
                description={`${h.servedOn} ${h.teamName} ${h.duty}`}
              />
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
