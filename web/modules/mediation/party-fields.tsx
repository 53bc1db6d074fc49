/** A party's name, phone and ID number, as the intake and the add-party forms ask them. */
import { Form, Input } from 'antd';
import { useT } from '../../app/i18n.tsx';

export function PartyContactFields(props: { nameLabel: string; nameRequired?: boolean }) {
  const t = useT();
  return (
    <>
      <Form.Item
        name="name"
        label={props.nameLabel}
        rules={props.nameRequired ? [{ required: true }] : undefined}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="phone" label={t('mediation.phone')}>
        <Input maxLength={11} />
      </Form.Item>
      <Form.Item name="idNumber" label={t('mediation.id_number')}>
        <Input maxLength={18} />
      </Form.Item>
    </>
  );
}
