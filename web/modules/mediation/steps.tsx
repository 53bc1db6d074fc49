/**
 * The district's 党群调解331 steps (seed 003, Futian) on the rooms page: every reader sees them in
 * order; the district's officer sets them (names, what each asks, in order); they go out to Excel.
 */
import { useState } from 'react';
import { App, Button, Card, Form, Input, Space, Typography } from 'antd';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DownloadOutlined,
  MinusCircleOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { getSteps, setSteps, stepsExportUrl, type Steps } from './mediation.api.ts';

type Step = Steps['steps'][number];

/** The steps as a card, with the editor and the export for who may use them. */
export function StepsCard(props: { nodeId?: string }) {
  const { nodeId } = props;
  const t = useT();
  const { can } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const steps = useQuery({
    queryKey: ['mediation', 'steps', nodeId],
    queryFn: () => getSteps(nodeId!),
    enabled: !!nodeId,
  });
  const list = steps.data?.steps ?? [];
  return (
    <Card
      size="small"
      title={t('mediation.steps331')}
      data-testid="steps-card"
      extra={
        <Space>
          {steps.data?.can.edit && can('mediation.steps') && (
            <Button size="small" type="primary" onClick={() => setEditing(true)} data-testid="edit-steps">
              {t('mediation.edit_steps')}
            </Button>
          )}
          {can('mediation.export') && (
            <Button size="small" icon={<DownloadOutlined />} href={stepsExportUrl(nodeId)}>
              {t('mediation.export_steps')}
            </Button>
          )}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('mediation.steps_hint')}</Typography.Paragraph>
      <ol>
        {list.map((s) => (
          <li key={s.code}>
            <b>{s.name}</b> <Typography.Text type="secondary">{s.hint}</Typography.Text>
          </li>
        ))}
      </ol>
      <FormModal<{ steps: Step[] }>
        open={editing}
        title={t('mediation.edit_steps')}
        onClose={() => setEditing(false)}
        initialValues={{ steps: list }}
        testId="steps-modal"
        onSubmit={async (v) => {
          await setSteps({ nodeId: nodeId!, steps: v.steps.map((s) => ({ ...s, hint: s.hint ?? '' })) });
          message.success(t('mediation.saved'));
          void qc.invalidateQueries({ queryKey: ['mediation'] });
        }}
      >
        <Typography.Paragraph type="secondary">{t('mediation.edit_steps_hint')}</Typography.Paragraph>
        <Form.List name="steps">
          {(fields, { add, remove, move }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} align="start" wrap data-testid={`step-${i}`}>
                  <Typography.Text style={{ lineHeight: '32px' }}>{i + 1}.</Typography.Text>
                  <Form.Item
                    name={[f.name, 'name']}
                    rules={[{ required: true, max: 100 }]}
                    style={{ width: 220, marginBottom: 8 }}
                  >
                    <Input placeholder={t('mediation.step_name')} aria-label={t('mediation.step_name')} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'hint']}
                    rules={[{ max: 200 }]}
                    style={{ width: 200, marginBottom: 8 }}
                  >
                    <Input placeholder={t('mediation.step_hint')} aria-label={t('mediation.step_hint')} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'code']}
                    rules={[
                      {
                        required: true,
                        pattern: /^[a-z0-9_]{1,30}$/,
                        message: t('mediation.step_code_rule'),
                      },
                    ]}
                    style={{ width: 100, marginBottom: 8 }}
                  >
                    <Input placeholder={t('mediation.step_code')} aria-label={t('mediation.step_code')} />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<ArrowUpOutlined />}
                    aria-label={t('mediation.move_up')}
                    disabled={i === 0}
                    onClick={() => move(i, i - 1)}
                  />
                  <Button
                    type="text"
                    icon={<ArrowDownOutlined />}
                    aria-label={t('mediation.move_down')}
                    disabled={i === fields.length - 1}
                    onClick={() => move(i, i + 1)}
                  />
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('mediation.remove_step')}
                    disabled={fields.length <= 1}
                    onClick={() => remove(f.name)}
                  />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                disabled={fields.length >= 20}
                onClick={() => add({ name: '', hint: '', code: '' })}
                data-testid="add-step"
              >
                {t('mediation.add_step')}
              </Button>
            </>
          )}
        </Form.List>
      </FormModal>
    </Card>
  );
}
