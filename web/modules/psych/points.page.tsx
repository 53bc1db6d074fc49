/**
 * The district-street-community 社会心理服务体系 at a glance: the service points with their counsellors
 * and weekly free hours (Excel out), and the year's screening campaigns by group (totals only).
 */
import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  addScreening,
  listPoints,
  listScreenings,
  pointsExportUrl,
  POPULATIONS,
  type Point,
  type ScreeningInput,
  type Screenings,
} from './psych.api.ts';
import './psych.shared.tsx';

/** The overview page. */
export function PointsPage() {
  const t = useT();
  useDocumentTitle(t('ps.title'));
  const nodeId = usePageNode();
  const qc = useQueryClient();
  const points = useQuery({ queryKey: ['psych', 'points', nodeId], queryFn: () => listPoints(nodeId) });
  const screenings = useQuery({
    queryKey: ['psych', 'screenings', nodeId],
    queryFn: () => listScreenings(nodeId),
  });
  const [adding, setAdding] = useState(false);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('ps.title')}
      </Typography.Title>
      <Card
        size="small"
        title={t('ps.points')}
        extra={points.data?.can.export && <Button href={pointsExportUrl(nodeId)}>{t('ps.export')}</Button>}
      >
        <Table<Point>
          rowKey="id"
          size="small"
          data-testid="ps-points"
          loading={points.isLoading}
          dataSource={points.data?.items}
          scroll={{ x: true }}
          columns={[
            { title: t('ps.node'), dataIndex: 'nodeName' },
            { title: t('ps.kind'), render: (_, p) => t(`psych.kind.${p.kind}`) },
            { title: t('ps.name'), dataIndex: 'name' },
            {
              title: t('ps.counsellors'),
              render: (_, p) =>
                p.counsellors.map((c) => `${c.name}（${t('ps.hours', { n: c.weeklyHours })}）`).join('、'),
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('ps.screenings')}
        extra={
          screenings.data?.can.record &&
          nodeId && <Button onClick={() => setAdding(true)}>{t('ps.addScreening')}</Button>
        }
      >
        <Table<Screenings['items'][number]>
          rowKey="id"
          size="small"
          loading={screenings.isLoading}
          dataSource={screenings.data?.items}
          scroll={{ x: true }}
          columns={[
            { title: t('ps.heldOn'), dataIndex: 'heldOn' },
            { title: t('ps.node'), dataIndex: 'nodeName' },
            { title: t('ps.population'), render: (_, s) => t(`psych.population.${s.population}`) },
            { title: t('ps.name'), dataIndex: 'title' },
            { title: t('ps.screened'), dataIndex: 'screened' },
            { title: t('ps.flagged'), dataIndex: 'flagged' },
          ]}
        />
      </Card>
      <FormModal<Omit<ScreeningInput, 'nodeId' | 'heldOn'> & { heldOn: dayjs.Dayjs }>
        open={adding}
        title={t('ps.addScreening')}
        initialValues={{ population: 'residents', heldOn: dayjs(), screened: 0, flagged: 0 }}
        onClose={() => setAdding(false)}
        onSubmit={async (v) => {
          await addScreening({ ...v, nodeId: nodeId!, heldOn: v.heldOn.format('YYYY-MM-DD') });
          await qc.invalidateQueries({ queryKey: ['psych'] });
        }}
      >
        <Form.Item name="population" label={t('ps.population')}>
          <Select options={POPULATIONS.map((p) => ({ value: p, label: t(`psych.population.${p}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('ps.name')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('ps.heldOn')}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs())} />
        </Form.Item>
        <Form.Item name="screened" label={t('ps.screened')}>
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name="flagged" label={t('ps.flagged')}>
          <InputNumber min={0} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
