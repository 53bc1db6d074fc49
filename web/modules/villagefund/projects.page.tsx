/** The fund's front page: figures of the selected node (by source, by stage), pools, and the project register. */
import { useState } from 'react';
import {
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { Chart } from '../../app/chart.tsx';
import { useT } from '../../app/i18n.tsx';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { StatCard } from '../../app/stat-card.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { usePageTitle } from '../council/common.tsx';
import {
  applyProject,
  CATEGORIES,
  createPool,
  fenOfWan,
  getFigures,
  listPools,
  listProjects,
  projectsXlsx,
  RISK_FACTORS,
  SOURCES,
  STAGES,
  wan,
} from './villagefund.api.ts';
import type { Query } from '../../app/client.ts';

const STAGE_COLOURS: Record<string, string> = {
  applied: 'default',
  reviewing: 'blue',
  approved: 'cyan',
  funding: 'orange',
  operating: 'green',
  exited: 'red',
  rejected: 'default',
  withdrawn: 'default',
};

/** A project's stage as a coloured tag. */
export function StageTag(props: { stage: string }) {
  const t = useT();
  return (
    <Tag color={STAGE_COLOURS[props.stage]} data-testid="vf-stage">
      {t(`villagefund.stage.${props.stage}`)}
    </Tag>
  );
}

/** The register of projects with the node's figures. */
export function ProjectsPage() {
  const t = useT();
  usePageTitle(t('vf.title'));
  const { can, me } = useMe();
  const { node } = useSelectedNode();
  const [params, setParams] = useSearchParams();
  const stage = (params.get('stage') ?? undefined) as Query<'get', '/api/villagefund/projects'>['stage'];
  const nav = useNavigate();
  const qc = useQueryClient();
  const [applying, setApplying] = useState(false);
  const [pooling, setPooling] = useState(false);
  const key = useIdempotencyKey();
  const figureNode = node?.id ?? me?.grants?.find((g) => g.role !== 'auditor')?.nodeId;
  const projects = useQuery({
    queryKey: ['vf', 'projects', node?.id, stage],
    queryFn: () => listProjects({ nodeId: node?.id, stage }),
  });
  const pools = useQuery({ queryKey: ['vf', 'pools', node?.id], queryFn: () => listPools(node?.id) });
  const figures = useQuery({
    queryKey: ['vf', 'figures', figureNode],
    queryFn: () => getFigures(figureNode!),
    enabled: !!figureNode,
  });
  const villageNodes = (me?.grants ?? []).filter(
    (g) => g.role === 'village_staff' || g.role === 'community_officer',
  );
  const newPool = useMutation({
    mutationFn: (v: { name: string }) => createPool({ nodeId: node!.id, name: v.name }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['vf'] }),
  });
  const f = figures.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('vf.title')}
        </Typography.Title>
        <Space wrap>
          {can('villagefund.apply') && (
            <Button type="primary" onClick={() => setApplying(true)} data-testid="vf-apply">
              {t('vf.apply')}
            </Button>
          )}
          {can('villagefund.manage') && node && ['district', 'street'].includes(node.level) && (
            <Button onClick={() => setPooling(true)}>{t('vf.new_pool')}</Button>
          )}
          {can('villagefund.export') && <Button href={projectsXlsx(node?.id)}>{t('vf.export')}</Button>}
        </Space>
      </Space>
      {f && (
        <Row gutter={[12, 12]}>
          <StatCard
            title={t('villagefund.stat.raised')}
            value={f.raisedFen / 1_000_000}
            precision={2}
            suffix="万元"
          />
          <StatCard title={t('villagefund.stat.projects')} value={f.projects} />
          <StatCard
            title={t('villagefund.stat.paid')}
            value={f.paidFen / 1_000_000}
            precision={2}
            suffix="万元"
          />
          <StatCard
            title={t('vf.returns')}
            value={(f.collectiveReturnFen + f.householdReturnFen) / 1_000_000}
            precision={2}
            suffix="万元"
          />
          <Col xs={24} md={12}>
            <Card size="small" title={t('vf.by_source')}>
              <Chart
                height={220}
                testId="vf-by-source"
                option={{
                  tooltip: {},
                  grid: { left: 80, right: 20, top: 10, bottom: 20 },
                  xAxis: { type: 'value' },
                  yAxis: { type: 'category', data: SOURCES.map((s) => t(`villagefund.source.${s}`)) },
                  series: [{ type: 'bar', data: SOURCES.map((s) => f.raisedBySource[s] / 1_000_000) }],
                }}
              />
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card size="small" title={t('vf.by_stage')}>
              <Chart
                height={220}
                option={{
                  tooltip: {},
                  grid: { left: 40, right: 20, top: 10, bottom: 40 },
                  xAxis: {
                    type: 'category',
                    data: STAGES.map((s) => t(`villagefund.stage.${s}`)),
                    axisLabel: { rotate: 30 },
                  },
                  yAxis: { type: 'value', minInterval: 1 },
                  series: [{ type: 'bar', data: STAGES.map((s) => f.projectsByStage[s] ?? 0) }],
                }}
              />
            </Card>
          </Col>
        </Row>
      )}
      {!!pools.data?.length && (
        <Card size="small" title={t('vf.pools')}>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={pools.data}
            columns={[
              {
                title: t('vf.pool'),
                dataIndex: 'name',
                render: (v, p) => <Link to={`/villagefund/pools/${p.id}`}>{v}</Link>,
              },
              { title: t('vf.node'), dataIndex: 'nodeName' },
              { title: t('vf.raised'), dataIndex: 'raisedFen', render: wan },
              { title: t('vf.committed'), dataIndex: 'committedFen', render: wan },
              { title: t('vf.free'), dataIndex: 'freeFen', render: wan },
            ]}
          />
        </Card>
      )}
      <Card
        size="small"
        title={t('vf.projects')}
        extra={
          <Select
            allowClear
            placeholder={t('vf.all_stages')}
            aria-label={t('vf.stage')}
            style={{ width: 140 }}
            value={stage}
            onChange={(v) => setParams(v ? { stage: v } : {})}
            options={STAGES.map((s) => ({ value: s, label: t(`villagefund.stage.${s}`) }))}
          />
        }
      >
        <Table
          size="small"
          rowKey="id"
          loading={projects.isLoading}
          dataSource={projects.data}
          scroll={{ x: 800 }}
          columns={[
            {
              title: t('vf.title_field'),
              dataIndex: 'title',
              render: (v, p) => <Link to={`/villagefund/projects/${p.id}`}>{v}</Link>,
            },
            { title: t('vf.village'), dataIndex: 'nodeName' },
            { title: t('vf.category'), dataIndex: 'category', render: (c) => t(`villagefund.category.${c}`) },
            { title: t('vf.stage'), dataIndex: 'stage', render: (s) => <StageTag stage={s} /> },
            { title: t('vf.investment'), dataIndex: 'investmentFen', render: wan },
            { title: t('vf.paid'), dataIndex: 'paidFen', render: wan },
            {
              title: t('vf.risk_grade'),
              dataIndex: 'riskGrade',
              render: (g) => (g ? t(`villagefund.grade.${g}`) : '—'),
            },
          ]}
        />
      </Card>
      <FormModal<{
        nodeId: string;
        title: string;
        description: string;
        category: string;
        investment: number;
        revenue: number;
        cost: number;
        horizonYears: number;
        households: number;
        market: number;
        operation: number;
        collateral: number;
        policy: number;
      }>
        open={applying}
        title={t('vf.apply')}
        testId="vf-apply-form"
        onClose={() => setApplying(false)}
        initialValues={{
          nodeId: villageNodes[0]?.nodeId,
          horizonYears: 10,
          households: 0,
          market: 2,
          operation: 2,
          collateral: 2,
          policy: 2,
        }}
        onSubmit={async (v) => {
          const r = await applyProject(
            {
              nodeId: v.nodeId,
              title: v.title,
              description: v.description,
              category: v.category as (typeof CATEGORIES)[number],
              investmentFen: fenOfWan(v.investment),
              annualRevenueFen: fenOfWan(v.revenue),
              annualCostFen: fenOfWan(v.cost),
              horizonYears: v.horizonYears,
              households: v.households,
              risks: { market: v.market, operation: v.operation, collateral: v.collateral, policy: v.policy },
            },
            key.get(),
          );
          key.done();
          await qc.invalidateQueries({ queryKey: ['vf'] });
          nav(`/villagefund/projects/${r.id}`);
        }}
      >
        <Form.Item name="nodeId" label={t('vf.village')} rules={[{ required: true }]}>
          <Select options={villageNodes.map((g) => ({ value: g.nodeId, label: g.nodeName }))} />
        </Form.Item>
        <Form.Item name="title" label={t('vf.title_field')} rules={[{ required: true, max: 80 }]}>
          <Input data-testid="vf-title" />
        </Form.Item>
        <Form.Item name="description" label={t('vf.description')} rules={[{ required: true, max: 2000 }]}>
          <Input.TextArea rows={3} data-testid="vf-description" />
        </Form.Item>
        <Form.Item name="category" label={t('vf.category')} rules={[{ required: true }]}>
          <Select
            data-testid="vf-category"
            options={CATEGORIES.map((c) => ({ value: c, label: t(`villagefund.category.${c}`) }))}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item name="investment" label={t('vf.investment')} rules={[{ required: true }]}>
            <InputNumber min={0.01} step={10} data-testid="vf-investment" />
          </Form.Item>
          <Form.Item name="revenue" label={t('vf.revenue')} rules={[{ required: true }]}>
            <InputNumber min={0} step={10} data-testid="vf-revenue" />
          </Form.Item>
          <Form.Item name="cost" label={t('vf.cost')} rules={[{ required: true }]}>
            <InputNumber min={0} step={10} data-testid="vf-cost" />
          </Form.Item>
          <Form.Item name="horizonYears" label={t('vf.horizon')} rules={[{ required: true }]}>
            <InputNumber min={1} max={30} data-testid="vf-horizon" />
          </Form.Item>
          <Form.Item name="households" label={t('vf.households')}>
            <InputNumber min={0} />
          </Form.Item>
        </Space>
        <Typography.Text strong>{t('vf.risks')}</Typography.Text>
        <Space wrap>
          {RISK_FACTORS.map((r) => (
            <Form.Item key={r} name={r} label={t(`villagefund.risk.${r}`)}>
              <InputNumber min={1} max={5} />
            </Form.Item>
          ))}
        </Space>
      </FormModal>
      <FormModal<{ name: string }>
        open={pooling}
        title={t('vf.new_pool')}
        onClose={() => setPooling(false)}
        initialValues={{ name: `${node?.name ?? ''}强村富民资金池` }}
        onSubmit={(v) => newPool.mutateAsync(v)}
      >
        <Form.Item name="name" label={t('vf.pool_name')} rules={[{ required: true, max: 60 }]}>
          <Input />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
