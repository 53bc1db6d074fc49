/** 服务工单: the community assigns, whoever serves marks done, the resident rates; every button only where allowed. */
import { useState } from 'react';
import { Button, Form, Input, Rate, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { StepButtons } from '../../app/step-buttons.tsx';
import { usePageTitle } from '../council/common.tsx';
import { listTickets, moveTicket, ticketsExportUrl, type Ticket } from './eldercare.api.ts';
import { usePageNode } from '../../app/selected-node.tsx';

const COLOUR: Record<string, string> = {
  requested: 'orange',
  assigned: 'blue',
  done: 'cyan',
  rated: 'green',
  cancelled: 'default',
};

/** The tickets the actor deals with. */
export function TicketsPage() {
  const t = useT();
  const { lang } = useLang();
  usePageTitle(t('ec.tickets.title'));
  const { can } = useMe();
  const nodeId = usePageNode();
  const qc = useQueryClient();
  const [moving, setMoving] = useState<{ x: Ticket; action: string } | null>(null);
  const officer = can('eldercare.manage') || can('eldercare.serve');
  const list = useQuery({
    queryKey: ['eldercare', 'tickets', nodeId, officer],
    queryFn: () => listTickets(officer ? { nodeId } : { mine: true }),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {officer ? t('ec.tickets.title') : t('ec.tickets.mine')}
        </Typography.Title>
        {can('eldercare.export') && (
          <Button icon={<DownloadOutlined />} href={ticketsExportUrl(nodeId)} data-testid="tickets-export">
            {t('ec.export')}
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
        columns={[
          { title: t('ec.ticket.number'), dataIndex: 'number' },
          { title: t('ec.ticket.station'), dataIndex: 'stationName' },
          { title: t('ec.ticket.service'), dataIndex: 'service' },
          { title: t('ec.ticket.description'), dataIndex: 'description', ellipsis: true },
          { title: t('ec.ticket.requester'), render: (_: unknown, r) => `${r.requesterName} ${r.phone}` },
          { title: '', dataIndex: 'createdAt', render: (v: string) => formatTime(v, lang) },
          { title: t('ec.ticket.assignee'), dataIndex: 'assigneeName' },
          {
            title: '',
            dataIndex: 'state',
            render: (v: string) => (
              <Tag color={COLOUR[v]} data-testid="ticket-state">
                {t(`ec.state.${v}`)}
              </Tag>
            ),
          },
          {
            title: t('ec.ticket.rating'),
            dataIndex: 'rating',
            render: (v: number | null) => (v ? <Rate disabled value={v} /> : null),
          },
          {
            title: '',
            render: (_: unknown, r) => (
              <StepButtons
                steps={r.actions}
                messages="ec.move"
                testId="ticket"
                onPick={(a) => setMoving({ x: r, action: a })}
              />
            ),
          },
        ]}
      />
      <FormModal<{ assigneeName?: string; note?: string; rating?: number }>
        open={!!moving}
        title={moving ? `${t(`ec.move.${moving.action}`)} · ${moving.x.number}` : ''}
        onClose={() => setMoving(null)}
        testId="ticket-move"
        onSubmit={async (v) => {
          await moveTicket(moving!.x.id, {
            action: moving!.action as never,
            ...v,
            version: moving!.x.version,
          });
          await qc.invalidateQueries({ queryKey: ['eldercare'] });
        }}
      >
        {moving?.action === 'assign' && (
          <Form.Item name="assigneeName" label={t('ec.ticket.assignee')} rules={[{ required: true }]}>
            <Input data-testid="ticket-assignee" />
          </Form.Item>
        )}
        {moving?.action === 'rate' && (
          <Form.Item name="rating" label={t('ec.ticket.rating')} rules={[{ required: true }]}>
            <Rate data-testid="ticket-rating" />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('ec.ticket.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
