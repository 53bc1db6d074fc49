/** Volunteer activities on a community's public page (no login): the year's figures and what is coming up. */
import { Card, Empty, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { getPublicVolunteers } from './volunteers.api.ts';

/** The section. */
export function PublicVolunteersSection(props: { communityId: string }) {
  const t = useT();
  const { lang } = useLang();
  const q = useQuery({
    queryKey: ['public', 'volunteers', props.communityId],
    queryFn: () => getPublicVolunteers(props.communityId),
    meta: { silent: true },
  });
  if (!q.data) return null;
  const x = q.data.totals;
  return (
    <Card size="small" title={t('volunteers.public.title')} data-testid="public-volunteers">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          {x.year} · {t('volunteers.fig.teams')} {x.teams} · {t('volunteers.fig.volunteers')} {x.volunteers} ·{' '}
          {t('volunteers.fig.hours')} {x.hours}
        </Typography.Text>
        {q.data.activities.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
        {q.data.activities.map((a) => (
          <div key={a.id}>
            <Typography.Text strong>{a.title}</Typography.Text>
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatTime(a.startsAt, lang)} · {a.place || a.nodeName} ·{' '}
              {t('volunteers.signed_up', { n: a.signedUp, cap: a.capacity })}
            </Typography.Text>
          </div>
        ))}
      </Space>
    </Card>
  );
}
