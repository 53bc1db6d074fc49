/**
 * Adding one person by hand, or editing one: name, gender, birth date, national ID, phone, address
 * and the node they belong to. An edit sends only what changed, with the version the page saw.
 */
import { App, Form, Input, Modal, Radio } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { NodePicker } from '../../app/node-picker.tsx';
import { applyProblemToForm } from '../../app/problem.ts';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { createPerson, GENDERS, updatePerson, type PersonDetail } from './people.api.ts';

interface Values {
  name: string;
  gender: 'M' | 'F';
  birthDate: string;
  nationalId?: string;
  phone?: string;
  address?: string;
  nodeId: string;
}

/** The add (no person) or edit (a person) dialog; onSaved gets the person's id. */
export function PersonForm(props: {
  person?: PersonDetail;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const { node } = useSelectedNode();
  const [form] = Form.useForm<Values>();
  const p = props.person;
  const save = useMutation({
    mutationFn: async (v: Values) => {
      const birthDate = v.birthDate;
      if (!p)
        return createPerson({
          nodeId: v.nodeId,
          name: v.name,
          gender: v.gender,
          birthDate,
          nationalId: v.nationalId ?? '',
          phone: v.phone || null,
          address: v.address || null,
        }).then((r) => r.id);
      // only what changed; the masked values shown are not sent back
      const body: Parameters<typeof updatePerson>[1] = { version: p.version };
      if (v.name !== p.name) body.name = v.name;
      if (v.gender !== p.gender) body.gender = v.gender;
      if (v.nodeId !== p.nodeId) body.nodeId = v.nodeId;
      if (v.nationalId) body.nationalId = v.nationalId;
      if (v.phone) body.phone = v.phone;
      if (v.address) body.address = v.address;
      if (birthDate && (v.nationalId || !p.birthDate.includes('*'))) body.birthDate = birthDate;
      await updatePerson(p.id, body);
      return p.id;
    },
    onSuccess: (id) => {
      message.success(t(p ? 'people.form.saved' : 'people.form.created'));
      void client.invalidateQueries({ queryKey: ['people'] });
      props.onSaved(id);
      props.onClose();
    },
    onError: (e) => applyProblemToForm(form, e),
  });
  const required = [{ required: true, message: t('people.form.required') }];
  return (
    <Modal
      open
      title={p ? t('people.form.edit', { name: p.name }) : t('people.form.add')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'person-form-ok' } as Record<string, string>}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={
          p
            ? {
                name: p.name,
                gender: p.gender,
                nodeId: p.nodeId,
                birthDate: p.birthDate.includes('*') ? undefined : p.birthDate,
              }
            : { gender: 'M', nodeId: node?.id }
        }
      >
        <Form.Item name="name" label={t('people.name')} rules={required}>
          <Input maxLength={50} data-testid="person-form-name" />
        </Form.Item>
        <Form.Item name="gender" label={t('people.gender')} rules={required}>
          <Radio.Group options={GENDERS.map((g) => ({ value: g, label: t(`people.gender.${g}`) }))} />
        </Form.Item>
        <Form.Item
          name="nationalId"
          label={t('people.nationalId')}
          rules={p ? [] : required}
          extra={p ? t('people.form.keepHint', { value: p.nationalId }) : undefined}
        >
          <Input maxLength={18} autoComplete="off" data-testid="person-form-nationalId" />
        </Form.Item>
        <Form.Item name="birthDate" label={t('people.birthDate')} rules={p ? [] : required}>
          <Input
            type="date"
            max={new Date().toISOString().slice(0, 10)}
            data-testid="person-form-birthDate"
          />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('people.phone')}
          extra={p?.phone ? t('people.form.keepHint', { value: p.phone }) : undefined}
        >
          <Input maxLength={11} autoComplete="off" data-testid="person-form-phone" />
        </Form.Item>
        <Form.Item
          name="address"
          label={t('people.address')}
          extra={p?.address ? t('people.form.keepHint', { value: p.address }) : undefined}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="nodeId" label={t('people.node')} rules={required}>
          <NodePicker initial={node} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
