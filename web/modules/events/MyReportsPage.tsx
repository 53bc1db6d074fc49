/** 我的上报: what the user reported and how far each has got (reported → received → handled → finished). */
import { Card, Empty, List, Spin, Steps, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useT } from '../../app/i18n.tsx';
import { PageTitle, StateTag, useTime } from './common.tsx';
import { listEvents, type EventItem } from './events.api.ts';

/** How far an event has got, as a step 0..3. */
function stepOf(e: EventItem): number {
  if (['closed', 'resolved', 'rejected', 'merged', 'verified'].includes(e.state)) return 3;
  if (e.handledAt) return 2;
  if (e.receivedAt) return 1;
  return 0;
}

/** The page. */
export default function MyReportsPage() {
  const t = useT();
  const time = useTime();
  const q = useQuery({ queryKey: ['events', 'mine'], queryFn: () => listEvents({ mine: true, limit: 100 }) });
  return (
    <div style={{ maxWidth: 720 }}>
      <PageTitle title={t('ev.mine.title')} />
      {q.isLoading ? (
        <Spin />
      ) : !q.data?.items.length ? (
        <Empty description={t('ev.mine.empty')} />
      ) : (
        <List
          dataSource={q.data.items}
          renderItem={(e) => (
            <List.Item data-testid="my-report">
              <Card size="small" style={{ width: '100%' }}>
                <Typography.Paragraph style={{ marginBottom: 4 }}>
                  <Link to={`/events/${e.id}`}>{e.title}</Link> <StateTag state={e.state} />
                  {e.public && <Tag>{t('ev.public')}</Tag>}
                </Typography.Paragraph>
                <Typography.Text type="secondary" data-testid="my-report-number">
                  {e.number ?? ''} · {t(`ev.cat.${e.category}`)} · {time(e.reportedAt)}
                </Typography.Text>
                <Steps
                  size="small"
                  style={{ marginTop: 8 }}
                  current={stepOf(e)}
                  items={[
                    { title: t('ev.progress.report') },
                    { title: t('ev.progress.receive') },
                    { title: t('ev.progress.handle') },
                    { title: t('ev.progress.done') },
                  ]}
                />
              </Card>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
