/**
 * Paper ballots (desktop, officers): enter the ballots of an in-person meeting with who voted, and
 * confirm or send back batches another officer entered.
 */
import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { reportError, setFieldErrors } from '../../app/problem.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { usePageTitle } from '../council/common.tsx';
import { PersonPicker } from '../residents/person-picker.tsx';
import { decidePaper, enterPaper, getVote, listPaper, listVotes } from './votes.api.ts';

type Entry = { voterId: string; choices: number[] | number };

function EnterBallots() {
  const t = useT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ voteId: string; note: string; entries: Entry[] }>();
  const voteId = Form.useWatch('voteId', form);
  const open = useQuery({ queryKey: ['votes', 'list', 'open'], queryFn: () => listVotes({ state: 'open' }) });
  const vote = useQuery({ queryKey: ['votes', voteId], queryFn: () => getVote(voteId), enabled: !!voteId });
  const options = (vote.data?.options ?? []).map((o) => ({ value: o.position, label: o.label }));
  const many = vote.data && vote.data.method !== 'single';
  async function submit() {
    const v = await form.validateFields();
    try {
      await enterPaper(v.voteId, {
        note: v.note ?? '',
        entries: v.entries.map((e) => ({
          voterId: e.voterId,
          choices: Array.isArray(e.choices) ? e.choices : [e.choices],
        })),
      });
      message.success(t('votes.paper.entered'));
      form.resetFields();
      void qc.invalidateQueries({ queryKey: ['votes'] });
    } catch (e) {
      const rest = setFieldErrors(form, e);
      if (rest === null || rest.length) reportError(e);
    }
  }
  return (
    <Card title={t('votes.paper.enter')} size="small">
      <Form form={form} layout="vertical" initialValues={{ entries: [{}] }}>
        <Form.Item name="voteId" label={t('votes.paper.vote')} rules={[{ required: true }]}>
          <Select
            options={(open.data?.items ?? []).map((v) => ({
              value: v.id,
              label: `${v.title}（${v.nodeName}）`,
            }))}
          />
        </Form.Item>
        <Form.List name="entries">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap style={{ display: 'flex' }}>
                  <Form.Item
                    name={[f.name, 'voterId']}
                    label={t('votes.paper.voter')}
                    rules={[{ required: true }]}
                    style={{ minWidth: 320 }}
                  >
                    <PersonPicker />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'choices']}
                    label={t('votes.paper.choice')}
                    rules={[{ required: true }]}
                    style={{ minWidth: 200 }}
                  >
                    <Select mode={many ? 'multiple' : undefined} options={options} />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('votes.paper.voter')}
                    onClick={() => remove(f.name)}
                    style={{ marginTop: 30 }}
                  />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 16 }}>
                {t('votes.paper.add')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="note" label={t('votes.paper.note')}>
          <Input />
        </Form.Item>
        <Button type="primary" onClick={() => void submit()} data-testid="paper-submit">
          {t('votes.paper.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** Paper ballots: enter, and confirm others' batches. */
export function PaperPage() {
  const t = useT();
  const { lang } = useLang();
  usePageTitle(t('votes.paper.title'));
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const [rejecting, setRejecting] = useState<string | null>(null);
  const batches = useQuery({ queryKey: ['votes', 'paper'], queryFn: () => listPaper({}) });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['votes'] });
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 960 }}>
      <Typography.Title level={3}>{t('votes.paper.title')}</Typography.Title>
      <EnterBallots />
      <Card title={t('votes.paper.pending')} size="small">
        {(batches.data ?? []).length === 0 && <Empty description={t('votes.paper.none')} />}
        {(batches.data ?? []).map((b) => (
          <Card key={b.id} size="small" style={{ marginBottom: 8 }} data-testid="paper-batch">
            <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
              <span>
                {b.voteTitle} <Tag>{t(`votes.paper.status.${b.status}`)}</Tag>
              </span>
              {b.can.decide && (
                <Space>
                  <Button
                    type="primary"
                    onClick={() =>
                      modal.confirm({
                        title: t('votes.paper.confirm'),
                        content: t('votes.paper.confirm.text'),
                        onOk: async () => {
                          try {
                            await decidePaper(b.id, true);
                            message.success(t('votes.paper.decided'));
                            refresh();
                          } catch (e) {
                            reportError(e);
                          }
                        },
                      })
                    }
                  >
                    {t('votes.paper.confirm')}
                  </Button>
                  <Button danger onClick={() => setRejecting(b.id)}>
                    {t('votes.paper.reject')}
                  </Button>
                </Space>
              )}
            </Space>
            <Typography.Text type="secondary">
              {t('votes.paper.by', { who: b.enteredBy, at: formatTime(b.enteredAt, lang), n: b.ballotCount })}
              {b.note ? ` · ${b.note}` : ''}
              {b.rejectReason ? ` · ${b.rejectReason}` : ''}
            </Typography.Text>
          </Card>
        ))}
      </Card>
      <FormModal<{ reason: string }>
        open={!!rejecting}
        title={t('votes.paper.reject')}
        onClose={() => setRejecting(null)}
        okDanger
        onSubmit={async (v) => {
          await decidePaper(rejecting!, false, v.reason);
          message.success(t('votes.paper.decided'));
          refresh();
        }}
      >
        <Form.Item name="reason" label={t('votes.paper.reject.reason')} rules={[{ required: true }]}>
          <Input.TextArea />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
