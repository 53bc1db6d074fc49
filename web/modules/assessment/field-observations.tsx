/** 双点 observations: what the supervising groups saw at a point, feeding the assessment. */
import { App, Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { assessmentApi, RATINGS, type Observation, type ObservationInput } from './assessment.api.ts';
import { useFail } from './common.tsx';

export function ObservationsTab(props: { districtId: string; manage: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const fail = useFail();
  const qc = useQueryClient();
  const units = useQuery({
    queryKey: ['assessment', 'units', props.districtId],
    queryFn: () => assessmentApi.units(props.districtId),
  });
  const q = useQuery({
    queryKey: ['assessment', 'observations', props.districtId],
    queryFn: () => assessmentApi.observations(props.districtId),
  });
  const [form] = Form.useForm();
  const add = useMutation({
    mutationFn: (v: Omit<ObservationInput, 'observedOn'> & { observedOn: dayjs.Dayjs }) =>
      assessmentApi.observe({
        unitNodeId: v.unitNodeId,
        observerKind: v.observerKind,
        observerName: v.observerName,
        rating: v.rating,
        note: v.note,
        observedOn: v.observedOn.format('YYYY-MM-DD'),
      }),
    onSuccess: () => {
      message.success(t('assessment.done'));
      form.resetFields();
      void qc.invalidateQueries({ queryKey: ['assessment', 'observations'] });
    },
    onError: fail,
  });
  const points = (units.data ?? []).filter((u) => u.liaison || u.observation);
  const unitName = new Map((units.data ?? []).map((u) => [u.nodeId, u.name]));
  const RATING_COLOUR: Record<Observation['rating'], string> = {
    positive: 'green',
    neutral: 'default',
    negative: 'red',
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {props.manage && (
        <Card size="small" title={t('assessment.field.observe')}>
          <Form form={form} layout="inline" onFinish={(v) => add.mutate(v)} data-testid="observation-form">
            <Form.Item name="unitNodeId" label={t('assessment.unit')} rules={[{ required: true }]}>
              <Select
                style={{ width: 200 }}
                showSearch
                optionFilterProp="label"
                options={points.map((u) => ({ value: u.nodeId, label: u.name }))}
                data-testid="f-obs-unit"
              />
            </Form.Item>
            <Form.Item
              name="observerKind"
              label={t('assessment.field.observer_kind')}
              initialValue="supervising_group"
            >
              <Select
                style={{ width: 140 }}
                options={[
                  { value: 'supervising_group', label: t('assessment.field.group') },
                  { value: 'leader', label: t('assessment.field.leader') },
                ]}
              />
            </Form.Item>
            <Form.Item
              name="observerName"
              label={t('assessment.field.observer')}
              rules={[{ required: true }]}
            >
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="rating" label={t('assessment.field.rating')} initialValue="positive">
              <Select
                style={{ width: 100 }}
                options={RATINGS.map((r) => ({
                  value: r,
                  label: t(`assessment.field.rating.${r}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="observedOn" label={t('assessment.field.day')} initialValue={dayjs()}>
              <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
            <Form.Item name="note" label={t('assessment.field.note')} rules={[{ required: true }]}>
              <Input.TextArea maxLength={2000} rows={1} style={{ width: 320 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={add.isPending}>
              {t('assessment.field.add')}
            </Button>
          </Form>
        </Card>
      )}
      <Table
        size="small"
        rowKey="id"
        loading={q.isLoading}
        dataSource={q.data ?? []}
        columns={[
          { title: t('assessment.field.day'), dataIndex: 'observedOn' },
          {
            title: t('assessment.unit'),
            dataIndex: 'unitNodeId',
            render: (v: string) => unitName.get(v) ?? '',
          },
          {
            title: t('assessment.field.observer'),
            render: (_: unknown, o: Observation) =>
              `${o.observerName}（${t(o.observerKind === 'leader' ? 'assessment.field.leader' : 'assessment.field.group')}）`,
          },
          {
            title: t('assessment.field.rating'),
            dataIndex: 'rating',
            render: (r: Observation['rating']) => (
              <Tag color={RATING_COLOUR[r]}>{t(`assessment.field.rating.${r}`)}</Tag>
            ),
          },
          { title: t('assessment.field.note'), dataIndex: 'note' },
        ]}
      />
    </Space>
  );
}
