/**
 * 专班招募: the organisation department publishes orders (printable), decides applications, rates
 * members, declares the incentive and ranks the 退职领导 apart; a cadre sees the open orders,
 * applies and follows their applications.
 */
import { useState } from 'react';
import {
  Button,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import {
  DownloadOutlined,
  MinusCircleOutlined,
  PlusOutlined,
  PrinterOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { usePageTitle } from '../council/common.tsx';
import {
  apply,
  closeOrder,
  departments,
  exportUrl,
  importMembers,
  listApplications,
  listOrders,
  printUrl,
  publishOrder,
  withdraw,
  type MemberImport,
  type Order,
  type OrderInput,
} from './taskforces.api.ts';
import { ApplicationsTable, MembersTable, RankingView, STATE_COLOUR } from './taskforces.desk.tsx';
import { addMessages } from '../../app/i18n.tsx';
import { taskforcesMessages } from './taskforces.messages.ts';

addMessages(taskforcesMessages);

const shiftDay = (days: number) =>
  new Date(Date.now() + (8 * 3600 + days * 86400) * 1000).toISOString().slice(0, 10);

/** The orders, with the buttons the viewer may press. */
function OrdersTable(props: {
  orders: Order[];
  loading: boolean;
  onApply: (o: Order) => void;
  onWithdraw: (o: Order) => void;
  onClose: (o: Order) => void;
}) {
  const t = useT();
  const { can } = useMe();
  return (
    <Table
      rowKey="id"
      size="small"
      loading={props.loading}
      dataSource={props.orders}
      onRow={() => ({ 'data-testid': 'order-row' }) as never}
      expandable={{
        expandedRowRender: (o) => (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {o.mission}
          </Typography.Paragraph>
        ),
      }}
      columns={[
        { title: t('tf.number'), dataIndex: 'number' },
        { title: t('tf.name'), dataIndex: 'name' },
        { title: t('tf.lead'), dataIndex: 'leadName' },
        {
          title: t('tf.audience'),
          dataIndex: 'audience',
          render: (v: string) => (
            <Tag color={v === 'retired' ? 'volcano' : 'blue'}>{t(`tf.audience.${v}`)}</Tag>
          ),
        },
        {
          title: t('tf.posts'),
          render: (_: unknown, o) => o.posts.map((p) => `${p.title}×${p.count}`).join('、'),
        },
        {
          title: t('tf.period'),
          render: (_: unknown, o) => (
            <Space size={4}>
              {`${o.openFrom} ~ ${o.openTo}`}
              <Tag color={o.open ? 'green' : 'default'}>{t(o.open ? 'tf.open' : 'tf.closed')}</Tag>
              {o.closeReason && (
                <Typography.Text type="secondary" data-testid="order-close-reason">
                  {t('tf.closedEarly')}：{o.closeReason}
                </Typography.Text>
              )}
            </Space>
          ),
        },
        ...(can('taskforces.manage') ? [{ title: t('tf.count'), dataIndex: 'applications' }] : []),
        {
          title: '',
          render: (_: unknown, o) => (
            <Space size={4} wrap>
              <Button size="small" icon={<PrinterOutlined />} href={printUrl(o.id)} target="_blank">
                {t('tf.print')}
              </Button>
              {o.mine && (
                <Tag color={STATE_COLOUR[o.mine.state]} data-testid="my-state">
                  {t(`tf.state.${o.mine.state}`)}
                </Tag>
              )}
              {can('taskforces.apply') && o.open && !o.mine && (
                <Button
                  size="small"
                  type="primary"
                  data-testid="order-apply"
                  onClick={() => props.onApply(o)}
                >
                  {t('tf.apply')}
                </Button>
              )}
              {can('taskforces.manage') && !o.closedAt && o.openTo >= shiftDay(0) && (
                <Button size="small" danger data-testid="order-close" onClick={() => props.onClose(o)}>
                  {t('tf.close')}
                </Button>
              )}
              {o.mine && ['applied', 'shortlisted'].includes(o.mine.state) && (
                <Button size="small" data-testid="order-withdraw" onClick={() => props.onWithdraw(o)}>
                  {t('tf.withdraw')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}

/** The task-force page. */
export function TaskforcesPage() {
  const t = useT();
  usePageTitle(t('tf.title'));
  const { can, me } = useMe();
  const qc = useQueryClient();
  const manage = can('taskforces.manage');
  const districtId = me?.grants?.find((g) => g.role === 'org_officer')?.districtId;
  const [publishing, setPublishing] = useState(false);
  const [applying, setApplying] = useState<Order | null>(null);
  const [closing, setClosing] = useState<Order | null>(null);
  const [importing, setImporting] = useState(false);
  const orders = useQuery({ queryKey: ['taskforces', 'orders'], queryFn: listOrders });
  const mine = useQuery({
    queryKey: ['taskforces', 'mine'],
    queryFn: () => listApplications(true),
    enabled: can('taskforces.apply'),
  });
  const units = useQuery({
    queryKey: ['taskforces', 'departments', districtId],
    queryFn: () => departments(districtId!),
    enabled: manage && !!districtId,
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ['taskforces'] });
  const tabs = [
    {
      key: 'orders',
      label: t('tf.orders'),
      children: (
        <OrdersTable
          orders={orders.data ?? []}
          loading={orders.isLoading}
          onApply={setApplying}
          onClose={setClosing}
          onWithdraw={async (o) => {
            await withdraw(o.mine!.id, o.mine!.version);
            await refresh();
          }}
        />
      ),
    },
  ];
  if (can('taskforces.apply'))
    tabs.push({
      key: 'mine',
      label: t('tf.mine'),
      children: <ApplicationsTable rows={mine.data ?? []} loading={mine.isLoading} onChanged={refresh} />,
    });
  if (manage)
    tabs.push(
      {
        key: 'applications',
        label: t('tf.applications'),
        children: <ApplicationsTable onChanged={refresh} />,
      },
      { key: 'members', label: t('tf.members'), children: <MembersTable onChanged={refresh} /> },
      { key: 'ranking', label: t('tf.ranking'), children: <RankingView /> },
    );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('tf.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('tf.hint')}</Typography.Text>
        </div>
        <Space wrap>
          {can('taskforces.export') && (
            <Button icon={<DownloadOutlined />} href={exportUrl()}>
              {t('tf.export')}
            </Button>
          )}
          {manage && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('tf.import')}
            </Button>
          )}
          {manage && districtId && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              data-testid="order-new"
              onClick={() => setPublishing(true)}
            >
              {t('tf.publish')}
            </Button>
          )}
        </Space>
      </Space>
      <Tabs items={tabs} />
      <FormModal<Omit<OrderInput, 'districtId'>>
        open={publishing}
        title={t('tf.publish')}
        width={720}
        onClose={() => setPublishing(false)}
        testId="order-form"
        testIdOn="form"
        initialValues={{
          audience: 'retired',
          posts: [{ title: '', count: 1, requirements: '' }],
          openFrom: shiftDay(0),
          openTo: shiftDay(30),
          termStart: shiftDay(45),
        }}
        onSubmit={async (v) => {
          await publishOrder({ ...v, districtId: districtId! });
          await refresh();
        }}
      >
        <Form.Item name="name" label={t('tf.name')} rules={[{ required: true }]}>
          <Input data-testid="order-name" />
        </Form.Item>
        <Form.Item name="mission" label={t('tf.mission')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} data-testid="order-mission" />
        </Form.Item>
        <Form.Item name="leadNodeId" label={t('tf.lead')} rules={[{ required: true }]}>
          <Select
            data-testid="order-lead"
            showSearch={{ optionFilterProp: 'label' }}
            options={(units.data ?? [])
              .filter((n) => n.level === 'department')
              .map((n) => ({ value: n.id, label: n.name }))}
          />
        </Form.Item>
        <Form.Item name="audience" label={t('tf.audience')}>
          <Select
            options={[
              { value: 'retired', label: t('tf.audience.retired') },
              { value: 'all', label: t('tf.audience.all') },
            ]}
          />
        </Form.Item>
        <Form.List name="posts">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'title']} label={t('tf.post.title')} rules={[{ required: true }]}>
                    <Input data-testid="post-title" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'count']} label={t('tf.post.count')} rules={[{ required: true }]}>
                    <InputNumber min={1} max={200} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'requirements']} label={t('tf.post.requirements')}>
                    <Input />
                  </Form.Item>
                  {fields.length > 1 && (
                    <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="remove" />
                  )}
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ title: '', count: 1, requirements: '' })}
              >
                {t('tf.post.add')}
              </Button>
            </>
          )}
        </Form.List>
        <Space wrap style={{ marginTop: 12 }}>
          <Form.Item name="openFrom" label={t('tf.openFrom')} rules={[{ required: true }]}>
            <Input type="date" data-testid="order-open-from" />
          </Form.Item>
          <Form.Item name="openTo" label={t('tf.openTo')} rules={[{ required: true }]}>
            <Input type="date" data-testid="order-open-to" />
          </Form.Item>
          <Form.Item name="termStart" label={t('tf.termStart')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
        </Space>
      </FormModal>
      <FormModal<{ reason: string }>
        open={!!closing}
        title={closing ? `${t('tf.close')} · ${closing.number}` : ''}
        onClose={() => setClosing(null)}
        testId="close-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await closeOrder(closing!.id, v.reason);
          await refresh();
        }}
      >
        <Typography.Paragraph type="secondary">{t('tf.close.hint')}</Typography.Paragraph>
        <Form.Item
          name="reason"
          label={t('tf.close.reason')}
          rules={[{ required: true, whitespace: true, max: 500 }]}
        >
          <Input.TextArea rows={2} data-testid="close-reason" />
        </Form.Item>
      </FormModal>
      <FormModal<{ postIndex: number; statement: string; retiredLeader?: boolean }>
        open={!!applying}
        title={applying ? `${t('tf.apply')} · ${applying.name}` : ''}
        onClose={() => setApplying(null)}
        testId="apply-form"
        testIdOn="form"
        initialValues={{ postIndex: 0, retiredLeader: applying?.audience === 'retired' }}
        onSubmit={async (v) => {
          await apply(applying!.id, { ...v, retiredLeader: !!v.retiredLeader });
          await refresh();
        }}
      >
        <Form.Item name="postIndex" label={t('tf.posts')}>
          <Select
            options={(applying?.posts ?? []).map((p, i) => ({
              value: i,
              label: `${p.title}（${p.count}）${p.requirements ? ` · ${p.requirements}` : ''}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="statement" label={t('tf.statement')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} data-testid="apply-statement" />
        </Form.Item>
        <Form.Item name="retiredLeader" valuePropName="checked">
          <Checkbox data-testid="apply-retired">{t('tf.retiredLeader')}</Checkbox>
        </Form.Item>
      </FormModal>
      {importing && (
        <SheetImportModal<MemberImport['rows'][number]>
          title={t('tf.import')}
          messages="tf.import"
          send={importMembers}
          columns={[
            { title: t('tf.number'), dataIndex: 'order' },
            { title: t('tf.applicant'), dataIndex: 'name' },
            { title: t('tf.post.title'), dataIndex: 'post' },
            { title: t('tf.startDate'), dataIndex: 'startDate' },
          ]}
          onClose={() => setImporting(false)}
          onApplied={refresh}
        />
      )}
    </Space>
  );
}
