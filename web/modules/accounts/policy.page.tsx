/** The security administrator's page: password preset, lockout, session timeouts, TOTP roles. */
import { useEffect } from 'react';
import { App, Button, Card, Checkbox, Form, InputNumber, Radio, Spin } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ROLES } from '../../../server/platform/access/access.ts';
import { useT } from '../../app/i18n.tsx';
import { applyProblemToForm } from '../../app/problem.ts';
import { getPolicy, putPolicy, type Policy } from './accounts.api.ts';

/** The policy page (/accounts/policy). */
export function PolicyPage() {
  const t = useT();
  const { message } = App.useApp();
  useEffect(() => {
    document.title = `${t('policy.title')} · ${t('app.name')}`;
  }, [t]);
  const client = useQueryClient();
  const [form] = Form.useForm<Policy>();
  const policy = useQuery({
    queryKey: ['accounts', 'policy'],
    queryFn: getPolicy,
  });
  useEffect(() => {
    if (policy.data) form.setFieldsValue(policy.data);
  }, [policy.data, form]);
  const save = useMutation({
    mutationFn: putPolicy,
    onSuccess: () => {
      message.success(t('common.saved'));
      void client.invalidateQueries({ queryKey: ['accounts', 'policy'] });
    },
    onError: (e) => applyProblemToForm(form, e),
  });
  const num = (max: number, min = 1) => (
    <InputNumber min={min} max={max} precision={0} style={{ width: 160 }} />
  );
  if (policy.isLoading) return <Spin />;
  return (
    <Card title={t('policy.title')} style={{ maxWidth: 720 }}>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="passwordPreset" label={t('policy.preset')} rules={[{ required: true }]}>
          <Radio.Group
            orientation="vertical"
            options={[
              { value: 'mlps', label: t('policy.preset.mlps') },
              { value: 'asvs', label: t('policy.preset.asvs') },
            ]}
          />
        </Form.Item>
        <Form.Item name="lockoutThreshold" label={t('policy.lockoutThreshold')} rules={[{ required: true }]}>
          {num(100)}
        </Form.Item>
        <Form.Item name="lockoutMinutes" label={t('policy.lockoutMinutes')} rules={[{ required: true }]}>
          {num(24 * 60)}
        </Form.Item>
        <Form.Item name="passwordHistory" label={t('policy.passwordHistory')} rules={[{ required: true }]}>
          {num(24, 0)}
        </Form.Item>
        <Form.Item name="ipFailureLimit" label={t('policy.ipFailureLimit')} rules={[{ required: true }]}>
          {num(10000, 3)}
        </Form.Item>
        <Form.Item name="ipBlockMinutes" label={t('policy.ipBlockMinutes')} rules={[{ required: true }]}>
          {num(24 * 60)}
        </Form.Item>
        <Form.Item name="idleMinutes" label={t('policy.idleMinutes')} rules={[{ required: true }]}>
          {num(24 * 60)}
        </Form.Item>
        <Form.Item name="absoluteHours" label={t('policy.absoluteHours')} rules={[{ required: true }]}>
          {num(24 * 30)}
        </Form.Item>
        <Form.Item name="totpRoles" label={t('policy.totpRoles')}>
          <Checkbox.Group options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
