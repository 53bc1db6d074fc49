/**
 * 重大项目: a district's major projects of a year by stage (在建 / 前期 / 谋划, Futian 2022: 280 = 160 +
 * 80 + 40), with each project's headquarters' party group and temporary project branch; Excel in and
 * out, a figure per stage and a chart.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../../app/client.ts';
import { Chart } from '../../app/chart.tsx';
import { useLang, useT } from '../../app/i18n.tsx';
import { StatCard } from '../../app/stat-card.tsx';
import { reportError } from '../../app/problem.ts';
import { beijingYear } from '../../app/format.ts';
import { ExportButton, FormModal, fmtWanYuan, useDistricts, YearInput } from './common.tsx';
import {
  PROJECT_CATEGORIES,
  PROJECT_STAGES as STAGES,
  type Project,
  type ProjectInput,
  type ProjectsQuery,
} from './tasks.api.ts';

const STAGE_COLOURS = { construction: 'green', preliminary: 'blue', planning: 'default' } as const;

/** The major-projects page. */
export function ProjectsPage() {
  const t = useT();
  const { lang } = useLang();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const districtId = useDistricts()[0] ?? '';
  const [year, setYear] = useState(beijingYear);
  const [stage, setStage] = useState<ProjectsQuery['stage']>();
  const [editing, setEditing] = useState<Project | 'new' | null>(null);
  const q = { districtId, year };
  const list = useQuery({
    queryKey: ['tasks', 'projects', districtId, year, stage],
    queryFn: () => client.get('/api/tasks/projects', { query: { ...q, stage } }),
    enabled: !!districtId,
  });
  const summary = useQuery({
    queryKey: ['tasks', 'projects-summary', districtId, year],
    queryFn: () => client.get('/api/tasks/projects/summary', { query: q }),
    enabled: !!districtId,
  });
  const orgs = useQuery({
    queryKey: ['tasks', 'party-orgs', districtId],
    queryFn: () =>
      client.get('/api/org/nodes/{id}/party-orgs', { path: { id: districtId }, query: { deep: '1' } }),
    enabled: !!districtId && editing !== null,
  });
  const orgName = (id: string | null) => (id ? (orgs.data?.find((o) => o.id === id)?.name ?? '—') : '—');
  const refresh = () => qc.invalidateQueries({ queryKey: ['tasks'] });
  const canEdit = list.data?.[0]?.can.edit ?? false;
  const count = (s: string) => summary.data?.byStage.find((b) => b.stage === s)?.count ?? 0;

  async function upload(file: File) {
    const fd = new FormData();
    fd.append('file', file);
    try {
      const r = await client.post('/api/tasks/projects/import', { query: q, body: fd });
      if (r.errors.length) message.error(r.errors.map((e) => `#${e.row} ${e.message}`).join('；'), 8);
      else message.success(t('tasks.projects.imported', { added: r.added, updated: r.updated }));
      await refresh();
    } catch (e) {
      reportError(e);
    }
  }

  return (
    <div data-testid="projects-page">
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('tasks.projects')}
        </Typography.Title>
        <YearInput value={year} onChange={setYear} />
        <Select
          allowClear
          aria-label={t('tasks.projects.stage')}
          placeholder={t('tasks.projects.stage')}
          style={{ width: 140 }}
          value={stage}
          onChange={setStage}
          options={STAGES.map((s) => ({ value: s, label: t(`tasks.stage.${s}`) }))}
        />
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="new-project">
          {t('tasks.projects.new')}
        </Button>
        <Upload
          accept=".xlsx,.csv"
          showUploadList={false}
          beforeUpload={(f) => {
            void upload(f);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} data-testid="import-projects">
            {t('tasks.projects.import')}
          </Button>
        </Upload>
        <ExportButton href={client.url('/api/tasks/projects.xlsx', { query: q })} />
      </Space>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <StatCard
          title={t('tasks.projects.total')}
          value={summary.data?.total ?? 0}
          data-testid="projects-total"
        />
        {STAGES.map((s) => (
          <StatCard key={s} title={t(`tasks.stage.${s}`)} value={count(s)} data-testid={`projects-${s}`} />
        ))}
      </Row>
      {(summary.data?.total ?? 0) > 0 && (
        <Card size="small" style={{ marginBottom: 12 }}>
          <Chart
            height={220}
            testId="projects-chart"
            option={{
              tooltip: { trigger: 'axis' },
              grid: { left: 40, right: 20, top: 20, bottom: 30 },
              xAxis: { type: 'category', data: STAGES.map((s) => t(`tasks.stage.${s}`)) },
              yAxis: { type: 'value' },
              series: [{ type: 'bar', name: t('tasks.projects.total'), data: STAGES.map((s) => count(s)) }],
            }}
          />
        </Card>
      )}
      <Table<Project>
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        data-testid="projects-table"
        pagination={{ pageSize: 50 }}
        scroll={{ x: true }}
        columns={[
          { title: t('tasks.projects.name'), dataIndex: 'name' },
          {
            title: t('tasks.projects.stage'),
            render: (_, p) => <Tag color={STAGE_COLOURS[p.stage]}>{t(`tasks.stage.${p.stage}`)}</Tag>,
          },
          { title: t('tasks.projects.category'), render: (_, p) => t(`tasks.pcat.${p.category}`) },
          { title: t('tasks.projects.investment'), render: (_, p) => fmtWanYuan(p.investment, lang) },
          { title: t('tasks.projects.lead'), render: (_, p) => p.leadName ?? '—' },
          {
            title: t('tasks.projects.branch'),
            render: (_, p) => (p.branchPartyOrgId ? orgName(p.branchPartyOrgId) : '—'),
          },
          {
            title: '',
            render: (_, p) =>
              p.can.edit && (
                <Button size="small" onClick={() => setEditing(p)} data-testid="edit-project">
                  {t('tasks.edit')}
                </Button>
              ),
          },
        ]}
      />
      {(canEdit || editing === 'new') && editing !== null && (
        <FormModal<Omit<ProjectInput, 'districtId' | 'year'>>
          open
          title={editing === 'new' ? t('tasks.projects.new') : editing.name}
          onClose={() => setEditing(null)}
          testId="project-form"
          initialValues={
            editing === 'new'
              ? { stage: 'preliminary', category: 'industry' }
              : {
                  name: editing.name,
                  stage: editing.stage,
                  category: editing.category,
                  investment: editing.investment,
                  hqPartyOrgId: editing.hqPartyOrgId,
                  branchPartyOrgId: editing.branchPartyOrgId,
                  note: editing.note,
                }
          }
          onSubmit={async (v) => {
            const body = { districtId, year, ...v };
            if (editing === 'new') await client.post('/api/tasks/projects', { body });
            else
              await client.put('/api/tasks/projects/{id}', {
                path: { id: editing.id },
                body: { ...body, version: editing.version },
              });
            await refresh();
          }}
        >
          <Form.Item name="name" label={t('tasks.projects.name')} rules={[{ required: true }]}>
            <Input maxLength={200} data-testid="f-project-name" />
          </Form.Item>
          <Form.Item name="stage" label={t('tasks.projects.stage')} rules={[{ required: true }]}>
            <Select
              data-testid="f-project-stage"
              options={STAGES.map((s) => ({ value: s, label: t(`tasks.stage.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="category" label={t('tasks.projects.category')} rules={[{ required: true }]}>
            <Select
              options={PROJECT_CATEGORIES.map((c) => ({
                value: c,
                label: t(`tasks.pcat.${c}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="investment" label={t('tasks.projects.investment')}>
            <InputNumber min={0} style={{ width: '100%' }} addonAfter={t('tasks.f.wanYuan')} />
          </Form.Item>
          {(['hqPartyOrgId', 'branchPartyOrgId'] as const).map((f) => (
            <Form.Item
              key={f}
              name={f}
              label={t(f === 'hqPartyOrgId' ? 'tasks.projects.hq' : 'tasks.projects.branch')}
            >
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
              />
            </Form.Item>
          ))}
          <Form.Item name="note" label={t('tasks.projects.note')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </FormModal>
      )}
    </div>
  );
}
