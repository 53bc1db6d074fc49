/** Quality communities and fees at a glance: the quality-index ranking (五星争创) and collection rates. */
import { Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { Chart } from '../../app/chart.tsx';
import { useT } from '../../app/i18n.tsx';
import { useSelectedNode, usePageNode } from '../../app/selected-node.tsx';
import { usePageTitle } from '../council/common.tsx';
import { ExportButton, ImportButton, Stars } from './common.tsx';
import { getFees, getRanking } from './property.api.ts';
import { beijingYear } from '../../app/format.ts';

/** The quality ranking of the node's compounds. */
export function QualityPage() {
  const t = useT();
  usePageTitle(t('property.ranking'));
  const { node } = useSelectedNode();
  const year = beijingYear();
  const q = useQuery({
    queryKey: ['property', 'ranking', node?.id, year],
    queryFn: () => getRanking({ nodeId: node?.id, year }),
  });
  const rows = q.data ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {year} {t('property.ranking')}
        </Typography.Title>
        <Space>
          <Link to="/property/criteria">{t('property.criteria')}</Link>
          <ExportButton what="quality" nodeId={node?.id} year={year} />
        </Space>
      </Space>
      {rows.length > 0 && (
        <Card size="small">
          <Chart
            height={Math.max(200, rows.slice(0, 15).length * 26)}
            option={{
              grid: { left: 120, right: 30, top: 10, bottom: 20 },
              tooltip: {},
              xAxis: { type: 'value', min: 0, max: 100 },
              yAxis: { type: 'category', inverse: true, data: rows.slice(0, 15).map((r) => r.name) },
              series: [
                {
                  type: 'bar',
                  data: rows.slice(0, 15).map((r) => r.average),
                  itemStyle: { color: '#c41d1d' },
                },
              ],
            }}
          />
        </Card>
      )}
      <Table
        rowKey="compoundId"
        dataSource={rows}
        loading={q.isLoading}
        locale={{ emptyText: <Empty /> }}
        columns={[
          { title: t('property.rank'), dataIndex: 'rank', width: 70 },
          {
            title: t('property.name'),
            render: (_, r) => <Link to={`/property/compounds/${r.compoundId}`}>{r.name}</Link>,
          },
          { title: t('property.community'), dataIndex: 'nodeName' },
          { title: t('property.average'), dataIndex: 'average' },
          { title: t('property.quarters'), dataIndex: 'quarters' },
          { title: t('property.year_rating'), render: (_, r) => (r.stars ? <Stars value={r.stars} /> : '—') },
          {
            title: t('property.campaign'),
            render: (_, r) => (r.campaign ? <Tag color="red">{t('property.campaign')}</Tag> : ''),
          },
        ]}
      />
    </Space>
  );
}

/** The collection rate per compound, from the fee ledger. */
export function FeesPage() {
  const t = useT();
  usePageTitle(t('property.fees'));
  const { can } = useMe();
  const qc = useQueryClient();
  const { node } = useSelectedNode();
  const nodeId = usePageNode();
  const year = beijingYear();
  const q = useQuery({
    queryKey: ['property', 'fees', node?.id, year],
    queryFn: () => getFees({ nodeId: node?.id, year }),
  });
  const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(2)}%`);
  const rows = q.data?.compounds ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="fees-title">
          {year} {t('property.fees')} · {t('property.rate')} {pct(q.data?.rate ?? null)}
        </Typography.Title>
        <Space>
          {can('property.fees') && (
            <ImportButton
              what="fees"
              nodeId={nodeId}
              onDone={() => void qc.invalidateQueries({ queryKey: ['property'] })}
            />
          )}
          <ExportButton what="fees" nodeId={node?.id} year={year} />
        </Space>
      </Space>
      {rows.length > 0 && (
        <Card size="small">
          <Chart
            height={260}
            option={{
              grid: { left: 50, right: 20, top: 20, bottom: 60 },
              tooltip: {},
              xAxis: {
                type: 'category',
                data: rows.slice(0, 30).map((r) => r.name),
                axisLabel: { rotate: 30 },
              },
              yAxis: { type: 'value', min: 0, max: 100 },
              series: [
                {
                  type: 'bar',
                  data: rows.slice(0, 30).map((r) => (r.rate === null ? 0 : Math.round(r.rate * 1000) / 10)),
                },
              ],
            }}
          />
        </Card>
      )}
      <Table
        rowKey="compoundId"
        dataSource={rows}
        loading={q.isLoading}
        columns={[
          {
            title: t('property.name'),
            render: (_, r) => <Link to={`/property/compounds/${r.compoundId}`}>{r.name}</Link>,
          },
          { title: t('property.community'), dataIndex: 'nodeName' },
          { title: t('property.billed'), render: (_, r) => r.billed.toFixed(2) },
          { title: t('property.paid'), render: (_, r) => r.paid.toFixed(2) },
          { title: t('property.rate'), render: (_, r) => pct(r.rate) },
        ]}
      />
    </Space>
  );
}
