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
  List,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { Chart } from '../../app/chart.tsx';
import { beijingDay, beijingYear } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { usePageNode } from '../../app/selected-node.tsx';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { usePageTitle } from '../council/common.tsx';
import {
  addWeekly,
  addWork,
  assign,
  createBatch,
  exportUrl,
  getAssignment,
  getBatch,
  importCadres,
  listBatches,
  listCadres,
  mine,
  rate,
  recordProgress,
  streetsUnder,
  type Assignment,
  type Batch,
  type CadreImport,
  type WeeklyInput,
} from './secondments.api.ts';
import { SpecialsPanel } from './specials.tsx';

const YEAR = beijingYear();
const PHASE_COLOUR: Record<string, string> = { upcoming: 'default', running: 'blue', ended: 'green' };
const RATING_COLOUR: Record<string, string> = {
  excellent: 'red',
  competent: 'green',
  basic: 'orange',
  incompetent: 'default',
};
const RATINGS = ['excellent', 'competent', 'basic', 'incompetent'];

/** An assignment's records, newest first. */
function Entries(props: { id: string }) {
  const t = useT();
  const q = useQuery({
    queryKey: ['secondments', 'assignment', props.id],
    queryFn: () => getAssignment(props.id),
  });
  return (
    <List
      size="small"
      data-testid="secondment-entries"
      locale={{ emptyText: t('sd.none') }}
      dataSource={q.data?.entries ?? []}
      renderItem={(e) => (
        <List.Item>
          <List.Item.Meta
            title={
              <Space wrap>
                <Tag color={e.kind === 'weekly' ? 'purple' : 'cyan'}>{t(`sd.kind.${e.kind}`)}</Tag>
                <span>{e.onDate}</span>
                <span>
                  {t('sd.households')} {e.households} · {t('sd.cases')} {e.cases}
                </span>
              </Space>
            }
            description={e.what}
          />
        </List.Item>
      )}
    />
  );
}

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

/** A street's completion over time. */
function ProgressChart(props: { progress: { on: string; completion: number }[] }) {
  if (props.progress.length < 1) return null;
  return (
    <Chart
      height={160}
      option={{
        tooltip: { trigger: 'axis' },
        grid: { left: 40, right: 16, top: 16, bottom: 24 },
        xAxis: { type: 'category', data: props.progress.map((p) => p.on) },
        yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
        series: [
          {
            type: 'line',
            data: props.progress.map((p) => p.completion),
            label: { show: true, formatter: '{c}%' },
          },
        ],
      }}
    />
  );
}

/** One batch: its streets' progress and its cadres, with the actions the actor may take. */
function BatchPanel(props: { id: string }) {
  const t = useT();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['secondments', 'batch', props.id], queryFn: () => getBatch(props.id) });
  const [assigning, setAssigning] = useState(false);
  const [importing, setImporting] = useState(false);
  const [progressFor, setProgressFor] = useState<string | null>(null);
  const [working, setWorking] = useState<Assignment | null>(null);
  const [rating, setRating] = useState<Assignment | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const b = q.data?.batch;
  const cadres = useQuery({
    queryKey: ['secondments', 'cadres', b?.nodeId],
    queryFn: () => listCadres(b!.nodeId),
    enabled: !!b?.can.manage && assigning,
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ['secondments'] });
  if (!b) return null;
  return (
    <Card
      title={`${b.name} · ${b.workKind}`}
      data-testid="batch-panel"
      extra={
        b.can.manage &&
        b.phase !== 'ended' && (
          <Space>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('sd.import')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAssigning(true)}
              data-testid="assign"
            >
              {t('sd.assign')}
            </Button>
          </Space>
        )
      }
    >
      <Space wrap align="start" style={{ width: '100%' }}>
        {b.streets.map((s) => (
          <Card key={s.streetId} size="small" title={s.streetName} style={{ width: 320 }}>
            <Typography.Text>
              {t('sd.completion')}：{s.completion === null ? '—' : `${s.completion}%`}{' '}
              {s.target !== null && `（${s.done}/${s.target}${s.unit}）`}
            </Typography.Text>
            <ProgressChart progress={s.progress} />
            {s.hosts && (
              <Button size="small" onClick={() => setProgressFor(s.streetId)} data-testid="record-progress">
                {t('sd.progress.record')}
              </Button>
            )}
          </Card>
        ))}
      </Space>
      <Table
        rowKey="id"
        size="small"
        style={{ marginTop: 12 }}
        dataSource={q.data?.assignments ?? []}
        expandable={{
          expandedRowKeys: open ? [open] : [],
          onExpand: (x, r) => setOpen(x ? r.id : null),
          expandedRowRender: (r) => <Entries id={r.id} />,
        }}
        columns={[
          { title: t('sd.name'), dataIndex: 'name' },
          { title: t('sd.unit'), dataIndex: 'unitName' },
          { title: t('sd.post'), dataIndex: 'post' },
          { title: t('sd.street'), dataIndex: 'streetName' },
          { title: t('sd.work.count'), dataIndex: 'workEntries' },
          { title: t('sd.weeks'), dataIndex: 'weeksLogged' },
          {
            title: t('sd.rating'),
            render: (_, r) =>
              r.rating ? (
                <Tag color={RATING_COLOUR[r.rating]} data-testid="assignment-rating">
                  {t(`sd.rating.${r.rating}`)}
                </Tag>
              ) : (
                <Tag>{t('sd.unrated')}</Tag>
              ),
          },
          {
            title: '',
            render: (_, r) => (
              <Space>
                {r.can.work && (
                  <Button size="small" onClick={() => setWorking(r)}>
                    {t('sd.work')}
                  </Button>
                )}
                {r.can.rate && (
                  <Button size="small" type="primary" onClick={() => setRating(r)} data-testid="rate">
                    {t('sd.rate')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<{ personId: string; streetId: string }>
        open={assigning}
        title={t('sd.assign')}
        testId="assign-form"
        testIdOn="form"
        onClose={() => setAssigning(false)}
        onSubmit={async (v) => {
          await assign(b.id, v);
          await refresh();
        }}
      >
        <Form.Item name="personId" label={t('sd.cadre')} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="assign-cadre"
            options={(cadres.data ?? []).map((c) => ({
              value: c.personId,
              label: `${c.name}（${c.unitName} ${c.post}${c.standing === 'due' ? ' · ' + t('sd.standing.due') : ''}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="streetId" label={t('sd.street')} rules={[{ required: true }]}>
          <Select
            data-testid="assign-street"
            options={b.streets.map((s) => ({ value: s.streetId, label: s.streetName }))}
          />
        </Form.Item>
      </FormModal>
      <FormModal<{ recordedOn: string; target: number; done: number }>
        open={!!progressFor}
        title={t('sd.progress.record')}
        testId="progress-form"
        testIdOn="form"
        initialValues={{ recordedOn: beijingDay() }}
        onClose={() => setProgressFor(null)}
        onSubmit={async (v) => {
          await recordProgress(b.id, { ...v, streetId: progressFor! });
          await refresh();
        }}
      >
        <Form.Item name="recordedOn" label={t('sd.progress.on')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="target" label={t('sd.progress.target')} rules={[{ required: true }]}>
          <InputNumber min={0.01} />
        </Form.Item>
        <Form.Item name="done" label={t('sd.progress.done')} rules={[{ required: true }]}>
          <InputNumber min={0} />
        </Form.Item>
      </FormModal>
      <FormModal<{ onDate: string; what: string; households?: number; cases?: number }>
        open={!!working}
        title={working ? `${t('sd.work')} · ${working.name}` : ''}
        testId="work-form"
        testIdOn="form"
        initialValues={{ onDate: beijingDay(), households: 0, cases: 0 }}
        onClose={() => setWorking(null)}
        onSubmit={async (v) => {
          await addWork(working!.id, { ...v, households: v.households ?? 0, cases: v.cases ?? 0 });
          await refresh();
        }}
      >
        <Form.Item name="onDate" label={t('sd.onDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="what" label={t('sd.what')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="households" label={t('sd.households')}>
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name="cases" label={t('sd.cases')}>
          <InputNumber min={0} />
        </Form.Item>
      </FormModal>
      <FormModal<{ rating: 'excellent'; comment: string }>
        open={!!rating}
        title={rating ? `${t('sd.rate')} · ${rating.name}` : ''}
        testId="rate-form"
        testIdOn="form"
        initialValues={{ rating: (rating?.rating ?? undefined) as never, comment: rating?.ratingComment }}
        onClose={() => setRating(null)}
        onSubmit={async (v) => {
          await rate(rating!.id, { ...v, version: rating!.version });
          await refresh();
        }}
      >
        <Form.Item name="rating" label={t('sd.rating')} rules={[{ required: true }]}>
          <Select
            data-testid="rate-rating"
            options={RATINGS.map((r) => ({ value: r, label: t(`sd.rating.${r}`) }))}
          />
        </Form.Item>
        <Form.Item name="comment" label={t('sd.comment')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
      {importing && (
        <SheetImportModal<CadreImport['rows'][number]>
          title={t('sd.import.title')}
          messages="sd.import"
          send={importCadres(b.id)}
          columns={[
            { title: t('sd.name'), dataIndex: 'name' },
            { title: t('sd.street'), dataIndex: 'street' },
          ]}
          onClose={() => setImporting(false)}
          onApplied={() => refresh()}
        />
      )}
    </Card>
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
