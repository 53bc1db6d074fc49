/** The council desk (officers, desktop): topics to accept, steps past their deadline, recent posts to check. */
import { Card, Empty, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { usePageTitle } from './common.tsx';
import { getQueue } from './council.api.ts';
import { TopicCard } from './topics.page.tsx';

/** What waits for those who run a council. */
export function ModerationPage() {
  const t = useT();
  const { lang } = useLang();
  usePageTitle(t('council.moderation.title'));
  const { node } = useSelectedNode();
  const q = useQuery({ queryKey: ['council', 'queue', node?.id], queryFn: () => getQueue(node?.id) });
  const none = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('council.moderation.none')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 1000 }}>
      <Typography.Title level={3}>{t('council.moderation.title')}</Typography.Title>
      <Card size="small" title={t('council.moderation.to_accept')} data-testid="to-accept">
        {q.data?.toAccept.length ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {q.data.toAccept.map((x) => (
              <TopicCard key={x.id} topic={x} />
            ))}
          </Space>
        ) : (
          none
        )}
      </Card>
      <Card size="small" title={t('council.moderation.overdue')}>
        {q.data?.overdue.length ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {q.data.overdue.map((x) => (
              <TopicCard key={x.id} topic={x} />
            ))}
          </Space>
        ) : (
          none
        )}
      </Card>
      <Card size="small" title={t('council.moderation.recent')}>
        {q.data?.recent.length
          ? q.data.recent.map((p) => (
              <div key={p.id} style={{ borderBottom: '1px solid #f0f0f0', padding: '6px 0' }}>
                <Link to={`/council/topics/${p.topicId}`}>{p.topicTitle}</Link>{' '}
                <Tag>{t(p.target === 'idea' ? 'council.ideas' : 'council.comments')}</Tag>
                {p.hidden && (
                  <Tag color="red">{t('council.hidden_because', { reason: p.hiddenReason ?? '' })}</Tag>
                )}
                <Typography.Paragraph style={{ margin: 0 }}>{p.text}</Typography.Paragraph>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {p.authorLabel} · {formatTime(p.createdAt, lang)}
                </Typography.Text>
              </div>
            ))
          : none}
      </Card>
    </Space>
  );
}
