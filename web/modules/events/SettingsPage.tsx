/** A district's events settings: the recurrence rule (reports, distance, days), said to be settings. */
import { useEffect } from 'react';
import { Alert, App as AntApp, Button, Form, InputNumber, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { RECURRENCE_BOUNDS } from '../../../server/modules/events/events.rules.ts';
import { applyProblemToForm } from '../../app/problem.ts';
import { useT } from '../../app/i18n.tsx';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { PageTitle } from './common.tsx';
import { getSettings, saveSettings, type EventsSettings } from './events.api.ts';

/** The page. */
export default function SettingsPage() {
  const t = useT();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const { node } = useSelectedNode();
  const districtId = node?.level === 'district' ? node.id : undefined;
  const [form] = Form.useForm<EventsSettings['recurrence']>();
  const q = useQuery({
    queryKey: ['events-settings', districtId],
    queryFn: () => getSettings(districtId!),
    enabled: !!districtId,
  });
  useEffect(() => {
    if (q.data) form.setFieldsValue(q.data.recurrence);
  }, [q.data, form]);
  const save = async (v: EventsSettings['recurrence']) => {
    if (!q.data) return;
    try {
      await saveSettings({ districtId: q.data.districtId, recurrence: v, version: q.data.version });
      message.success(t('ev.settings.saved'));
      await qc.invalidateQueries({ queryKey: ['events-settings'] });
    } catch (e) {
      applyProblemToForm(form, e);
      await qc.invalidateQueries({ queryKey: ['events-settings'] });
    }
  };
  return (
    <div style={{ maxWidth: 560 }}>
      <PageTitle title={t('ev.settings.title')} />
      {!districtId && <Alert type="info" showIcon title={t('ev.settings.pickDistrict')} />}
      {q.data && (
        <>
          <Typography.Title level={5}>
            {t('ev.settings.recurrence')}{' '}
            <Tag>{q.data.custom ? t('ev.settings.custom') : t('ev.settings.default')}</Tag>
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('ev.settings.recurrenceHelp')}</Typography.Paragraph>
          <Form form={form} layout="inline" onFinish={save} disabled={!q.data.canEdit}>
            {(['count', 'metres', 'days'] as const).map((k) => (
              <Form.Item
                key={k}
                name={k}
                label={t(`ev.settings.${k}`)}
                rules={[{ required: true, message: t('ev.required') }]}
              >
                <InputNumber
                  min={RECURRENCE_BOUNDS[k].min}
                  max={RECURRENCE_BOUNDS[k].max}
                  precision={0}
                  data-testid={`settings-${k}`}
                />
              </Form.Item>
            ))}
            {q.data.canEdit && (
              <Button type="primary" htmlType="submit">
                {t('ev.settings.save')}
              </Button>
            )}
          </Form>
        </>
      )}
    </div>
  );
}
