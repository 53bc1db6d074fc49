/** A task's oversight dialogs: record a violation, cancel, report indicators, draft an order, record performance. */
import { Alert, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { client } from '../../app/client.ts';
import { useT } from '../../app/i18n.tsx';
import { FormModal } from './common.tsx';
import { ViolationFields, violationBody, type ViolationFormValues } from './forms.tsx';
import { PQ_ASPECTS, type PerformanceInput, type TaskDetail } from './tasks.api.ts';

/** Which of the task page's dialogs is open. */
export type TaskDialog =
  null | 'apply' | 'award' | 'report' | 'violation' | 'cancel' | 'indicators' | 'order' | 'performance';

/** The dialogs an officer uses to oversee a task. */
export function TaskOversightDialogs(props: {
  task: TaskDetail;
  dialog: TaskDialog;
  setDialog: (d: TaskDialog) => void;
}) {
  const t = useT();
  const qc = useQueryClient();
  const { dialog, setDialog } = props;
  const x = props.task;
  const refresh = () => qc.invalidateQueries({ queryKey: ['tasks'] });
  return (
    <>
      <FormModal<ViolationFormValues>
        open={dialog === 'violation'}
        title={t('tasks.violation.record')}
        onClose={() => setDialog(null)}
        testId="violation-form"
        onSubmit={async (v) => {
          await client.post('/api/tasks/tasks/{id}/violations', {
            path: { id: x.id },
            body: violationBody(v),
          });
          await refresh();
        }}
      >
        <Typography.Paragraph type="secondary">{t('tasks.violation.hint')}</Typography.Paragraph>
        <ViolationFields />
      </FormModal>

      <FormModal<{ reason: string }>
        open={dialog === 'cancel'}
        title={`${t('tasks.cancel')}：${x.title}`}
        onClose={() => setDialog(null)}
        testId="cancel-form"
        okText={t('tasks.cancel.ok')}
        onSubmit={async (v) => {
          await client.post('/api/tasks/tasks/{id}/cancel', {
            path: { id: x.id },
            body: { reason: v.reason, version: x.version },
          });
          await refresh();
        }}
      >
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('tasks.cancel.hint')} />
        <Form.Item name="reason" label={t('tasks.reason')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={1000} data-testid="f-reason" />
        </Form.Item>
      </FormModal>

      <FormModal<{ values: (number | null)[] }>
        open={dialog === 'indicators'}
        title={t('tasks.indicators.report')}
        onClose={() => setDialog(null)}
        testId="indicators-form"
        initialValues={{ values: x.indicators.map((i) => i.actual ?? null) }}
        onSubmit={async (v) => {
          const values = v.values.flatMap((actual, index) =>
            actual === null || actual === undefined ? [] : [{ index, actual }],
          );
          await client.post('/api/tasks/tasks/{id}/indicators', {
            path: { id: x.id },
            body: { values, version: x.version },
          });
          await refresh();
        }}
      >
        <Typography.Paragraph type="secondary">{t('tasks.indicators.hint')}</Typography.Paragraph>
        {x.indicators.map((i, index) => (
          <Form.Item
            key={index}
            name={['values', index]}
            label={`${i.name}（${t('tasks.f.target')} ${i.target} ${i.unit}）`}
          >
            <InputNumber
              style={{ width: '100%' }}
              addonAfter={i.unit || undefined}
              data-testid={`f-indicator-${index}`}
            />
          </Form.Item>
        ))}
      </FormModal>

      <FormModal<{ type: 'commendation' | 'accountability'; reason: string; title?: string }>
        open={dialog === 'order'}
        title={t('tasks.order.draft')}
        onClose={() => setDialog(null)}
        testId="draft-order-form"
        initialValues={{ type: x.evalStatus === 'red' ? 'accountability' : 'commendation' }}
        onSubmit={async (v) => {
          await client.post('/api/tasks/orders', {
            body: { taskId: x.id, ...v, title: v.title || undefined },
          });
          await refresh();
        }}
      >
        <Form.Item name="type" label={t('tasks.order.type')} rules={[{ required: true }]}>
          <Select
            data-testid="f-order-type"
            options={(['commendation', 'accountability'] as const).map((v) => ({
              value: v,
              label: t(`tasks.order.${v}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('tasks.f.title')}>
          <Input maxLength={200} placeholder={t('tasks.order.titleDefault')} />
        </Form.Item>
        <Form.Item name="reason" label={t('tasks.reason')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={1000} data-testid="f-order-reason" />
        </Form.Item>
      </FormModal>

      <FormModal<PerformanceInput>
        open={dialog === 'performance'}
        title={t('tasks.performance.record')}
        onClose={() => setDialog(null)}
        testId="performance-form"
        initialValues={{
          nodeId: x.units.find((u) => u.lead)?.nodeId,
          positive: true,
          occurredOn: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
        }}
        onSubmit={async (v) => {
          await client.post('/api/tasks/tasks/{id}/performance', { path: { id: x.id }, body: v });
          await refresh();
        }}
      >
        <Form.Item name="nodeId" label={t('tasks.units')} rules={[{ required: true }]}>
          <Select options={x.units.map((u) => ({ value: u.nodeId, label: u.name }))} />
        </Form.Item>
        <Form.Item name="aspect" label={t('tasks.performance.aspect')} rules={[{ required: true }]}>
          <Select
            data-testid="f-aspect"
            options={PQ_ASPECTS.map((a) => ({
              value: a,
              label: t(`tasks.aspect.${a}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="positive" label={t('tasks.performance.polarity')} rules={[{ required: true }]}>
          <Select
            options={[
              { value: true, label: t('tasks.performance.positive') },
              { value: false, label: t('tasks.performance.negative') },
            ]}
          />
        </Form.Item>
        <Form.Item name="note" label={t('tasks.performance.note')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={1000} data-testid="f-performance-note" />
        </Form.Item>
        <Form.Item name="occurredOn" label={t('tasks.performance.date')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </FormModal>
    </>
  );
}
