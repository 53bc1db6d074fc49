/** The district's contests and the published rankings 实绩晾晒 of the year. */
import { Button, Card, Col, Empty, List, Row, Space, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { PageTitle } from '../../app/page-title.tsx';
import { getBoard, listContests } from './contests.api.ts';
import { addMessages } from '../../app/i18n.tsx';
import { contestsMessages } from './contests.messages.ts';

addMessages(contestsMessages);

/** Contests and the leaderboards published this year. */
export function ContestsPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const contests = useQuery({ queryKey: ['contests', 'list'], queryFn: listContests });
  const board = useQuery({ queryKey: ['contests', 'board'], queryFn: getBoard });
  const points = me.can('assessment.read');
  return (
    <>
      <PageTitle
        extra={
          <Space>
            {points && <Link to="/assessment/points">{t('ct.points')}</Link>}
            {contests.data?.can.manage && (
              <Button type="primary" data-testid="contest-new" onClick={() => navigate('/contests/new')}>
                {t('ct.setup.new')}
              </Button>
            )}
          </Space>
        }
      >
        {t('ct.title')}
      </PageTitle>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('ct.title')}>
            <Table
              size="small"
              rowKey="id"
              loading={contests.isLoading}
              dataSource={contests.data?.contests ?? []}
              pagination={false}
              columns={[
                {
                  title: t('ct.title'),
                  render: (_, c) => (
                    <Link to={`/contests/${c.id}`} data-testid="contest-link">
                      {c.title}
                    </Link>
                  ),
                },
                { title: t('ct.series'), render: (_, c) => <Tag color="red">{c.series}</Tag> },
                { title: t('ct.year'), dataIndex: 'year' },
                { title: t('ct.rounds'), dataIndex: 'rounds' },
                { title: t('ct.published'), dataIndex: 'published' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('ct.board')}>
            {board.data?.rounds.length ? (
              <List
                data-testid="contest-board"
                dataSource={board.data.rounds}
                renderItem={(r) => (
                  <List.Item>
                    <List.Item.Meta
                      title={
                        <Link to={`/contests/board/${r.roundId}`}>{`${r.contestTitle}·${r.roundTitle}`}</Link>
                      }
                      description={r.leader ? `${t('ct.leader')}：${r.leader}` : undefined}
                    />
                  </List.Item>
                )}
              />
            ) : (
              <Empty description={t('ct.board.empty')} />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
