/**
 * The actions on one order: print, PDF, acknowledge, edit / issue / dismiss, 容错 exemption, and the
 * consequences (结果运用) of an issued order.
 */
import { useState } from 'react';
import {
  Alert,
  Button,
  Drawer,
  Form,
  Input,
  List,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../../app/client.ts';
import { useT } from '../../app/i18n.tsx';
import { FormModal, fmtTime } from './common.tsx';
import { ConsequenceFields, consequencesBody, type ConsequencesFormValues } from './forms.tsx';
import type { Exemption, Order } from './tasks.api.ts';

const TYPE_COLOURS: Record<string, string> = {
  responsibility: 'blue',
  commendation: 'gold',
  accountability: 'red',
};
const STATUS_COLOURS: Record<string, string> = { draft: 'default', issued: 'green', dismissed: 'default' };

/** The type and status tags of an order. */
export function OrderTags(props: { order: Order }) {
  const t = useT();
  const o = props.order;
  return (
    <Space size={4} wrap>
      <Tag color={TYPE_COLOURS[o.type]}>{t(`tasks.order.${o.type}`)}</Tag>
      <Tag color={STATUS_COLOURS[o.status]} data-testid={`order-status-${o.status}`}>
        {t(`tasks.orderStatus.${o.status}`)}
      </Tag>
      {o.pendingExemption && <Tag color="orange">{t('tasks.exemption.pending')}</Tag>}
      {o.trigger && (
        <Tag color={o.trigger === 'target_met' ? 'gold' : 'volcano'} data-testid="order-trigger">
          {t(`tasks.trigger.${o.trigger}`)}
        </Tag>
      )}
      {o.acknowledgedAt && <Tag color="cyan">{t('tasks.acknowledged')}</Tag>}
    </Space>
  );
}

type Dialog = null | 'edit' | 'issue' | 'dismiss' | 'exempt' | 'exemptions' | 'consequences';

/** Buttons for one order, shown only when the user may use them. */
export function OrderActions(props: { order: Order }) {
  const t = useT();
  const qc = useQueryClient();
  const o = props.order;
  const [dialog, setDialog] = useState<Dialog>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: ['tasks'] });
  const draft = o.status === 'draft';
  const why = o.proposalReason
    ? o.proposalReason.startsWith('tasks.why.')
      ? t(o.proposalReason)
      : o.proposalReason
    : null;
  const [acking, setAcking] = useState(false);

  async function acknowledge() {
    setAcking(true);
    try {
      await client.post('/api/tasks/orders/{id}/acknowledge', { path: { id: o.id } });
      await refresh();
    } finally {
      setAcking(false);
    }
  }

  return (
    <Space size={4} wrap data-testid={`order-actions-${o.id}`}>
      {o.status === 'issued' && (
        <>
          <Button
            size="small"
            icon={<PrinterOutlined />}
            href={client.url('/api/tasks/orders/{id}/print', { path: { id: o.id } })}
            target="_blank"
            data-testid="order-print"
          >
            {t('tasks.print')}
          </Button>
          <Button
            size="small"
            icon={<FilePdfOutlined />}
            href={client.url('/api/tasks/orders/{id}.pdf', { path: { id: o.id } })}
            target="_blank"
            data-testid="order-pdf"
          >
            PDF
          </Button>
        </>
      )}
      {o.can.acknowledge && (
        <Button
          size="small"
          type="primary"
          loading={acking}
          onClick={() => void acknowledge().catch(() => {})}
          data-testid="order-ack"
        >
          {t('tasks.acknowledge')}
        </Button>
      )}
      {o.can.edit && (
        <Button size="small" onClick={() => setDialog('edit')} data-testid="order-edit">
          {t('tasks.edit')}
        </Button>
      )}
      {draft && o.can.dismiss && (
        <Tooltip title={o.pendingExemption ? t('tasks.issue.waitExemption') : undefined}>
          <Button
            size="small"
            type="primary"
            disabled={!o.can.issue}
            onClick={() => setDialog('issue')}
            data-testid="order-issue"
          >
            {t('tasks.issue')}
          </Button>
        </Tooltip>
      )}
      {o.can.dismiss && (
        <Button size="small" danger onClick={() => setDialog('dismiss')} data-testid="order-dismiss">
          {t('tasks.dismiss')}
        </Button>
      )}
      {o.can.exempt && (
        <Button size="small" onClick={() => setDialog('exempt')} data-testid="order-exempt">
          {t('tasks.exemption.apply')}
        </Button>
      )}
      {o.type === 'accountability' && (
        <Button
          size="small"
          type="link"
          onClick={() => setDialog('exemptions')}
          data-testid="order-exemptions"
        >
          {t('tasks.exemptions')}
        </Button>
      )}

      {o.status === 'issued' && (
        <Button
          size="small"
          type="link"
          onClick={() => setDialog('consequences')}
          data-testid="order-consequences"
        >
          {t('tasks.consequences')}
        </Button>
      )}

      <FormModal<{ title: string; body: string; reason: string }>
        open={dialog === 'edit'}
        title={t('tasks.edit')}
        onClose={() => setDialog(null)}
        testId="order-edit-form"
        width={720}
        initialValues={{ title: o.title, body: o.body }}
        onSubmit={async (v) => {
          await client.patch('/api/tasks/orders/{id}', {
            path: { id: o.id },
            body: { ...v, version: o.version },
          });
          await refresh();
        }}
      >
        {why && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="order-why"
            message={`${t('tasks.order.why')}：${why}`}
          />
        )}
        <Form.Item name="title" label={t('tasks.f.title')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="body" label={t('tasks.order.body')} rules={[{ required: true }]}>
          <Input.TextArea rows={8} maxLength={8000} />
        </Form.Item>
        <Form.Item name="reason" label={t('tasks.reason')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} maxLength={1000} data-testid="f-reason" />
        </Form.Item>
      </FormModal>
      {(['issue', 'dismiss'] as const).map((verb) => (
        <FormModal<{ reason: string }>
          key={verb}
          open={dialog === verb}
          title={`${t(`tasks.${verb}`)}: ${o.title}`}
          onClose={() => setDialog(null)}
          testId={`order-${verb}-form`}
          onSubmit={async (v) => {
            await client.post(`/api/tasks/orders/{id}/${verb}`, {
              path: { id: o.id },
              body: { reason: v.reason, version: o.version },
            });
            await refresh();
          }}
        >
          <Form.Item name="reason" label={t('tasks.reason')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="f-reason" />
          </Form.Item>
        </FormModal>
      ))}
      <FormModal<{ grounds: string; innovation: string }>
        open={dialog === 'exempt'}
        title={t('tasks.exemption.apply')}
        onClose={() => setDialog(null)}
        testId="exempt-form"
        onSubmit={async (v) => {
          await client.post('/api/tasks/exemptions', { body: { ...v, orderId: o.id } });
          await refresh();
        }}
      >
        <Typography.Paragraph type="secondary">{t('tasks.exemption.hint')}</Typography.Paragraph>
        <Form.Item name="innovation" label={t('tasks.exemption.innovation')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="f-innovation" />
        </Form.Item>
        <Form.Item name="grounds" label={t('tasks.exemption.grounds')} rules={[{ required: true }]}>
          <Input.TextArea rows={4} maxLength={4000} data-testid="f-grounds" />
        </Form.Item>
      </FormModal>
      <ExemptionsDrawer order={o} open={dialog === 'exemptions'} onClose={() => setDialog(null)} />
      <ConsequencesDrawer order={o} open={dialog === 'consequences'} onClose={() => setDialog(null)} />
    </Space>
  );
}

const EX_COLOURS: Record<string, string> = { pending: 'orange', granted: 'green', refused: 'red' };

/** The exemption applications of an accountability order, with the officer's decision. */
function ExemptionsDrawer(props: { order: Order; open: boolean; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: ['tasks', 'exemptions', props.order.id],
    queryFn: () => client.get('/api/tasks/orders/{id}/exemptions', { path: { id: props.order.id } }),
    enabled: props.open,
  });
  const [deciding, setDeciding] = useState<Exemption | null>(null);
  return (
    <Drawer
      open={props.open}
      onClose={props.onClose}
      title={`${t('tasks.exemptions')}: ${props.order.title}`}
      size={520}
    >
      <List
        data-testid="exemptions-list"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        renderItem={(x) => (
          <List.Item
            actions={
              x.status === 'pending' && props.order.can.decideExemption
                ? [
                    <Button
                      key="d"
                      size="small"
                      onClick={() => setDeciding(x)}
                      data-testid="exemption-decide"
                    >
                      {t('tasks.decide')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space>
                  {fmtTime(x.createdAt)}
                  <Tag color={EX_COLOURS[x.status]} data-testid={`exemption-${x.status}`}>
                    {t(`tasks.exemption.${x.status}`)}
                  </Tag>
                </Space>
              }
              description={
                <>
                  <div>
                    {t('tasks.exemption.innovation')}: {x.innovation}
                  </div>
                  <div>
                    {t('tasks.exemption.grounds')}: {x.grounds}
                  </div>
                  {x.decisionReason && (
                    <div>
                      {t('tasks.reason')}: {x.decisionReason} ({fmtTime(x.decidedAt)})
                    </div>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
      <FormModal<{ decision: 'grant' | 'refuse'; reason: string }>
        open={!!deciding}
        title={t('tasks.exemption.decide')}
        onClose={() => setDeciding(null)}
        testId="exemption-decide-form"
        initialValues={{ decision: 'grant' }}
        onSubmit={async (v) => {
          await client.post('/api/tasks/exemptions/{id}/decide', { path: { id: deciding!.id }, body: v });
          await qc.invalidateQueries({ queryKey: ['tasks'] });
        }}
      >
        <Form.Item name="decision" label={t('tasks.decision')} rules={[{ required: true }]}>
          <Select
            data-testid="f-exemption-decision"
            options={(['grant', 'refuse'] as const).map((d) => ({
              value: d,
              label: t(`tasks.exemption.${d}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('tasks.reason')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={1000} data-testid="f-reason" />
        </Form.Item>
      </FormModal>
    </Drawer>
  );
}

/** An issued order's consequences (notice, score, points, award, file entry), and a form to add some. */
function ConsequencesDrawer(props: { order: Order; open: boolean; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const o = props.order;
  const list = useQuery({
    queryKey: ['tasks', 'consequences', o.id],
    queryFn: () => client.get('/api/tasks/orders/{id}/consequences', { path: { id: o.id } }),
    enabled: props.open,
  });
  const [adding, setAdding] = useState(false);
  const total = (list.data ?? []).reduce((s, c) => s + c.points, 0);
  return (
    <Drawer
      open={props.open}
      onClose={props.onClose}
      title={`${t('tasks.consequences')}: ${o.title}`}
      size={640}
      extra={
        o.can.consequences && (
          <Button type="primary" onClick={() => setAdding(true)} data-testid="consequence-add">
            {t('tasks.consequence.add')}
          </Button>
        )
      }
    >
      <Statistic
        title={t('tasks.points.total')}
        value={total}
        style={{ marginBottom: 12 }}
        data-testid="consequences-total"
      />
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: true }}
        loading={list.isLoading}
        dataSource={list.data ?? []}
        data-testid="consequences-list"
        locale={{ emptyText: t('tasks.consequence.none') }}
        columns={[
          {
            title: t('tasks.consequence.kind'),
            dataIndex: 'kind',
            render: (k: string) => <Tag data-testid={`consequence-${k}`}>{t(`tasks.consequence.${k}`)}</Tag>,
          },
          { title: t('tasks.consequence.points'), dataIndex: 'points' },
          { title: t('tasks.consequence.note'), dataIndex: 'note' },
          { title: t('tasks.time'), dataIndex: 'createdAt', render: fmtTime },
        ]}
      />
      <FormModal<ConsequencesFormValues>
        open={adding}
        title={`${t('tasks.consequence.add')}: ${o.title}`}
        onClose={() => setAdding(false)}
        testId="consequence-form"
        width={720}
        initialValues={{ items: [{ points: 0 }] }}
        onSubmit={async (v) => {
          await client.post('/api/tasks/orders/{id}/consequences', {
            path: { id: o.id },
            body: consequencesBody(v),
          });
          await qc.invalidateQueries({ queryKey: ['tasks'] });
        }}
      >
        <Typography.Paragraph type="secondary">{t('tasks.consequence.hint')}</Typography.Paragraph>
        <ConsequenceFields />
      </FormModal>
    </Drawer>
  );
}
