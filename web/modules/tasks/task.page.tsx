/** A task's page: plan against actual, milestones, claiming and award, reports, timeline, orders. */
import { useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Result,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ApiError } from '../../app/api.ts';
import { client } from '../../app/client.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { Chart, type ChartOption } from '../../app/chart.tsx';
import {
  FormModal,
  GrantNodeSelect,
  HealthTag,
  fmtDate,
  fmtTime,
  fmtWanYuan,
  useIdempotencyKey,
} from './common.tsx';
import { ViolationFields, violationBody, type ViolationFormValues } from './forms.tsx';
import { OrderActions, OrderTags } from './orders.tsx';
import {
  EVAL_STATUSES,
  PQ_ASPECTS,
  type PerformanceInput,
  type Report,
  type TaskDetail,
} from './tasks.api.ts';

/** Planned progress as the rules define it (linear between milestone due dates) and actual from reports. */
function progressSeries(task: TaskDetail, reports: Report[]) {
  const total = task.milestones.reduce((s, m) => s + m.weight, 0) || 1;
  const ms = [...task.milestones].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  let acc = 0;
  const planned: [string, number][] = [[task.startDate, 0]];
  for (const m of ms) {
    acc += m.weight;
    planned.push([m.dueDate, Math.round((acc / total) * 1000) / 10]);
  }
  const latest = new Map<number, number>();
  const actual: [string, number][] = [[task.startDate, 0]];
  for (const r of [...reports].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    latest.set(r.milestoneSeq, r.percent);
    const sum = task.milestones.reduce((s, m) => s + m.weight * (latest.get(m.seq) ?? 0), 0);
    actual.push([fmtDate(r.createdAt), Math.round((sum / total) * 10) / 10]);
  }
  return { planned, actual };
}

const KIND_COLOURS: Record<string, string> = {
  milestone_due: 'gray',
  report: 'blue',
  evaluation: 'orange',
  order: 'red',
  exemption: 'purple',
  violation: 'red',
  award: 'green',
};

/** A timeline entry's status: a health colour, an order or exemption state, or a plain value. */
function StatusTag(props: { value: string }) {
  const t = useT();
  if ((EVAL_STATUSES as readonly string[]).includes(props.value)) return <HealthTag value={props.value} />;
  for (const prefix of ['tasks.orderStatus.', 'tasks.exemption.', 'tasks.status.']) {
    const label = t(prefix + props.value);
    if (label !== prefix + props.value) return <Tag>{label}</Tag>;
  }
  return <Tag>{props.value}</Tag>;
}

/** The task page. */
export function TaskPage() {
  const { id } = useParams();
  const t = useT();
  const qc = useQueryClient();
  const task = useQuery({
    queryKey: ['tasks', 'task', id],
    queryFn: () => client.get('/api/tasks/tasks/{id}', { path: { id: id! } }),
    meta: { silent: true },
  });
  const reports = useQuery({
    queryKey: ['tasks', 'reports', id],
    queryFn: () => client.get('/api/tasks/tasks/{id}/reports', { path: { id: id! } }),
    enabled: !!task.data,
  });
  const timeline = useQuery({
    queryKey: ['tasks', 'timeline', id],
    queryFn: () => client.get('/api/tasks/tasks/{id}/timeline', { path: { id: id! } }),
    enabled: !!task.data,
  });
  const applications = useQuery({
    queryKey: ['tasks', 'applications', id],
    queryFn: () => client.get('/api/tasks/tasks/{id}/applications', { path: { id: id! } }),
    enabled: !!task.data,
  });
  const orders = useQuery({
    queryKey: ['tasks', 'orders', { taskId: id }],
    queryFn: () => client.get('/api/tasks/orders', { query: { taskId: id } }),
    enabled: !!task.data,
  });
  const [dialog, setDialog] = useState<
    null | 'apply' | 'award' | 'report' | 'violation' | 'cancel' | 'indicators' | 'order' | 'performance'
  >(null);
  const { lang } = useLang();
  const [reportSeq, setReportSeq] = useState<number | undefined>();
  const idem = useIdempotencyKey();
  const refresh = () => qc.invalidateQueries({ queryKey: ['tasks'] });

  const series = useMemo(
    () => (task.data ? progressSeries(task.data, reports.data ?? []) : null),
    [task.data, reports.data],
  );
  const option = useMemo<ChartOption | null>(
    () =>
      series && {
        tooltip: { trigger: 'axis' },
        legend: { top: 0, data: [t('tasks.planned'), t('tasks.actual')] },
        grid: { left: 40, right: 20, top: 40, bottom: 30 },
        xAxis: { type: 'time' },
        yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
        series: [
          { name: t('tasks.planned'), type: 'line', data: series.planned, lineStyle: { type: 'dashed' } },
          {
            name: t('tasks.actual'),
            type: 'line',
            step: 'end',
            data: series.actual,
            areaStyle: { opacity: 0.15 },
          },
        ],
      },
    [series, t],
  );

  if (task.error) {
    const status = task.error instanceof ApiError ? task.error.status : 500;
    return <Result status={status === 404 ? '404' : 'error'} title={status} subTitle={t('tasks.notFound')} />;
  }
  if (!task.data) return <Spin />;
  const x = task.data;
  const party = x.kind === 'party_project';
  const submitted = (applications.data ?? []).filter((a) => a.status === 'submitted');

  return (
    <div data-testid="task-page">
      <Space wrap align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="task-title">
          {x.no}. {x.title}
        </Typography.Title>
        <Tag data-testid="task-code">{x.code}</Tag>
        <Tag data-testid="task-status">{t(`tasks.status.${x.status}`)}</Tag>
        <HealthTag value={x.evalStatus} />
      </Space>
      <Space wrap style={{ marginBottom: 12 }}>
        {x.can.apply && x.status === 'published' && (
          <Button type="primary" onClick={() => setDialog('apply')} data-testid="apply">
            {t(party ? 'tasks.claim' : 'tasks.apply')}
          </Button>
        )}
        {x.can.manage && x.status === 'published' && (
          <Button
            type="primary"
            onClick={() => setDialog('award')}
            disabled={submitted.length === 0}
            data-testid="award"
          >
            {t('tasks.award')}
          </Button>
        )}
        {x.can.report && x.status === 'awarded' && (
          <Button
            type="primary"
            onClick={() => {
              setReportSeq(undefined);
              setDialog('report');
            }}
            data-testid="report"
          >
            {t('tasks.report')}
          </Button>
        )}
        {x.can.reportIndicators && (
          <Button onClick={() => setDialog('indicators')} data-testid="report-indicators">
            {t('tasks.indicators.report')}
          </Button>
        )}
        {x.can.draftOrder && (
          <Button onClick={() => setDialog('order')} data-testid="draft-order">
            {t('tasks.order.draft')}
          </Button>
        )}
        {x.can.recordPerformance && (
          <Button onClick={() => setDialog('performance')} data-testid="record-performance">
            {t('tasks.performance.record')}
          </Button>
        )}
        {x.can.manage && x.status !== 'draft' && x.status !== 'cancelled' && (
          <Button danger onClick={() => setDialog('violation')} data-testid="record-violation">
            {t('tasks.violation.record')}
          </Button>
        )}
        {x.can.cancel && (
          <Button danger onClick={() => setDialog('cancel')} data-testid="cancel-task">
            {t('tasks.cancel')}
          </Button>
        )}
      </Space>
      {x.status === 'cancelled' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="task-cancelled"
          message={`${t('tasks.status.cancelled')}：${x.cancelReason ?? ''}`}
        />
      )}
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('tasks.overview')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('tasks.f.category')}>
                {t(`tasks.cat.${x.category}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('tasks.f.goal')}>{x.goal}</Descriptions.Item>
              <Descriptions.Item label={t('tasks.f.deadline')}>{fmtDate(x.deadline)}</Descriptions.Item>
              {x.responsibleName && (
                <Descriptions.Item label={t('tasks.f.responsible')}>{x.responsibleName}</Descriptions.Item>
              )}
              {x.units.length > 0 && (
                <Descriptions.Item label={t('tasks.units')}>
                  <span data-testid="task-units">
                    {x.units.map((u) => (u.lead ? `${u.name}（${t('tasks.lead')}）` : u.name)).join('、')}
                  </span>
                </Descriptions.Item>
              )}
              {x.commanderName && (
                <Descriptions.Item label={t('tasks.commander')}>{x.commanderName}</Descriptions.Item>
              )}
              {x.investment !== null && (
                <Descriptions.Item label={t('tasks.f.investment')}>
                  <span data-testid="task-investment">{fmtWanYuan(x.investment, lang)}</span>
                </Descriptions.Item>
              )}
              {party && (
                <Descriptions.Item label={t('tasks.beneficiaries')}>{x.beneficiaries}</Descriptions.Item>
              )}
              <Descriptions.Item label={t('tasks.progress')}>
                <span data-testid="task-progress">
                  {t('tasks.actual')} {Math.round(x.actualProgress)}% / {t('tasks.planned')}{' '}
                  {Math.round(x.plannedProgress)}%
                </span>
              </Descriptions.Item>
            </Descriptions>
            {x.indicators.length > 0 && (
              <Table
                size="small"
                pagination={false}
                rowKey="name"
                dataSource={x.indicators}
                columns={[
                  { title: t('tasks.f.indicatorName'), dataIndex: 'name' },
                  { title: t('tasks.f.target'), render: (_, i) => `${i.target} ${i.unit}` },
                  { title: t('tasks.actual'), render: (_, i) => (i.actual ?? '—') as string },
                ]}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('tasks.planVsActual')}>
            {option && <Chart option={option} testId="progress-chart" />}
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small" title={t('tasks.f.milestones')}>
            <Table
              size="small"
              pagination={false}
              rowKey="seq"
              scroll={{ x: true }}
              dataSource={x.milestones}
              columns={[
                { title: '#', dataIndex: 'seq', width: 50 },
                { title: t('tasks.f.milestoneTitle'), dataIndex: 'title' },
                { title: t('tasks.f.weight'), dataIndex: 'weight' },
                { title: t('tasks.f.dueDate'), dataIndex: 'dueDate', render: fmtDate },
                { title: t('tasks.percent'), dataIndex: 'percent', render: (p: number) => `${p}%` },
                ...(x.can.report && x.status === 'awarded'
                  ? [
                      {
                        title: '',
                        key: 'r',
                        render: (_: unknown, m: { seq: number }) => (
                          <Button
                            size="small"
                            onClick={() => {
                              setReportSeq(m.seq);
                              setDialog('report');
                            }}
                            data-testid={`report-ms-${m.seq}`}
                          >
                            {t('tasks.report')}
                          </Button>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
        {(orders.data ?? []).length > 0 && (
          <Col xs={24}>
            <Card size="small" title={t('tasks.orders')} data-testid="task-orders">
              <Table
                size="small"
                pagination={false}
                rowKey="id"
                scroll={{ x: true }}
                dataSource={orders.data}
                columns={[
                  { title: t('tasks.order.number'), dataIndex: 'number', render: (n) => n ?? '—' },
                  { title: t('tasks.f.title'), dataIndex: 'title' },
                  { title: t('tasks.status'), key: 's', render: (_, o) => <OrderTags order={o} /> },
                  { title: '', key: 'a', render: (_, o) => <OrderActions order={o} /> },
                ]}
              />
            </Card>
          </Col>
        )}
        {(applications.data ?? []).length > 0 && (
          <Col xs={24}>
            <Card size="small" title={t('tasks.applications')}>
              <Table
                size="small"
                pagination={false}
                rowKey="id"
                scroll={{ x: true }}
                dataSource={applications.data}
                data-testid="applications"
                columns={[
                  { title: t('tasks.applicant'), dataIndex: 'applicantName' },
                  { title: t('tasks.plan'), dataIndex: 'plan' },
                  { title: t('tasks.commander'), dataIndex: 'commanderName' },
                  {
                    title: t('tasks.status'),
                    dataIndex: 'status',
                    render: (s: string) => <Tag>{t(`tasks.app.${s}`)}</Tag>,
                  },
                  { title: t('tasks.time'), dataIndex: 'createdAt', render: fmtTime },
                ]}
              />
            </Card>
          </Col>
        )}
        <Col xs={24} lg={12}>
          <Card size="small" title={t('tasks.timeline')}>
            <Timeline
              data-testid="timeline"
              items={(timeline.data ?? []).map((e) => ({
                color: KIND_COLOURS[e.kind] ?? 'gray',
                content: (
                  <>
                    <Typography.Text strong>{e.title}</Typography.Text>{' '}
                    <Typography.Text type="secondary">{fmtTime(e.at)}</Typography.Text>
                    {e.status && <StatusTag value={e.status} />}
                    {e.detail && <div>{t(e.detail)}</div>}
                  </>
                ),
              }))}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('tasks.reports')}>
            <Table
              size="small"
              rowKey="id"
              scroll={{ x: true }}
              dataSource={reports.data ?? []}
              columns={[
                { title: '#', dataIndex: 'milestoneSeq', width: 50 },
                { title: t('tasks.percent'), dataIndex: 'percent', render: (p: number) => `${p}%` },
                { title: t('tasks.narrative'), dataIndex: 'narrative' },
                {
                  title: t('tasks.attachments'),
                  key: 'att',
                  render: (_, r) => r.attachments.map((a) => a.name).join('、'),
                },
                { title: t('tasks.reporter'), dataIndex: 'reporterName' },
                { title: t('tasks.time'), dataIndex: 'createdAt', render: fmtTime },
              ]}
            />
          </Card>
        </Col>
      </Row>

      <FormModal<ViolationFormValues>
        open={dialog === 'violation'}
        title={t('tasks.violation.record')}
        onClose={() => setDialog(null)}
        testId="violation-form"
        onSubmit={async (v) => {
          await client.post('/api/tasks/tasks/{id}/violations', {
            path: { id: x.id },
            body: violationBody(v),
          });
          await refresh();
        }}
      >
        <Typography.Paragraph type="secondary">{t('tasks.violation.hint')}</Typography.Paragraph>
        <ViolationFields />
      </FormModal>

      <FormModal<{ reason: string }>
        open={dialog === 'cancel'}
        title={`${t('tasks.cancel')}：${x.title}`}
        onClose={() => setDialog(null)}
        testId="cancel-form"
        okText={t('tasks.cancel.ok')}
        onSubmit={async (v) => {
          await client.post('/api/tasks/tasks/{id}/cancel', {
            path: { id: x.id },
            body: { reason: v.reason, version: x.version },
          });
          await refresh();
        }}
      >
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('tasks.cancel.hint')} />
        <Form.Item name="reason" label={t('tasks.reason')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={1000} data-testid="f-reason" />
        </Form.Item>
      </FormModal>

      <FormModal<{ values: (number | null)[] }>
        open={dialog === 'indicators'}
        title={t('tasks.indicators.report')}
        onClose={() => setDialog(null)}
        testId="indicators-form"
        initialValues={{ values: x.indicators.map((i) => i.actual ?? null) }}
        onSubmit={async (v) => {
          const values = v.values.flatMap((actual, index) =>
            actual === null || actual === undefined ? [] : [{ index, actual }],
          );
          await client.post('/api/tasks/tasks/{id}/indicators', {
            path: { id: x.id },
            body: { values, version: x.version },
          });
          await refresh();
        }}
      >
        <Typography.Paragraph type="secondary">{t('tasks.indicators.hint')}</Typography.Paragraph>
        {x.indicators.map((i, index) => (
          <Form.Item
            key={index}
            name={['values', index]}
            label={`${i.name}（${t('tasks.f.target')} ${i.target} ${i.unit}）`}
          >
            <InputNumber
              style={{ width: '100%' }}
              addonAfter={i.unit || undefined}
              data-testid={`f-indicator-${index}`}
            />
          </Form.Item>
        ))}
      </FormModal>

      <FormModal<{ type: 'commendation' | 'accountability'; reason: string; title?: string }>
        open={dialog === 'order'}
        title={t('tasks.order.draft')}
        onClose={() => setDialog(null)}
        testId="draft-order-form"
        initialValues={{ type: x.evalStatus === 'red' ? 'accountability' : 'commendation' }}
        onSubmit={async (v) => {
          await client.post('/api/tasks/orders', {
            body: { taskId: x.id, ...v, title: v.title || undefined },
          });
          await refresh();
        }}
      >
        <Form.Item name="type" label={t('tasks.order.type')} rules={[{ required: true }]}>
          <Select
            data-testid="f-order-type"
            options={(['commendation', 'accountability'] as const).map((v) => ({
              value: v,
              label: t(`tasks.order.${v}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('tasks.f.title')}>
          <Input maxLength={200} placeholder={t('tasks.order.titleDefault')} />
        </Form.Item>
        <Form.Item name="reason" label={t('tasks.reason')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={1000} data-testid="f-order-reason" />
        </Form.Item>
      </FormModal>

      <FormModal<PerformanceInput>
        open={dialog === 'performance'}
        title={t('tasks.performance.record')}
        onClose={() => setDialog(null)}
        testId="performance-form"
        initialValues={{
          nodeId: x.units.find((u) => u.lead)?.nodeId,
          positive: true,
          occurredOn: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
        }}
        onSubmit={async (v) => {
          await client.post('/api/tasks/tasks/{id}/performance', { path: { id: x.id }, body: v });
          await refresh();
        }}
      >
        <Form.Item name="nodeId" label={t('tasks.units')} rules={[{ required: true }]}>
          <Select options={x.units.map((u) => ({ value: u.nodeId, label: u.name }))} />
        </Form.Item>
        <Form.Item name="aspect" label={t('tasks.performance.aspect')} rules={[{ required: true }]}>
          <Select
            data-testid="f-aspect"
            options={PQ_ASPECTS.map((a) => ({
              value: a,
              label: t(`tasks.aspect.${a}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="positive" label={t('tasks.performance.polarity')} rules={[{ required: true }]}>
          <Select
            options={[
              { value: true, label: t('tasks.performance.positive') },
              { value: false, label: t('tasks.performance.negative') },
            ]}
          />
        </Form.Item>
        <Form.Item name="note" label={t('tasks.performance.note')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={1000} data-testid="f-performance-note" />
        </Form.Item>
        <Form.Item name="occurredOn" label={t('tasks.performance.date')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </FormModal>

      <FormModal<{ applicantNodeId: string; plan: string; commanderName?: string }>
        open={dialog === 'apply'}
        title={t(party ? 'tasks.claim' : 'tasks.apply')}
        onClose={() => setDialog(null)}
        testId="apply-form"
        onSubmit={async (v) => {
          await client.post('/api/tasks/tasks/{id}/applications', { path: { id: x.id }, body: v });
          await refresh();
        }}
      >
        <Form.Item name="applicantNodeId" label={t('tasks.applicant')} rules={[{ required: true }]}>
          <GrantNodeSelect testId="f-applicant" />
        </Form.Item>
        <Form.Item name="plan" label={t('tasks.plan')} rules={[{ required: true }]}>
          <Input.TextArea rows={4} maxLength={4000} data-testid="f-plan" />
        </Form.Item>
        <Form.Item name="commanderName" label={t('tasks.commanderProposed')}>
          <Input maxLength={50} data-testid="f-commander" />
        </Form.Item>
      </FormModal>

      <FormModal<{ applicationIds: string[]; lead?: string; commanderName: string; beneficiaries?: number }>
        open={dialog === 'award'}
        title={t('tasks.award')}
        onClose={() => setDialog(null)}
        testId="award-form"
        onSubmit={async (v) => {
          const ids = v.lead ? [v.lead, ...v.applicationIds.filter((i) => i !== v.lead)] : v.applicationIds;
          const body = {
            applicationIds: ids,
            commanderName: v.commanderName,
            beneficiaries: v.beneficiaries,
          };
          if (party) await client.post('/api/tasks/party-projects/{id}/award', { path: { id: x.id }, body });
          else await client.post('/api/tasks/tasks/{id}/award', { path: { id: x.id }, body });
          await refresh();
        }}
      >
        <Typography.Paragraph type="secondary">{t('tasks.award.hint')}</Typography.Paragraph>
        <Form.Item name="applicationIds" label={t('tasks.applications')} rules={[{ required: true }]}>
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            {submitted.map((a) => (
              <Checkbox key={a.id} value={a.id} data-testid={`award-app-${a.applicantName}`}>
                {a.applicantName}
                {a.commanderName ? ` · ${a.commanderName}` : ''}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Form.Item noStyle shouldUpdate>
          {({ getFieldValue }) =>
            (getFieldValue('applicationIds') ?? []).length > 1 && (
              <Form.Item name="lead" label={t('tasks.lead')}>
                <Select
                  options={submitted
                    .filter((a) => (getFieldValue('applicationIds') as string[]).includes(a.id))
                    .map((a) => ({ value: a.id, label: a.applicantName }))}
                />
              </Form.Item>
            )
          }
        </Form.Item>
        <Form.Item name="commanderName" label={t('tasks.commander')} rules={[{ required: true }]}>
          <Input maxLength={50} data-testid="f-commander" />
        </Form.Item>
        {party && (
          <Form.Item name="beneficiaries" label={t('tasks.beneficiaries')}>
            <InputNumber min={0} />
          </Form.Item>
        )}
      </FormModal>

      <FormModal<{
        milestoneSeq: number;
        percent: number;
        narrative?: string;
        files?: { name: string; size?: number; type?: string }[];
        beneficiaries?: number;
      }>
        key={`report-${reportSeq ?? 0}`}
        open={dialog === 'report'}
        title={t('tasks.report')}
        onClose={() => setDialog(null)}
        testId="report-form"
        initialValues={{ milestoneSeq: reportSeq }}
        onSubmit={async (v) => {
          // One key per submission: a retry after a lost answer reuses it, so nothing counts twice.
          const key = idem.get();
          const r = await client.post('/api/tasks/tasks/{id}/reports', {
            path: { id: x.id },
            body: {
              clientId: key,
              milestoneSeq: v.milestoneSeq,
              percent: v.percent,
              narrative: v.narrative ?? '',
              attachments: (v.files ?? []).map((f) => ({
                name: f.name,
                size: f.size ?? 0,
                mime: f.type || 'application/octet-stream',
              })),
              beneficiaries: v.beneficiaries,
            },
            headers: { 'idempotency-key': key },
          });
          idem.done();
          await refresh();
          return r;
        }}
      >
        <Form.Item name="milestoneSeq" label={t('tasks.milestone')} rules={[{ required: true }]}>
          <Select
            data-testid="f-milestone"
            options={x.milestones.map((m) => ({
              value: m.seq,
              label: `${m.seq}. ${m.title}（${m.percent}%）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="percent" label={t('tasks.percent')} rules={[{ required: true }]}>
          <InputNumber min={0} max={100} addonAfter="%" data-testid="f-percent" />
        </Form.Item>
        <Form.Item name="narrative" label={t('tasks.narrative')}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="f-narrative" />
        </Form.Item>
        <Form.Item
          name="files"
          label={t('tasks.attachments')}
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList: unknown[] }) => e.fileList}
          extra={t('tasks.attachments.hint')}
        >
          <Upload beforeUpload={() => false} multiple>
            <Button icon={<UploadOutlined />}>{t('tasks.attachments.add')}</Button>
          </Upload>
        </Form.Item>
        {party && (
          <Form.Item name="beneficiaries" label={t('tasks.beneficiaries')}>
            <InputNumber min={0} />
          </Form.Item>
        )}
      </FormModal>
    </div>
  );
}
