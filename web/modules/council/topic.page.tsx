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
  Tag,
  Typography,
} from 'antd';
import { LikeOutlined, ShareAltOutlined, StarOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { VoteBallot } from '../votes/ballot.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { StageTag, usePageTitle } from './common.tsx';
import {
  addComment,
  addIdea,
  addProgress,
  followTopic,
  getTopic,
  supportIdea,
  supportTopic,
} from './council.api.ts';
import { Drafts, StepChips } from './topic-drafts.tsx';
import { Actions, HideButton } from './topic-actions.tsx';

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
          <Progress percent={x.progress} aria-label={t('council.progress')} />
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
