/**
 * 在职党员到社区报到 for officers: the register of a year under the selected node (a community sees
 * those reported to it, a unit its own members), the brand programmes with their places, the figures
 * per community and programme kind; Excel out (register, hours) and a unit's member list in.
 */
import { useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Table, Tabs, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { Chart } from '../../app/chart.tsx';
import { beijingYear } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { usePageNode } from '../../app/selected-node.tsx';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  addProgramme,
  getFigures,
  hoursExportUrl,
  importMembers,
  KINDS,
  listProgrammes,
  listReports,
  registerExportUrl,
  type MemberImport,
  type ProgrammeInput,
  type ReportRow,
} from './outreach.api.ts';
import { StateTag } from './outreach.shared.tsx';

/** The officers' page. */
export function RegisterPage() {
  const t = useT();
  useDocumentTitle(t('or.title'));
  const { me } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const nodeId = usePageNode();
  const [year, setYear] = useState<number>(beijingYear());
  const [dialog, setDialog] = useState<'programme' | 'import' | null>(null);
  const idem = useIdempotencyKey();
  const list = useQuery({
    queryKey: ['outreach', 'reports', nodeId, year],
    queryFn: () => listReports(nodeId, year),
  });
  const programmes = useQuery({
    queryKey: ['outreach', 'programmes', nodeId, year],
    queryFn: () => listProgrammes(nodeId, year),
  });
  const figures = useQuery({
    queryKey: ['outreach', 'figures', nodeId, year],
    queryFn: () => getFigures(nodeId, year),
  });
  const can = list.data?.can;
  const units = (me?.grants ?? []).filter((g) =>
    ['org_officer', 'street_officer', 'dept_officer'].includes(g.role),
  );
  const years = [beijingYear() - 1, beijingYear()];
  const refresh = () => qc.invalidateQueries({ queryKey: ['outreach'] });
  const f = figures.data;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('or.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('or.hint')}</Typography.Text>
        </div>
        <Space wrap>
          <Select
            aria-label={t('or.year')}
            value={year}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 100 }}
          />
          <Button icon={<DownloadOutlined />} href={registerExportUrl(nodeId, year)}>
            {t('or.export')}
          </Button>
          <Button icon={<DownloadOutlined />} href={hoursExportUrl(nodeId, year)}>
            {t('or.exportHours')}
          </Button>
          {can?.import && units.length > 0 && (
            <Button icon={<UploadOutlined />} onClick={() => setDialog('import')} data-testid="or-import">
              {t('or.import')}
            </Button>
          )}
        </Space>
      </Space>
      <Tabs
        items={[
          {
            key: 'register',
            label: t('or.tab.register'),
            children: (
              <Table<ReportRow>
                rowKey="id"
                size="small"
                loading={list.isLoading}
                dataSource={list.data?.items ?? []}
                scroll={{ x: 900 }}
                pagination={{ pageSize: 20 }}
                data-testid="or-register"
                columns={[
                  {
                    title: t('or.member'),
                    dataIndex: 'memberName',
                    render: (v: string, r) => <Link to={`/outreach/reports/${r.id}`}>{v}</Link>,
                  },
                  { title: t('or.unit'), dataIndex: 'unitName' },
                  { title: t('or.community'), dataIndex: 'communityName' },
                  { title: t('or.state'), dataIndex: 'state', render: (v: string) => <StateTag state={v} /> },
                  {
                    title: t('or.programme'),
                    dataIndex: 'programmeName',
                    render: (_: unknown, r) =>
                      r.programmeName ? `${r.programmeName}${r.post ? ` · ${r.post}` : ''}` : '',
                  },
                  { title: t('or.hours'), dataIndex: 'hours', align: 'right' },
                  { title: t('or.waiting'), dataIndex: 'waiting', align: 'right' },
                  {
                    title: t('or.rating'),
                    dataIndex: 'rating',
                    render: (v: ReportRow['rating']) => (v ? t(`or.r.${v}`) : ''),
                  },
                ]}
              />
            ),
          },
          {
            key: 'programmes',
            label: t('or.tab.programmes'),
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {programmes.data?.can.manage && (programmes.data?.nodes.length ?? 0) > 0 && (
                  <Button
                    type="primary"
                    icon={<PlusOutlined />}
                    onClick={() => setDialog('programme')}
                    data-testid="or-new-programme"
                  >
                    {t('or.newProgramme')}
                  </Button>
                )}
                <Table
                  rowKey="id"
                  size="small"
                  loading={programmes.isLoading}
                  dataSource={programmes.data?.items ?? []}
                  pagination={false}
                  data-testid="or-programmes"
                  columns={[
                    { title: t('or.name'), dataIndex: 'name' },
                    { title: t('or.kind'), dataIndex: 'kind', render: (v: string) => t(`or.k.${v}`) },
                    { title: t('or.node'), dataIndex: 'nodeName' },
                    { title: t('or.season'), dataIndex: 'season' },
                    { title: t('or.places'), dataIndex: 'places', align: 'right' },
                    { title: t('or.taken'), dataIndex: 'taken', align: 'right' },
                    { title: t('or.hours'), dataIndex: 'hours', align: 'right' },
                  ]}
                />
              </Space>
            ),
          },
          {
            key: 'figures',
            label: t('or.tab.figures'),
            children: f && (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Typography.Text type="secondary">{t('or.fig.quarter', f.quarter)}</Typography.Text>
                <Table
                  rowKey="id"
                  size="small"
                  dataSource={f.communities}
                  pagination={{ pageSize: 20 }}
                  data-testid="or-figures"
                  columns={[
                    { title: t('or.community'), dataIndex: 'name' },
                    { title: t('or.fig.reported'), dataIndex: 'reported', align: 'right' },
                    { title: t('or.fig.accepted'), dataIndex: 'accepted', align: 'right' },
                    {
                      title: t('or.fig.active'),
                      dataIndex: 'activePct',
                      align: 'right',
                      render: (v: number | null) => (v === null ? '—' : `${v}%`),
                    },
                    { title: t('or.hours'), dataIndex: 'hours', align: 'right' },
                  ]}
                />
                <Card size="small" title={t('or.fig.byKind')}>
                  <Chart
                    height={220}
                    testId="or-kinds"
                    option={{
                      tooltip: {},
                      legend: {},
                      grid: { left: 48, right: 16, top: 32, bottom: 24 },
                      xAxis: { type: 'category', data: f.kinds.map((k) => t(`or.k.${k.kind}`)) },
                      yAxis: { type: 'value', minInterval: 1 },
                      series: [
                        { name: t('or.fig.members'), type: 'bar', data: f.kinds.map((k) => k.members) },
                        { name: t('or.hours'), type: 'bar', data: f.kinds.map((k) => k.hours) },
                      ],
                    }}
                  />
                </Card>
              </Space>
            ),
          },
        ]}
      />
      <FormModal<ProgrammeInput>
        open={dialog === 'programme'}
        title={t('or.newProgramme')}
        onClose={() => setDialog(null)}
        initialValues={{
          nodeId: programmes.data?.nodes[0]?.id,
          year,
          kind: 'watch',
          places: 20,
          season: '全年',
        }}
        testId="or-programme-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await addProgramme({ ...v, year }, idem.get());
          idem.done();
          message.success(t('or.saved'));
          await refresh();
        }}
      >
        <Form.Item name="nodeId" label={t('or.node')} rules={[{ required: true }]}>
          <Select options={(programmes.data?.nodes ?? []).map((n) => ({ value: n.id, label: n.name }))} />
        </Form.Item>
        <Form.Item name="name" label={t('or.name')} rules={[{ required: true, max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('or.kind')} rules={[{ required: true }]}>
          <Select data-testid="or-kind" options={KINDS.map((k) => ({ value: k, label: t(`or.k.${k}`) }))} />
        </Form.Item>
        <Form.Item name="season" label={t('or.season')} rules={[{ max: 30 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="places" label={t('or.places')} rules={[{ required: true }]}>
          <InputNumber min={1} max={10_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="summary" label={t('or.summary')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
      {dialog === 'import' && units[0] && (
        <SheetImportModal<MemberImport['rows'][number]>
          title={`${t('or.import')} · ${units[0].nodeName}`}
          messages="or.import"
          send={importMembers(units[0].nodeId, year)}
          columns={[
            { title: t('or.member'), dataIndex: 'name' },
            { title: t('or.community'), dataIndex: 'community' },
          ]}
          onClose={() => setDialog(null)}
          onApplied={refresh}
          testId="or-import-dialog"
          applyTestId="or-import-apply"
        />
      )}
    </Space>
  );
}
