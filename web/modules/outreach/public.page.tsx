/** 亮身份: a community's party members' public pledges this year and how they were kept (names masked, no login). */
import { Card, List, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useT } from '../../app/i18n.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import { getPublicPledges } from './outreach.api.ts';
import './outreach.shared.tsx';

/** The public pledges page. */
export function PublicPledgesPage() {
  const t = useT();
  const { communityId = '' } = useParams();
  const q = useQuery({
    queryKey: ['outreach', 'public', communityId],
    queryFn: () => getPublicPledges(communityId),
  });
  const d = q.data;
  useDocumentTitle(d ? t('or.public.title', { community: d.communityName }) : t('or.pledges'));
  return (
    <div style={{ maxWidth: 760, margin: '24px auto', padding: 12 }}>
      {d && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Title level={3}>
            {t('or.public.title', { community: d.communityName })}
          </Typography.Title>
          <Card size="small">
            <List
              dataSource={d.items}
              locale={{ emptyText: t('or.public.none') }}
              data-testid="or-public-pledges"
              renderItem={(g) => (
                <List.Item>
                  <Space orientation="vertical" size={0}>
                    <span>
                      <strong>{g.memberName}</strong>
                      {g.programmeName ? ` · ${g.programmeName}` : ''}{' '}
                      <Tag color={g.state === 'fulfilled' ? 'green' : 'blue'}>{t(`or.ps.${g.state}`)}</Tag>
                    </span>
                    <span>
                      {g.content}（{t('or.dueOn')} {g.dueOn}）
                    </span>
                    {g.fulfilment && <Typography.Text type="secondary">{g.fulfilment}</Typography.Text>}
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Space>
      )}
    </div>
  );
}
