/**
 * One contest: its units, judges and weights, its rounds (opened and published by the organisation
 * department), each round's entries (submitted by the units, scored by the judges) and the rankings.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  List,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DeleteOutlined, DownloadOutlined, EditOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { PageTitle } from '../../app/page-title.tsx';
import { reportError } from '../../app/problem.ts';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { RankingTable } from './board.page.tsx';
import {
  addRound,
  DIMENSIONS,
  exportUrl,
  getContest,
  getOverall,
  getRanking,
  deleteContest,
  importScores,
  listEntries,
  openRound,
  publishRound,
  scoreEntry,
  submitEntry,
  type Contest,
  type Entry,
  type Round,
  type ScoreImport,
  type Scores,
} from './contests.api.ts';
import { addMessages } from '../../app/i18n.tsx';
import { contestsMessages } from './contests.messages.ts';

addMessages(contestsMessages);

const COLOUR = { planned: 'default', open: 'blue', published: 'green' } as const;

/** A round's entries with the forms to submit and to score. */
function RoundEntries(props: { contest: Contest; round: Round }) {
  const t = useT();
  const qc = useQueryClient();
  const { contest, round } = props;
  const entries = useQuery({
    queryKey: ['contests', 'entries', round.id],
    queryFn: () => listEntries(round.id),
  });
  const insider = contest.can.manage || contest.judge;
  const ranking = useQuery({
    queryKey: ['contests', 'ranking', round.id],
    queryFn: () => getRanking(round.id),
    enabled: insider || round.state === 'published',
  });
  const [entering, setEntering] = useState(false);
  const [scoring, setScoring] = useState<Entry | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: ['contests'] });
  const mayEnter = round.state === 'open' && contest.myUnits.length > 0;
  const unitName = (id: string) => contest.units.find((u) => u.id === id)?.name ?? '';
  return (
    <Card
      size="small"
      title={`${round.title} · ${t('ct.entries')}`}
      extra={
        mayEnter && (
          <Button type="primary" data-testid="entry-new" onClick={() => setEntering(true)}>
            {t('ct.entry.submit')}
          </Button>
        )
      }
    >
      <List
        dataSource={entries.data ?? []}
        loading={entries.isLoading}
        renderItem={(e) => (
          <List.Item
            data-testid="entry-row"
            actions={[
              e.canScore ? (
                <Button key="s" size="small" data-testid="entry-score" onClick={() => setScoring(e)}>
                  {t('ct.score')}
                </Button>
              ) : e.scores.some((s) => s.mine) ? (
                <Tag key="d" color="green">
                  {t('ct.score.done')}
                </Tag>
              ) : null,
            ]}
          >
            <List.Item.Meta
              title={
                <Space>
                  <Typography.Text strong>{e.unitName}</Typography.Text>
                  <Typography.Text type="secondary">
                    {t('ct.entry.on')} {e.submittedOn}
                  </Typography.Text>
                  {!e.onTime && <Tag color="red">{t('ct.entry.late')}</Tag>}
                  {e.scored && round.state === 'open' && (
                    <Tag data-testid="entry-scored">{t('ct.entry.scored')}</Tag>
                  )}
                </Space>
              }
              description={
                <>
                  <div>{e.summary}</div>
                  {e.figures && <div>{e.figures}</div>}
                  {e.attachments.map((a) =>
                    /^https?:\/\//.test(a) ? (
                      <div key={a}>
                        <a href={a} target="_blank" rel="noreferrer noopener">
                          {a}
                        </a>
                      </div>
                    ) : (
                      <div key={a}>{a}</div>
                    ),
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
      {ranking.data && ranking.data.standings.length > 0 && (
        <>
          <Typography.Title level={5}>{t('ct.ranking')}</Typography.Title>
          <RankingTable ranking={ranking.data} />
        </>
      )}
      <FormModal<{ unitId: string; summary: string; figures?: string; attachments?: string }>
        open={entering}
        title={`${round.title} · ${t('ct.entry.submit')}`}
        testId="entry-form"
        initialValues={{ unitId: contest.myUnits[0] }}
        onClose={() => setEntering(false)}
        onSubmit={async (v) => {
          await submitEntry(round.id, {
            unitId: v.unitId,
            summary: v.summary,
            figures: v.figures ?? '',
            attachments: (v.attachments ?? '')
              .split('\n')
              .map((s) => s.trim())
              .filter(Boolean),
          });
          await refresh();
        }}
      >
        <Form.Item name="unitId" label={t('ct.entry.unit')} rules={[{ required: true }]}>
          <Select options={contest.myUnits.map((id) => ({ value: id, label: unitName(id) }))} />
        </Form.Item>
        <Form.Item name="summary" label={t('ct.entry.summary')} rules={[{ required: true, max: 4000 }]}>
          <Input.TextArea rows={4} data-testid="entry-summary" />
        </Form.Item>
        <Form.Item name="figures" label={t('ct.entry.figures')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} data-testid="entry-figures" />
        </Form.Item>
        <Form.Item name="attachments" label={t('ct.entry.attachments')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
      <FormModal<Scores>
        open={!!scoring}
        title={`${t('ct.score')}：${scoring?.unitName ?? ''}`}
        testId="score-form"
        onClose={() => setScoring(null)}
        onSubmit={async (v) => {
          await scoreEntry(scoring!.id, v);
          await refresh();
        }}
      >
        {DIMENSIONS.map((d) => (
          <Form.Item key={d} name={d} label={t(`ct.dim.${d}`)} rules={[{ required: true }]}>
            <InputNumber min={0} max={100} precision={0} data-testid={`score-${d}`} />
          </Form.Item>
        ))}
      </FormModal>
    </Card>
  );
}

/** A contest. */
export function ContestPage() {
  const t = useT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const q = useQuery({ queryKey: ['contests', 'one', id], queryFn: () => getContest(id) });
  const overall = useQuery({ queryKey: ['contests', 'overall', id], queryFn: () => getOverall(id) });
  const [selected, setSelected] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const c = q.data;
  if (!c) return null;
  const round =
    c.rounds.find((r) => r.id === selected) ?? c.rounds.find((r) => r.state === 'open') ?? c.rounds[0];
  const refresh = () => qc.invalidateQueries({ queryKey: ['contests'] });
  const move = async (r: Round, action: 'open' | 'publish') => {
    try {
      await (action === 'open' ? openRound(r.id, r.version) : publishRound(r.id, r.version));
      message.success(t(action === 'open' ? 'ct.open' : 'ct.publish'));
      await refresh();
    } catch (e) {
      reportError(e);
    }
  };
  const remove = async () => {
    try {
      await deleteContest(c.id);
      message.success(t('ct.delete.done'));
      qc.removeQueries({ queryKey: ['contests', 'one', c.id] });
      await refresh();
      navigate('/contests');
    } catch (e) {
      reportError(e);
    }
  };
  return (
    <>
      <PageTitle
        extra={
          <Space>
            {c.can.edit && (
              <Button
                icon={<EditOutlined />}
                data-testid="contest-edit"
                onClick={() => navigate(`/contests/${c.id}/edit`)}
              >
                {t('ct.setup.edit')}
              </Button>
            )}
            {c.can.delete && (
              <Popconfirm
                title={t('ct.delete')}
                description={t('ct.delete.confirm', { title: c.title })}
                okButtonProps={{ danger: true, 'data-testid': 'contest-delete-ok' } as never}
                onConfirm={() => void remove()}
              >
                <Button danger icon={<DeleteOutlined />} data-testid="contest-delete">
                  {t('ct.delete')}
                </Button>
              </Popconfirm>
            )}
            {c.can.export && (
              <Button icon={<DownloadOutlined />} href={exportUrl(c.id)}>
                {t('ct.export')}
              </Button>
            )}
            {c.can.manage && (
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                {t('ct.import')}
              </Button>
            )}
          </Space>
        }
      >
        {c.title}
      </PageTitle>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('ct.series')}>
            <Tag color="red">{c.series}</Tag> {c.year}
            {c.draft && <Tag data-testid="contest-draft">{t('ct.setup.draft')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('ct.weights')}>
            {DIMENSIONS.map((d) => `${t(`ct.dim.${d}`)} ${c.weights[d]}%`).join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={t('ct.units')}>{c.units.map((u) => u.name).join('、')}</Descriptions.Item>
          <Descriptions.Item label={t('ct.judges')}>
            {c.judges.map((j) => j.name).join('、')}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        size="small"
        title={t('ct.rounds')}
        style={{ marginTop: 12 }}
        extra={
          c.can.manage && (
            <Button data-testid="round-new" onClick={() => setAdding(true)}>
              {t('ct.round.new')}
            </Button>
          )
        }
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={c.rounds}
          onRow={(r) => ({ onClick: () => setSelected(r.id) })}
          rowClassName={(r) => (r.id === round?.id ? 'ant-table-row-selected' : '')}
          columns={[
            { title: t('ct.round.title'), render: (_, r) => <a data-testid="round-row">{r.title}</a> },
            { title: t('ct.round.opens'), dataIndex: 'opensOn' },
            { title: t('ct.round.due'), dataIndex: 'dueOn' },
            { title: t('ct.round.entries'), dataIndex: 'entries' },
            {
              title: '',
              render: (_, r) => (
                <Space>
                  <Tag color={COLOUR[r.state]} data-testid="round-state">
                    {t(`ct.state.${r.state}`)}
                  </Tag>
                  {r.actions.includes('open') && (
                    <Button size="small" data-testid="round-open" onClick={() => void move(r, 'open')}>
                      {t('ct.open')}
                    </Button>
                  )}
                  {r.actions.includes('publish') && (
                    <Button
                      size="small"
                      type="primary"
                      data-testid="round-publish"
                      onClick={() => void move(r, 'publish')}
                    >
                      {t('ct.publish')}
                    </Button>
                  )}
                  {r.state === 'published' && (
                    <Link to={`/contests/board/${r.id}`} data-testid="round-board">
                      {t('ct.board')}
                    </Link>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <div style={{ marginTop: 12 }}>
        {round && <RoundEntries key={round.id} contest={c} round={round} />}
      </div>
      {overall.data && overall.data.rounds > 0 && (
        <Card size="small" title={t('ct.ranking.overall')} style={{ marginTop: 12 }}>
          <Table
            size="small"
            rowKey="unitId"
            pagination={false}
            dataSource={overall.data.standings}
            columns={[
              { title: t('ct.rank'), dataIndex: 'rank', width: 60 },
              { title: t('ct.entry.unit'), dataIndex: 'unitName' },
              { title: t('ct.total'), dataIndex: 'total' },
              { title: t('ct.dim.position'), dataIndex: 'position' },
              { title: t('ct.rounds'), dataIndex: 'rounds' },
            ]}
          />
        </Card>
      )}
      <FormModal<{ title: string; opensOn: string; dueOn: string }>
        open={adding}
        title={t('ct.round.new')}
        testId="round-form"
        onClose={() => setAdding(false)}
        onSubmit={async (v) => {
          await addRound(c.id, v);
          await refresh();
        }}
      >
        <Form.Item name="title" label={t('ct.round.title')} rules={[{ required: true, max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="opensOn"
          label={t('ct.round.opens')}
          rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/ }]}
        >
          <Input placeholder="2026-01-01" />
        </Form.Item>
        <Form.Item
          name="dueOn"
          label={t('ct.round.due')}
          rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/ }]}
        >
          <Input placeholder="2026-01-31" />
        </Form.Item>
      </FormModal>
      {importing && (
        <SheetImportModal<ScoreImport['rows'][number]>
          title={t('ct.import.title')}
          messages="ct.import"
          send={importScores(c.id)}
          columns={[
            { title: t('ct.round.title'), dataIndex: 'round' },
            { title: t('ct.entry.unit'), dataIndex: 'unit' },
            { title: t('ct.judges'), dataIndex: 'judge' },
          ]}
          onClose={() => setImporting(false)}
          onApplied={refresh}
        />
      )}
    </>
  );
}
