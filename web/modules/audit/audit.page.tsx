/** The auditor's page: filter the hash-chained log, export it to Excel, verify the chain. */
import { useEffect, useState } from 'react';
import {
  Alert,
  AutoComplete,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { FileExcelOutlined, SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { ApiError } from '../../app/api.ts';
import { Can } from '../../app/auth.tsx';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { setFieldErrors } from '../../app/problem.ts';
import {
  exportUrl,
  listActionNames,
  searchAudit,
  verifyAudit,
  type AuditFilters,
  type AuditItem,
} from './audit.api.ts';

const RESULT_COLOURS = { ok: 'green', denied: 'orange', failed: 'red' } as const;

/** The server names the time filters from/to; the form has one range field for both. */
function onForm(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.problem.errors) return error;
  const errors = error.problem.errors.map((e) => ({
    ...e,
    field: /(^|\.)(from|to)$/.test(e.field) ? 'range' : e.field,
  }));
  return new ApiError(error.status, { ...error.problem, errors });
}

/** The audit page (/audit). */
export function AuditPage() {
  const t = useT();
  const { lang } = useLang();
  const [form] = Form.useForm();
  const [filters, setFilters] = useState<AuditFilters>({});
  useEffect(() => {
    document.title = `${t('audit.title')} · ${t('app.name')}`;
  }, [t]);
  const actions = useQuery({ queryKey: ['audit', 'actions'], queryFn: listActionNames, staleTime: Infinity });
  const [page, setPage] = useState({ current: 1, pageSize: 50 });
  const list = useQuery({
    queryKey: ['audit', filters, page],
    queryFn: () =>
      searchAudit({ ...filters, limit: page.pageSize, offset: (page.current - 1) * page.pageSize }),
    placeholderData: keepPreviousData,
  });
  // a filter the server refuses is marked on its field (the message says which)
  useEffect(() => {
    if (list.error) setFieldErrors(form, onForm(list.error));
  }, [list.error, form]);
  const verify = useMutation({ mutationFn: verifyAudit });

  function apply(v: {
    range?: [{ toISOString(): string } | null, { toISOString(): string } | null] | null;
    actor?: string;
    action?: string;
    result?: string;
    objectType?: string;
    objectId?: string;
  }) {
    const clean = (s?: string) => (s && s.trim() ? s.trim() : undefined);
    setFilters({
      from: v.range?.[0]?.toISOString(),
      to: v.range?.[1]?.toISOString(),
      actor: clean(v.actor),
      action: clean(v.action),
      result: (v.result || undefined) as AuditFilters['result'],
      objectType: clean(v.objectType),
      objectId: clean(v.objectId),
    });
    setPage((p) => ({ ...p, current: 1 }));
  }

  return (
    <Card
      title={t('audit.title')}
      styles={{ body: { padding: 12 } }}
      extra={
        <Space wrap>
          <Button
            icon={<SafetyCertificateOutlined />}
            loading={verify.isPending}
            onClick={() => verify.mutate()}
            data-testid="audit-verify"
          >
            {t('audit.verify')}
          </Button>
          <Can ability="audit.export">
            <Button icon={<FileExcelOutlined />} href={exportUrl(filters)} data-testid="audit-export">
              {t('audit.export')}
            </Button>
          </Can>
        </Space>
      }
    >
      {verify.data && (
        <Alert
          showIcon
          closable
          style={{ marginBottom: 12 }}
          type={verify.data.ok ? 'success' : 'error'}
          title={
            verify.data.ok
              ? t('audit.verify.ok', { count: verify.data.count })
              : t('audit.verify.bad', { seq: verify.data.badSeq ?? '?', reason: verify.data.reason ?? '' })
          }
          data-testid="audit-verify-result"
        />
      )}
      <Form
        form={form}
        layout="inline"
        onFinish={apply}
        style={{ marginBottom: 12, rowGap: 8 }}
        data-testid="audit-filters"
      >
        <Form.Item name="range" label={t('audit.range')}>
          <DatePicker.RangePicker showTime allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item name="actor" label={t('audit.actor')}>
          <Input allowClear style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="action" label={t('audit.action')}>
          <AutoComplete
            allowClear
            style={{ width: 220 }}
            options={(actions.data ?? []).map((a) => ({ value: a.code, label: `${a[lang]}（${a.code}）` }))}
            showSearch={{
              filterOption: (input, o) =>
                String(o?.value ?? '').includes(input) || String(o?.label ?? '').includes(input),
            }}
            data-testid="audit-action"
          />
        </Form.Item>
        <Form.Item name="result" label={t('audit.result')}>
          <Select
            allowClear
            style={{ width: 110 }}
            options={(['ok', 'denied', 'failed'] as const).map((r) => ({
              value: r,
              label: t(`audit.result.${r}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="objectType" label={t('audit.objectType')}>
          <Input allowClear style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="objectId" label={t('audit.objectId')}>
          <Input allowClear style={{ width: 200 }} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-search">
              {t('common.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                apply({});
              }}
            >
              {t('common.reset')}
            </Button>
          </Space>
        </Form.Item>
      </Form>
      <Table<AuditItem>
        rowKey="seq"
        size="small"
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 'max-content' }}
        data-testid="audit-table"
        pagination={{
          ...page,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) =>
            list.data?.totalCapped ? t('common.totalMore', { total }) : t('common.total', { total }),
          onChange: (current, pageSize) => setPage({ current, pageSize }),
        }}
        columns={[
          { title: t('audit.seq'), dataIndex: 'seq', width: 80 },
          { title: t('audit.time'), dataIndex: 'at', render: (v: string) => formatTime(v, lang) },
          { title: t('audit.actor'), dataIndex: 'actorName' },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            render: (v: string, r: AuditItem) =>
              r.actionName ? (
                <span title={v} data-testid="audit-action-name">
                  {r.actionName[lang]}
                </span>
              ) : (
                <code>{v}</code>
              ),
          },
          {
            title: t('audit.subject'),
            dataIndex: 'subject',
            render: (v: string | null, r: AuditItem) => (
              <span data-testid="audit-subject">
                {v ?? (r.objectId ? t(`audit.type.${r.objectType}`) : '—')}
              </span>
            ),
          },
          {
            title: t('audit.result'),
            dataIndex: 'result',
            render: (r: AuditItem['result']) => <Tag color={RESULT_COLOURS[r]}>{t(`audit.result.${r}`)}</Tag>,
          },
          { title: t('audit.ip'), dataIndex: 'ip' },
          {
            title: t('audit.detail'),
            dataIndex: 'detail',
            render: (d: Record<string, unknown>) => {
              const s = d && Object.keys(d).length ? JSON.stringify(d) : '';
              return (
                <Typography.Text type="secondary" style={{ maxWidth: 320 }} ellipsis={{ tooltip: s }}>
                  {s}
                </Typography.Text>
              );
            },
          },
        ]}
      />
    </Card>
  );
}
