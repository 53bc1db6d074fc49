/** The fields of a major decision (registering it, and correcting it while not submitted). */
import { App, Form, Input, InputNumber, Select } from 'antd';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { editDecision, FIELDS, type Decision, type DecisionEdit } from './stability.api.ts';

/** Title, field, people affected, planned day and summary. */
export function DecisionFields() {
  const t = useT();
  return (
    <>
      <Form.Item name="title" label={t('stab.titleCol')} rules={[{ required: true, max: 120 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="field" label={t('stab.field')} rules={[{ required: true }]}>
        <Select
          data-testid="stab-field"
          options={FIELDS.map((f) => ({ value: f, label: t(`stab.f.${f}`) }))}
        />
      </Form.Item>
      <Form.Item name="affected" label={t('stab.affected')} rules={[{ required: true }]}>
        <InputNumber min={0} max={10_000_000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="plannedOn" label={t('stab.plannedOn')} rules={[{ required: true }]}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="summary" label={t('stab.summary')} rules={[{ max: 4000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </>
  );
}

/** Corrects a decision whose assessment is not submitted yet (against its version). */
export function EditDecision(props: { d: Decision; onClose: () => void; onSaved: () => Promise<unknown> }) {
  const t = useT();
  const { message } = App.useApp();
  const { d } = props;
  return (
    <FormModal<Omit<DecisionEdit, 'version'>>
      open
      title={t('stab.editDecision')}
      onClose={props.onClose}
      testId="stab-decision-form"
      testIdOn="form"
      width={640}
      initialValues={{
        title: d.title,
        field: d.field,
        affected: d.affected,
        plannedOn: d.plannedOn,
        summary: d.summary,
      }}
      onSubmit={async (v) => {
        await editDecision(d.id, { ...v, version: d.version });
        message.success(t('stab.saved'));
        await props.onSaved();
      }}
    >
      <DecisionFields />
    </FormModal>
  );
}
