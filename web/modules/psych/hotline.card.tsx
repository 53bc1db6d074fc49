/**
 * 心理援助热线 as counts on the overview: the calls and visits of a year by node and month, with how many
 * were students or parents and the year's totals; an officer records the page node's month, or changes
 * one at the version read.
 */
import { useState } from 'react';
import { App, Button, Card, Form, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { beijingDay } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { listHotline, recordHotline, type HotlineInput, type HotlineList } from './psych.api.ts';

type Row = HotlineList['items'][number];

/** The months of the year so far, newest first. */
function monthsSoFar(): string[] {
  const [y, m] = beijingDay().split('-').map(Number);
  return Array.from({ length: m }, (_, i) => `${y}-${String(m - i).padStart(2, '0')}`);
}

/** The hotline card. */
export function HotlineCard(props: { nodeId?: string }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Row | 'new' | null>(null);
  const q = useQuery({
    queryKey: ['psych', 'hotline', props.nodeId],
    queryFn: () => listHotline(props.nodeId),
  });
  const d = q.data;
  const row = editing && editing !== 'new' ? editing : null;
  return (
    <Card
      size="small"
      title={t('ps.hotline')}
      extra={
        d?.can.record &&
        props.nodeId && (
          <Button onClick={() => setEditing('new')} data-testid="ps-hotline-new">
            {t('ps.hotline.record')}
          </Button>
        )
      }
    >
      {d && (
        <Typography.Paragraph data-testid="ps-hotline-totals">
          {t('ps.hotline.totals', d.totals)}
        </Typography.Paragraph>
      )}
      <Table<Row>
        rowKey="id"
        size="small"
        data-testid="ps-hotline"
        loading={q.isLoading}
        dataSource={d?.items}
        scroll={{ x: true }}
        pagination={{ pageSize: 12 }}
        columns={[
          { title: t('ps.hotline.month'), dataIndex: 'month' },
          { title: t('ps.node'), dataIndex: 'nodeName' },
          { title: t('ps.hotline.calls'), dataIndex: 'calls', align: 'right' },
          { title: t('ps.hotline.visits'), dataIndex: 'visits', align: 'right' },
          { title: t('ps.hotline.youth'), dataIndex: 'youth', align: 'right' },
          ...(d?.can.record
            ? [
                {
                  title: '',
                  key: 'edit',
                  render: (_: unknown, r: Row) =>
                    r.nodeId === props.nodeId && (
                      <Button size="small" onClick={() => setEditing(r)}>
                        {t('ps.editPoint')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<Omit<HotlineInput, 'nodeId' | 'version'>>
        open={!!editing}
        title={t('ps.hotline.record')}
        testId="ps-hotline-form"
        testIdOn="form"
        initialValues={
          row
            ? { month: row.month, calls: row.calls, visits: row.visits, youth: row.youth }
            : { month: monthsSoFar()[0], calls: 0, visits: 0, youth: 0 }
        }
        onClose={() => setEditing(null)}
        onSubmit={async (v) => {
          await recordHotline({ ...v, nodeId: props.nodeId!, version: row?.version });
          message.success(t('ps.saved'));
          await qc.invalidateQueries({ queryKey: ['psych', 'hotline'] });
        }}
      >
        <Form.Item name="month" label={t('ps.hotline.month')} rules={[{ required: true }]}>
          <Select disabled={!!row} options={monthsSoFar().map((m) => ({ value: m, label: m }))} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="calls" label={t('ps.hotline.calls')} rules={[{ required: true }]}>
            <InputNumber min={0} max={1000000} />
          </Form.Item>
          <Form.Item name="visits" label={t('ps.hotline.visits')} rules={[{ required: true }]}>
            <InputNumber min={0} max={1000000} />
          </Form.Item>
          <Form.Item name="youth" label={t('ps.hotline.youth')} rules={[{ required: true }]}>
            <InputNumber min={0} max={2000000} />
          </Form.Item>
        </Space>
      </FormModal>
    </Card>
  );
}
