/**
 * Public pages (no login, phone first, light enough for WeChat's browser): find a community, its
 * council page (figures, topics, decisions with votes and conventions, meetings, and the sections
 * other modules add), and one public topic.
 */
import { useState, type ReactNode } from 'react';
import {
  Button,
  Card,
  Col,
  Empty,
  Form,
  Progress,
  Result,
  Row,
  Space,
  Spin,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../app/api.ts';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { LangSwitch } from '../../app/lang-switch.tsx';
import { CommunitySelect } from '../residents/me.page.tsx';
import { StageTag, usePageTitle } from './common.tsx';
import { getPublicCommunity, getPublicTopic, type PublicCommunity, type PublicTopic } from './council.api.ts';
import { communitySections } from './slots.ts';

function Frame(props: { children: ReactNode }) {
  const t = useT();
  return (
    <div style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <div
        style={{
          background: '#c8102e',
          color: '#fff',
          padding: '10px 16px',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
        }}
      >
        <Link to="/public" style={{ color: '#fff', fontWeight: 600 }}>
          {t('council.public.title')}
        </Link>
        <LangSwitch />
      </div>
      <main style={{ maxWidth: 720, margin: '0 auto', padding: 12 }}>{props.children}</main>
    </div>
  );
}

function VoteResult(props: { vote: NonNullable<PublicTopic['vote']> }) {
  const t = useT();
  const v = props.vote;
  const count = (p: number) => v.options.find((o) => o.position === p)?.count ?? 0;
  if (v.state !== 'closed') return <Tag color="green">{t(`votes.state.${v.state}`)}</Tag>;
  return (
    <div>
      <Typography.Text>
        {t('council.public.result', { yes: count(1), no: count(2), abstain: count(3) })}
      </Typography.Text>
      {v.turnout !== null && (
        <Progress percent={Math.round(v.turnout * 100)} size="small" aria-label={t('votes.results')} />
      )}
    </div>
  );
}

/** Find a community. */
export function PublicIndexPage() {
  const t = useT();
  usePageTitle(t('council.public.title'));
  const navigate = useNavigate();
  const [id, setId] = useState<string | undefined>();
  return (
    <Frame>
      <Card title={t('council.public.search')}>
        <Form layout="vertical">
          <Form.Item label={t('council.public.search.label')} htmlFor="public-community">
            <CommunitySelect
              id="public-community"
              value={id}
              onChange={(x) => {
                setId(x);
                navigate(`/public/c/${x}`);
              }}
            />
          </Form.Item>
        </Form>
      </Card>
    </Frame>
  );
}

function TopicLine(props: { topic: PublicCommunity['topics'][number] }) {
  const t = useT();
  const x = props.topic;
  return (
    <div style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }} data-testid="public-topic">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
        <Link to={`/public/t/${x.id}`}>{x.title}</Link>
        <StageTag stage={x.stage} />
      </Space>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {x.bodyKind === 'children' ? `${t('council.kind.children')} · ` : ''}
        {t(`council.category.${x.category}`)} · {x.authorLabel} · {t('council.supports', { n: x.supports })}
      </Typography.Text>
    </div>
  );
}

/** A community's public council page. */
export function PublicCommunityPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { lang } = useLang();
  const page = useQuery({
    queryKey: ['public', 'community', id],
    queryFn: () => getPublicCommunity(id),
    meta: { silent: true },
  });
  usePageTitle(page.data ? `${page.data.name}${t('council.title')}` : t('council.public.title'));
  if (page.error instanceof ApiError)
    return (
      <Frame>
        <Result status="404" title={t('council.public.none')} />
      </Frame>
    );
  if (!page.data)
    return (
      <Frame>
        <Spin />
      </Frame>
    );
  const p = page.data;
  return (
    <Frame>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Card>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="public-community">
            {p.name}
          </Typography.Title>
          <Typography.Text type="secondary">{p.parents.slice(-2).join(' · ')}</Typography.Text>
          <Row gutter={8} style={{ marginTop: 12 }}>
            <Col span={8}>
              <Statistic title={t('council.figures.meetings')} value={p.figures.meetings} />
            </Col>
            <Col span={8}>
              <Statistic title={t('council.figures.proposals')} value={p.figures.proposals} />
            </Col>
            <Col span={8}>
              <Statistic
                title={t('council.figures.resolved')}
                value={p.figures.resolved}
                data-testid="public-resolved"
              />
            </Col>
          </Row>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('council.public.year', { year: p.year })}
          </Typography.Text>
          <div style={{ marginTop: 12 }}>
            <Link to="/r/signup">
              <Button type="primary" block>
                {t('council.public.join')}
              </Button>
            </Link>
          </div>
        </Card>
        <Card size="small" title={t('council.public.decisions')}>
          {p.decisions.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
          {p.decisions.map((d) => (
            <div
              key={d.id}
              style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
              data-testid="public-decision"
            >
              <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
                <Link to={`/public/t/${d.id}`}>{d.title}</Link>
                <StageTag stage={d.stage} />
              </Space>
              {d.vote && <VoteResult vote={d.vote} />}
              {d.convention && (
                <Typography.Paragraph
                  type="secondary"
                  ellipsis={{ rows: 2 }}
                  style={{ margin: 0, fontSize: 12 }}
                >
                  {d.convention}
                </Typography.Paragraph>
              )}
            </div>
          ))}
        </Card>
        <Card size="small" title={t('council.public.topics')}>
          {p.topics.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
          {p.topics.map((x) => (
            <TopicLine key={x.id} topic={x} />
          ))}
        </Card>
        <Card size="small" title={t('council.public.meetings')}>
          {p.meetings.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
          {p.meetings.map((m, i) => (
            <div key={i} style={{ padding: '4px 0' }}>
              {m.title} · {formatTime(m.startsAt, lang)} · {t(`council.meeting.${m.status}`)}
              {m.status === 'held' && <> · {t('council.meeting.attendees', { n: m.attendees })}</>}
            </div>
          ))}
        </Card>
        {communitySections().map((s) => (
          <div key={s.key}>{s.render(p.id)}</div>
        ))}
      </Space>
    </Frame>
  );
}

/** One topic in public. */
export function PublicTopicPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { lang } = useLang();
  const topic = useQuery({
    queryKey: ['public', 'topic', id],
    queryFn: () => getPublicTopic(id),
    meta: { silent: true },
  });
  usePageTitle(topic.data?.title ?? t('council.public.title'));
  if (topic.error instanceof ApiError)
    return (
      <Frame>
        <Result status="404" title={t('council.public.none')} />
      </Frame>
    );
  if (!topic.data)
    return (
      <Frame>
        <Spin />
      </Frame>
    );
  const x = topic.data;
  return (
    <Frame>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Card>
          <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
            <Typography.Title level={4} style={{ margin: 0 }}>
              {x.title}
            </Typography.Title>
            <StageTag stage={x.stage} />
          </Space>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            <Link to={`/public/c/${x.nodeId}`}>{x.nodeName}</Link> · {x.authorLabel} ·{' '}
            {formatTime(x.createdAt, lang)}
          </Typography.Paragraph>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{x.description}</Typography.Paragraph>
        </Card>
        {x.ideasList.length > 0 && (
          <Card size="small" title={t('council.ideas')}>
            {x.ideasList.map((i, k) => (
              <Typography.Paragraph key={k} style={{ margin: '4px 0' }}>
                {i.text} <Tag>{i.supports}</Tag>
              </Typography.Paragraph>
            ))}
          </Card>
        )}
        {x.plan && (
          <Card size="small" title={t('council.plan')}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{x.plan}</Typography.Paragraph>
          </Card>
        )}
        {x.convention && (
          <Card size="small" title={t('council.convention')}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="public-convention">
              {x.convention}
            </Typography.Paragraph>
          </Card>
        )}
        {x.vote && (
          <Card size="small" title={t('council.vote')}>
            <VoteResult vote={x.vote} />
          </Card>
        )}
        {(x.progressNotes.length > 0 || x.resolutionNote) && (
          <Card size="small" title={t('council.progress')}>
            <Progress percent={x.progress} aria-label={t('council.progress')} />
            {x.progressNotes.map((p, k) => (
              <Typography.Paragraph key={k} style={{ margin: '4px 0' }}>
                {formatTime(p.createdAt, lang)} · {p.text}
              </Typography.Paragraph>
            ))}
            {x.resolutionNote && <Typography.Paragraph strong>{x.resolutionNote}</Typography.Paragraph>}
          </Card>
        )}
      </Space>
    </Frame>
  );
}
