/** Points added or taken by hand, pending until approved. */
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { assessmentApi, type PointsInput } from './assessment.api.ts';
import { quarterOfToday, useFail } from './common.tsx';

export function PointsTab(props: { districtId: string; approve: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const fail = useFail();
  const qc = useQueryClient();
  const cadres = useQuery({
    queryKey: ['assessment', 'points-ranking', props.districtId, quarterOfToday()],
    queryFn: () => assessmentApi.pointsRanking(props.districtId, quarterOfToday()),
  });
  const pending = useQuery({
    queryKey: ['assessment', 'points-pending', props.districtId],
    queryFn: () => assessmentApi.pendingPoints(props.districtId),
    enabled: props.approve,
  });
  const [form] = Form.useForm();
  const changed = () => void qc.invalidateQueries({ queryKey: ['assessment'] });
  const add = useMutation({
    mutationFn: (v: Omit<PointsInput, 'day'> & { day: dayjs.Dayjs }) =>
      assessmentApi.requestPoints({
        personId: v.personId,
        day: v.day.format('YYYY-MM-DD'),
        points: v.points,
        reason: v.reason,
      }),
    onSuccess: () => (message.success(t('assessment.field.points_sent')), form.resetFields(), changed()),
    onError: fail,
  });
  const decide = useMutation({
    mutationFn: (v: { id: string; decision: 'approve' | 'reject' }) =>
      assessmentApi.decidePoints(v.id, v.decision),
    onSuccess: () => (message.success(t('assessment.done')), changed()),
    onError: fail,
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card size="small" title={t('assessment.field.points_add')}>
        <Form form={form} layout="inline" onFinish={(v) => add.mutate(v)} data-testid="points-form">
          <Form.Item name="personId" label={t('assessment.field.cadre')} rules={[{ required: true }]}>
            <Select
              style={{ width: 220 }}
              showSearch
              optionFilterProp="label"
              loading={cadres.isLoading}
              data-testid="f-points-cadre"
              options={(cadres.data ?? []).map((c) => ({
                value: c.personId,
                label: `${c.name} · ${c.unitName}`,
              }))}
            />
          </Form.Item>
          <Form.Item name="points" label={t('assessment.field.points_n')} rules={[{ required: true }]}>
            <InputNumber min={-100} max={100} step={0.5} />
          </Form.Item>
          <Form.Item name="day" label={t('assessment.field.day')} initialValue={dayjs()}>
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="reason" label={t('assessment.field.reason')} rules={[{ required: true }]}>
            <Input maxLength={500} style={{ width: 280 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending}>
            {t('assessment.field.add')}
          </Button>
        </Form>
      </Card>
      {props.approve && (
        <Table
          size="small"
          rowKey="id"
          title={() => t('assessment.field.pending')}
          loading={pending.isLoading}
          dataSource={[...(pending.data ?? [])].sort((a, b) => b.day.localeCompare(a.day))}
          columns={[
            { title: t('assessment.field.day'), dataIndex: 'day' },
            { title: t('assessment.field.cadre'), dataIndex: 'personName' },
            {
              title: t('assessment.field.points_n'),
              dataIndex: 'points',
              render: (p: number) => <Tag color={p > 0 ? 'green' : 'red'}>{p > 0 ? `+${p}` : p}</Tag>,
            },
            { title: t('assessment.field.reason'), dataIndex: 'reason' },
            {
              title: '',
              render: (_: unknown, r: { id: string }) => (
                <Space>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => decide.mutate({ id: r.id, decision: 'approve' })}
                  >
                    {t('assessment.field.approve')}
                  </Button>
                  <Button size="small" danger onClick={() => decide.mutate({ id: r.id, decision: 'reject' })}>
                    {t('assessment.field.reject')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      )}
    </Space>
  );
}
