/** A task's page: plan against actual, milestones, claiming and award, reports, timeline, orders. */
import { useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Result,
  Row,
  Space,
  Spin,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ApiError } from '../../app/api.ts';
import { client } from '../../app/client.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { Chart, type ChartOption } from '../../app/chart.tsx';
import { HealthTag, fmtDate, fmtTime, fmtWanYuan } from './common.tsx';
import { OrderActions, OrderTags } from './orders.tsx';
import { TaskClaimDialogs } from './task-claiming.tsx';
import { TaskOversightDialogs, type TaskDialog } from './task-oversight.tsx';
import { EVAL_STATUSES, type Report, type TaskDetail } from './tasks.api.ts';

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
  const [dialog, setDialog] = useState<TaskDialog>(null);
  const { lang } = useLang();
  const [reportSeq, setReportSeq] = useState<number | undefined>();

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

      <TaskOversightDialogs task={x} dialog={dialog} setDialog={setDialog} />
      <TaskClaimDialogs
        task={x}
        dialog={dialog}
        setDialog={setDialog}
        reportSeq={reportSeq}
        submitted={submitted}
      />
    </div>
  );
}
