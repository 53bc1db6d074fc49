/** The problems tab: problems in sight with their rectification state, the steps each side may take, and the history. */
import { useState } from 'react';
import { Button, Checkbox, Drawer, Form, Input, Select, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { FormModal } from '../../app/form-modal.tsx';
import { useLang, useT } from '../../app/i18n.tsx';
import { formatMinute } from '../../app/format.ts';
import { StepButtons } from '../../app/step-buttons.tsx';
import {
  getFinding,
  handOver,
  listFindings,
  moveFinding,
  type Finding,
  type FindingFilter,
  type MoveInput,
  type Round,
} from './inspections.api.ts';

const STATES = [
  'recorded',
  'awaiting_plan',
  'plan_submitted',
  'rectifying',
  'closure_submitted',
  'rectified',
] as const;
const COLOUR: Record<string, string> = {
  recorded: 'default',
  awaiting_plan: 'orange',
  plan_submitted: 'blue',
  rectifying: 'processing',
  closure_submitted: 'cyan',
  rectified: 'green',
};
const NEEDS_DEADLINE = ['submit_plan'];
const NEEDS_NOTE = ['submit_plan', 'return_plan', 'report_progress', 'submit_closure', 'return_closure'];

/** The problems, filtered by round, state or overdue. */
export function FindingsTab(props: { rounds: Round[] }) {
  const t = useT();
  const { lang } = useLang();
  const qc = useQueryClient();
  const [filter, setFilter] = useState<FindingFilter>({});
  const [moving, setMoving] = useState<{ f: Finding; action: MoveInput['action'] } | null>(null);
  const [handing, setHanding] = useState<Finding | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['inspections', 'findings', filter],
    queryFn: () => listFindings(filter),
  });
  const detail = useQuery({
    queryKey: ['inspections', 'finding', open],
    queryFn: () => getFinding(open!),
    enabled: !!open,
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ['inspections'] });
  const stepLabel = (a: string) =>
    a.startsWith('record') || a === 'issue' || a === 'handover' ? t(`ins.step.${a}`) : t(`ins.move.${a}`);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          allowClear
          style={{ minWidth: 200 }}
          aria-label={t('ins.f.round')}
          placeholder={t('ins.f.round')}
          value={filter.roundId}
          onChange={(v) => setFilter({ ...filter, roundId: v })}
          options={props.rounds.map((r) => ({
            value: r.id,
            label: `${t('ins.round.label', { year: r.year, number: r.number })} ${r.topic}`,
          }))}
        />
        <Select
          allowClear
          style={{ minWidth: 160 }}
          aria-label={t('ins.f.state')}
          placeholder={t('ins.f.all')}
          value={filter.state}
          onChange={(v) => setFilter({ ...filter, state: v })}
          options={STATES.map((s) => ({ value: s, label: t(`ins.state.${s}`) }))}
        />
        <Checkbox
          checked={filter.overdue === '1'}
          onChange={(e) => setFilter({ ...filter, overdue: e.target.checked ? '1' : undefined })}
        >
          {t('ins.f.onlyOverdue')}
        </Checkbox>
      </Space>
      <Table<Finding>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        onRow={(r) => ({ 'data-testid': `finding-${r.seq}` }) as never}
        columns={[
          { title: t('ins.f.round'), dataIndex: 'roundLabel', width: 110 },
          { title: t('ins.unit'), dataIndex: 'nodeName' },
          { title: t('ins.f.seq'), dataIndex: 'seq', width: 50 },
          { title: t('ins.f.category'), dataIndex: 'category' },
          {
            title: t('ins.f.description'),
            dataIndex: 'description',
            ellipsis: true,
            render: (v: string, r) => <Typography.Link onClick={() => setOpen(r.id)}>{v}</Typography.Link>,
          },
          {
            title: t('ins.f.severity'),
            dataIndex: 'severity',
            render: (v: string) => t(`ins.severity.${v}`),
          },
          {
            title: t('ins.f.state'),
            dataIndex: 'state',
            render: (v: string, r) => (
              <Space size={2} wrap>
                <Tag color={COLOUR[v]} data-testid="finding-state">
                  {t(`ins.state.${v}`)}
                </Tag>
                {r.handedOver && <Tag color="volcano">{t('ins.f.handedOver')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('ins.f.deadline'),
            dataIndex: 'deadline',
            render: (v: string | null, r) =>
              r.overdue ? (
                <Tag color="red" data-testid="finding-overdue">
                  {v} {t('ins.f.overdue')}
                </Tag>
              ) : (
                (v ?? '')
              ),
          },
          {
            title: '',
            render: (_: unknown, r) => (
              <Space wrap>
                <StepButtons
                  steps={r.actions as MoveInput['action'][]}
                  messages="ins.move"
                  testId="finding"
                  onPick={(a) => setMoving({ f: r, action: a })}
                />
                {r.can.handover && !r.handedOver && (
                  <Button size="small" danger onClick={() => setHanding(r)}>
                    {t('ins.handover')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<{ note?: string; deadline?: string }>
        open={!!moving}
        title={moving ? `${t(`ins.move.${moving.action}`)} · ${moving.f.nodeName} ${moving.f.seq}` : ''}
        onClose={() => setMoving(null)}
        testId="move-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await moveFinding(moving!.f.id, {
            action: moving!.action,
            note: v.note,
            deadline: v.deadline || undefined,
            version: moving!.f.version,
          });
          await refresh();
        }}
      >
        {moving && NEEDS_NOTE.includes(moving.action) && (
          <Form.Item name="note" label={t(`ins.move.note.${moving.action}`)} rules={[{ required: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
        {moving && NEEDS_DEADLINE.includes(moving.action) && (
          <Form.Item name="deadline" label={t('ins.f.deadline')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
        )}
      </FormModal>
      <FormModal<{ reason: string }>
        open={!!handing}
        title={`${t('ins.handover')} · ${handing?.nodeName ?? ''} ${handing?.seq ?? ''}`}
        onClose={() => setHanding(null)}
        okDanger
        onSubmit={async (v) => {
          await handOver(handing!.id, { reason: v.reason, version: handing!.version });
          await refresh();
        }}
      >
        <Form.Item name="reason" label={t('ins.handover.reason')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
      <Drawer open={!!open} onClose={() => setOpen(null)} size="large" title={detail.data?.description}>
        {detail.data && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text type="secondary">
              {detail.data.roundLabel} · {detail.data.nodeName} · {detail.data.category} ·{' '}
              {t(`ins.severity.${detail.data.severity}`)}
            </Typography.Text>
            {detail.data.evidence && (
              <Typography.Paragraph>
                {t('ins.f.evidence')}：{detail.data.evidence}
              </Typography.Paragraph>
            )}
            <ol>
              {detail.data.suggestions.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
            {detail.data.plan && (
              <Typography.Paragraph>
                {t('ins.f.plan')}：{detail.data.plan}（{t('ins.f.deadline')} {detail.data.deadline}）
              </Typography.Paragraph>
            )}
            {detail.data.handedOver && (
              <Typography.Paragraph type="danger">
                {t('ins.f.handedOver')}：{detail.data.handoverReason}
              </Typography.Paragraph>
            )}
            <Typography.Title level={5}>{t('ins.f.history')}</Typography.Title>
            <Timeline
              items={detail.data.steps.map((s) => ({
                content: `${formatMinute(s.at, lang)} ${s.byName} ${stepLabel(s.action)}${s.note ? `：${s.note}` : ''}${s.deadline ? `（${t('ins.f.deadline')} ${s.deadline}）` : ''}`,
              }))}
            />
          </Space>
        )}
      </Drawer>
    </Space>
  );
}
