/** Votes on a phone: the open ones first, then all in my scope; one vote with its ballot. */
import { Card, Empty, Space, Spin, Tabs, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { usePageTitle } from '../council/common.tsx';
import { VoteBallot, VoteStateTag } from './ballot.tsx';
import { getVote, listVotes, type VoteList } from './votes.api.ts';

function VoteRows(props: { list: VoteList | undefined }) {
  const t = useT();
  const { lang } = useLang();
  if (!props.list) return <Spin />;
  if (props.list.items.length === 0) return <Empty description={t('votes.none')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {props.list.items.map((v) => (
        <Card key={v.id} size="small" data-testid="vote-row">
          <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
            <Link to={`/votes/${v.id}`}>{v.title}</Link>
            <VoteStateTag state={v.state} />
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {v.nodeName} · {t('votes.closes', { at: formatTime(v.closesAt, lang) })} ·{' '}
            {t('votes.voted_count', { n: v.voted })}
          </Typography.Text>
        </Card>
      ))}
    </Space>
  );
}

/** The votes of my scope: open first. */
export function VotesPage() {
  const t = useT();
  usePageTitle(t('votes.title'));
  const open = useQuery({ queryKey: ['votes', 'list', 'open'], queryFn: () => listVotes({ state: 'open' }) });
  const all = useQuery({ queryKey: ['votes', 'list', 'all'], queryFn: () => listVotes({}) });
  return (
    <div style={{ maxWidth: 720 }}>
      <Typography.Title level={3}>{t('votes.title')}</Typography.Title>
      <Tabs
        items={[
          { key: 'open', label: t('votes.state.open'), children: <VoteRows list={open.data} /> },
          { key: 'all', label: t('votes.all'), children: <VoteRows list={all.data} /> },
        ]}
      />
    </div>
  );
}

/** One vote with its ballot or results. */
export function VotePage() {
  const { id = '' } = useParams();
  const t = useT();
  const qc = useQueryClient();
  const vote = useQuery({ queryKey: ['votes', id], queryFn: () => getVote(id) });
  usePageTitle(vote.data?.title ?? t('votes.title'));
  if (!vote.data) return <Spin />;
  return (
    <div style={{ maxWidth: 720 }}>
      {vote.data.description && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
          {vote.data.description}
        </Typography.Paragraph>
      )}
      <VoteBallot vote={vote.data} onChanged={() => void qc.invalidateQueries({ queryKey: ['votes'] })} />
    </div>
  );
}
