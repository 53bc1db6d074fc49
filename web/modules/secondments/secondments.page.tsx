/**
 * 一线实践锻炼: the cadre's own secondment with the weekly log (phone-friendly), the batches with
 * their streets' target progress and cadres (the organisation department assigns and imports; the
 * street records work, enters progress and rates), the cadres due, and the special assessments.
 */
import { useState } from 'react';
import {
  Button,
  Card,
  Empty,
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
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { beijingYear } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { usePageNode } from '../../app/selected-node.tsx';
import { usePageTitle } from '../council/common.tsx';
import {
  addWeekly,
  createBatch,
  exportUrl,
  listBatches,
  listCadres,
  mine,
  streetsUnder,
  type Batch,
  type WeeklyInput,
} from './secondments.api.ts';
import { SpecialsPanel } from './specials.tsx';
import { BatchPanel, Entries, RATING_COLOUR } from './batch-panel.tsx';
import { addMessages } from '../../app/i18n.tsx';
import { secondmentsMessages } from './secondments.messages.ts';

addMessages(secondmentsMessages);

const YEAR = beijingYear();
const PHASE_COLOUR: Record<string, string> = { upcoming: 'default', running: 'blue', ended: 'green' };

/** This week's log of one secondment (a phone's form: one column, a big button; retried safely). */
function WeeklyForm(props: { id: string }) {
  const t = useT();
  const qc = useQueryClient();
  const idem = useIdempotencyKey();
  const [form] = Form.useForm<WeeklyInput>();
  return (
    <Form
      form={form}
      layout="vertical"
      name={`weekly-${props.id}`}
      data-testid="weekly-form"
      initialValues={{ households: 0, cases: 0 }}
      onFinish={async (v) => {
        await addWeekly(props.id, v, idem.get());
        idem.done();
        form.resetFields();
        await qc.invalidateQueries({ queryKey: ['secondments'] });
      }}
    >
      <Typography.Text type="warning">{t('sd.weekly.due')}</Typography.Text>
      <Form.Item name="what" label={t('sd.what')} rules={[{ required: true }]}>
        <Input.TextArea rows={4} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="households" label={t('sd.households')}>
          <InputNumber min={0} max={100000} inputMode="numeric" />
        </Form.Item>
        <Form.Item name="cases" label={t('sd.cases')}>
          <InputNumber min={0} max={100000} inputMode="numeric" />
        </Form.Item>
      </Space>
      <Button type="primary" htmlType="submit" block size="large" data-testid="weekly-submit">
        {t('sd.weekly.new')}
      </Button>
    </Form>
  );
}

/** The cadre's own secondments, with this week's log. */
function MySecondments() {
  const t = useT();
  const q = useQuery({ queryKey: ['secondments', 'mine'], queryFn: mine });
  if (!q.data?.length) return <Empty description={t('sd.none')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {q.data.map((a) => (
        <Card
          key={a.id}
          data-testid="my-secondment"
          title={`${a.batchName} · ${a.streetName}`}
          extra={<Tag color={PHASE_COLOUR[a.phase]}>{t(`sd.phase.${a.phase}`)}</Tag>}
        >
          <Typography.Paragraph>
            {a.workKind} · {a.startsOn} ~ {a.endsOn} · {t('sd.work.count')} {a.workEntries} · {t('sd.weeks')}{' '}
            {a.weeksLogged}
          </Typography.Paragraph>
          {a.rating && (
            <Typography.Paragraph>
              {t('sd.rating')}：<Tag color={RATING_COLOUR[a.rating]}>{t(`sd.rating.${a.rating}`)}</Tag>{' '}
              {a.ratingComment}
            </Typography.Paragraph>
          )}
          {a.can.log &&
            (a.weeklyLogDue ? <WeeklyForm id={a.id} /> : <Tag color="green">{t('sd.weekly.done')}</Tag>)}
          <Entries id={a.id} />
        </Card>
      ))}
    </Space>
  );
}

/** The batches the actor runs or hosts, and the one opened. */
function Batches() {
  const t = useT();
  const { can } = useMe();
  const nodeId = usePageNode();
  const qc = useQueryClient();
  const [opened, setOpened] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const list = useQuery({ queryKey: ['secondments', 'batches'], queryFn: () => listBatches({}) });
  const streets = useQuery({
    queryKey: ['secondments', 'streets', nodeId],
    queryFn: () => streetsUnder(nodeId!),
    enabled: creating && !!nodeId,
  });
  const current = opened ?? list.data?.[0]?.id ?? null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {can('secondments.manage') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="batch-new"
          >
            {t('sd.batch.new')}
          </Button>
        )}
        {can('secondments.export') && (
          <Button icon={<DownloadOutlined />} href={exportUrl(YEAR)}>
            {t('sd.export')}
          </Button>
        )}
      </Space>
      <Table<Batch>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 5 }}
        columns={[
          { title: t('sd.batch.name'), dataIndex: 'name' },
          { title: t('sd.batch.kind'), dataIndex: 'workKind' },
          { title: t('sd.period'), render: (_, b) => `${b.startsOn} ~ ${b.endsOn}` },
          { title: t('sd.batch.streets'), render: (_, b) => b.streets.map((s) => s.streetName).join('、') },
          {
            title: '',
            render: (_, b) => <Tag color={PHASE_COLOUR[b.phase]}>{t(`sd.phase.${b.phase}`)}</Tag>,
          },
          {
            title: '',
            render: (_, b) => (
              <Button
                size="small"
                type={b.id === current ? 'primary' : 'default'}
                onClick={() => setOpened(b.id)}
              >
                {t('sd.open')}
              </Button>
            ),
          },
        ]}
      />
      {current && <BatchPanel key={current} id={current} />}
      <FormModal<{
        name: string;
        workKind: string;
        startsOn: string;
        endsOn?: string;
        streetIds: string[];
        unit?: string;
      }>
        open={creating}
        title={t('sd.batch.new')}
        testId="batch-form"
        testIdOn="form"
        initialValues={{ workKind: '土地整备', unit: '亩' }}
        onClose={() => setCreating(false)}
        onSubmit={async (v) => {
          const r = await createBatch({
            nodeId: nodeId!,
            name: v.name,
            workKind: v.workKind,
            startsOn: v.startsOn,
            endsOn: v.endsOn || undefined,
            streets: v.streetIds.map((streetId) => ({ streetId, unit: v.unit ?? '' })),
          });
          await qc.invalidateQueries({ queryKey: ['secondments'] });
          setOpened(r.id);
        }}
      >
        <Form.Item name="name" label={t('sd.batch.name')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="workKind" label={t('sd.batch.kind')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="startsOn" label={t('sd.batch.starts')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="endsOn" label={t('sd.batch.ends')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="streetIds" label={t('sd.batch.streets')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            data-testid="batch-streets"
            options={(streets.data ?? [])
              .filter((n) => n.level === 'street')
              .map((n) => ({ value: n.id, label: n.name }))}
          />
        </Form.Item>
        <Form.Item name="unit" label={t('sd.batch.unit')}>
          <Input />
        </Form.Item>
      </FormModal>
    </Space>
  );
}

/** The cadres under the organisation department's node and their standing (the due first). */
function DueCadres() {
  const t = useT();
  const nodeId = usePageNode();
  const q = useQuery({
    queryKey: ['secondments', 'cadres', nodeId],
    queryFn: () => listCadres(nodeId!),
    enabled: !!nodeId,
  });
  const order = ['due', 'assigned', 'completed', 'not_due'];
  const rows = [...(q.data ?? [])].sort((a, b) => order.indexOf(a.standing) - order.indexOf(b.standing));
  return (
    <Table
      rowKey="personId"
      size="small"
      loading={q.isLoading}
      dataSource={rows}
      columns={[
        { title: t('sd.name'), dataIndex: 'name' },
        { title: t('sd.unit'), dataIndex: 'unitName' },
        { title: t('sd.post'), dataIndex: 'post' },
        { title: t('sd.postSince'), dataIndex: 'postSince' },
        {
          title: t('sd.standing'),
          dataIndex: 'standing',
          render: (v: string) => (
            <Tag color={v === 'due' ? 'orange' : undefined}>{t(`sd.standing.${v}`)}</Tag>
          ),
        },
      ]}
    />
  );
}

/** The page: the tabs the user's abilities open. */
export function SecondmentsPage() {
  const t = useT();
  usePageTitle(t('sd.title'));
  const { can } = useMe();
  const items = [
    ...(can('secondments.log')
      ? [{ key: 'mine', label: t('sd.tab.mine'), children: <MySecondments /> }]
      : []),
    ...(can('secondments.manage') || can('secondments.host')
      ? [{ key: 'batches', label: t('sd.tab.batches'), children: <Batches /> }]
      : []),
    ...(can('secondments.manage')
      ? [
          { key: 'due', label: t('sd.tab.due'), children: <DueCadres /> },
          { key: 'specials', label: t('sd.tab.specials'), children: <SpecialsPanel /> },
        ]
      : []),
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('sd.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('sd.hint')}</Typography.Text>
      </div>
      <Tabs items={items} />
    </Space>
  );
}
