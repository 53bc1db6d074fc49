/** Rest periods 休整休养 of the units in scope: the unit approves or returns a cadre's request. */
import { useState } from 'react';
import { App, Button, InputNumber, Space, Table, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { useDocumentTitle } from '../../app/title.ts';
import { listRests, moveRest, type RestRow } from './incentives.api.ts';
import { StateTag, thisYear } from './incentives.shared.tsx';

/** The unit's rest periods page. */
export function RestsPage() {
  const t = useT();
  useDocumentTitle(t('inc.rests'));
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const [year, setYear] = useState(thisYear());
  const q = useQuery({ queryKey: ['incentives', 'rests', year], queryFn: () => listRests(year) });
  const move = (r: RestRow, action: 'approve' | 'reject', note?: string) =>
    moveRest(r.id, { action, version: r.version, note })
      .then(() => message.success(t('inc.saved')))
      .then(() => qc.invalidateQueries({ queryKey: ['incentives'] }))
      .catch(reportError);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('inc.rests')}
        </Typography.Title>
        <InputNumber
          aria-label={t('inc.year')}
          value={year}
          min={2000}
          max={2100}
          onChange={(v) => v && setYear(v)}
        />
      </Space>
      <Table<RestRow>
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        scroll={{ x: true }}
        columns={[
          { title: t('inc.unit'), dataIndex: 'nodeName' },
          { title: t('inc.name'), dataIndex: 'personName' },
          { title: t('inc.measure'), dataIndex: 'measureName' },
          { title: t('inc.startsOn'), dataIndex: 'startsOn' },
          { title: t('inc.endsOn'), dataIndex: 'endsOn' },
          { title: t('inc.days'), dataIndex: 'days' },
          { title: t('inc.state'), dataIndex: 'state', render: (v: string) => <StateTag state={v} /> },
          {
            title: t('inc.noticeNo'),
            dataIndex: 'noticeNo',
            render: (v: string | null, r) => v && <Link to={`/incentives/rests/${r.id}/notice`}>{v}</Link>,
          },
          {
            title: '',
            key: 'actions',
            render: (_, r) => (
              <Space>
                {r.actions.includes('approve') && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => move(r, 'approve')}
                    data-testid={`inc-rest-approve-${r.personName}`}
                  >
                    {t('inc.approve')}
                  </Button>
                )}
                {r.actions.includes('reject') && (
                  <Button
                    size="small"
                    danger
                    onClick={() => {
                      let note = '';
                      modal.confirm({
                        title: t('inc.reject'),
                        content: (
                          <input
                            aria-label={t('inc.note')}
                            onChange={(e) => (note = e.target.value)}
                            style={{ width: '100%' }}
                          />
                        ),
                        onOk: () => move(r, 'reject', note),
                      });
                    }}
                  >
                    {t('inc.reject')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
