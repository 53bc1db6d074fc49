/** Prevention items 预防事项 in the user's scope, soonest review first, with their reviews. */
import { useState } from 'react';
import { App as AntApp, Button, DatePicker, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { applyProblemToForm } from '../../app/problem.ts';
import { useT } from '../../app/i18n.tsx';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { PageTitle } from './common.tsx';
import { listPrevention, preventionExportUrl, reviewPrevention, type PreventionItem } from './events.api.ts';
import type { Query } from '../../app/client.ts';

/** The prevention page. */
export default function PreventionPage() {
  const t = useT();
  const { can } = useMe();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const { node } = useSelectedNode();
  const [state, setState] = useState<Query<'get', '/api/events/prevention'>['state']>();
  const [reviewing, setReviewing] = useState<PreventionItem | null>(null);
  const [form] = Form.useForm();
  const nodeId = node && node.level !== 'department' ? node.id : undefined;
  const q = useQuery({
    queryKey: ['prevention', nodeId, state],
    queryFn: () => listPrevention({ nodeId, state }),
  });
  const save = async (v: {
    state: 'open' | 'reviewed' | 'closed';
    note?: string;
    next?: { format: (f: string) => string };
  }) => {
    if (!reviewing) return;
    try {
      await reviewPrevention(reviewing.id, {
        state: v.state,
        note: v.note ?? '',
        nextReviewOn: v.next?.format('YYYY-MM-DD'),
        version: reviewing.version,
      });
      message.success(t('ev.prevention.reviewed'));
      setReviewing(null);
      await qc.invalidateQueries({ queryKey: ['prevention'] });
    } catch (e) {
      applyProblemToForm(form, e);
    }
  };
  return (
    <div>
      <PageTitle
        title={t('ev.prevention.title')}
        extra={
          can('events.evaluate') && (
            <Button
              icon={<DownloadOutlined />}
              href={preventionExportUrl({ nodeId, state })}
              data-testid="prevention-export"
            >
              {t('ev.prevention.export')}
            </Button>
          )
        }
      />
      <Select
        allowClear
        aria-label={t('ev.prevention.state')}
        placeholder={t('ev.prevention.state')}
        style={{ width: 160, marginBottom: 12 }}
        value={state}
        onChange={setState}
        options={['open', 'reviewed', 'closed'].map((s) => ({
          value: s,
          label: t(`ev.prevention.state.${s}`),
        }))}
      />
      <Table<PreventionItem>
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={q.data ?? []}
        scroll={{ x: 800 }}
        columns={[
          {
            title: t('ev.prevention.titleField'),
            dataIndex: 'title',
            render: (v: string, r) =>
              r.sourceEventId ? <Link to={`/events/${r.sourceEventId}`}>{v}</Link> : v,
          },
          {
            title: t('ev.prevention.kind'),
            dataIndex: 'kind',
            render: (v: string) => t(`ev.prevention.kind.${v}`),
          },
          { title: t('ev.category'), dataIndex: 'category', render: (v: string) => t(`ev.cat.${v}`) },
          { title: t('ev.node'), dataIndex: 'nodeName' },
          { title: t('ev.prevention.owner'), dataIndex: 'ownerName' },
          { title: t('ev.prevention.reviewOn'), dataIndex: 'reviewOn' },
          {
            title: t('ev.prevention.state'),
            dataIndex: 'state',
            render: (v: string) => (
              <Tag color={v === 'open' ? 'gold' : v === 'closed' ? 'default' : 'green'}>
                {t(`ev.prevention.state.${v}`)}
              </Tag>
            ),
          },
          {
            title: '',
            render: (_, r) =>
              r.canReview && r.state !== 'closed' ? (
                <Button
                  size="small"
                  onClick={() => {
                    form.resetFields();
                    setReviewing(r);
                  }}
                >
                  {t('ev.prevention.review')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Modal
        open={!!reviewing}
        title={t('ev.prevention.review')}
        onCancel={() => setReviewing(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={save} initialValues={{ state: 'reviewed' }}>
          <Form.Item name="state" label={t('ev.prevention.state')}>
            <Select
              options={['open', 'reviewed', 'closed'].map((s) => ({
                value: s,
                label: t(`ev.prevention.state.${s}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="note" label={t('ev.prevention.reviewNote')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="next" label={t('ev.prevention.nextReview')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
