/** A topic's plan and convention 方案与公约: the step chips, its drafts in versions, and what changed between two. */
import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, Select, Space, Switch, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { STEPS, addDraft, getDiff, type Topic } from './council.api.ts';

/** The six steps as a row of chips, the present one marked. */
export function StepChips(props: { stage: string }) {
  const t = useT();
  const at = STEPS.indexOf(props.stage as (typeof STEPS)[number]);
  const after = ['implementing', 'resolved', 'not_adopted'].includes(props.stage);
  return (
    <div
      style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}
      data-testid="step-chips"
      aria-label={t('council.steps')}
    >
      {STEPS.map((s, i) => (
        <Tag
          key={s}
          color={i === at ? '#c8102e' : i < at || after ? 'green' : 'default'}
          aria-current={i === at ? 'step' : undefined}
        >
          {i + 1}. {t(`council.stage.${s}`)}
        </Tag>
      ))}
    </div>
  );
}

/** A diff as text with additions underlined in green and removals struck in red. */
export function DiffText(props: { parts: { op: string; text: string }[] }) {
  return (
    <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.8 }} data-testid="diff">
      {props.parts.map((p, i) =>
        p.op === '=' ? (
          <span key={i}>{p.text}</span>
        ) : p.op === '+' ? (
          <ins key={i} style={{ background: '#d9f7be', textDecoration: 'underline' }}>
            {p.text}
          </ins>
        ) : (
          <del key={i} style={{ background: '#ffccc7' }}>
            {p.text}
          </del>
        ),
      )}
    </div>
  );
}

export function Drafts(props: { topic: Topic; kind: 'plan' | 'convention'; onChanged: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const drafts = props.topic.drafts.filter((d) => d.kind === props.kind);
  const latest = drafts[drafts.length - 1];
  const [version, setVersion] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  const [compare, setCompare] = useState(false);
  const shown = drafts.find((d) => d.version === (version ?? latest?.version));
  const diff = useQuery({
    queryKey: ['council', 'diff', props.topic.id, props.kind, shown?.version],
    queryFn: () => getDiff(props.topic.id, props.kind, shown!.version - 1, shown!.version),
    enabled: compare && !!shown && shown.version > 1,
  });
  const editable =
    props.topic.can.draft &&
    (props.kind === 'plan' ? ['plan', 'floor'] : ['floor', 'convention']).includes(props.topic.stage);
  if (!latest && !editable) return null;
  return (
    <Card
      size="small"
      title={t(props.kind === 'plan' ? 'council.plan' : 'council.convention')}
      data-testid={`drafts-${props.kind}`}
      extra={
        editable && (
          <Button size="small" onClick={() => setEditing(true)} data-testid={`draft-edit-${props.kind}`}>
            {t('council.draft.edit')}
          </Button>
        )
      }
    >
      {!shown && <Empty description={t('council.draft.none')} />}
      {shown && (
        <>
          <Space wrap style={{ marginBottom: 8 }}>
            <Select
              size="small"
              aria-label={t('council.draft.version', { v: '' })}
              value={shown.version}
              onChange={(v) => setVersion(v)}
              options={drafts.map((d) => ({
                value: d.version,
                label: t('council.draft.version', { v: d.version }),
              }))}
            />
            {shown.version > 1 && (
              <Space size={4}>
                <Switch
                  size="small"
                  checked={compare}
                  onChange={setCompare}
                  aria-label={t('council.draft.compare')}
                />
                <span>{t('council.draft.compare')}</span>
              </Space>
            )}
          </Space>
          {compare && diff.data ? (
            <DiffText parts={diff.data} />
          ) : (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid={`draft-text-${props.kind}`}>
              {shown.text}
            </Typography.Paragraph>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('council.draft.by', { who: shown.authorLabel, at: formatTime(shown.createdAt, lang) })}
            {shown.note ? ` · ${shown.note}` : ''}
          </Typography.Text>
        </>
      )}
      <FormModal<{ text: string; note: string }>
        open={editing}
        title={t('council.draft.edit')}
        onClose={() => setEditing(false)}
        initialValues={{ text: latest?.text ?? '', note: '' }}
        okText={t('council.draft.save')}
        testId={`draft-modal-${props.kind}`}
        onSubmit={async (v) => {
          const r = await addDraft(props.topic.id, {
            kind: props.kind,
            text: v.text,
            note: v.note,
            baseVersion: latest?.version ?? 0,
          });
          message.success(t('council.draft.saved', { v: r.version }));
          setVersion(null);
          props.onChanged();
        }}
      >
        <Form.Item name="text" label={t('council.draft.text')} rules={[{ required: true }]}>
          <Input.TextArea rows={8} />
        </Form.Item>
        <Form.Item name="note" label={t('council.draft.note')}>
          <Input />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
