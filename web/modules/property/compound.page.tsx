/**
 * One compound: its 业委会 and party branch, the problem list 一小区一清单 with arrears through the
 * four batches 四个一批 decided at the joint meeting, the quarterly quality index and the fee ledger.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { usePageTitle } from '../council/common.tsx';
import { Stars } from './common.tsx';
import {
  addIssue,
  addMember,
  BATCHES,
  getCriteria,
  getFees,
  getProblemList,
  getQuality,
  holdMeeting,
  linkCommittee,
  moveIssue,
  recordFees,
  scoreQuality,
  ISSUE_KINDS,
  isMove,
  POSTS,
  setCampaign,
  type Issue,
  type IssueInput,
  type IssueMove,
  type MemberInput,
} from './property.api.ts';
import { beijingYear } from '../../app/format.ts';

const STATE_COLOURS: Record<Issue['state'], string> = {
  listed: 'default',
  publicise: 'orange',
  negotiate: 'blue',
  hardship: 'purple',
  litigate: 'red',
  working: 'cyan',
  resolved: 'green',
};
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(2)}%`);
/** Today as 'YYYY-MM-DD' in the browser's zone. */
const today = () => {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

/** The compound page. */
export function CompoundPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const year = beijingYear();
  const q = useQuery({ queryKey: ['property', 'list', id], queryFn: () => getProblemList(id) });
  const quality = useQuery({
    queryKey: ['property', 'quality', id, year],
    queryFn: () => getQuality(id, year),
  });
  const fees = useQuery({
    queryKey: ['property', 'fees', id, year],
    queryFn: () => getFees({ compoundId: id, year }),
  });
  const c = q.data?.compound;
  usePageTitle(c?.name ?? t('property.compounds'));
  const criteria = useQuery({
    queryKey: ['property', 'criteria', 'quality', c?.nodeId],
    queryFn: () => getCriteria(c!.nodeId, 'quality'),
    enabled: !!c,
  });
  const [modal, setModal] = useState<null | 'member' | 'link' | 'issue' | 'meeting' | 'quality' | 'fees'>(
    null,
  );
  const [moving, setMoving] = useState<{ issue: Issue; action: IssueMove['action'] } | null>(null);
  const refresh = () => void qc.invalidateQueries({ queryKey: ['property'] });
  if (!c) return null;
  const open = q.data!.issues.filter((i) => i.state !== 'resolved');
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 1100 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {c.name}
      </Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('property.community')}>{c.nodeName}</Descriptions.Item>
        <Descriptions.Item label={t('property.households')}>{c.households}</Descriptions.Item>
        <Descriptions.Item label={t('property.company')}>{c.companyName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('property.branch')}>
          {c.partyOrgName ?? t(`property.branch.${c.branchKind}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('property.committee')} span={2}>
          <Space wrap>
            {c.committee.map((m) => (
              <Tag key={m.id} color={m.partyMember ? 'red' : undefined}>
                {m.name} · {t(`property.post.${m.post}`)}
              </Tag>
            ))}
            {c.can.manage && (
              <>
                <Button size="small" onClick={() => setModal('member')}>
                  {t('property.add_member')}
                </Button>
                <Button size="small" onClick={() => setModal('link')}>
                  {t('property.link_committee')}
                </Button>
              </>
            )}
          </Space>
        </Descriptions.Item>
      </Descriptions>

      <Card
        size="small"
        title={t('property.list')}
        extra={
          <Space>
            {c.can.issues && (
              <Button onClick={() => setModal('issue')} data-testid="add-issue">
                {t('property.add_issue')}
              </Button>
            )}
            {c.can.meet && (
              <Button type="primary" onClick={() => setModal('meeting')} data-testid="hold-meeting">
                {t('property.hold_meeting')}
              </Button>
            )}
          </Space>
        }
      >
        <Table<Issue>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={q.data!.issues}
          scroll={{ x: true }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
          expandable={{
            rowExpandable: (i) => i.steps.length > 0,
            expandedRowRender: (i) => (
              <Timeline
                items={i.steps.map((s) => ({
                  children: `${new Date(s.at).toLocaleDateString()} ${t(`property.state.${s.to}`)} ${s.note}`,
                }))}
              />
            ),
          }}
          columns={[
            { title: t('property.kind'), render: (_, i) => t(`property.kind.${i.kind}`) },
            { title: t('property.issue_title'), dataIndex: 'title' },
            { title: t('property.room'), dataIndex: 'room' },
            { title: t('property.amount'), render: (_, i) => i.amount ?? '—' },
            {
              title: t('property.state'),
              render: (_, i) => (
                <Tag color={STATE_COLOURS[i.state]} data-testid={`issue-state-${i.title}`}>
                  {t(`property.state.${i.state}`)}
                </Tag>
              ),
            },
            { title: t('property.measure'), dataIndex: 'measure' },
            { title: t('property.due'), render: (_, i) => i.dueOn ?? '—' },
            {
              title: '',
              render: (_, i) => (
                <Space>
                  {i.actions.filter(isMove).map((a) => (
                    <Button
                      key={a}
                      size="small"
                      data-testid={`issue-${a}-${i.title}`}
                      onClick={() => setMoving({ issue: i, action: a })}
                    >
                      {t(`property.action.${a}`)}
                    </Button>
                  ))}
                </Space>
              ),
            },
          ]}
        />
        {q.data!.meetings.length > 0 && (
          <List
            header={t('property.meetings')}
            size="small"
            dataSource={q.data!.meetings}
            renderItem={(m) => (
              <List.Item>
                <Typography.Text strong>{m.heldOn}</Typography.Text>&nbsp;{m.attendees}：{m.minutes}
              </List.Item>
            )}
          />
        )}
      </Card>

      <Card
        size="small"
        title={`${year} ${t('property.quality_index')}`}
        extra={
          c.can.quality && (
            <Space>
              <Switch
                checked={quality.data?.campaign}
                checkedChildren={t('property.campaign')}
                unCheckedChildren={t('property.campaign')}
                onChange={async (v) => {
                  try {
                    await setCampaign(id, year, v);
                    refresh();
                  } catch (e) {
                    reportError(e);
                  }
                }}
              />
              <Button onClick={() => setModal('quality')}>{t('property.score_quarter')}</Button>
            </Space>
          )
        }
      >
        <Space wrap>
          {[1, 2, 3, 4].map((n) => (
            <Tag key={n}>
              {t('property.quarter_n', { n })}：
              {quality.data?.quarters.find((x) => x.quarter === n)?.total ?? '—'}
            </Tag>
          ))}
          <span>
            {t('property.year_rating')}：{quality.data?.average ?? '—'}
          </span>
          {quality.data?.stars && <Stars value={quality.data.stars} />}
        </Space>
      </Card>

      <Card
        size="small"
        title={`${year} ${t('property.fees')} · ${t('property.rate')} ${pct(fees.data?.rate ?? null)}`}
        extra={c.can.fees && <Button onClick={() => setModal('fees')}>{t('property.record_fees')}</Button>}
      >
        <Table
          size="small"
          rowKey="period"
          pagination={false}
          dataSource={fees.data?.compounds[0]?.months ?? []}
          columns={[
            { title: t('property.period'), dataIndex: 'period' },
            { title: t('property.billed'), dataIndex: 'billed' },
            { title: t('property.paid'), dataIndex: 'paid' },
            { title: t('property.rate'), render: (_, m) => pct(m.rate) },
          ]}
        />
      </Card>

      <FormModal<MemberInput>
        open={modal === 'member'}
        title={t('property.add_member')}
        onClose={() => setModal(null)}
        initialValues={{ post: 'member', partyMember: false }}
        onSubmit={async (v) => {
          await addMember(id, v);
          refresh();
        }}
      >
        <Form.Item name="name" label={t('property.name')} rules={[{ required: true }]}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="post" label={t('property.committee')}>
          <Select
            options={POSTS.map((p) => ({
              value: p,
              label: t(`property.post.${p}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="partyMember" label={t('property.party_member')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </FormModal>
      <FormModal<{ username: string }>
        open={modal === 'link'}
        title={t('property.link_committee')}
        onClose={() => setModal(null)}
        onSubmit={async (v) => {
          await linkCommittee(id, v.username);
          message.success(t('property.saved'));
        }}
      >
        <Form.Item name="username" label={t('property.username')} rules={[{ required: true }]}>
          <Input maxLength={64} />
        </Form.Item>
      </FormModal>
      <FormModal<IssueInput>
        open={modal === 'issue'}
        title={t('property.add_issue')}
        onClose={() => setModal(null)}
        initialValues={{ kind: 'arrears' }}
        testId="issue-modal"
        onSubmit={async (v) => {
          await addIssue(id, v);
          refresh();
        }}
      >
        <Form.Item name="kind" label={t('property.kind')}>
          <Select
            options={ISSUE_KINDS.map((k) => ({
              value: k,
              label: t(`property.kind.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('property.issue_title')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="room" label={t('property.room')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="amount" label={t('property.amount')}>
          <InputNumber min={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="months" label={t('property.months')}>
          <InputNumber min={0} max={1200} />
        </Form.Item>
      </FormModal>
      <FormModal<{
        heldOn: string;
        attendees: string;
        minutes: string;
        d: Record<string, { batch?: string; measure?: string }>;
      }>
        open={modal === 'meeting'}
        title={t('property.hold_meeting')}
        onClose={() => setModal(null)}
        testId="meeting-modal"
        onSubmit={async (v) => {
          const decisions = Object.entries(v.d ?? {})
            .filter(([, x]) => x?.batch && x.batch !== 'none')
            .map(([issueId, x]) => ({
              issueId,
              batch: x.batch === 'work' ? null : (x.batch as (typeof BATCHES)[number]),
              measure: x.measure || t(`property.state.${x.batch === 'work' ? 'working' : x.batch}`),
            }));
          await holdMeeting(id, {
            heldOn: v.heldOn,
            attendees: v.attendees,
            minutes: v.minutes,
            decisions,
          });
          refresh();
        }}
      >
        <Form.Item
          name="heldOn"
          label={t('property.held_on')}
          rules={[{ required: true }]}
          initialValue={today()}
        >
          <Input type="date" />
        </Form.Item>
        <Form.Item name="attendees" label={t('property.attendees')} rules={[{ required: true }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="minutes" label={t('property.minutes')} rules={[{ required: true }]}>
          <Input.TextArea maxLength={5000} />
        </Form.Item>
        <Typography.Text strong>{t('property.decisions')}</Typography.Text>
        {open.map((i) => (
          <Space key={i.id} wrap style={{ display: 'flex', margin: '6px 0' }}>
            <span>
              {i.title} {i.room}
            </span>
            <Form.Item name={['d', i.id, 'batch']} noStyle initialValue="none">
              <Select
                style={{ width: 160 }}
                data-testid={`decide-${i.title}`}
                options={[
                  { value: 'none', label: t('property.no_decision') },
                  ...(i.kind === 'arrears'
                    ? BATCHES.map((b) => ({ value: b, label: t(`property.state.${b}`) }))
                    : [{ value: 'work', label: t('property.state.working') }]),
                ]}
              />
            </Form.Item>
            <Form.Item name={['d', i.id, 'measure']} noStyle>
              <Input placeholder={t('property.measure')} maxLength={500} style={{ width: 240 }} />
            </Form.Item>
          </Space>
        ))}
      </FormModal>
      <FormModal<Record<string, number>>
        open={modal === 'quality'}
        title={t('property.score_quarter')}
        onClose={() => setModal(null)}
        initialValues={{ quarter: Math.floor(new Date().getMonth() / 3) + 1 }}
        onSubmit={async (v) => {
          const { quarter, ...scores } = v;
          await scoreQuality(id, year, quarter, scores);
          refresh();
        }}
      >
        <Form.Item name="quarter" label={t('property.quarter')}>
          <Select options={[1, 2, 3, 4].map((n) => ({ value: n, label: t('property.quarter_n', { n }) }))} />
        </Form.Item>
        {criteria.data?.items.map((x) => (
          <Form.Item
            key={x.code}
            name={x.code}
            label={`${x.name}（${x.weight}）`}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} max={100} />
          </Form.Item>
        ))}
      </FormModal>
      <FormModal<{ period: string; billed: number; paid: number }>
        open={modal === 'fees'}
        title={t('property.record_fees')}
        onClose={() => setModal(null)}
        onSubmit={async (v) => {
          await recordFees(id, [v]);
          refresh();
        }}
      >
        <Form.Item
          name="period"
          label={t('property.period')}
          rules={[{ required: true, pattern: /^\d{4}-(0[1-9]|1[0-2])$/ }]}
        >
          <Input placeholder="2026-03" />
        </Form.Item>
        <Form.Item name="billed" label={t('property.billed')} rules={[{ required: true }]}>
          <InputNumber min={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="paid" label={t('property.paid')} rules={[{ required: true }]}>
          <InputNumber min={0} style={{ width: 160 }} />
        </Form.Item>
      </FormModal>
      <FormModal<{ note: string }>
        open={!!moving}
        title={moving ? `${moving.issue.title} · ${t(`property.action.${moving.action}`)}` : ''}
        onClose={() => setMoving(null)}
        testId="move-modal"
        onSubmit={async (v) => {
          await moveIssue(moving!.issue.id, moving!.action, moving!.issue.version, v.note ?? '');
          refresh();
        }}
      >
        <Form.Item
          name="note"
          label={t('property.note')}
          rules={[{ required: moving?.action === 'resolve' }]}
        >
          <Input.TextArea maxLength={1000} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
