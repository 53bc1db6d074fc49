/** The marketplace on a community's public page (no login): open items and the district's leaderboards. */
import { Card, Empty, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { BoardFigures, BoardTables } from './boards.page.tsx';
import { getPublicServices } from './services.api.ts';

/** The section. */
export function PublicServicesSection(props: { communityId: string }) {
  const t = useT();
  const q = useQuery({
    queryKey: ['public', 'services', props.communityId],
    queryFn: () => getPublicServices(props.communityId),
    meta: { silent: true },
  });
  if (!q.data) return null;
  return (
    <Card size="small" title={t('services.public.title')} data-testid="public-services">
      <Space direction="vertical" style={{ width: '100%' }}>
        {q.data.items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
        {q.data.items.slice(0, 10).map((i) => (
          <div key={i.id}>
            <Tag>{t(`services.list.${i.list}`)}</Tag>
            <Typography.Text>{i.title}</Typography.Text>
            {i.providerOrgName && <Typography.Text type="secondary"> · {i.providerOrgName}</Typography.Text>}
          </div>
        ))}
        <BoardFigures boards={q.data.boards} />
        <BoardTables boards={q.data.boards} />
      </Space>
    </Card>
  );
}
