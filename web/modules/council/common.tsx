/** Small pieces the council, votes and residents pages share: page titles, stage tags, form modals. */
import { useRef, useState, type ReactNode } from 'react';
import { Form, Modal, Tag, type ButtonProps, type FormInstance } from 'antd';
import { useT } from '../../app/i18n.tsx';
import { reportError, setFieldErrors } from '../../app/problem.ts';

/** Sets the browser tab's title for the page (the shell's one helper). */
export { useDocumentTitle as usePageTitle } from '../../app/title.ts';

const STAGE_COLOURS: Record<string, string> = {
  raise: 'default',
  ideas: 'cyan',
  plan: 'blue',
  floor: 'geekblue',
  convention: 'purple',
  decide: 'magenta',
  implementing: 'orange',
  resolved: 'green',
  not_adopted: 'red',
  declined: 'default',
  withdrawn: 'default',
};

/** A topic's stage as a coloured tag. */
export function StageTag(props: { stage: string }) {
  const t = useT();
  return (
    <Tag color={STAGE_COLOURS[props.stage]} data-testid="stage-tag">
      {t(`council.stage.${props.stage}`)}
    </Tag>
  );
}

/**
 * One Idempotency-Key per form submission: made on the first attempt, reused when the same
 * submission is retried, and cleared once it succeeded.
 */
export function useIdempotencyKey() {
  const key = useRef<string | null>(null);
  return {
    get: () => (key.current ??= crypto.randomUUID()),
    done: () => {
      key.current = null;
    },
  };
}

/**
 * A modal holding one antd form: submit calls onSubmit with the values; a server problem lands on
 * the fields (or as a toast) and the modal stays open.
 */
export function FormModal<V extends object>(props: {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  onSubmit: (values: V) => Promise<unknown>;
  children: ReactNode;
  initialValues?: Partial<V>;
  okText?: ReactNode;
  okDanger?: boolean;
  testId?: string;
}) {
  const [form] = Form.useForm<V>();
  const [busy, setBusy] = useState(false);
  async function submit() {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    try {
      await props.onSubmit(values);
      form.resetFields();
      props.onClose();
    } catch (e) {
      const rest = setFieldErrors(form as FormInstance, e);
      if (rest === null || rest.length) reportError(e);
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
      destroyOnHidden
      data-testid={props.testId}
    >
      <Form form={form} layout="vertical" initialValues={props.initialValues} preserve={false}>
        {props.children}
      </Form>
    </Modal>
  );
}
