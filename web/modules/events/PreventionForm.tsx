/** Making a recurring problem a prevention item 预防: kind, item, measures, owner, review date. */
import { App as AntApp, DatePicker, Form, Input, Modal, Radio } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { applyProblemToForm } from '../../app/problem.ts';
import { useT } from '../../app/i18n.tsx';
import { createPrevention } from './events.api.ts';

interface Values {
  kind: 'place' | 'category';
  title: string;
  measures?: string;
  ownerName?: string;
  reviewOn: { format: (f: string) => string };
}

/** The form, opened from an event. */
export default function PreventionForm(props: {
  open: boolean;
  onClose: () => void;
  source: { id: string; category: string; title: string };
}) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const save = async (v: Values) => {
    try {
      await createPrevention({
        kind: v.kind,
        category: props.source.category as never,
        sourceEventId: props.source.id,
        title: v.title,
        measures: v.measures ?? '',
        ownerName: v.ownerName ?? '',
        reviewOn: v.reviewOn.format('YYYY-MM-DD'),
      });
      message.success(t('ev.prevention.created'));
      await qc.invalidateQueries({ queryKey: ['prevention'] });
      props.onClose();
    } catch (e) {
      applyProblemToForm(form, e);
    }
  };
  return (
    <Modal
      open={props.open}
      title={t('ev.toPrevention')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{ kind: 'place', title: props.source.title }}
      >
        <Form.Item name="kind" label={t('ev.prevention.kind')}>
          <Radio.Group
            options={[
              { value: 'place', label: t('ev.prevention.kind.place') },
              { value: 'category', label: t('ev.prevention.kind.category') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('ev.prevention.titleField')}
          rules={[{ required: true, whitespace: true, message: t('ev.required') }, { max: 200 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="measures" label={t('ev.prevention.measures')} rules={[{ max: 4000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item
          name="ownerName"
          label={t('ev.prevention.owner')}
          extra={t('ev.prevention.ownerHelp')}
          rules={[{ max: 50 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="reviewOn"
          label={t('ev.prevention.reviewOn')}
          rules={[{ required: true, message: t('ev.required') }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
