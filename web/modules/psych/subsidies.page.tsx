/**
 * 服药补贴 applications: the community checks, the street approves or rejects (a reason required)
 * and records each month's payment; 户籍 is shown but never required.
 */
import { useState } from 'react';
import { Alert, Button, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { useDocumentTitle } from '../../app/title.ts';
import { listSubsidies, moveSubsidy, paySubsidy, subsidiesExportUrl, type Subsidy } from './psych.api.ts';
import { yuan } from './psych.shared.tsx';

const COLOUR: Record<string, string> = {
  applied: 'gold',
  checked: 'blue',
  approved: 'green',
  rejected: 'red',
};

/** The subsidies page. */
export function SubsidiesPage() {
  const t = useT();
  useDocumentTitle(t('ps.subsidies'));
  const { can } = useMe();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['psych', 'subsidies'], queryFn: listSubsidies });
  const [rejecting, setRejecting] = useState<Subsidy | null>(null);
  const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
  const refresh = () => qc.invalidateQueries({ queryKey: ['psych'] });
  const move = async (s: Subsidy, action: 'check' | 'approve') => {
    await moveSubsidy(s.id, { action, version: s.version }).catch(reportError);
    await refresh();
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('ps.subsidies')}
      </Typography.Title>
      <Alert type="info" title={t('ps.subsidies.hint')} />
      {can('psych.export') && <Button href={subsidiesExportUrl()}>{t('ps.export')}</Button>}
      <Table<Subsidy>
        rowKey="id"
        size="small"
        data-testid="ps-subsidies"
        loading={q.isLoading}
        dataSource={q.data?.items}
        scroll={{ x: true }}
        columns={[
          { title: t('ps.node'), dataIndex: 'nodeName' },
          { title: t('ps.name'), dataIndex: 'patientName' },
          { title: t('ps.huji'), render: (_, s) => (s.huji ? t('ps.yes') : t('ps.no')) },
          { title: t('ps.appliedOn'), dataIndex: 'appliedOn' },
          { title: t('ps.monthly'), render: (_, s) => yuan(s.monthlyFen) },
          {
            title: t('ps.state'),
            render: (_, s) => (
              <>
                <Tag color={COLOUR[s.state]}>{t(`psych.subsidy_state.${s.state}`)}</Tag>
                {s.reason}
              </>
            ),
          },
          { title: t('ps.paid'), render: (_, s) => s.paidMonths.join(' ') },
          {
            title: '',
            render: (_, s) => (
              <Space wrap>
                {s.actions.includes('check') && (
                  <Button size="small" onClick={() => move(s, 'check')}>
                    {t('ps.act.check')}
                  </Button>
                )}
                {s.actions.includes('approve') && (
                  <Button size="small" type="primary" onClick={() => move(s, 'approve')}>
                    {t('ps.act.approve')}
                  </Button>
                )}
                {s.actions.includes('reject') && (
                  <Button size="small" danger onClick={() => setRejecting(s)}>
                    {t('ps.act.reject')}
                  </Button>
                )}
                {s.state === 'approved' && can('psych.subsidy.approve') && !s.paidMonths.includes(month) && (
                  <Button
                    size="small"
                    onClick={async () => {
                      await paySubsidy(s.id, month).catch(reportError);
                      await refresh();
                    }}
                  >
                    {t('ps.pay')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<{ reason: string }>
        open={!!rejecting}
        title={t('ps.act.reject')}
        okDanger
        onClose={() => setRejecting(null)}
        onSubmit={async (v) => {
          await moveSubsidy(rejecting!.id, {
            action: 'reject',
            version: rejecting!.version,
            reason: v.reason,
          });
          await refresh();
        }}
      >
        <Form.Item name="reason" label={t('ps.reason')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
