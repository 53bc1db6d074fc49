/** Unit leaderboards: on time, commendations and accountability (bar chart and table), plus tasks. */
import { useMemo, useState } from 'react';
import { Card, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { client } from '../../app/client.ts';
import { useT } from '../../app/i18n.tsx';
import { Chart, type ChartOption } from '../../app/chart.tsx';
import { ExportButton, HealthTag, useDistricts, YearInput } from './common.tsx';

/** The leaderboard page. */
export function LeaderboardPage() {
  const t = useT();
  const districtId = useDistricts()[0];
  const [year, setYear] = useState(new Date().getFullYear());
  const query = { districtId, year };
  const board = useQuery({
    queryKey: ['tasks', 'leaderboard', query],
    queryFn: () => client.get('/api/tasks/leaderboard', { query: { districtId: districtId!, year } }),
    enabled: !!districtId,
  });
  const scores = useQuery({
    queryKey: ['tasks', 'unit-scores', year],
    queryFn: () => client.get('/api/tasks/unit-scores', { query: { year } }),
  });
  const option = useMemo<ChartOption>(() => {
    const units = (board.data?.units ?? []).slice(0, 15);
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 20, top: 40, bottom: 60 },
      xAxis: { type: 'category', data: units.map((u) => u.name), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('tasks.rank.onTime'), type: 'bar', data: units.map((u) => u.completedOnTime) },
        { name: t('tasks.rank.commendations'), type: 'bar', data: units.map((u) => u.commendations) },
        { name: t('tasks.rank.accountabilities'), type: 'bar', data: units.map((u) => u.accountabilities) },
      ],
    };
  }, [board.data, t]);
  return (
    <div data-testid="leaderboard-page">
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('tasks.leaderboard')}
        </Typography.Title>
        <YearInput value={year} onChange={setYear} />
        {districtId && (
          <ExportButton href={client.url('/api/tasks/leaderboard.xlsx', { query: { districtId, year } })} />
        )}
      </Space>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Chart option={option} height={300} testId="leaderboard-chart" />
      </Card>
      <Card size="small" title={t('tasks.rank.units')} style={{ marginBottom: 12 }}>
        <Table
          rowKey="nodeId"
          size="small"
          scroll={{ x: true }}
          loading={board.isLoading}
          dataSource={board.data?.units ?? []}
          data-testid="unit-ranks"
          columns={[
            { title: '#', dataIndex: 'rank', width: 50 },
            { title: t('tasks.unit'), dataIndex: 'name' },
            { title: t('tasks.rank.tasks'), dataIndex: 'tasks' },
            { title: t('tasks.rank.onTime'), dataIndex: 'completedOnTime' },
            { title: t('tasks.rank.commendations'), dataIndex: 'commendations' },
            { title: t('tasks.rank.accountabilities'), dataIndex: 'accountabilities' },
            {
              title: t('tasks.rank.avgProgress'),
              dataIndex: 'avgProgress',
              render: (p: number) => `${Math.round(p)}%`,
            },
            { title: t('tasks.rank.points'), dataIndex: 'points' },
          ]}
        />
      </Card>
      <Card size="small" title={t('tasks.rank.taskRanks')}>
        <Table
          rowKey="taskId"
          size="small"
          scroll={{ x: true }}
          dataSource={board.data?.tasks ?? []}
          columns={[
            { title: '#', dataIndex: 'rank', width: 50 },
            {
              title: t('tasks.task'),
              key: 'title',
              render: (_, r) => <Link to={`/tasks/tasks/${r.taskId}`}>{r.title}</Link>,
            },
            {
              title: t('tasks.actual'),
              dataIndex: 'actualProgress',
              render: (p: number) => `${Math.round(p)}%`,
            },
            {
              title: t('tasks.planned'),
              dataIndex: 'plannedProgress',
              render: (p: number) => `${Math.round(p)}%`,
            },
            {
              title: t('tasks.health'),
              dataIndex: 'evalStatus',
              render: (s: string | null) => <HealthTag value={s} />,
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('tasks.unitScores')}
        style={{ marginTop: 12 }}
        extra={<ExportButton href={client.url('/api/tasks/unit-scores.xlsx', { query: { year } })} />}
      >
        <Table
          rowKey="unitNodeId"
          size="small"
          scroll={{ x: true }}
          loading={scores.isLoading}
          dataSource={scores.data ?? []}
          data-testid="unit-scores"
          locale={{ emptyText: t('tasks.unitScores.none') }}
          columns={[
            { title: t('tasks.unit'), dataIndex: 'unitName' },
            { title: t('tasks.unitScores.average'), dataIndex: 'average', width: 90 },
            {
              title: t('tasks.unitScores.sources'),
              key: 'items',
              render: (_, u) =>
                u.items.map((i) => `${i.label.replace(/^[^：]*：/, '')}（${i.score}）`).join('、'),
            },
          ]}
        />
      </Card>
    </div>
  );
}
