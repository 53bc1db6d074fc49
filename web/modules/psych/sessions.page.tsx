/**
 * The counsellor's bookings from today for a week: record each session held (minutes; notes
 * encrypted, shown again only to this counsellor) or a no-show.
 */
import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Radio, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { useDocumentTitle } from '../../app/title.ts';
import { mySessions, recordSession, sessionNotes, type Booking, type SessionInput } from './psych.api.ts';
import { beijingDay, slotText } from './psych.shared.tsx';

/** The counsellor's page. */
export function SessionsPage() {
  const t = useT();
  useDocumentTitle(t('ps.sessions'));
  const { modal } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['psych', 'sessions'], queryFn: mySessions });
  const [open, setOpen] = useState<Booking | null>(null);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('ps.sessions')}
      </Typography.Title>
      <Table<Booking>
        rowKey="id"
        size="small"
        data-testid="ps-sessions"
        loading={q.isLoading}
        dataSource={q.data}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('ps.date'), render: (_, b) => slotText(b.startsAt) },
          { title: t('ps.points'), dataIndex: 'pointName' },
          { title: t('ps.topic'), render: (_, b) => t(`psych.topic.${b.topic}`) },
          { title: t('ps.state'), render: (_, b) => <Tag>{t(`ps.state.${b.state}`)}</Tag> },
          { title: t('ps.minutes'), dataIndex: 'minutes' },
          {
            title: '',
            render: (_, b) =>
              b.state === 'booked' ? (
                <Button
                  size="small"
                  data-testid="ps-record"
                  onClick={() => setOpen(b)}
                  disabled={beijingDay(b.startsAt) > beijingDay(new Date().toISOString())}
                >
                  {t('ps.record')}
                </Button>
              ) : b.state === 'done' ? (
                <Button
                  size="small"
                  onClick={async () => {
                    const n = await sessionNotes(b.id).catch(reportError);
                    if (n) modal.info({ title: t('ps.notes'), content: n.notes || t('ps.empty') });
                  }}
                >
                  {t('ps.showNotes')}
                </Button>
              ) : null,
          },
        ]}
      />
      <FormModal<Omit<SessionInput, 'version'>>
        open={!!open}
        title={t('ps.record')}
        testId="ps-session"
        testIdOn="form"
        initialValues={{ outcome: 'done', minutes: 50 }}
        onClose={() => setOpen(null)}
        onSubmit={async (v) => {
          await recordSession(open!.id, { ...v, version: open!.version });
          await qc.invalidateQueries({ queryKey: ['psych'] });
        }}
      >
        <Form.Item name="outcome" label={t('ps.outcome')}>
          <Radio.Group
            options={(['done', 'no_show'] as const).map((o) => ({ value: o, label: t(`ps.outcome.${o}`) }))}
          />
        </Form.Item>
        <Form.Item name="minutes" label={t('ps.minutes')}>
          <InputNumber min={1} max={240} />
        </Form.Item>
        <Form.Item name="notes" label={t('ps.notes')}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
