/**
 * Nomination quotas of a year (district data): how many nominations each street or community may
 * send upward per title, with the places taken; the district's org_officer sets them.
 */
import { useState } from 'react';
import { App, Button, Card, Form, InputNumber, Select, Table, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { NodePicker } from '../../app/node-picker.tsx';
import { getQuotas, setQuota, TITLES, type QuotaInput, type Quotas } from './culture.api.ts';

type Line = Quotas['items'][number];

/** The quotas card of the star volunteers page. */
export function QuotasCard(props: { year: number }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const q = useQuery({ queryKey: ['culture', 'quotas', props.year], queryFn: () => getQuotas(props.year) });
  return (
    <Card
      size="small"
      title={t('cu.quota.title')}
      extra={
        q.data?.can.set && (
          <Button size="small" onClick={() => setOpen(true)} data-testid="cu-quota-set">
            {t('cu.quota.set')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('cu.quota.rule')}</Typography.Paragraph>
      <Table<Line>
        data-testid="cu-quotas"
        rowKey={(l) => `${l.nodeId}-${l.title}`}
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('cu.quota.node'), dataIndex: 'nodeName' },
          { title: t('cu.quota.titleCol'), dataIndex: 'title', render: (v: string) => t(`cu.title.${v}`) },
          {
            title: t('cu.quota.used'),
            key: 'used',
            align: 'right',
            render: (_: unknown, l) => `${l.used} / ${l.quota}`,
          },
        ]}
      />
      <FormModal<Omit<QuotaInput, 'year'>>
        open={open}
        title={t('cu.quota.set')}
        onClose={() => setOpen(false)}
        testId="cu-quota-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await setQuota({ ...v, year: props.year });
          message.success(t('cu.saved'));
          await qc.invalidateQueries({ queryKey: ['culture', 'quotas'] });
        }}
      >
        <Form.Item name="nodeId" label={t('cu.quota.node')} rules={[{ required: true }]}>
          <NodePicker ariaLabel={t('cu.quota.node')} />
        </Form.Item>
        <Form.Item name="title" label={t('cu.quota.titleCol')} rules={[{ required: true }]}>
          <Select options={TITLES.map((x) => ({ value: x, label: t(`cu.title.${x}`) }))} />
        </Form.Item>
        <Form.Item name="quota" label={t('cu.quota.quota')} rules={[{ required: true }]}>
          <InputNumber min={0} max={1000} precision={0} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
