/**
 * The grid dashboard of the node picked in the tree: events by state and category, receipt and
 * disposal rates with their trend, overdue events, recurring places, visit compliance and a map.
 */
import { useMemo, useState } from 'react';
import { Alert, Card, Col, Input, Row, Segmented, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { Chart, type ChartOption } from '../../app/chart.tsx';
import { GeoMap } from '../../app/map.tsx';
import { PageTitle, StateTag, TimerTag, beijingDay, fmtRate, useTimeFormat } from './common.tsx';
import {
  complianceOf,
  EVENT_STATES,
  eventHref,
  eventsDashboard,
  eventsRanking,
  FINAL_STATES,
  listGrids,
  type ComplianceRow,
  type EventsDashboard,
  type EventsRanking,
} from './grid.api.ts';

type OverdueEvent = EventsDashboard['overdue'][number];
type RankRow = EventsRanking[number];

const OPEN = new Set<string>(EVENT_STATES.filter((x) => !FINAL_STATES.includes(x)));

/** The dashboard page. */
export default function DashboardPage() {
  const t = useT();
  const fmtTime = useTimeFormat();
  const navigate = useNavigate();
  const { me } = useMe();
  const { node } = useSelectedNode();
  const fallback = me?.grants?.[0];
  const target = node
    ? { id: node.id, name: node.name, level: node.level }
    : fallback
      ? {
          id: fallback.nodeId,
          name: fallback.nodeName,
          level: fallback.role === 'dept_officer' ? 'department' : '',
        }
      : null;
  const isDept = target?.level === 'department';
  const today = beijingDay();
  const [from, setFrom] = useState(() => beijingDay(new Date(Date.now() - 29 * 86400_000)));
  const [to, setTo] = useState(today);
  const range = {
    nodeId: isDept ? undefined : target?.id,
    departmentId: isDept ? target?.id : undefined,
    from,
    to,
    granularity: 'day' as const,
  };
  const dash = useQuery({
    queryKey: ['grid-dashboard', range],
    enabled: !!target && from <= to,
    queryFn: () => eventsDashboard(range),
  });
  const [period, setPeriod] = useState<'day' | 'week' | 'month'>('day');
  const periodFrom =
    period === 'day' ? today : beijingDay(new Date(Date.now() - (period === 'week' ? 6 : 29) * 86400_000));
  const compliance = useQuery({
    queryKey: ['grid-compliance', target?.id, period],
    enabled: !!target && !isDept,
    meta: { silent: true },
    queryFn: () => complianceOf({ nodeId: target!.id, from: periodFrom, to: today }),
  });
  const grids = useQuery({
    queryKey: ['grid-outlines', target?.id],
    enabled: !!target && !isDept,
    meta: { silent: true },
    queryFn: () => listGrids(target!.id),
  });
  const ranking = useQuery({
    queryKey: ['grid-ranking', range],
    enabled: !!target && !isDept && from <= to,
    meta: { silent: true },
    queryFn: () => eventsRanking(range),
  });
  const d = dash.data;
  const totals = d?.rates.totals;

  const stateOption = useMemo<ChartOption>(
    () => ({
      tooltip: {},
      grid: { left: 40, right: 10, top: 10, bottom: 60 },
      xAxis: {
        type: 'category',
        data: (d?.byState ?? []).map((s) => t(`grid.state.${s.state}`)),
        axisLabel: { rotate: 40 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', data: (d?.byState ?? []).map((s) => s.count), itemStyle: { color: '#c8102e' } },
      ],
    }),
    [d, t],
  );
  const categoryOption = useMemo<ChartOption>(
    () => ({
      tooltip: {},
      grid: { left: 40, right: 10, top: 10, bottom: 70 },
      xAxis: {
        type: 'category',
        data: (d?.byCategory ?? []).map((c) => t(`grid.cat.${c.category}`)),
        axisLabel: { rotate: 40 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', data: (d?.byCategory ?? []).map((c) => c.count), itemStyle: { color: '#1677ff' } },
      ],
    }),
    [d, t],
  );
  const trendOption = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v) => `${Number(v).toFixed(2)}%` },
      legend: { data: [t('grid.dash.receiptRate'), t('grid.dash.disposalRate')] },
      grid: { left: 45, right: 10, top: 30, bottom: 30 },
      xAxis: { type: 'category', data: (d?.rates.trend ?? []).map((b) => b.bucket) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          type: 'line',
          name: t('grid.dash.receiptRate'),
          connectNulls: true,
          data: (d?.rates.trend ?? []).map((b) =>
            b.receiptRate === null ? null : +(b.receiptRate * 100).toFixed(2),
          ),
        },
        {
          type: 'line',
          name: t('grid.dash.disposalRate'),
          connectNulls: true,
          data: (d?.rates.trend ?? []).map((b) =>
            b.disposalRate === null ? null : +(b.disposalRate * 100).toFixed(2),
          ),
        },
      ],
    }),
    [d, t],
  );

  if (!target) return <Alert type="info" showIcon title={t('grid.dash.pickNode')} />;
  const rateRow = (r: ComplianceRow) => ({ ...r, key: r.id });
  const complianceColumns = [
    { title: t('grid.reg.label'), dataIndex: 'name' },
    { title: t('grid.dash.compliance.due'), dataIndex: 'due' },
    { title: t('grid.dash.compliance.onTime'), dataIndex: 'onTime' },
    { title: t('grid.dash.compliance.missed'), dataIndex: 'missed' },
    { title: t('grid.dash.compliance.overdueNow'), dataIndex: 'overdueNow' },
    { title: t('grid.dash.compliance.rate'), dataIndex: 'rate', render: (v: number | null) => fmtRate(v) },
  ];
  return (
    <div data-testid="grid-dashboard" data-state={dash.data && !dash.isFetching ? 'ready' : 'loading'}>
      <PageTitle>{t('grid.dash.title', { node: d?.node.name ?? target.name })}</PageTitle>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('grid.dash.range')}</span>
        <Input
          type="date"
          value={from}
          max={to}
          onChange={(e) => e.target.value && setFrom(e.target.value)}
          style={{ width: 150 }}
          aria-label={`${t('grid.dash.range')} ①`}
          data-testid="dash-from"
        />
        <span>~</span>
        <Input
          type="date"
          value={to}
          min={from}
          onChange={(e) => e.target.value && setTo(e.target.value)}
          style={{ width: 150 }}
          aria-label={`${t('grid.dash.range')} ②`}
          data-testid="dash-to"
        />
      </Space>
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('grid.dash.receiptRate')}
              value={fmtRate(totals?.receiptRate)}
              loading={dash.isLoading}
              valueRender={() => <span data-testid="receipt-rate">{fmtRate(totals?.receiptRate)}</span>}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {d?.rates.definition.receiptRate ?? t('grid.dash.receiptDef')}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('grid.dash.disposalRate')}
              value={fmtRate(totals?.disposalRate)}
              loading={dash.isLoading}
              valueRender={() => <span data-testid="disposal-rate">{fmtRate(totals?.disposalRate)}</span>}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {d?.rates.definition.disposalRate ?? t('grid.dash.disposalDef')}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small">
            <Space wrap size="large">
              {(['reported', 'received', 'dispatched', 'handled', 'verified'] as const).map((k) => (
                <Statistic
                  key={k}
                  title={t(`grid.dash.${k}`)}
                  value={totals?.[k] ?? 0}
                  valueRender={() => <span data-testid={`count-${k}`}>{totals?.[k] ?? 0}</span>}
                />
              ))}
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('grid.dash.trend')}>
            <Chart option={trendOption} testId="chart-trend" />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('grid.dash.map')}>
            <GeoMap
              label={t('grid.dash.map')}
              testId="dash-map"
              outlines={(grids.data ?? [])
                .filter((g) => g.outline)
                .map((g) => ({ id: g.id, name: g.name, geojson: g.outline }))}
              points={(d?.points ?? []).map((p) => ({
                id: p.id,
                lat: p.lat,
                lng: p.lng,
                title: `${p.title} · ${t(`grid.state.${p.state}`)}`,
                color: OPEN.has(p.state) ? (p.recurring ? '#c41d7f' : '#cf1322') : '#389e0d',
              }))}
              onPointClick={(id) => navigate(eventHref(id))}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('grid.dash.byState')}>
            <Chart option={stateOption} testId="chart-state" />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('grid.dash.byCategory')}>
            <Chart option={categoryOption} testId="chart-category" />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('grid.dash.overdue')}>
            <Table<OverdueEvent>
              size="small"
              rowKey="id"
              pagination={{ pageSize: 5 }}
              dataSource={d?.overdue ?? []}
              scroll={{ x: 480 }}
              data-testid="dash-overdue"
              columns={[
                {
                  title: t('grid.report.titleField'),
                  dataIndex: 'title',
                  render: (v: string, r) => <Link to={eventHref(r.id)}>{v}</Link>,
                },
                {
                  title: t('grid.events.state'),
                  dataIndex: 'state',
                  render: (v: string) => <StateTag state={v} />,
                },
                {
                  title: t('grid.events.timer'),
                  render: (_, r) => <TimerTag colour={r.timer.colour} deadline={r.timer.deadline} />,
                },
                {
                  title: t('grid.events.reportedAt'),
                  dataIndex: 'reportedAt',
                  render: (v: string) => fmtTime(v),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('grid.dash.recurring')}>
            <Table
              size="small"
              rowKey="lastId"
              pagination={{ pageSize: 5 }}
              dataSource={d?.recurring ?? []}
              columns={[
                {
                  title: t('grid.events.category'),
                  dataIndex: 'category',
                  render: (v: string) => t(`grid.cat.${v}`),
                },
                {
                  title: t('grid.events.address'),
                  dataIndex: 'address',
                  render: (v: string, r) => <Link to={eventHref(r.lastId)}>{v || '—'}</Link>,
                },
                { title: '#', dataIndex: 'count', render: (v: number) => <Tag color="magenta">{v}</Tag> },
              ]}
            />
          </Card>
        </Col>
        {!isDept && (
          <Col xs={24}>
            <Card size="small" title={t('grid.dash.ranking')}>
              <Table<RankRow>
                size="small"
                rowKey="nodeId"
                pagination={{ pageSize: 10 }}
                dataSource={ranking.data ?? []}
                scroll={{ x: 520 }}
                data-testid="dash-ranking"
                columns={[
                  { title: '#', dataIndex: 'rank', width: 50 },
                  { title: t('grid.reg.label'), dataIndex: 'name' },
                  { title: t('grid.dash.reported'), dataIndex: 'reported' },
                  {
                    title: t('grid.dash.receiptRate'),
                    dataIndex: 'receiptRate',
                    render: (v: number | null) => fmtRate(v),
                  },
                  {
                    title: t('grid.dash.disposalRate'),
                    dataIndex: 'disposalRate',
                    render: (v: number | null) => fmtRate(v),
                  },
                ]}
              />
            </Card>
          </Col>
        )}
        {!isDept && (
          <Col xs={24}>
            <Card
              size="small"
              title={
                <span>
                  {t('grid.dash.compliance')}{' '}
                  <span data-testid="compliance-rate">{fmtRate(compliance.data?.total.rate)}</span>{' '}
                  <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                    {compliance.data &&
                      t('grid.dash.compliance.count', {
                        onTime: compliance.data.total.onTime,
                        due: compliance.data.total.due,
                      })}
                  </Typography.Text>
                </span>
              }
              extra={
                <Segmented
                  size="small"
                  value={period}
                  onChange={(v) => setPeriod(v as typeof period)}
                  options={(['day', 'week', 'month'] as const).map((p) => ({
                    value: p,
                    label: t(`grid.dash.compliance.period.${p}`),
                  }))}
                />
              }
            >
              <Typography.Paragraph
                type="secondary"
                style={{ fontSize: 12 }}
                data-testid="compliance-definition"
              >
                {compliance.data?.definition}
              </Typography.Paragraph>
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <Typography.Text strong>{t('grid.dash.compliance.children')}</Typography.Text>
                  <Table
                    size="small"
                    pagination={{ pageSize: 8 }}
                    dataSource={(compliance.data?.children ?? []).map(rateRow)}
                    columns={complianceColumns}
                  />
                </Col>
                <Col xs={24} md={12}>
                  <Typography.Text strong>{t('grid.dash.compliance.workers')}</Typography.Text>
                  <Table
                    size="small"
                    pagination={{ pageSize: 8 }}
                    dataSource={(compliance.data?.workers ?? []).map(rateRow)}
                    columns={complianceColumns}
                  />
                </Col>
              </Row>
              {(compliance.data?.alerts.length ?? 0) > 0 && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginTop: 8 }}
                  title={`${t('grid.due.overdue')}: ${compliance.data!.alerts.length}`}
                  description={compliance
                    .data!.alerts.slice(0, 10)
                    .map((a) => `${a.nodeName} ${a.label} (${a.dueOn})`)
                    .join('；')}
                />
              )}
            </Card>
          </Col>
        )}
      </Row>
    </div>
  );
}
