/**
 * The monthly inflow and outflow tables 流入、流出两张表 (updated as members register or scan), the
 * year analysed as a chart 梳理分析, and the map of where members are 初心坐标图.
 */
import { useState } from 'react';
import { Card, Col, Input, List, Row, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { Chart } from '../../app/chart.tsx';
import { useT } from '../../app/i18n.tsx';
import { GeoMap } from '../../app/map.tsx';
import { ExportButton, usePageTitle } from './common.tsx';
import { exportMonthUrl, getAnalysis, getMap, getMonth, type MonthTable } from './partymembers.api.ts';
import { beijingMonth } from '../../app/format.ts';
import { usePageNode } from '../../app/selected-node.tsx';

type Dir = 'in' | 'out' | 'return';

function MonthRows(props: { nodeId: string; month: string; direction: Dir }) {
  const t = useT();
  const q = useQuery({
    queryKey: ['partymembers', 'month', props.nodeId, props.month, props.direction],
    queryFn: () => getMonth(props),
  });
  return (
    <Table<MonthTable['rows'][number]>
      rowKey="moveId"
      size="small"
      loading={q.isLoading}
      dataSource={q.data?.rows ?? []}
      pagination={false}
      data-testid={`pm-month-${props.direction}`}
      columns={[
        { title: t('pm.movedOn'), dataIndex: 'movedOn' },
        {
          title: t('pm.name'),
          render: (_, r) => <Link to={`/partymembers/members/${r.memberId}`}>{r.name}</Link>,
        },
        { title: t('pm.phone'), dataIndex: 'phone' },
        { title: t('pm.branch'), render: (_, r) => `${r.nodeName}·${r.partyOrgName}` },
        { title: t('pm.place'), dataIndex: 'place' },
        { title: t('pm.work'), dataIndex: 'work' },
        {
          title: '',
          render: (_, r) => (
            <Tag color={r.source === 'scan' ? 'red' : undefined}>{t(`pm.source.${r.source}`)}</Tag>
          ),
        },
      ]}
    />
  );
}

/** The month's tables, the year's chart and the map below the selected node. */
export function FlowsPage() {
  const t = useT();
  usePageTitle(t('pm.flows.title'));
  const { can } = useMe();
  const nodeId = usePageNode();
  const [params] = useSearchParams();
  const [month, setMonth] = useState(params.get('month') ?? beijingMonth());
  const year = Number(month.slice(0, 4));
  const analysis = useQuery({
    queryKey: ['partymembers', 'analysis', nodeId, year],
    queryFn: () => getAnalysis({ nodeId: nodeId!, year }),
    enabled: !!nodeId,
  });
  const map = useQuery({
    queryKey: ['partymembers', 'map', nodeId],
    queryFn: () => getMap(nodeId!),
    enabled: !!nodeId,
  });
  if (!nodeId) return <Typography.Text>{t('pm.node_needed')}</Typography.Text>;
  const a = analysis.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('pm.flows.title')}
        </Typography.Title>
        <Space>
          <Input
            type="month"
            value={month}
            onChange={(e) => e.target.value && setMonth(e.target.value)}
            aria-label={t('pm.month')}
          />
          {can('partymembers.export') && (
            <>
              <ExportButton
                href={exportMonthUrl(nodeId, month, 'in')}
                label={`${t('pm.export')}·${t('pm.table.in')}`}
              />
              <ExportButton
                href={exportMonthUrl(nodeId, month, 'out')}
                label={`${t('pm.export')}·${t('pm.table.out')}`}
              />
            </>
          )}
        </Space>
      </Space>
      <Tabs
        items={(['in', 'out', 'return'] as const).map((d) => ({
          key: d,
          label: t(`pm.table.${d}`),
          children: <MonthRows nodeId={nodeId} month={month} direction={d} />,
        }))}
      />
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('pm.analysis')} extra={a && t('pm.active', a.active)}>
            {a && (
              <Chart
                testId="pm-chart"
                option={{
                  tooltip: { trigger: 'axis' },
                  legend: {},
                  grid: { left: 40, right: 16, top: 40, bottom: 30 },
                  xAxis: { type: 'category', data: a.months.map((m) => m.month.slice(5)) },
                  yAxis: { type: 'value', minInterval: 1 },
                  series: [
                    { type: 'bar', name: t('pm.direction.in'), data: a.months.map((m) => m.in) },
                    { type: 'bar', name: t('pm.direction.out'), data: a.months.map((m) => m.out) },
                    { type: 'line', name: t('pm.direction.return'), data: a.months.map((m) => m.return) },
                  ],
                }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('pm.top_dest')}>
            <List
              size="small"
              dataSource={a?.topDestinations ?? []}
              renderItem={(p) => (
                <List.Item>
                  {p.place} · {p.n}
                </List.Item>
              )}
            />
          </Card>
          <Card size="small" title={t('pm.top_origin')}>
            <List
              size="small"
              dataSource={a?.topOrigins ?? []}
              renderItem={(p) => (
                <List.Item>
                  {p.place} · {p.n}
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('pm.map')}>
        <GeoMap
          label={t('pm.map')}
          testId="pm-map"
          height={360}
          points={(map.data?.points ?? []).map((p) => ({
            id: p.id,
            lat: p.lat,
            lng: p.lng,
            title: p.title,
            color: p.direction === 'in' ? '#1677ff' : '#c8102e',
          }))}
        />
      </Card>
    </Space>
  );
}
