/** The steps of a project's life the user may take now, each with its confirmation or its reason. */
import { useState } from 'react';
import { App, Button, Form, Input, Space } from 'antd';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { takeStep, type Project } from './projects.api.ts';
import type { Body } from '../../app/client.ts';

const NEEDS_REASON = ['reject', 'drop', 'fail_inspection'];

/** A step of a project's life. */
type Action = Body<'post', '/api/projects/{id}/transitions'>['action'];

/** The steps the user may take now, each with its confirmation or its reason. */
export function Actions(props: { p: Project; onDone: () => void }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const [asking, setAsking] = useState<Action | null>(null);
  const p = props.p;
  if (!p.actions.length) return null;
  function run(action: Action) {
    if (NEEDS_REASON.includes(action) || action === 'accept') return setAsking(action);
    modal.confirm({
      title: t(`projects.action.${action}`),
      content: t('projects.action.confirm', { action: t(`projects.action.${action}`) }),
      okButtonProps: { 'data-testid': 'confirm-ok' } as never,
      onOk: async () => {
        try {
          await takeStep(p.id, { action });
          message.success(t('projects.saved'));
          props.onDone();
        } catch (e) {
          reportError(e);
        }
      },
    });
  }
  const field = asking === 'accept' ? 'note' : 'reason';
  return (
    <Space wrap>
      {p.actions.map((a) => (
        <Button
          key={a}
          type={
            ['approve', 'fix_budget', 'start', 'finish', 'accept', 'close'].includes(a)
              ? 'primary'
              : 'default'
          }
          danger={NEEDS_REASON.includes(a) || a === 'withdraw'}
          onClick={() => run(a as Action)}
          data-testid={`action-${a}`}
        >
          {t(`projects.action.${a}`)}
        </Button>
      ))}
      <FormModal<{ text: string }>
        open={!!asking}
        title={asking ? t(`projects.action.${asking}`) : ''}
        onClose={() => setAsking(null)}
        testId="step-modal"
        onSubmit={async (v) => {
          await takeStep(p.id, { action: asking!, [field]: v.text });
          props.onDone();
        }}
      >
        <Form.Item
          name="text"
          label={t(field === 'note' ? 'projects.note' : 'projects.reason')}
          rules={[{ required: true, max: 1000 }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
