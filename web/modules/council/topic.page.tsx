/**
 * One topic through the six steps (phones first): what was raised, the ideas and their support,
 * the plan and convention in versions with what changed, the open floor, the vote, and the
 * implementation. Officers move it on, set deadlines and moderate from the same page.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  InputNumber,
  Progress,
  Select,
  Space,
  Spin,
  Switch,
  Tag,
  Typography,
} from 'antd';
import {
  EyeInvisibleOutlined,
  EyeOutlined,
  LikeOutlined,
  ShareAltOutlined,
  StarOutlined,
} from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { VoteBallot } from '../votes/ballot.tsx';
import { FormModal, StageTag, useIdempotencyKey, usePageTitle } from './common.tsx';
import {
  STEPS,
  addComment,
  addDraft,
  addIdea,
  addProgress,
  followTopic,
  getDiff,
  getTopic,
  moderate,
  setDeadline,
  supportIdea,
  supportTopic,
  takeStep,
  type Topic,
} from './council.api.ts';
import type { Body } from '../../app/client.ts';

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
function DiffText(props: { parts: { op: string; text: string }[] }) {
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

function Drafts(props: { topic: Topic; kind: 'plan' | 'convention'; onChanged: () => void }) {
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

function HideButton(props: {
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

function Actions(props: { topic: Topic; onChanged: () => void }) {
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

/** One topic. */
export function TopicPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const topic = useQuery({ queryKey: ['council', 'topic', id], queryFn: () => getTopic(id) });
  usePageTitle(topic.data?.title ?? t('council.title'));
  const [speakAs, setSpeakAs] = useState<string | undefined>(undefined);
  const [idea, setIdea] = useState('');
  const [comment, setComment] = useState('');
  const ideaKey = useIdempotencyKey();
  const commentKey = useIdempotencyKey();
  const [progress, setProgress] = useState<{ text: string; percent: number }>({ text: '', percent: 50 });
  const changed = () =>
    void qc
      .invalidateQueries({ queryKey: ['council'] })
      .then(() => qc.invalidateQueries({ queryKey: ['votes'] }));
  if (!topic.data) return <Spin />;
  const x = topic.data;
  const as = speakAs ?? (x.bodyKind === 'children' ? x.actAs[0]?.personId : undefined);
  const run = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      message.success(t(done));
      changed();
    } catch (e) {
      reportError(e);
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 760 }} data-testid="topic-page">
      <Card size="small">
        <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="topic-title">
            {x.title}
          </Typography.Title>
          <StageTag stage={x.stage} />
        </Space>
        <Space wrap size={4} style={{ margin: '8px 0' }}>
          {x.bodyKind === 'children' && <Tag color="pink">{t('council.kind.children')}</Tag>}
          <Tag>{t(`council.category.${x.category}`)}</Tag>
          {x.outcome && (
            <Tag color={x.outcome === 'adopted' ? 'green' : 'red'} data-testid="outcome">
              {t(`council.outcome.${x.outcome}`)}
            </Tag>
          )}
          {x.overdue && <Tag color="red">{t('council.overdue')}</Tag>}
        </Space>
        <StepChips stage={x.stage} />
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0' }}>
          {x.nodeName} · {t('council.by', { who: x.authorLabel })} · {formatTime(x.createdAt, lang)}
          {x.stageDueAt && <> · {t('council.due', { at: formatTime(x.stageDueAt, lang) })}</>}
        </Typography.Paragraph>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{x.description}</Typography.Paragraph>
        {x.declineReason && (
          <Typography.Text type="danger">
            {t('council.declined_because', { reason: x.declineReason })}
          </Typography.Text>
        )}
        {x.hiddenReason && (
          <Typography.Text type="danger">
            {t('council.hidden_because', { reason: x.hiddenReason })}
          </Typography.Text>
        )}
        <Space wrap style={{ marginTop: 8 }}>
          {x.can.support ? (
            <Button
              type="primary"
              icon={<LikeOutlined />}
              onClick={() => void run(() => supportTopic(x.id, as), 'council.support.done')}
              data-testid="support-topic"
            >
              {t('council.support')} {x.supports}
            </Button>
          ) : (
            <Tag icon={<LikeOutlined />}>{t('council.supports', { n: x.supports })}</Tag>
          )}
          <Button
            icon={<StarOutlined />}
            onClick={() =>
              void run(
                () => followTopic(x.id, !x.following),
                x.following ? 'council.unfollow' : 'council.followed',
              )
            }
            data-testid="follow"
          >
            {x.following ? t('council.unfollow') : t('council.follow')}
          </Button>
          <Button
            icon={<ShareAltOutlined />}
            onClick={() => {
              void navigator.clipboard?.writeText(`${location.origin}/public/t/${x.id}`).catch(() => {});
              message.success(t('council.share.copied'));
            }}
          >
            {t('council.share')}
          </Button>
          {x.can.moderate && <HideButton target="topic" id={x.id} hidden={x.hidden} onChanged={changed} />}
        </Space>
        {x.actAs.length > 1 && (
          <Form layout="vertical" style={{ marginTop: 8 }}>
            <Form.Item label={t('council.speak_as')} htmlFor="speak-as">
              <Select
                id="speak-as"
                value={as}
                onChange={setSpeakAs}
                options={x.actAs.map((a) => ({ value: a.personId, label: a.label }))}
              />
            </Form.Item>
          </Form>
        )}
      </Card>

      <Actions topic={x} onChanged={changed} />

      {(x.ideasList.length > 0 || x.can.idea) && (
        <Card size="small" title={t('council.ideas')} data-testid="ideas">
          {x.ideasList.map((i) => (
            <div
              key={i.id}
              style={{ borderBottom: '1px solid #f0f0f0', padding: '6px 0' }}
              data-testid="idea"
            >
              <Typography.Paragraph style={{ margin: 0 }} type={i.hidden ? 'secondary' : undefined}>
                {i.text}
              </Typography.Paragraph>
              <Space wrap size={4}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {i.authorLabel} · {formatTime(i.createdAt, lang)}
                </Typography.Text>
                {i.hiddenReason && <Tag>{t('council.hidden_because', { reason: i.hiddenReason })}</Tag>}
                <Button
                  size="small"
                  type={i.supported ? 'primary' : 'default'}
                  icon={<LikeOutlined />}
                  disabled={!i.can.support}
                  onClick={() => void run(() => supportIdea(i.id, as), 'council.support.done')}
                  aria-label={t('council.idea.support')}
                  data-testid="support-idea"
                >
                  {i.supports}
                </Button>
                {i.can.moderate && (
                  <HideButton target="idea" id={i.id} hidden={i.hidden} onChanged={changed} />
                )}
              </Space>
            </div>
          ))}
          {x.can.idea && (
            <Form layout="vertical" style={{ marginTop: 8 }}>
              <Form.Item label={t('council.idea.placeholder')} htmlFor="idea-text">
                <Input.TextArea
                  id="idea-text"
                  value={idea}
                  onChange={(e) => setIdea(e.target.value)}
                  rows={2}
                />
              </Form.Item>
              <Button
                disabled={!idea.trim()}
                onClick={() =>
                  void run(async () => {
                    await addIdea(x.id, idea.trim(), ideaKey.get(), as);
                    ideaKey.done();
                    setIdea('');
                  }, 'council.idea.done')
                }
                data-testid="idea-submit"
              >
                {t('council.idea.submit')}
              </Button>
            </Form>
          )}
        </Card>
      )}

      <Drafts topic={x} kind="plan" onChanged={changed} />
      <Drafts topic={x} kind="convention" onChanged={changed} />

      {x.vote && (
        <div data-testid="topic-vote">
          <Typography.Title level={5}>{t('council.vote')}</Typography.Title>
          <VoteBallot vote={x.vote} onChanged={changed} />
        </div>
      )}

      {(x.progressNotes.length > 0 || x.can.progress || x.resolutionNote) && (
        <Card size="small" title={t('council.progress')}>
          <Progress percent={x.progress} />
          {x.progressNotes.map((p) => (
            <Typography.Paragraph key={p.id} style={{ margin: '4px 0' }}>
              {formatTime(p.createdAt, lang)} · {p.percent}% · {p.text}
            </Typography.Paragraph>
          ))}
          {x.resolutionNote && (
            <Typography.Paragraph strong data-testid="resolution">
              {t('council.resolution')}：{x.resolutionNote}
            </Typography.Paragraph>
          )}
          {x.can.progress && (
            <Form layout="inline" style={{ rowGap: 8 }}>
              <Form.Item label={t('council.progress.text')} htmlFor="progress-text">
                <Input
                  id="progress-text"
                  value={progress.text}
                  onChange={(e) => setProgress({ ...progress, text: e.target.value })}
                />
              </Form.Item>
              <Form.Item label={t('council.progress.percent')} htmlFor="progress-percent">
                <InputNumber
                  id="progress-percent"
                  min={0}
                  max={100}
                  value={progress.percent}
                  onChange={(v) => setProgress({ ...progress, percent: Number(v ?? 0) })}
                />
              </Form.Item>
              <Button
                disabled={!progress.text.trim()}
                onClick={() =>
                  void run(
                    () => addProgress(x.id, progress.text.trim(), progress.percent),
                    'council.progress.done',
                  )
                }
              >
                {t('council.progress.add')}
              </Button>
            </Form>
          )}
        </Card>
      )}

      <Card size="small" title={t('council.comments')} data-testid="comments">
        {x.comments.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
        {x.comments.map((c) => (
          <div
            key={c.id}
            style={{ borderBottom: '1px solid #f0f0f0', padding: '6px 0' }}
            data-testid="comment"
          >
            <Typography.Paragraph style={{ margin: 0 }} type={c.hidden ? 'secondary' : undefined}>
              {c.text}
            </Typography.Paragraph>
            <Space wrap size={4}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.authorLabel} · {t(`council.stage.${c.stage}`)} · {formatTime(c.createdAt, lang)}
              </Typography.Text>
              {c.hiddenReason && <Tag>{t('council.hidden_because', { reason: c.hiddenReason })}</Tag>}
              {c.can.moderate && (
                <HideButton target="comment" id={c.id} hidden={c.hidden} onChanged={changed} />
              )}
            </Space>
          </div>
        ))}
        {x.can.comment && (
          <Form layout="vertical" style={{ marginTop: 8 }}>
            <Form.Item label={t('council.comment.placeholder')} htmlFor="comment-text">
              <Input.TextArea
                id="comment-text"
                value={comment}
                onChange={(e) => setComment(e.target.value)}
                rows={2}
              />
            </Form.Item>
            <Button
              disabled={!comment.trim()}
              onClick={() =>
                void run(async () => {
                  await addComment(x.id, comment.trim(), commentKey.get(), as);
                  commentKey.done();
                  setComment('');
                }, 'council.comment.done')
              }
              data-testid="comment-submit"
            >
              {t('council.comment.submit')}
            </Button>
          </Form>
        )}
      </Card>

      {x.meetings.length > 0 && (
        <Card size="small" title={t('council.meetings_of_topic')}>
          {x.meetings.map((m) => (
            <div key={m.id}>
              <Link to={`/council/meetings/${m.id}`}>{m.title}</Link> · {formatTime(m.startsAt, lang)} ·{' '}
              {t(`council.meeting.${m.status}`)}
            </div>
          ))}
        </Card>
      )}
    </Space>
  );
}
