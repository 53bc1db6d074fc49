/**
 * The cases 帮教对象台账 in reach by year (names and ID numbers masked): source, problems, worker,
 * state, outcome and report number; the year's outcomes as a chart with 转处分流率 and the rates;
 * registering a referred young person and the register in Excel.
 */
import { useState } from 'react';
import { App, Button, Card, Form, Input, Select, Space, Table, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { Chart } from '../../app/chart.tsx';
import { beijingDay, beijingYear } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { usePageNode } from '../../app/selected-node.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  casesExportUrl,
  getFigures,
  getLibrary,
  listCases,
  OUTCOMES,
  registerCase,
  SOURCES,
  type CaseInput,
  type CaseRow,
} from './juvenile.api.ts';
import { StateTag } from './juvenile.shared.tsx';

/** The cases page. */
export function CasesPage() {
  const t = useT();
  useDocumentTitle(t('juv.title'));
  const { me } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const nodeId = usePageNode();
  const key = useIdempotencyKey();
  const [year, setYear] = useState<number>(beijingYear());
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: ['juvenile', 'cases', nodeId, year],
    queryFn: () => listCases(nodeId, year),
  });
  const can = list.data?.can;
  const figures = useQuery({
    queryKey: ['juvenile', 'figures', nodeId, year],
    queryFn: () => getFigures(nodeId, year),
    enabled: !!can?.register,
  });
  const library = useQuery({ queryKey: ['juvenile', 'library'], queryFn: () => getLibrary(), enabled: open });
  const problems = (library.data?.entries ?? []).filter((e) => e.kind === 'problem');
  const units = (me?.grants ?? []).filter((g) =>
    ['org_officer', 'street_officer', 'community_officer'].includes(g.role),
  );
  const f = figures.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('juv.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('juv.hint')}</Typography.Text>
        </div>
        <Space wrap>
          <Select
            aria-label={t('juv.year')}
            value={year}
            onChange={setYear}
            options={[beijingYear() - 1, beijingYear()].map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 100 }}
          />
          {can?.register && units.length > 0 && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpen(true)}
              data-testid="juv-new"
            >
              {t('juv.new')}
            </Button>
          )}
          {can?.export && (
            <Button icon={<DownloadOutlined />} href={casesExportUrl(nodeId, year)}>
              {t('juv.export')}
            </Button>
          )}
        </Space>
      </Space>
      {f && f.closed > 0 && (
        <Card size="small" title={t('juv.chart')}>
          <Typography.Paragraph data-testid="juv-figures">
            {t('juv.figures', {
              diverted: f.divertedPct ?? 0,
              work: f.workPct ?? 0,
              school: f.schoolPct ?? 0,
              sessions: f.sessionsPerCase ?? 0,
              activities: f.activities,
              attendance: f.attendance,
            })}
          </Typography.Paragraph>
          <Chart
            height={200}
            testId="juv-outcomes"
            option={{
              tooltip: {},
              grid: { left: 40, right: 16, top: 16, bottom: 24 },
              xAxis: { type: 'category', data: OUTCOMES.map((o) => t(`juvenile.outcome.${o}`)) },
              yAxis: { type: 'value', minInterval: 1 },
              series: [{ type: 'bar', data: OUTCOMES.map((o) => f.byOutcome[o]) }],
            }}
          />
        </Card>
      )}
      <Table<CaseRow>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 900 }}
        pagination={{ pageSize: 20 }}
        data-testid="juv-cases"
        columns={[
          {
            title: t('juv.name'),
            dataIndex: 'name',
            render: (v: string, r) => <Link to={`/juvenile/cases/${r.id}`}>{v}</Link>,
          },
          { title: t('juv.idNumber'), dataIndex: 'idNumber' },
          { title: t('juv.node'), dataIndex: 'nodeName' },
          { title: t('juv.source'), dataIndex: 'source', render: (v: string) => t(`juvenile.source.${v}`) },
          { title: t('juv.referredOn'), dataIndex: 'referredOn' },
          { title: t('juv.worker'), dataIndex: 'workerName' },
          {
            title: t('juv.state'),
            dataIndex: 'state',
            render: (v: CaseRow['state']) => <StateTag state={v} />,
          },
          { title: t('juv.sessions'), dataIndex: 'sessions', align: 'right' },
          {
            title: t('juv.outcome'),
            dataIndex: 'outcome',
            render: (v: string | null) => (v ? t(`juvenile.outcome.${v}`) : ''),
          },
          { title: t('juv.reportNo'), dataIndex: 'reportNo' },
        ]}
      />
      <FormModal<CaseInput>
        open={open}
        title={t('juv.new')}
        onClose={() => setOpen(false)}
        initialValues={{
          nodeId: units[0]?.nodeId,
          referredOn: beijingDay(),
          source: 'procuratorate',
          problems: [],
        }}
        testId="juv-new-form"
        testIdOn="form"
        width={640}
        onSubmit={async (v) => {
          const r = await registerCase(v, key.get());
          key.done();
          message.success(t('juv.saved'));
          await qc.invalidateQueries({ queryKey: ['juvenile'] });
          void navigate(`/juvenile/cases/${r.id}`);
        }}
      >
        <Form.Item name="nodeId" label={t('juv.node')} rules={[{ required: true }]}>
          <Select options={units.map((g) => ({ value: g.nodeId, label: g.nodeName }))} />
        </Form.Item>
        <Form.Item name="name" label={t('juv.name')} rules={[{ required: true, max: 30 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="idNumber" label={t('juv.idNumber')} rules={[{ required: true, len: 18 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="source" label={t('juv.source')} rules={[{ required: true }]}>
          <Select options={SOURCES.map((s) => ({ value: s, label: t(`juvenile.source.${s}`) }))} />
        </Form.Item>
        <Form.Item name="referredOn" label={t('juv.referredOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="problems" label={t('juv.problems')}>
          <Select
            mode="multiple"
            data-testid="juv-problems"
            options={problems.map((p) => ({ value: p.code, label: `${p.code} ${p.name}` }))}
          />
        </Form.Item>
        <Form.Item name="summary" label={t('juv.summary')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
