/** 云端述事 to confirm: the work reports of the units in scope, and the outstanding cadres. */
import { App, Button, Space, Table, Tag } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { ApiError } from '../../app/api.ts';
import { assessmentApi } from './assessment.api.ts';
import { useDistrict } from './common.tsx';

/** Work reports of the units in scope, to confirm (and find outstanding cadres). */
export function ReportsToConfirm() {
  const t = useT();
  const districtId = useDistrict();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['assessment', 'reports', districtId],
    queryFn: () => assessmentApi.reports({ districtId: districtId! }),
    enabled: !!districtId,
  });
  const decide = useMutation({
    mutationFn: (a: { id: string; decision: 'confirm' | 'reject'; outstanding: boolean }) =>
      assessmentApi.decideReport(a.id, { decision: a.decision, outstanding: a.outstanding }),
    onSuccess: () => {
      message.success(t('assessment.done'));
      void qc.invalidateQueries({ queryKey: ['assessment', 'reports'] });
    },
    onError: (e) => message.error(e instanceof ApiError ? e.problem.title : String(e)),
  });
  return (
    <Table
      size="small"
      rowKey="id"
      scroll={{ x: true }}
      loading={q.isLoading}
      dataSource={q.data ?? []}
      data-testid="reports"
      columns={[
        { title: t('assessment.name'), dataIndex: 'personName' },
        {
          title: t('assessment.category'),
          dataIndex: 'category',
          render: (v: string) => t(`assessment.category.${v}`),
        },
        { title: t('assessment.title'), dataIndex: 'title' },
        { title: t('assessment.happened_on'), dataIndex: 'happenedOn' },
        {
          title: t('assessment.status'),
          dataIndex: 'status',
          render: (v: string, r) => (
            <Space>
              <Tag>{t(`assessment.rstatus.${v}`)}</Tag>
              {r.outstanding && <Tag color="gold">{t('assessment.outstanding')}</Tag>}
            </Space>
          ),
        },
        {
          title: t('assessment.actions'),
          key: 'a',
          render: (_, r) =>
            r.can.decide && (
              <Space>
                <Button
                  size="small"
                  onClick={() => decide.mutate({ id: r.id, decision: 'confirm', outstanding: false })}
                >
                  {t('assessment.confirm')}
                </Button>
                <Button
                  size="small"
                  onClick={() => decide.mutate({ id: r.id, decision: 'confirm', outstanding: true })}
                >
                  {t('assessment.confirm_outstanding')}
                </Button>
                <Button
                  size="small"
                  danger
                  onClick={() => decide.mutate({ id: r.id, decision: 'reject', outstanding: false })}
                >
                  {t('assessment.reject')}
                </Button>
              </Space>
            ),
        },
      ]}
    />
  );
}
