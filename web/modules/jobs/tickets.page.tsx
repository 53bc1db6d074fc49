/**
 * 求职服务工单 for the station: each need with its recommendations; recommend matching postings,
 * record interviews and hiring, and the outcome. Buttons come from the ticket's own actions.
 */
import { useState } from 'react';
import { Button, DatePicker, Form, Input, List, Modal, Rate, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useMe } from '../../app/auth.tsx';
import { formatDate } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { reportError } from '../../app/problem.ts';
import { StepButtons } from '../../app/step-buttons.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { usePageTitle } from '../council/common.tsx';
import {
  getMatches,
  listPostings,
  listTickets,
  moveRec,
  moveTicket,
  payRange,
  recommend,
  ticketsExportUrl,
  type Rec,
  type Ticket,
} from './jobs.api.ts';
import { addMessages } from '../../app/i18n.tsx';
import { jobsWebMessages } from './jobs.messages.ts';

addMessages(jobsWebMessages);

export const STATE_COLOUR: Record<string, string> = {
  new: 'orange',
  working: 'blue',
  employed: 'green',
  training: 'cyan',
  paused: 'gold',
  closed: 'default',
  proposed: 'orange',
  accepted: 'blue',
  declined: 'default',
  hired: 'green',
  not_hired: 'default',
};

/** The station's tickets. */
export function TicketsPage() {
  const t = useT();
  const { lang } = useLang();
  usePageTitle(t('jb.tickets.title'));
  const { can } = useMe();
  const nodeId = usePageNode();
  const qc = useQueryClient();
  const [moving, setMoving] = useState<{ x: Ticket; action: string } | null>(null);
  const [recMoving, setRecMoving] = useState<{ x: Ticket; r: Rec; action: string } | null>(null);
  const [recommending, setRecommending] = useState<Ticket | null>(null);
  const list = useQuery({ queryKey: ['jobs', 'tickets', nodeId], queryFn: () => listTickets({ nodeId }) });
  const refresh = () => qc.invalidateQueries({ queryKey: ['jobs'] });

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('jb.tickets.title')}
        </Typography.Title>
        {can('jobs.export') && (
          <Button
            icon={<DownloadOutlined />}
            href={ticketsExportUrl(nodeId)}
            data-testid="jobs-tickets-export"
          >
            {t('jb.export')}
          </Button>
        )}
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20 }}
        scroll={{ x: true }}
        expandable={{
          rowExpandable: (x) => x.recommendations.length > 0,
          expandedRowRender: (x) => (
            <List
              size="small"
              dataSource={x.recommendations}
              renderItem={(r) => (
                <List.Item
                  data-testid="jobs-rec"
                  actions={[
                    <StepButtons
                      key="s"
                      steps={r.actions}
                      messages="jb.recmove"
                      testId="jobs-rec"
                      onPick={(a) => setRecMoving({ x, r, action: a })}
                    />,
                  ]}
                >
                  <Space wrap>
                    <span>
                      {r.employer} · {r.title} · {payRange(r.payMinFen, r.payMaxFen)}
                    </span>
                    <Tag color={STATE_COLOUR[r.state]}>{t(`jobs.rec.${r.state}`)}</Tag>
                    {r.interviewOn && (
                      <span>
                        {t('jb.interviewOn')} {r.interviewOn} {r.interviewNote}
                      </span>
                    )}
                  </Space>
                </List.Item>
              )}
            />
          ),
        }}
        columns={[
          { title: t('jb.ticket.number'), dataIndex: 'number' },
          { title: t('jb.ticket.requester'), dataIndex: 'requesterName' },
          {
            title: t('jb.ticket.kinds'),
            dataIndex: 'kinds',
            render: (v: string[]) => v.map((k) => t(`jobs.kind.${k}`)).join('、'),
          },
          { title: t('jb.ticket.hours'), dataIndex: 'hours', render: (v: string) => t(`jobs.hours.${v}`) },
          { title: t('jb.ticket.skills'), dataIndex: 'skills', ellipsis: true },
          {
            title: t('jb.ticket.training'),
            dataIndex: 'wantsTraining',
            render: (v: boolean) => t(v ? 'jb.yes' : 'jb.no'),
          },
          {
            title: t('jb.ticket.created'),
            dataIndex: 'createdAt',
            render: (v: string) => formatDate(v, lang),
          },
          { title: t('jb.ticket.acted'), dataIndex: 'actedAt', render: (v: string) => formatDate(v, lang) },
          {
            title: '',
            dataIndex: 'state',
            render: (v: string) => (
              <Tag color={STATE_COLOUR[v]} data-testid="jobs-ticket-state">
                {t(`jobs.state.${v}`)}
              </Tag>
            ),
          },
          {
            title: t('jb.ticket.rating'),
            dataIndex: 'rating',
            render: (v: number | null) => (v ? <Rate disabled value={v} /> : null),
          },
          {
            title: '',
            render: (_: unknown, x) => (
              <Space>
                {x.canRecommend && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setRecommending(x)}
                    data-testid="jobs-recommend"
                  >
                    {t('jb.recommend')}
                  </Button>
                )}
                <StepButtons
                  steps={x.actions}
                  messages="jb.move"
                  testId="jobs-ticket"
                  onPick={(a) => setMoving({ x, action: a })}
                />
              </Space>
            ),
          },
        ]}
      />
      {recommending && (
        <RecommendModal ticket={recommending} onClose={() => setRecommending(null)} onDone={refresh} />
      )}
      <FormModal<{ note?: string }>
        open={!!moving}
        title={moving ? `${t(`jb.move.${moving.action}`)} · ${moving.x.number}` : ''}
        onClose={() => setMoving(null)}
        testId="jobs-ticket-move"
        onSubmit={async (v) => {
          await moveTicket(moving!.x.id, {
            action: moving!.action as never,
            ...v,
            version: moving!.x.version,
          });
          await refresh();
        }}
      >
        <Form.Item name="note" label={t('jb.ticket.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
      <FormModal<{ interviewOn?: Dayjs; note?: string }>
        open={!!recMoving}
        title={recMoving ? `${t(`jb.recmove.${recMoving.action}`)} · ${recMoving.r.title}` : ''}
        onClose={() => setRecMoving(null)}
        testId="jobs-rec-move"
        onSubmit={async ({ interviewOn, ...v }) => {
          await moveRec(recMoving!.x.id, recMoving!.r.id, {
            action: recMoving!.action as never,
            ...v,
            interviewOn: interviewOn?.format('YYYY-MM-DD'),
            version: recMoving!.r.version,
          });
          await refresh();
        }}
      >
        {recMoving?.action === 'interview' && (
          <Form.Item name="interviewOn" label={t('jb.interviewOn')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('jb.ticket.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}

/** The open postings matching a need (the server's rule), one button each to recommend it. */
function RecommendModal(props: { ticket: Ticket; onClose: () => void; onDone: () => Promise<unknown> }) {
  const t = useT();
  const x = props.ticket;
  const matches = useQuery({ queryKey: ['jobs', 'matches', x.id], queryFn: () => getMatches(x.id) });
  const postings = useQuery({
    queryKey: ['jobs', 'postings', 'open'],
    queryFn: () => listPostings({ open: '1' }),
  });
  const byId = new Map((postings.data ?? []).map((p) => [p.id, p]));
  const fit = (matches.data ?? []).map((id) => byId.get(id)).filter((p) => !!p);
  return (
    <Modal open title={`${t('jb.recommend')} · ${x.number}`} onCancel={props.onClose} footer={null}>
      <List
        loading={matches.isLoading || postings.isLoading}
        locale={{ emptyText: t('jb.recommend.none') }}
        dataSource={fit}
        renderItem={(p) => (
          <List.Item
            actions={[
              <Button
                key="r"
                size="small"
                type="primary"
                data-testid="jobs-recommend-pick"
                onClick={async () => {
                  try {
                    await recommend(x.id, p.id, x.version);
                    await props.onDone();
                    props.onClose();
                  } catch (e) {
                    reportError(e);
                  }
                }}
              >
                {t('jb.recommend.pick')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={`${p.employer} · ${p.title}`}
              description={`${t(`jobs.kind.${p.kind}`)} · ${t(`jobs.hours.${p.hours}`)} · ${payRange(p.payMinFen, p.payMaxFen)} · ${p.closesOn}`}
            />
          </List.Item>
        )}
      />
    </Modal>
  );
}
