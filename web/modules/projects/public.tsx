/**
 * A community's micro projects on its public page (no login): the year's count and money, and
 * each project screened in with its money and progress. Never who ordered it.
 */
import { Card, Col, Empty, Progress, Row, Statistic, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { money, StageTag } from './common.tsx';
import { getPublicProjects } from './projects.api.ts';

/** The projects section of a community's public page. */
export function PublicProjectsSection(props: { communityId: string }) {
  const t = useT();
  const q = useQuery({
    queryKey: ['public', 'projects', props.communityId],
    queryFn: () => getPublicProjects(props.communityId),
    meta: { silent: true },
  });
  if (!q.data) return null;
  const f = q.data.figures;
  return (
    <Card size="small" title={t('projects.public.title')} data-testid="public-projects">
      <Row gutter={8} style={{ marginBottom: 8 }}>
        <Col span={8}>
          <Statistic title={t('projects.figures.projects')} value={f.projects} />
        </Col>
        <Col span={8}>
          <Statistic title={t('projects.figures.public')} value={f.publicWan} precision={2} />
        </Col>
        <Col span={8}>
          <Statistic title={t('projects.figures.social')} value={f.socialWan} precision={2} />
        </Col>
      </Row>
      {q.data.items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      {q.data.items.map((x) => (
        <div
          key={x.id}
          style={{ padding: '6px 0', borderTop: '1px solid #f0f0f0' }}
          data-testid="public-project"
        >
          <Typography.Text strong>{x.title}</Typography.Text> <StageTag stage={x.stage} />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
            {t('projects.money.public')} {money(x.publicFen)} · {t('projects.money.social')}{' '}
            {money(x.socialFen)}
            {x.satisfaction !== null && (
              <> · {t('projects.satisfaction', { score: x.satisfaction, n: x.ratings })}</>
            )}
          </Typography.Paragraph>
          <Progress
            percent={x.progress}
            format={(n) => `${n}%`}
            size="small"
            aria-label={t('projects.progress')}
          />
        </div>
      ))}
    </Card>
  );
}
