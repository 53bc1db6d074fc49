/**
 * The organisation department's desk: applications with their decisions, members with ratings and
 * the incentive, and 单列考核 (the 退职领导 ranked apart, as a table and a chart).
 */
import { useState } from 'react';
import { App, Button, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { Chart } from '../../app/chart.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { StepButtons } from '../../app/step-buttons.tsx';
import { reportError } from '../../app/problem.ts';
import {
  declareIncentive,
  decide,
  listApplications,
  listMembers,
  rate,
  retiredRanking,
  type Application,
  type Member,
} from './taskforces.api.ts';

/** The colour of each application state. */
export const STATE_COLOUR: Record<string, string> = {
  applied: 'orange',
  shortlisted: 'blue',
  selected: 'green',
  rejected: 'default',
  withdrawn: 'default',
};
const RATING_COLOUR: Record<string, string> = {
  excellent: 'red',
  competent: 'blue',
  basic: 'orange',
  incompetent: 'default',
};
const RATINGS = ['excellent', 'competent', 'basic', 'incompetent'] as const;

/** Applications: the viewer's own (rows given) or the department's, with its decisions. */
export function ApplicationsTable(props: {
  rows?: Application[];
  loading?: boolean;
  onChanged: () => unknown;
}) {
  const t = useT();
  const all = useQuery({
    queryKey: ['taskforces', 'applications'],
    queryFn: () => listApplications(false),
    enabled: !props.rows,
  });
  const [moving, setMoving] = useState<{ x: Application; action: string } | null>(null);
  return (
    <>
      <Table
        rowKey="id"
        size="small"
        loading={props.loading ?? all.isLoading}
        dataSource={props.rows ?? all.data ?? []}
        onRow={() => ({ 'data-testid': 'application-row' }) as never}
        columns={[
          { title: t('tf.number'), dataIndex: 'orderNumber' },
          { title: t('tf.name'), dataIndex: 'orderName' },
          { title: t('tf.applicant'), dataIndex: 'personName' },
          { title: t('tf.unit'), dataIndex: 'unitName' },
          { title: t('tf.post.title'), dataIndex: 'postTitle' },
          {
            title: t('tf.audience.retired'),
            dataIndex: 'retiredLeader',
            render: (v: boolean) => (v ? <Tag color="volcano">{t('tf.audience.retired')}</Tag> : null),
          },
          { title: t('tf.statement'), dataIndex: 'statement', ellipsis: true },
          {
            title: t('tf.state'),
            dataIndex: 'state',
            render: (v: string, r) => (
              <Space size={4}>
                <Tag color={STATE_COLOUR[v]} data-testid="application-state">
                  {t(`tf.state.${v}`)}
                </Tag>
                {r.startDate && `${t('tf.startDate')} ${r.startDate}`}
              </Space>
            ),
          },
          {
            title: '',
            render: (_: unknown, r) => (
              <StepButtons
                steps={r.actions}
                messages="tf.move"
                testId="application"
                onPick={(a) => setMoving({ x: r, action: a })}
              />
            ),
          },
        ]}
      />
      <FormModal<{ note?: string; startDate?: string }>
        open={!!moving}
        title={moving ? `${t(`tf.move.${moving.action}`)} · ${moving.x.personName}` : ''}
        onClose={() => setMoving(null)}
        testId="decide-form"
        testIdOn="form"
        initialValues={{ startDate: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10) }}
        onSubmit={async (v) => {
          await decide(moving!.x.id, {
            action: moving!.action as 'shortlist' | 'select' | 'reject',
            note: v.note,
            startDate: moving!.action === 'select' ? v.startDate : undefined,
            version: moving!.x.version,
          });
          await all.refetch();
          await props.onChanged();
        }}
      >
        {moving?.action === 'select' && (
          <Form.Item name="startDate" label={t('tf.startDate')} rules={[{ required: true }]}>
            <Input type="date" data-testid="decide-start" />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('tf.note')} rules={[{ required: moving?.action === 'reject' }]}>
          <Input.TextArea rows={2} data-testid="decide-note" />
        </Form.Item>
      </FormModal>
    </>
  );
}

/** Members, their ratings and the incentive. */
export function MembersTable(props: { onChanged: () => unknown }) {
  const t = useT();
  const { message } = App.useApp();
  const members = useQuery({ queryKey: ['taskforces', 'members'], queryFn: listMembers });
  const [rating, setRating] = useState<Member | null>(null);
  return (
    <>
      <Table
        rowKey="id"
        size="small"
        loading={members.isLoading}
        dataSource={members.data ?? []}
        onRow={() => ({ 'data-testid': 'member-row' }) as never}
        columns={[
          { title: t('tf.applicant'), dataIndex: 'personName' },
          { title: t('tf.unit'), dataIndex: 'unitName' },
          { title: t('tf.name'), dataIndex: 'orderName' },
          { title: t('tf.post.title'), dataIndex: 'postTitle' },
          {
            title: t('tf.audience.retired'),
            dataIndex: 'retiredLeader',
            render: (v: boolean) => (v ? <Tag color="volcano">{t('tf.audience.retired')}</Tag> : null),
          },
          { title: t('tf.startDate'), dataIndex: 'startDate' },
          { title: t('tf.months'), dataIndex: 'months' },
          {
            title: t('tf.latest'),
            render: (_: unknown, m) => (
              <Space size={4}>
                {m.latest && <Tag color={RATING_COLOUR[m.latest]}>{t(`tf.rating.${m.latest}`)}</Tag>}
                {m.latestOn}
                {m.ratingDue && <Tag color="orange">{t('tf.due')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('tf.eligible'),
            render: (_: unknown, m) =>
              m.declaredAt ? (
                <Tag color="green">{t('tf.declared')}</Tag>
              ) : m.eligible ? (
                <Button
                  size="small"
                  type="primary"
                  data-testid="member-declare"
                  onClick={async () => {
                    try {
                      await declareIncentive(m.id);
                      message.success(t('tf.declare.done'));
                      await members.refetch();
                    } catch (e) {
                      reportError(e);
                    }
                  }}
                >
                  {t('tf.declare')}
                </Button>
              ) : null,
          },
          {
            title: '',
            render: (_: unknown, m) => (
              <Button size="small" data-testid="member-rate" onClick={() => setRating(m)}>
                {t('tf.rate')}
              </Button>
            ),
          },
        ]}
      />
      <FormModal<{ rating: (typeof RATINGS)[number]; comment: string; ratedOn?: string }>
        open={!!rating}
        title={rating ? `${t('tf.rate')} · ${rating.personName}` : ''}
        onClose={() => setRating(null)}
        testId="rate-form"
        testIdOn="form"
        initialValues={{ rating: 'competent' }}
        onSubmit={async (v) => {
          await rate(rating!.id, { ...v, ratedOn: v.ratedOn || undefined });
          await members.refetch();
          await props.onChanged();
        }}
      >
        <Form.Item name="rating" label={t('tf.rating')}>
          <Select options={RATINGS.map((r) => ({ value: r, label: t(`tf.rating.${r}`) }))} />
        </Form.Item>
        <Form.Item name="comment" label={t('tf.comment')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="ratedOn" label={t('tf.ratedOn')}>
          <Input type="date" />
        </Form.Item>
      </FormModal>
    </>
  );
}

/** 单列考核: the 退职领导 serving, ranked, as a table and a bar chart of months served. */
export function RankingView() {
  const t = useT();
  const rows = useQuery({ queryKey: ['taskforces', 'ranking'], queryFn: retiredRanking });
  const data = rows.data ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {data.length > 0 && (
        <Chart
          testId="ranking-chart"
          height={260}
          option={{
            tooltip: {},
            grid: { left: 40, right: 16, top: 16, bottom: 40 },
            xAxis: { type: 'category', data: data.map((r) => r.personName) },
            yAxis: { type: 'value', name: t('tf.months') },
            series: [
              {
                type: 'bar',
                name: t('tf.months'),
                data: data.map((r) => ({
                  value: r.months,
                  itemStyle: {
                    color: r.latest === 'excellent' ? '#cf1322' : r.latest ? '#1677ff' : '#bfbfbf',
                  },
                })),
              },
            ],
          }}
        />
      )}
      <Table
        rowKey="id"
        size="small"
        loading={rows.isLoading}
        dataSource={data}
        columns={[
          { title: t('tf.rank'), dataIndex: 'rank' },
          { title: t('tf.applicant'), dataIndex: 'personName' },
          { title: t('tf.unit'), dataIndex: 'unitName' },
          { title: t('tf.name'), dataIndex: 'orderName' },
          { title: t('tf.post.title'), dataIndex: 'postTitle' },
          { title: t('tf.months'), dataIndex: 'months' },
          {
            title: t('tf.latest'),
            dataIndex: 'latest',
            render: (v: string | null) =>
              v ? <Tag color={RATING_COLOUR[v]}>{t(`tf.rating.${v}`)}</Tag> : '—',
          },
          {
            title: t('tf.eligible'),
            dataIndex: 'eligible',
            render: (v: boolean) => (v ? <Tag color="green">{t('tf.eligible')}</Tag> : null),
          },
        ]}
      />
    </Space>
  );
}
