/**
 * One project (phones first): its stage, money and progress; the steps the user may take now
 * (screening, budget, start, acceptance, close); milestones, contractors, photos and notes; and the
 * satisfaction rating for the residents (micro projects) or the deputies (chosen projects).
 */
import { Card, Space, Spin, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { usePageTitle } from '../council/common.tsx';
import { StageTag } from './common.tsx';
import { getProject } from './projects.api.ts';
import { Actions } from './project-actions.tsx';
import { WorkCard } from './project-work.tsx';
import { MoneyCard, RatingCard } from './project-cards.tsx';

/** One project. */
export function ProjectPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { lang } = useLang();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['projects', 'one', id], queryFn: () => getProject(id) });
  usePageTitle(q.data?.title ?? t('projects.title'));
  if (!q.data) return <Spin />;
  const p = q.data;
  const refresh = () => void qc.invalidateQueries({ queryKey: ['projects'] });
  const started = !['ordered', 'rejected', 'withdrawn', 'candidate', 'not_chosen'].includes(p.stage);
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 760 }} data-testid="project-page">
      <Card size="small">
        <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="project-title">
            {p.title}
          </Typography.Title>
          <StageTag stage={p.stage} />
        </Space>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0' }}>
          {t(`projects.kind.${p.kind}`)} · {p.nodeName} · {t(`projects.category.${p.category}`)}
          {p.ordererLabel && <> · {t('projects.by', { who: p.ordererLabel })}</>} ·{' '}
          {formatTime(p.createdAt, lang)}
          {p.ballotVotes !== null && <> · {t('projects.ballot.votes', { n: p.ballotVotes })}</>}
        </Typography.Paragraph>
        {p.description && (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{p.description}</Typography.Paragraph>
        )}
        {p.rejectReason && (
          <Typography.Paragraph type="danger" data-testid="reject-reason">
            {t('projects.rejected_because', { reason: p.rejectReason })}
          </Typography.Paragraph>
        )}
        {p.acceptanceNote && (
          <Typography.Paragraph>{t('projects.acceptance', { note: p.acceptanceNote })}</Typography.Paragraph>
        )}
        <Actions p={p} onDone={refresh} />
      </Card>
      {started && <MoneyCard p={p} onDone={refresh} />}
      {started && <WorkCard p={p} onDone={refresh} />}
      <RatingCard p={p} onDone={refresh} />
    </Space>
  );
}
