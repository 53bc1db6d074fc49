/**
 * One responsibility list: its items with due dates and evidence required, overdue in red; the
 * organisation reports progress with its evidence, the office accepts or returns each report.
 */
import { useState } from 'react';
import { App, Button, Card, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { FormModal } from '../../app/form-modal.tsx';
import { addMessages, useT } from '../../app/i18n.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { useDocumentTitle } from '../../app/title.ts';
import { checkItem, getList, reportItem, type Item } from './dutylists.api.ts';
import { dutylistsMessages } from './dutylists.messages.ts';
import { useKindLabel } from './lists.page.tsx';

addMessages(dutylistsMessages);

const STATE_COLOURS: Record<string, string> = {
  open: 'default',
  submitted: 'gold',
  returned: 'orange',
  accepted: 'green',
};

/** The list page. */
export function ListPage() {
  const t = useT();
  const kind = useKindLabel();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const idem = useIdempotencyKey();
  const [reporting, setReporting] = useState<Item | null>(null);
  const [returning, setReturning] = useState<Item | null>(null);
  const q = useQuery({ queryKey: ['dutylists', 'list', id], queryFn: () => getList(id) });
  const l = q.data;
  useDocumentTitle(l ? `${l.nodeName} · ${kind(l.kind)}` : t('dl.title'));
  const refresh = async () => {
    message.success(t('dl.saved'));
    await qc.invalidateQueries({ queryKey: ['dutylists'] });
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {l ? `${l.year} · ${l.nodeName} · ${kind(l.kind)}${l.holder ? ` · ${l.holder}` : ''}` : t('dl.title')}
      </Typography.Title>
      {l && (
        <Card size="small">
          <Space wrap data-testid="dl-list-summary">
            <span>
              {t('dl.items')} {l.items}
            </span>
            <span>
              {t('dl.accepted')} {l.accepted}
            </span>
            <span>
              {t('dl.overdue')}{' '}
              <Typography.Text type={l.overdue ? 'danger' : undefined}>{l.overdue}</Typography.Text>
            </span>
            <span>
              {t('dl.completion')} {l.completion === null ? '—' : `${l.completion}%`}
            </span>
          </Space>
        </Card>
      )}
      <Table<Item>
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={l?.itemsList ?? []}
        data-testid="dl-items"
        scroll={{ x: 'max-content' }}
        pagination={false}
        columns={[
          { title: t('dl.seq'), dataIndex: 'seq', width: 60 },
          {
            title: t('dl.item'),
            render: (_, i) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text>{i.title}</Typography.Text>
                {i.evidenceRequired && (
                  <Typography.Text type="secondary">
                    {t('dl.evidence_required')}：{i.evidenceRequired}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: t('dl.due'),
            render: (_, i) => (
              <Typography.Text type={i.overdue ? 'danger' : undefined}>{i.dueOn}</Typography.Text>
            ),
          },
          {
            title: t('dl.state'),
            render: (_, i) => (
              <Space size={4}>
                <Tag color={STATE_COLOURS[i.state]} data-testid="dl-state">
                  {t(`dl.state.${i.state}`)}
                </Tag>
                {i.overdue && <Tag color="red">{t('dl.overdue_tag')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('dl.progress'),
            render: (_, i) => (
              <Space orientation="vertical" size={0} style={{ maxWidth: 360 }}>
                <Typography.Text>{i.progress}</Typography.Text>
                {i.evidence && <Typography.Text type="secondary">{i.evidence}</Typography.Text>}
                {i.checkNote && <Typography.Text type="warning">{i.checkNote}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: '',
            render: (_, i) => (
              <Space>
                {i.actions.includes('report') && (
                  <Button size="small" data-testid="dl-report" onClick={() => setReporting(i)}>
                    {t('dl.report')}
                  </Button>
                )}
                {i.actions.includes('accept') && (
                  <Button
                    size="small"
                    type="primary"
                    data-testid="dl-accept"
                    onClick={async () => {
                      await checkItem(i.id, { action: 'accept', version: i.version });
                      await refresh();
                    }}
                  >
                    {t('dl.accept')}
                  </Button>
                )}
                {i.actions.includes('return') && (
                  <Button size="small" danger onClick={() => setReturning(i)}>
                    {t('dl.return')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {reporting && (
        <FormModal<{ progress: string; evidence?: string }>
          open
          title={`${t('dl.report')} · ${reporting.title}`}
          onClose={() => setReporting(null)}
          initialValues={{ progress: reporting.progress, evidence: reporting.evidence }}
          testId="dl-report-form"
          onSubmit={async (v) => {
            await reportItem(reporting!.id, { ...v, version: reporting!.version }, idem.get());
            idem.done();
            await refresh();
          }}
        >
          <Form.Item name="progress" label={t('dl.progress')} rules={[{ required: true, max: 2000 }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item name="evidence" label={t('dl.evidence')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </FormModal>
      )}
      <FormModal<{ note: string }>
        open={!!returning}
        title={t('dl.return')}
        onClose={() => setReturning(null)}
        testId="dl-return-form"
        onSubmit={async (v) => {
          await checkItem(returning!.id, { action: 'return', note: v.note, version: returning!.version });
          await refresh();
        }}
      >
        <Form.Item name="note" label={t('dl.return_reason')} rules={[{ required: true, max: 500 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
