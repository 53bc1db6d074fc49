/** What owners see (no login): a community's compounds, their companies and the published star ratings. */
import { Card, Empty, List, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useT } from '../../app/i18n.tsx';
import { usePageTitle } from '../council/common.tsx';
import { Stars } from './common.tsx';
import { getPublicCommunity } from './property.api.ts';

/** The public page of a community. */
export function PublicPropertyPage() {
  const t = useT();
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: ['public', 'property', id], queryFn: () => getPublicCommunity(id) });
  usePageTitle(q.data ? t('property.public_title', { name: q.data.name }) : t('property.companies'));
  if (!q.data) return null;
  return (
    <div style={{ maxWidth: 720, margin: '0 auto', padding: 16 }}>
      <Typography.Title level={3}>{t('property.public_title', { name: q.data.name })}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('property.public_hint')}</Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {q.data.companies.length === 0 && <Empty />}
        {q.data.companies.map((c) => (
          <Card key={c.name} size="small" title={c.name} data-testid={`public-company-${c.name}`}>
            {c.ratings.length === 0 ? (
              <Typography.Text type="secondary">{t('property.unrated')}</Typography.Text>
            ) : (
              c.ratings.map((r) => (
                <div key={r.year}>
                  {r.year} · <Stars value={r.stars} /> {t('property.stars', { stars: r.stars })} · {r.total}
                </div>
              ))
            )}
          </Card>
        ))}
        <List
          header={t('property.compounds')}
          size="small"
          dataSource={q.data.compounds}
          renderItem={(c) => (
            <List.Item>
              {c.name}（{c.households} 户）· {c.companyName ?? '—'}
            </List.Item>
          )}
        />
      </Space>
    </div>
  );
}
