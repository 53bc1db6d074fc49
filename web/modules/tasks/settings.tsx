/**
 * 评价规则: the daily evaluation's thresholds of one district, in plain words, and a form to change
 * them for the district's organisation department (the server says who may: canEdit).
 */
import { useState } from 'react';
import { Alert, Button, Descriptions, Form, InputNumber, Modal, Space, Typography } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../../app/client.ts';
import { useT } from '../../app/i18n.tsx';
import { FormModal, fmtTime } from './common.tsx';
import type { EvalSettings } from './tasks.api.ts';

const FIELDS = [
  'yellowMargin',
  'redMargin',
  'redDaysForAccountability',
  'deadlineNoticeDays',
  'rankingLagPlaces',
  'rankingLagDays',
  'indicatorGraceDays',
] as const;
type Values = Pick<EvalSettings, (typeof FIELDS)[number]>;
const BOUNDS: Record<(typeof FIELDS)[number], [number, number]> = {
  yellowMargin: [1, 99],
  redMargin: [2, 100],
  redDaysForAccountability: [1, 365],
  deadlineNoticeDays: [0, 90],
  rankingLagPlaces: [0, 50],
  rankingLagDays: [1, 365],
  indicatorGraceDays: [0, 180],
};

/** A button on the board opening the district's evaluation rules (read for all, edit when allowed). */
export function EvalRulesButton(props: { districtId: string | undefined }) {
  const t = useT();
  const qc = useQueryClient();
  const [open, setOpen] = useState<null | 'view' | 'edit'>(null);
  const key = ['tasks', 'settings', props.districtId];
  const settings = useQuery({
    queryKey: key,
    queryFn: () => client.get('/api/tasks/settings', { query: { districtId: props.districtId! } }),
    enabled: !!props.districtId && open !== null,
  });
  if (!props.districtId) return null;
  const s = settings.data;

  return (
    <>
      <Button icon={<SettingOutlined />} onClick={() => setOpen('view')} data-testid="eval-rules">
        {t('tasks.rules')}
      </Button>
      <Modal
        open={open === 'view'}
        title={t('tasks.rules')}
        onCancel={() => setOpen(null)}
        footer={
          <Space>
            {s?.canEdit && (
              <Button type="primary" onClick={() => setOpen('edit')} data-testid="eval-rules-edit">
                {t('tasks.rules.edit')}
              </Button>
            )}
            <Button onClick={() => setOpen(null)} data-testid="eval-rules-close">
              {t('tasks.rules.close')}
            </Button>
          </Space>
        }
        width={640}
        destroyOnHidden
      >
        {s && (
          <div data-testid="eval-rules-view">
            <Typography.Paragraph type="secondary">{t('tasks.rules.intro')}</Typography.Paragraph>
            <Descriptions column={1} size="small" bordered>
              {FIELDS.map((f) => (
                <Descriptions.Item key={f} label={t(`tasks.rules.${f}`)}>
                  <strong data-testid={`eval-rules-${f}`}>{s[f]}</strong>
                  <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                    {t(`tasks.rules.${f}.meaning`, s)}
                  </Typography.Text>
                </Descriptions.Item>
              ))}
            </Descriptions>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {s.isDefault
                ? t('tasks.rules.defaults')
                : t('tasks.rules.updated', { at: fmtTime(s.updatedAt), version: s.version })}
            </Typography.Paragraph>
          </div>
        )}
      </Modal>
      {s?.canEdit && (
        <FormModal<Values>
          open={open === 'edit'}
          title={t('tasks.rules.edit')}
          onClose={() => setOpen('view')}
          testId="eval-rules-form"
          initialValues={Object.fromEntries(FIELDS.map((f) => [f, s[f]])) as Values}
          onSubmit={async (v) => {
            const saved = await client.put('/api/tasks/settings', {
              body: { districtId: props.districtId!, ...v, version: s.version },
            });
            qc.setQueryData(key, saved);
          }}
        >
          <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('tasks.rules.editHint')} />
          {FIELDS.map((f) => (
            <Form.Item
              key={f}
              name={f}
              label={t(`tasks.rules.${f}`)}
              extra={t(`tasks.rules.${f}.help`, { min: BOUNDS[f][0], max: BOUNDS[f][1] })}
              rules={[{ required: true, message: t('tasks.required') }]}
            >
              <InputNumber
                min={BOUNDS[f][0]}
                max={BOUNDS[f][1]}
                precision={0}
                style={{ width: 160 }}
                data-testid={`f-rules-${f}`}
              />
            </Form.Item>
          ))}
        </FormModal>
      )}
    </>
  );
}
