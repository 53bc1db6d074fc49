/**
 * The deputies' vote 票决制: the ballots of the year, one ballot with its candidates (typed in or
 * imported from Excel), opening the vote, the deputy's own ballot (the votes module's), the chosen
 * projects once tallied, and the responsible units' scores from the deputies' satisfaction.
 */
import { useRef, useState } from 'react';
import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  List,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { usePageTitle } from '../council/common.tsx';
import { VoteBallot } from '../votes/ballot.tsx';
import { money, ProposalFields, StageTag } from './common.tsx';
import {
  addCandidate,
  createBallot,
  getBallot,
  getUnitScores,
  importCandidates,
  listBallots,
  openVote,
} from './projects.api.ts';
import type { Body } from '../../app/client.ts';
import { beijingYear } from '../../app/format.ts';

/** The ballots in my scope. */
export function BallotsPage() {
  const t = useT();
  usePageTitle(t('projects.ballots'));
  const { can, me } = useMe();
  const { node } = useSelectedNode();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const list = useQuery({ queryKey: ['projects', 'ballots'], queryFn: () => listBallots({}) });
  const year = beijingYear();
  const scores = useQuery({
    queryKey: ['projects', 'unit-scores', year],
    queryFn: () => getUnitScores(year),
  });
  const nodeId =
    node?.id ?? me?.grants?.find((g) => ['org_officer', 'street_officer'].includes(g.role))?.nodeId;
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 900 }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('projects.ballots')}
        </Typography.Title>
        {can('projects.ballot') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setOpen(true)}
            data-testid="ballot-new"
          >
            {t('projects.ballot.new')}
          </Button>
        )}
      </Space>
      {!list.data ? (
        <Spin />
      ) : (
        <List
          dataSource={list.data}
          locale={{ emptyText: <Empty description={t('projects.none')} /> }}
          renderItem={(b) => (
            <List.Item style={{ display: 'block', padding: 0, borderBlockEnd: 0 }}>
              <Card size="small" style={{ marginBottom: 8 }} data-testid="ballot-card">
                <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                  <Link to={`/projects/ballots/${b.id}`} data-testid="ballot-link">
                    {b.title}
                  </Link>
                  <Tag color={b.state === 'voting' ? 'green' : b.state === 'decided' ? 'blue' : 'default'}>
                    {t(`projects.ballot.state.${b.state}`)}
                  </Tag>
                </Space>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {b.nodeName} · {b.year} · {t('projects.ballot.candidates', { n: b.candidates })} ·{' '}
                  {t('projects.ballot.seats')} {b.seats}
                </Typography.Text>
              </Card>
            </List.Item>
          )}
        />
      )}
      {!!scores.data?.length && (
        <Card size="small" title={t('projects.unit_scores')} data-testid="unit-scores">
          <Table
            size="small"
            rowKey="unitNodeId"
            pagination={false}
            dataSource={scores.data}
            columns={[
              { title: t('projects.unit'), dataIndex: 'unitName' },
              { title: '得分 / score', dataIndex: 'score' },
              { title: '项目 / projects', dataIndex: 'projects' },
            ]}
          />
        </Card>
      )}
      <FormModal<{ title: string; year: number; seats: number }>
        open={open}
        title={t('projects.ballot.new')}
        onClose={() => setOpen(false)}
        initialValues={{ year, seats: 20, title: `${year}年民生实事项目人大代表票决` }}
        testId="ballot-modal"
        onSubmit={async (v) => {
          const r = await createBallot({ ...v, nodeId: nodeId! });
          navigate(`/projects/ballots/${r.id}`);
        }}
      >
        <Form.Item name="title" label={t('projects.ballot.title')} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="year" label={t('projects.ballot.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="seats" label={t('projects.ballot.seats')} rules={[{ required: true }]}>
          <InputNumber min={1} max={29} style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}

/** One ballot. */
export function BallotPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [adding, setAdding] = useState<'candidate' | 'open' | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const q = useQuery({ queryKey: ['projects', 'ballot', id], queryFn: () => getBallot(id) });
  usePageTitle(q.data?.title ?? t('projects.ballots'));
  if (!q.data) return <Spin />;
  const b = q.data;
  const refresh = () => void qc.invalidateQueries({ queryKey: ['projects'] });
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 900 }} data-testid="ballot-page">
      <Card size="small">
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {b.title}
          </Typography.Title>
          <Tag data-testid="ballot-state">{t(`projects.ballot.state.${b.state}`)}</Tag>
        </Space>
        <Typography.Text type="secondary">
          {b.nodeName} · {b.year} · {t('projects.ballot.seats')} {b.seats}
        </Typography.Text>
        {(b.can.edit || b.can.open) && (
          <Space wrap style={{ marginTop: 8, display: 'flex' }}>
            {b.can.edit && (
              <Button
                icon={<PlusOutlined />}
                onClick={() => setAdding('candidate')}
                data-testid="candidate-add"
              >
                {t('projects.ballot.candidate.add')}
              </Button>
            )}
            {b.can.edit && (
              <>
                <input
                  ref={file}
                  type="file"
                  hidden
                  accept=".xlsx,.csv"
                  data-testid="candidate-import"
                  onChange={(e) => {
                    const f = e.target.files?.[0];
                    if (f)
                      void importCandidates(b.id, f)
                        .then((r) => {
                          if (r.errors.length)
                            message.error(r.errors.map((x) => `#${x.row} ${x.message}`).join('；'));
                          else message.success(t('projects.ballot.imported', { n: r.added }));
                          refresh();
                        })
                        .catch(reportError);
                    e.target.value = '';
                  }}
                />
                <Button icon={<UploadOutlined />} onClick={() => file.current?.click()}>
                  {t('projects.ballot.import')}
                </Button>
              </>
            )}
            {b.can.open && (
              <Button type="primary" onClick={() => setAdding('open')} data-testid="ballot-open">
                {t('projects.ballot.open')}
              </Button>
            )}
          </Space>
        )}
      </Card>
      {b.vote && <VoteBallot vote={b.vote} onChanged={refresh} />}
      <Card size="small" title={t('projects.ballot.candidates', { n: b.candidates.length })}>
        {b.candidates.map((c) => (
          <div
            key={c.id}
            style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}
            data-testid="candidate"
          >
            <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
              <Link to={`/projects/${c.id}`}>
                {c.position}. {c.title}
              </Link>
              <Space size={4}>
                {c.ballotVotes !== null && <Tag>{t('projects.ballot.votes', { n: c.ballotVotes })}</Tag>}
                <StageTag stage={c.stage} />
              </Space>
            </Space>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`projects.category.${c.category}`)}
              {c.unitName && <> · {c.unitName}</>} · {t('projects.money.public')} {money(c.publicFen)}
              {c.socialFen > 0 && (
                <>
                  {' '}
                  · {t('projects.money.social')} {money(c.socialFen)}
                </>
              )}
            </Typography.Text>
          </div>
        ))}
      </Card>
      <FormModal<Body<'post', '/api/projects/ballots/{id}/candidates'>>
        open={adding === 'candidate'}
        title={t('projects.ballot.candidate.add')}
        onClose={() => setAdding(null)}
        initialValues={{ category: 'facilities', publicYuan: '0', socialYuan: '0' }}
        testId="candidate-modal"
        onSubmit={async (v) => {
          await addCandidate(b.id, v);
          refresh();
        }}
      >
        <ProposalFields descriptionRows={2} />
        <Form.Item name="publicYuan" label={t('projects.budget.public')}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="socialYuan" label={t('projects.budget.social')}>
          <Input inputMode="decimal" />
        </Form.Item>
      </FormModal>
      <FormModal<{ closesAt: { toISOString(): string } }>
        open={adding === 'open'}
        title={t('projects.ballot.open')}
        onClose={() => setAdding(null)}
        testId="open-modal"
        onSubmit={async (v) => {
          await openVote(b.id, v.closesAt.toISOString());
          refresh();
        }}
      >
        <Form.Item name="closesAt" label={t('projects.ballot.closes')} rules={[{ required: true }]}>
          <DatePicker showTime style={{ width: '100%' }} data-testid="open-closes" />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
