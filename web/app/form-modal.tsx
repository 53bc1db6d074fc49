/**
 * A modal holding one antd form, the one every page uses: submit validates, calls onSubmit with
 * the values and closes; a server problem lands on the fields (what matches no field, as a toast)
 * and the modal stays open.
 */
import { useState, type ReactNode } from 'react';
import { Form, Modal, type ButtonProps, type FormInstance } from 'antd';
import { applyProblemToForm } from './problem.ts';

export type FormModalProps<V extends object> = {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  onSubmit: (values: V, form: FormInstance<V>) => Promise<unknown>;
  children: ReactNode;
  initialValues?: Partial<V>;
  okText?: ReactNode;
  okDanger?: boolean;
  /** antd's default (520) unless given. */
  width?: number;
  /** The test id; the OK button gets `<testId>-ok` ('form-ok' without one). */
  testId?: string;
  /**
   * Where the test id goes: on the modal (default), or on the form itself, which then also takes
   * it as its name (its field ids become `<testId>_<field>`, apart from any other form on the page).
   */
  testIdOn?: 'modal' | 'form';
};

export function FormModal<V extends object>(props: FormModalProps<V>) {
  const [form] = Form.useForm<V>();
  const [busy, setBusy] = useState(false);
  const onForm = props.testIdOn === 'form';
  async function submit() {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    try {
      await props.onSubmit(values, form);
      form.resetFields();
      props.onClose();
    } catch (e) {
      applyProblemToForm(form, e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal
      open={props.open}
      title={props.title}
      onCancel={props.onClose}
      onOk={() => void submit()}
      okText={props.okText}
      okButtonProps={{ danger: props.okDanger, 'data-testid': `${props.testId ?? 'form'}-ok` } as ButtonProps}
      confirmLoading={busy}
      width={props.width}
      destroyOnHidden
      data-testid={onForm ? undefined : props.testId}
    >
      <Form
        form={form}
        name={onForm ? props.testId : undefined}
        layout="vertical"
        initialValues={props.initialValues}
        data-testid={onForm ? props.testId : undefined}
        preserve={false}
      >
        {props.children}
      </Form>
    </Modal>
  );
}
