/** Bottom-up proposals of a list, and the organisation department's approve / merge / reject. */
import { useState } from 'react';
import { Button, Drawer, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../../app/client.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { FormModal, fmtTime } from './common.tsx';
import type { Proposal, TaskList, TaskSummary } from './tasks.api.ts';

const COLOURS: Record<string, string> = {
  pending: 'blue',
  approved: 'green',
  merged: 'purple',
  rejected: 'red',
};

/** The proposals of one list in a drawer. */
export function ProposalsDrawer(props: {
  open: boolean;
  onClose: () => void;
  list: TaskList;
  tasks: TaskSummary[];
}) {
  const t = useT();
  const { can } = useMe();
  const qc = useQueryClient();
  const proposals = useQuery({
    queryKey: ['tasks', 'proposals', props.list.id],
    queryFn: () => client.get('/api/tasks/lists/{id}/proposals', { path: { id: props.list.id } }),
    enabled: props.open,
  });
  const [deciding, setDeciding] = useState<Proposal | null>(null);
  return (
    <Drawer
      open={props.open}
      onClose={props.onClose}
      title={t('tasks.proposals')}
      size={520}
      data-testid="proposals-drawer"
    >
      <List
        dataSource={proposals.data ?? []}
        loading={proposals.isLoading}
        renderItem={(p) => (
          <List.Item
            actions={
              can('tasks.manage') && p.status === 'pending'
                ? [
                    <Button key="d" size="small" onClick={() => setDeciding(p)} data-testid="decide-proposal">
                      {t('tasks.decide')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  {p.title}
                  <Tag color={COLOURS[p.status]}>{t(`tasks.proposal.${p.status}`)}</Tag>
                </Space>
              }
              description={
                <>
                  <div>
                    {p.proposerName} · {fmtTime(p.createdAt)} · {t(`tasks.cat.${p.category}`)}
                  </div>
                  {p.rationale && <div>{p.rationale}</div>}
                  {p.decisionReason && (
                    <Typography.Text type="secondary">
                      {t('tasks.reason')}: {p.decisionReason}
                    </Typography.Text>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
      <FormModal<{ decision: 'approve' | 'merge' | 'reject'; reason: string; mergeIntoTaskId?: string }>
        open={!!deciding}
        title={`${t('tasks.decide')}: ${deciding?.title ?? ''}`}
        onClose={() => setDeciding(null)}
        testId="proposal-decide-form"
        initialValues={{ decision: 'approve' }}
        onSubmit={async (v) => {
          await client.post('/api/tasks/proposals/{id}/decide', {
            path: { id: deciding!.id },
            body:
              v.decision === 'merge'
                ? { decision: 'merge', reason: v.reason, mergeIntoTaskId: v.mergeIntoTaskId! }
                : { decision: v.decision, reason: v.reason },
          });
          await qc.invalidateQueries({ queryKey: ['tasks'] });
        }}
      >
        <Form.Item name="decision" label={t('tasks.decision')} rules={[{ required: true }]}>
          <Select
            options={(['approve', 'merge', 'reject'] as const).map((d) => ({
              value: d,
              label: t(`tasks.decision.${d}`),
            }))}
          />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.decision !== b.decision}>
          {({ getFieldValue }) =>
            getFieldValue('decision') === 'merge' && (
              <Form.Item name="mergeIntoTaskId" label={t('tasks.mergeInto')} rules={[{ required: true }]}>
                <Select
                  options={props.tasks
                    .filter((x) => x.id !== deciding?.taskId)
                    .map((x) => ({ value: x.id, label: `${x.no}. ${x.title}` }))}
                />
              </Form.Item>
            )
          }
        </Form.Item>
        <Form.Item name="reason" label={t('tasks.reason')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </FormModal>
    </Drawer>
  );
}
