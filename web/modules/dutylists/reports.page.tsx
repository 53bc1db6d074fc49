/**
 * 年度专项述职: the summary table of the year's reports with their ratings (printable); a secretary
 * files the organisation's report, the office scores it (the rating follows the rules). Below, the
 * records of cases handed to accountability and the catalogue of situations they cite.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Collapse,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useMe } from '../../app/auth.tsx';
import { beijingYear } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { addMessages, useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  fileReport,
  getLists,
  getReferrals,
  getReports,
  getSituations,
  rateReport,
  recordReferral,
  type Referral,
  type ReferralInput,
  type Report,
} from './dutylists.api.ts';
import { dutylistsMessages } from './dutylists.messages.ts';

addMessages(dutylistsMessages);

const PRINT_CSS = `@media print {
  body * { visibility: hidden; }
  .dl-print, .dl-print * { visibility: visible; }
  .dl-print { position: absolute; left: 0; top: 0; width: 100%; }
}`;
const RATING_COLOURS: Record<string, string> = { good: 'green', fair: 'blue', average: 'gold', poor: 'red' };

/** The reports page. */
export function ReportsPage() {
  const t = useT();
  useDocumentTitle(t('dl.rep.title'));
  const { can } = useMe();
  const { message } = App.useApp();
  const nodeId = usePageNode();
  const qc = useQueryClient();
  const [year, setYear] = useState(beijingYear() - 1);
  const [filing, setFiling] = useState(false);
  const [rating, setRating] = useState<Report | null>(null);
  const [referring, setReferring] = useState(false);
  const reports = useQuery({
    queryKey: ['dutylists', 'reports', year, nodeId],
    queryFn: () => getReports(year, nodeId),
  });
  const lists = useQuery({
    queryKey: ['dutylists', 'lists', year, nodeId],
    queryFn: () => getLists(year, nodeId),
  });
  const referrals = useQuery({
    queryKey: ['dutylists', 'referrals', year, nodeId],
    queryFn: () => getReferrals(year, nodeId),
  });
  const situations = useQuery({ queryKey: ['dutylists', 'situations'], queryFn: getSituations });
  const filed = new Set((reports.data ?? []).map((r) => r.nodeId));
  const orgNodes = [
    ...new Map(
      (lists.data?.lists ?? []).filter((l) => l.target === 'org').map((l) => [l.nodeId, l.nodeName]),
    ),
  ];
  const refresh = async () => {
    message.success(t('dl.saved'));
    await qc.invalidateQueries({ queryKey: ['dutylists'] });
  };
  const manage = can('dutylists.manage');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <style>{PRINT_CSS}</style>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('dl.rep.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('dl.rep.hint')}</Typography.Text>
        </div>
        <Space wrap>
          <span>{t('dl.year')}</span>
          <InputNumber
            aria-label={t('dl.year')}
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => v && setYear(v)}
          />
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('dl.rep.print')}
          </Button>
          {can('dutylists.report') && orgNodes.some(([id]) => !filed.has(id)) && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setFiling(true)}
              data-testid="dl-rep-new"
            >
              {t('dl.rep.file')}
            </Button>
          )}
        </Space>
      </Space>
      <Typography.Text type="secondary">{t('dl.rep.rules')}</Typography.Text>
      <div className="dl-print">
        <Typography.Title level={4} style={{ textAlign: 'center' }}>
          {t('dl.rep.sheet', { year })}
        </Typography.Title>
        <Table<Report>
          rowKey="id"
          size="small"
          bordered
          loading={reports.isLoading}
          dataSource={reports.data ?? []}
          data-testid="dl-reports"
          scroll={{ x: 'max-content' }}
          pagination={false}
          locale={{ emptyText: t('dl.rep.none') }}
          expandable={{
            expandedRowRender: (r) => (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.body}</Typography.Paragraph>
            ),
          }}
          columns={[
            { title: t('dl.rep.unit'), dataIndex: 'nodeName' },
            { title: t('dl.rep.secretary'), dataIndex: 'secretary' },
            { title: t('dl.rep.filedAt'), render: (_, r) => r.filedAt.slice(0, 10) },
            {
              title: t('dl.completion'),
              render: (_, r) => (r.completion === null ? '—' : `${r.completion}%`),
            },
            { title: t('dl.rep.score'), render: (_, r) => r.score ?? '—' },
            {
              title: t('dl.rep.rating'),
              render: (_, r) =>
                r.rating ? (
                  <Tag color={RATING_COLOURS[r.rating]} data-testid="dl-rating">
                    {t(`dl.rating.${r.rating}`)}
                  </Tag>
                ) : r.can.rate ? (
                  <Button size="small" onClick={() => setRating(r)} data-testid="dl-rate">
                    {t('dl.rep.rate')}
                  </Button>
                ) : (
                  '—'
                ),
            },
            { title: t('dl.rep.comment'), dataIndex: 'comment' },
          ]}
        />
      </div>
      <Card
        size="small"
        title={t('dl.ref.title')}
        extra={
          manage && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setReferring(true)}>
              {t('dl.ref.new')}
            </Button>
          )
        }
      >
        <Typography.Paragraph type="secondary">{t('dl.ref.hint')}</Typography.Paragraph>
        <Table<Referral>
          rowKey="id"
          size="small"
          dataSource={referrals.data ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('dl.rep.unit'), dataIndex: 'nodeName' },
            { title: t('dl.ref.category'), dataIndex: 'category' },
            { title: t('dl.ref.situation'), dataIndex: 'situation' },
            { title: t('dl.ref.facts'), dataIndex: 'facts' },
            { title: t('dl.ref.handedOn'), dataIndex: 'handedOn' },
            {
              title: t('dl.ref.exempt'),
              render: (_, r) => (r.exempt ? <Tag color="blue">{r.exemptReason}</Tag> : ''),
            },
          ]}
        />
        <Collapse
          ghost
          items={[
            {
              key: 'c',
              label: t('dl.ref.catalogue'),
              children: (situations.data ?? []).map((c, i) => (
                <Typography.Paragraph key={c.category}>
                  <Typography.Text strong>
                    {i + 1}. {c.label}
                  </Typography.Text>
                  ：{c.situations.map((s) => s.label).join('；')}
                </Typography.Paragraph>
              )),
            },
          ]}
        />
      </Card>
      <FormModal<{ nodeId: string; secretary: string; body: string }>
        open={filing}
        title={t('dl.rep.file')}
        onClose={() => setFiling(false)}
        testId="dl-rep-form"
        testIdOn="form"
        width={720}
        onSubmit={async (v) => {
          await fileReport({ ...v, year });
          await refresh();
        }}
      >
        <Form.Item name="nodeId" label={t('dl.rep.unit')} rules={[{ required: true }]}>
          <Select
            data-testid="dl-rep-unit"
            options={orgNodes.filter(([id]) => !filed.has(id)).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="secretary" label={t('dl.rep.secretary')} rules={[{ required: true, max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="body" label={t('dl.rep.body')} rules={[{ required: true, max: 20000 }]}>
          <Input.TextArea rows={10} />
        </Form.Item>
      </FormModal>
      {rating && (
        <FormModal<{ score: number; comment?: string }>
          open
          title={`${t('dl.rep.rate')} · ${rating.nodeName}`}
          onClose={() => setRating(null)}
          testId="dl-rate-form"
          testIdOn="form"
          onSubmit={async (v) => {
            await rateReport(rating.id, { ...v, version: rating.version });
            await refresh();
          }}
        >
          <Form.Item name="score" label={t('dl.rep.score')} rules={[{ required: true }]}>
            <InputNumber min={0} max={100} />
          </Form.Item>
          <Form.Item name="comment" label={t('dl.rep.comment')} rules={[{ max: 1000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </FormModal>
      )}
      <FormModal<Omit<ReferralInput, 'handedOn' | 'year'> & { handedOn: Dayjs }>
        open={referring}
        title={t('dl.ref.new')}
        onClose={() => setReferring(false)}
        width={640}
        onSubmit={async (v) => {
          await recordReferral({ ...v, year, handedOn: v.handedOn.format('YYYY-MM-DD') });
          await refresh();
        }}
      >
        <Form.Item name="nodeId" label={t('dl.rep.unit')} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={orgNodes.map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="situation" label={t('dl.ref.situation')} rules={[{ required: true }]}>
          <Select
            options={(situations.data ?? []).map((c) => ({
              label: c.label,
              options: c.situations.map((s) => ({ value: s.key, label: s.label })),
            }))}
          />
        </Form.Item>
        <Form.Item name="facts" label={t('dl.ref.facts')} rules={[{ required: true, max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="handedOn" label={t('dl.ref.handedOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="exempt" label={t('dl.ref.exempt')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="exemptReason" label={t('dl.ref.exemptReason')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
