/**
 * The register of major decisions 重大决策事项台账 under the selected node, by year: each matter's
 * unit, field, people affected, state, confirmed risk level, report number and tracking; the levels
 * as a chart; registering a matter and the register in Excel.
 */
import { useMemo, useState } from 'react';
import { App, Button, Card, Form, Select, Space, Table, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { Chart } from '../../app/chart.tsx';
import { beijingDay, beijingYear } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  LEVELS,
  listDecisions,
  registerDecision,
  registerExportUrl,
  type DecisionInput,
  type DecisionRow,
} from './stability.api.ts';
import { DecisionFields } from './decision.form.tsx';
import { LevelTag, StateTag } from './stability.shared.tsx';

/** The register page. */
export function RegisterPage() {
  const t = useT();
  useDocumentTitle(t('stab.title'));
  const { me } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const nodeId = usePageNode();
  const [year, setYear] = useState<number>(beijingYear());
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: ['stability', 'decisions', nodeId, year],
    queryFn: () => listDecisions(nodeId, year),
  });
  const items = list.data?.items ?? [];
  const can = list.data?.can;
  const units = (me?.grants ?? []).filter((g) =>
    ['org_officer', 'street_officer', 'dept_officer'].includes(g.role),
  );
  const levels = useMemo(() => LEVELS.map((l) => items.filter((i) => i.level === l).length), [items]);
  const years = [beijingYear() - 1, beijingYear(), beijingYear() + 1];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('stab.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('stab.hint')}</Typography.Text>
        </div>
        <Space wrap>
          <Select
            aria-label={t('stab.year')}
            value={year}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 100 }}
          />
          {can?.register && units.length > 0 && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpen(true)}
              data-testid="stab-new"
            >
              {t('stab.new')}
            </Button>
          )}
          {can?.export && (
            <Button icon={<DownloadOutlined />} href={registerExportUrl(nodeId, year)}>
              {t('stab.export')}
            </Button>
          )}
          <Button icon={<UnorderedListOutlined />} onClick={() => void navigate('/stability/catalogue')}>
            {t('stab.catalogue')}
          </Button>
        </Space>
      </Space>
      {items.some((i) => i.level) && (
        <Card size="small" title={t('stab.levels.chart')}>
          <Chart
            height={200}
            testId="stab-levels"
            option={{
              tooltip: {},
              grid: { left: 40, right: 16, top: 16, bottom: 24 },
              xAxis: { type: 'category', data: LEVELS.map((l) => t(`stab.l.${l}`)) },
              yAxis: { type: 'value', minInterval: 1 },
              series: [
                {
                  type: 'bar',
                  data: levels.map((v, i) => ({
                    value: v,
                    itemStyle: { color: ['#cf1322', '#fa8c16', '#389e0d'][i] },
                  })),
                },
              ],
            }}
          />
        </Card>
      )}
      <Table<DecisionRow>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={items}
        scroll={{ x: 900 }}
        pagination={{ pageSize: 20 }}
        data-testid="stab-register"
        columns={[
          {
            title: t('stab.titleCol'),
            dataIndex: 'title',
            render: (v: string, r) => <Link to={`/stability/decisions/${r.id}`}>{v}</Link>,
          },
          { title: t('stab.unit'), dataIndex: 'nodeName' },
          { title: t('stab.field'), dataIndex: 'field', render: (v: string) => t(`stab.f.${v}`) },
          { title: t('stab.affected'), dataIndex: 'affected', align: 'right' },
          { title: t('stab.plannedOn'), dataIndex: 'plannedOn' },
          { title: t('stab.state'), dataIndex: 'state', render: (v: string) => <StateTag state={v} /> },
          {
            title: t('stab.level'),
            dataIndex: 'level',
            render: (v: DecisionRow['level']) => <LevelTag level={v} />,
          },
          { title: t('stab.reportNo'), dataIndex: 'reportNo' },
          {
            title: t('stab.tracking'),
            key: 'tracking',
            render: (_: unknown, r) =>
              r.state === 'decided' || r.openMeasures > 0
                ? t('stab.tracking.value', {
                    open: r.openMeasures,
                    overdue: r.overdueMeasures,
                    incidents: r.incidents,
                  })
                : '',
          },
        ]}
      />
      <FormModal<DecisionInput>
        open={open}
        title={t('stab.new')}
        onClose={() => setOpen(false)}
        initialValues={{
          nodeId: units[0]?.nodeId,
          plannedOn: beijingDay(new Date(Date.now() + 30 * 86_400_000)),
        }}
        testId="stab-new-form"
        testIdOn="form"
        width={640}
        onSubmit={async (v) => {
          const r = await registerDecision(v);
          message.success(t('stab.saved'));
          await qc.invalidateQueries({ queryKey: ['stability'] });
          void navigate(`/stability/decisions/${r.id}`);
        }}
      >
        <Form.Item name="nodeId" label={t('stab.unit')} rules={[{ required: true }]}>
          <Select options={units.map((g) => ({ value: g.nodeId, label: g.nodeName }))} />
        </Form.Item>
        <DecisionFields />
      </FormModal>
    </Space>
  );
}
