/** What an officer does on a topic: move it on, set a deadline, hide or show what was said. */
import { useState } from 'react';
import { App, Button, Card, Form, Input, Select, Space, Switch } from 'antd';
import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { moderate, setDeadline, takeStep, type Topic } from './council.api.ts';
import type { Body } from '../../app/client.ts';

export function HideButton(props: {
  target: 'topic' | 'idea' | 'comment';
  id: string;
  hidden: boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  if (props.hidden)
    return (
      <Button
        size="small"
        type="link"
        icon={<EyeOutlined />}
        onClick={async () => {
          try {
            await moderate({ target: props.target, id: props.id, hide: false });
            message.success(t('council.show.done'));
            props.onChanged();
          } catch (e) {
            reportError(e);
          }
        }}
      >
        {t('council.show')}
      </Button>
    );
  return (
    <>
      <Button size="small" type="link" danger icon={<EyeInvisibleOutlined />} onClick={() => setOpen(true)}>
        {t('council.hide')}
      </Button>
      <FormModal<{ reason: string }>
        open={open}
        title={t('council.hide')}
        onClose={() => setOpen(false)}
        okDanger
        onSubmit={async (v) => {
          await moderate({ target: props.target, id: props.id, hide: true, reason: v.reason });
          message.success(t('council.hide.done'));
          props.onChanged();
        }}
      >
        <Form.Item name="reason" label={t('council.hide.reason')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      </FormModal>
    </>
  );
}

export function Actions(props: { topic: Topic; onChanged: () => void }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [form, setForm] = useState<string | null>(null);
  const x = props.topic;
  const done = (stage: string) => {
    message.success(t('council.step_done', { stage: t(`council.stage.${stage}`) }));
    props.onChanged();
  };
  function simple(action: Body<'post', '/api/council/topics/{id}/transitions'>['action']) {
    const text =
      action === 'accept'
        ? 'council.confirm.accept'
        : action === 'withdraw'
          ? 'council.confirm.withdraw'
          : action === 'revise'
            ? 'council.confirm.revise'
            : 'council.confirm.step';
    modal.confirm({
      title: t(`council.action.${action}`),
      content: t(text),
      okText: t(`council.action.${action}`),
      onOk: async () => {
        try {
          done((await takeStep(x.id, { action })).stage);
        } catch (e) {
          reportError(e);
        }
      },
    });
  }
  if (!x.actions.length && !x.can.deadline) return null;
  const inWeek = new Date(Date.now() + 7 * 86400_000 + 8 * 3600_000).toISOString().slice(0, 16);
  return (
    <Card size="small" title={t('council.actions')} data-testid="topic-actions">
      <Space wrap>
        {x.actions.map((a) => (
          <Button
            key={a}
            type={['decline', 'withdraw'].includes(a) ? 'default' : 'primary'}
            danger={['decline', 'withdraw'].includes(a)}
            onClick={() =>
              ['decline', 'to_decide', 'resolve'].includes(a)
                ? setForm(a)
                : simple(a as Body<'post', '/api/council/topics/{id}/transitions'>['action'])
            }
            data-testid={`action-${a}`}
          >
            {t(`council.action.${a}`)}
          </Button>
        ))}
        {x.can.deadline && (
          <Button onClick={() => setForm('deadline')} data-testid="action-deadline">
            {t('council.deadline')}
          </Button>
        )}
      </Space>
      <FormModal<{ reason: string }>
        open={form === 'decline'}
        title={t('council.action.decline')}
        onClose={() => setForm(null)}
        okDanger
        onSubmit={async (v) => done((await takeStep(x.id, { action: 'decline', reason: v.reason })).stage)}
      >
        <Form.Item name="reason" label={t('council.reason')} rules={[{ required: true }]}>
          <Input.TextArea />
        </Form.Item>
      </FormModal>
      <FormModal<{ note: string }>
        open={form === 'resolve'}
        title={t('council.action.resolve')}
        onClose={() => setForm(null)}
        onSubmit={async (v) => done((await takeStep(x.id, { action: 'resolve', note: v.note })).stage)}
      >
        <Form.Item name="note" label={t('council.note')} rules={[{ required: true }]}>
          <Input.TextArea />
        </Form.Item>
      </FormModal>
      <FormModal<{ closesAt: string; secret: boolean; audience: 'residents' | 'members' }>
        open={form === 'to_decide'}
        title={t('council.action.to_decide')}
        onClose={() => setForm(null)}
        initialValues={{ closesAt: inWeek, secret: true, audience: 'residents' }}
        okText={t('council.action.to_decide')}
        testId="vote-modal"
        onSubmit={async (v) =>
          done(
            (
              await takeStep(x.id, {
                action: 'to_decide',
                vote: {
                  closesAt: new Date(v.closesAt).toISOString(),
                  secret: v.secret,
                  audience: v.audience,
                },
              })
            ).stage,
          )
        }
      >
        <Form.Item name="closesAt" label={t('council.vote.closes')} rules={[{ required: true }]}>
          <Input type="datetime-local" data-testid="vote-closes" />
        </Form.Item>
        <Form.Item name="secret" label={t('council.vote.secret')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {x.bodyKind === 'residents' && (
          <Form.Item name="audience" label={t('council.vote.audience')}>
            <Select
              options={(['residents', 'members'] as const).map((a) => ({
                value: a,
                label: t(`council.audience.${a}`),
              }))}
            />
          </Form.Item>
        )}
      </FormModal>
      <FormModal<{ dueAt: string }>
        open={form === 'deadline'}
        title={t('council.deadline')}
        onClose={() => setForm(null)}
        initialValues={{ dueAt: inWeek }}
        onSubmit={async (v) => {
          await setDeadline(x.id, new Date(v.dueAt).toISOString(), x.version);
          message.success(t('council.deadline.done'));
          props.onChanged();
        }}
      >
        <Form.Item name="dueAt" label={t('council.due', { at: '' })} rules={[{ required: true }]}>
          <Input type="datetime-local" />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
