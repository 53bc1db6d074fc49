/**
 * Grading party organisations of five classes by results 质量等级评定 (seed 004, Luohu): each
 * organisation with its year's 5W1H facts, graded against the district's criteria; the levels as
 * a chart; and the secretaries' yearly reports 书记抓党建述职评议.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { Chart } from '../../app/chart.tsx';
import { useT } from '../../app/i18n.tsx';
import { reportError, setFieldErrors } from '../../app/problem.ts';
import { useOrgs, usePageTitle, useYear } from './common.tsx';
import {
  exportGradesUrl,
  getCriteria,
  getGrades,
  gradeOrg,
  LEVELS,
  listReports,
  ORG_CLASSES,
  RATINGS,
  rateReport,
  submitReport,
  type Grades,
  type Report,
} from './partyorgs.api.ts';
import { usePageNode } from '../../app/selected-node.tsx';

type Row = Grades['rows'][number];
const LEVEL_COLOURS: Record<string, string> = {
  five_star: 'red',
  four_star: 'volcano',
  three_star: 'gold',
  weak: 'default',
};

/** The year's grades below the selected node. */
export function GradesPage() {
  const t = useT();
  usePageTitle(t('po.grades.title'));
  const { can } = useMe();
  const { message } = App.useApp();
  const nodeId = usePageNode();
  const { year, picker } = useYear();
  const qc = useQueryClient();
  const [grading, setGrading] = useState<Row | null>(null);
  const [orgClass, setOrgClass] = useState<string>('community');
  const [form] = Form.useForm();
  const grades = useQuery({
    queryKey: ['partyorgs', 'grades', nodeId, year],
    queryFn: () => getGrades({ nodeId: nodeId!, year }),
    enabled: !!nodeId,
  });
  const criteria = useQuery({
    queryKey: ['partyorgs', 'criteria', nodeId],
    queryFn: () => getCriteria(nodeId!),
    enabled: !!nodeId,
  });
  if (!nodeId) return <Typography.Text>{t('po.node_needed')}</Typography.Text>;
  const items = criteria.data?.find((c) => c.orgClass === orgClass)?.items ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('po.grades.title')}
        </Typography.Title>
        <Space>
          {picker}
          {can('partyorgs.export') && (
            <Button icon={<DownloadOutlined />} href={exportGradesUrl(nodeId, year)}>
              {t('po.export')}
            </Button>
          )}
        </Space>
      </Space>
      {grades.data && (
        <Card size="small">
          <Chart
            height={200}
            testId="po-levels-chart"
            option={{
              tooltip: {},
              grid: { left: 40, right: 16, top: 16, bottom: 30 },
              xAxis: { type: 'category', data: LEVELS.map((l) => t(`po.level.${l}`)) },
              yAxis: { type: 'value', minInterval: 1 },
              series: [{ type: 'bar', data: LEVELS.map((l) => grades.data!.levels[l] ?? 0) }],
            }}
          />
        </Card>
      )}
      <Table<Row>
        rowKey="partyOrgId"
        size="small"
        loading={grades.isLoading}
        dataSource={grades.data?.rows ?? []}
        pagination={{ pageSize: 50 }}
        data-testid="po-grades"
        columns={[
          { title: t('po.org'), render: (_, r) => `${r.nodeName}·${r.name}` },
          { title: t('po.class'), render: (_, r) => t(`po.class.${r.orgClass}`) },
          { title: t('po.planned'), dataIndex: 'planned' },
          { title: t('po.recorded'), dataIndex: 'recorded' },
          { title: t('po.planKept'), render: (_, r) => (r.planKept === null ? '—' : `${r.planKept}%`) },
          {
            title: t('po.score'),
            render: (_, r) => (r.grade ? `${r.grade.total}/${r.grade.maxTotal}` : '—'),
          },
          {
            title: t('po.bonus'),
            render: (_, r) =>
              r.bonuses.length ? (
                <span data-testid="po-bonus">
                  {r.bonuses.map((b) => (
                    <Tooltip
                      key={b.declarationId}
                      title={t('po.bonus.source', { title: b.title, day: b.namedOn })}
                    >
                      <Tag color="gold">
                        {t(`po.bonus.level.${b.level}`)}
                        {b.title} +{b.points}
                      </Tag>
                    </Tooltip>
                  ))}
                  {r.grade && (
                    <Typography.Text type="secondary">
                      {t('po.bonus.with', { total: r.grade.total + r.bonusPoints })}
                    </Typography.Text>
                  )}
                </span>
              ) : (
                '—'
              ),
          },
          {
            title: t('po.level'),
            render: (_, r) =>
              r.grade ? (
                <Tag color={LEVEL_COLOURS[r.grade.level]}>{t(`po.level.${r.grade.level}`)}</Tag>
              ) : (
                <Tag>{t('po.ungraded')}</Tag>
              ),
          },
          {
            title: '',
            render: (_, r) =>
              r.can.grade && (
                <Button
                  size="small"
                  data-testid="po-grade"
                  onClick={() => {
                    setOrgClass(r.orgClass);
                    setGrading(r);
                  }}
                >
                  {t('po.grade')}
                </Button>
              ),
          },
        ]}
      />
      {grading && (
        <Modal
          open
          title={`${t('po.grade')}：${grading.name}`}
          onCancel={() => setGrading(null)}
          okButtonProps={{ 'data-testid': 'po-grade-ok' } as never}
          onOk={async () => {
            const v = await form.validateFields();
            try {
              const r = await gradeOrg({
                partyOrgId: grading.partyOrgId,
                year,
                orgClass: orgClass as never,
                scores: Object.fromEntries(items.map((c) => [c.id, Number(v[c.id] ?? 0)])),
                note: v.note ?? '',
                version: grading.grade?.version ?? null,
              });
              message.success(
                t('po.graded', { level: t(`po.level.${r.level}`), total: r.total, max: r.maxTotal }),
              );
              setGrading(null);
              form.resetFields();
              await qc.invalidateQueries({ queryKey: ['partyorgs'] });
            } catch (e) {
              if (!setFieldErrors(form, e)?.length) reportError(e);
            }
          }}
        >
          <Typography.Paragraph type="secondary">
            {t('po.planned')} {grading.planned} · {t('po.recorded')} {grading.recorded} · {t('po.planKept')}{' '}
            {grading.planKept ?? '—'}%
          </Typography.Paragraph>
          <Form form={form} layout="vertical" initialValues={grading.grade?.scores}>
            <Form.Item label={t('po.class')}>
              <Select
                value={orgClass}
                onChange={setOrgClass}
                options={ORG_CLASSES.map((c) => ({ value: c, label: t(`po.class.${c}`) }))}
              />
            </Form.Item>
            {items.map((c) => (
              <Form.Item
                key={c.id}
                name={c.id}
                label={`${c.name}（≤${c.maxScore}）`}
                rules={[{ required: true }]}
              >
                <InputNumber min={0} max={c.maxScore} data-testid="po-score" />
              </Form.Item>
            ))}
            <Form.Item name="note" label={t('po.note')}>
              <Input />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Space>
  );
}

/** Secretaries' reports of the year: submit, read, rate. */
export function ReportsPage() {
  const t = useT();
  usePageTitle(t('po.reports.title'));
  const { can } = useMe();
  const nodeId = usePageNode();
  const { year, picker } = useYear();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const orgs = useOrgs(nodeId);
  const list = useQuery({
    queryKey: ['partyorgs', 'reports', nodeId, year],
    queryFn: () => listReports({ nodeId: nodeId!, year }),
    enabled: !!nodeId,
  });
  if (!nodeId) return <Typography.Text>{t('po.node_needed')}</Typography.Text>;
  const refresh = () => void qc.invalidateQueries({ queryKey: ['partyorgs'] });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('po.reports.title')}
        </Typography.Title>
        <Space>
          {picker}
          {can('partyorgs.plan') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              {t('po.report.submit')}
            </Button>
          )}
        </Space>
      </Space>
      <Table<Report>
        rowKey="id"
        size="small"
        dataSource={list.data ?? []}
        expandable={{
          expandedRowRender: (r) => (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.report}</Typography.Paragraph>
          ),
        }}
        columns={[
          { title: t('po.org'), dataIndex: 'partyOrgName' },
          { title: t('po.secretary'), dataIndex: 'secretary' },
          {
            title: t('po.rating'),
            render: (_, r) =>
              r.can.rate ? (
                <Select
                  style={{ width: 110 }}
                  value={r.rating ?? undefined}
                  placeholder={t('po.rate')}
                  aria-label={`${t('po.rating')} · ${r.partyOrgName}`}
                  onChange={async (rating) => {
                    try {
                      await rateReport(r.id, { rating, version: r.version });
                      refresh();
                    } catch (e) {
                      reportError(e);
                    }
                  }}
                  options={RATINGS.map((x) => ({ value: x, label: t(`po.rating.${x}`) }))}
                />
              ) : r.rating ? (
                t(`po.rating.${r.rating}`)
              ) : (
                '—'
              ),
          },
        ]}
      />
      <Modal
        open={open}
        title={t('po.report.submit')}
        onCancel={() => setOpen(false)}
        onOk={async () => {
          const v = await form.validateFields();
          try {
            await submitReport({ ...v, year });
            setOpen(false);
            form.resetFields();
            refresh();
          } catch (e) {
            if (!setFieldErrors(form, e)?.length) reportError(e);
          }
        }}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="partyOrgId" label={t('po.org')} rules={[{ required: true }]}>
            <Select
              options={(orgs.data ?? []).map((o) => ({ value: o.id, label: `${o.nodeName}·${o.name}` }))}
            />
          </Form.Item>
          <Form.Item name="secretary" label={t('po.secretary')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="report" label={t('po.report')} rules={[{ required: true }]}>
            <Input.TextArea rows={8} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
