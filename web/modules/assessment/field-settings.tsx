/** The district's settings: the quota of 好 and the points each order is worth. */
import { App, Button, Form, InputNumber } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { assessmentApi, ORDER_KINDS, type Settings } from './assessment.api.ts';
import { useFail } from './common.tsx';

export function SettingsTab(props: { districtId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const fail = useFail();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['assessment', 'settings', props.districtId],
    queryFn: () => assessmentApi.settings(props.districtId),
  });
  const save = useMutation({
    mutationFn: (v: { goodQuota: number; orderPoints: Settings['orderPoints'] }) => {
      const cur = q.data!;
      return assessmentApi.saveSettings({
        districtId: props.districtId,
        goodQuota: v.goodQuota / 100,
        orderPoints: v.orderPoints,
        situations: cur.situations,
        groups: cur.groups,
        rotation: cur.rotation,
        version: cur.version,
      });
    },
    onSuccess: () => {
      message.success(t('assessment.done'));
      void qc.invalidateQueries({ queryKey: ['assessment', 'settings'] });
    },
    onError: fail,
  });
  if (!q.data) return null;
  return (
    <Form
      layout="vertical"
      style={{ maxWidth: 420 }}
      key={q.data.version}
      initialValues={{ goodQuota: Math.round(q.data.goodQuota * 100), orderPoints: q.data.orderPoints }}
      onFinish={(v) => save.mutate(v)}
      data-testid="settings-form"
    >
      <Form.Item
        name="goodQuota"
        label={t('assessment.field.quota')}
        extra={t('assessment.field.quota_hint')}
      >
        <InputNumber min={5} max={100} addonAfter="%" />
      </Form.Item>
      {ORDER_KINDS.map((k) => (
        <Form.Item key={k} name={['orderPoints', k]} label={t(`assessment.field.order_points.${k}`)}>
          <InputNumber min={-100} max={100} step={0.5} />
        </Form.Item>
      ))}
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('assessment.field.save')}
      </Button>
    </Form>
  );
}
