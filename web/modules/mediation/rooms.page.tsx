/**
 * Mediation rooms 人民调解室 with their mediators and the 党群调解331 steps; and the figures Futian
 * reports (seed 003): settlement rate, share settled in people's rooms, per room.
 */
import { useState } from 'react';
import { App, Button, Card, Form, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { Chart } from '../../app/chart.tsx';
import { useT } from '../../app/i18n.tsx';
import { NodePicker } from '../../app/node-picker.tsx';
import { usePageNode, useSelectedNode } from '../../app/selected-node.tsx';
import { StatCard } from '../../app/stat-card.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { usePageTitle } from '../council/common.tsx';
import {
  addMediator,
  createRoom,
  getFigures,
  listRooms,
  roomsExportUrl,
  type Room,
} from './mediation.api.ts';
import { StepsCard } from './steps.tsx';

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(2)}%`);

/** Rooms and steps. */
export function RoomsPage() {
  const t = useT();
  usePageTitle(t('mediation.rooms'));
  const { can } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { node } = useSelectedNode();
  const nodeId = usePageNode();
  const [adding, setAdding] = useState(false);
  const [seating, setSeating] = useState<Room | null>(null);
  const rooms = useQuery({ queryKey: ['mediation', 'rooms', node?.id], queryFn: () => listRooms(node?.id) });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['mediation'] });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('mediation.rooms')}
        </Typography.Title>
        <Space>
          {can('mediation.export') && (
            <Button href={roomsExportUrl(node?.id)}>{t('mediation.export_rooms')}</Button>
          )}
          {can('mediation.manage') && (
            <Button type="primary" onClick={() => setAdding(true)}>
              {t('mediation.add_room')}
            </Button>
          )}
        </Space>
      </Space>
      <Table<Room>
        rowKey="id"
        dataSource={rooms.data ?? []}
        loading={rooms.isLoading}
        columns={[
          { title: t('mediation.room'), dataIndex: 'name' },
          { title: t('mediation.kind'), render: (_, r) => t(`mediation.kind.${r.kind}`) },
          { title: t('mediation.node'), dataIndex: 'nodeName' },
          {
            title: t('mediation.mediator'),
            render: (_, r) => r.mediators.map((m) => <Tag key={m.userId}>{m.name}</Tag>),
          },
          {
            title: '',
            render: (_, r) =>
              r.can.manage && (
                <Button size="small" onClick={() => setSeating(r)}>
                  {t('mediation.add_mediator')}
                </Button>
              ),
          },
        ]}
      />
      <StepsCard nodeId={nodeId} />
      <FormModal<{
        nodeId: string;
        name: string;
        kind: 'people' | 'court' | 'petition' | 'trade';
        address: string;
      }>
        open={adding}
        title={t('mediation.add_room')}
        onClose={() => setAdding(false)}
        initialValues={{ nodeId: node?.id, kind: 'people' }}
        onSubmit={async (v) => {
          await createRoom(v);
          message.success(t('mediation.saved'));
          refresh();
        }}
      >
        <Form.Item name="nodeId" label={t('mediation.node')} rules={[{ required: true }]}>
          <NodePicker initial={node} />
        </Form.Item>
        <Form.Item name="name" label={t('mediation.room')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={t('mediation.kind')}>
          <Select
            options={(['people', 'court', 'petition', 'trade'] as const).map((k) => ({
              value: k,
              label: t(`mediation.kind.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="address" label={t('mediation.address')}>
          <Input maxLength={200} />
        </Form.Item>
      </FormModal>
      <FormModal<{ username: string }>
        open={!!seating}
        title={`${seating?.name ?? ''} · ${t('mediation.add_mediator')}`}
        onClose={() => setSeating(null)}
        onSubmit={async (v) => {
          await addMediator(seating!.id, v.username);
          refresh();
        }}
      >
        <Form.Item name="username" label={t('mediation.username')} rules={[{ required: true }]}>
          <Input maxLength={64} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}

/** The settlement figures of a node for the year, per room. */
export function FiguresPage() {
  const t = useT();
  usePageTitle(t('mediation.figures'));
  const { node } = useSelectedNode();
  const f = useQuery({
    queryKey: ['mediation', 'figures', node?.id],
    queryFn: () => getFigures({ nodeId: node?.id }),
  });
  const d = f.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {d?.year} {t('mediation.figures')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {(
          [
            ['received', d?.received],
            ['concluded', d?.concluded],
            ['settled', d?.settled],
            ['rate', pct(d?.rate ?? null)],
            ['in_rooms', pct(d?.inRoomsShare ?? null)],
            ['confirmed', d?.confirmed],
            ['psychological', d?.psychological],
          ] as const
        ).map(([k, v]) => (
          <StatCard key={k} title={t(`mediation.${k}`)} value={v ?? '—'} />
        ))}
      </Row>
      {d && d.rooms.length > 0 && (
        <Card size="small">
          <Chart
            height={280}
            option={{
              grid: { left: 50, right: 20, top: 30, bottom: 70 },
              tooltip: {},
              legend: {},
              xAxis: { type: 'category', data: d.rooms.map((r) => r.name), axisLabel: { rotate: 30 } },
              yAxis: { type: 'value' },
              series: [
                { name: t('mediation.concluded'), type: 'bar', data: d.rooms.map((r) => r.concluded) },
                { name: t('mediation.settled'), type: 'bar', data: d.rooms.map((r) => r.settled) },
              ],
            }}
          />
        </Card>
      )}
      <Table
        rowKey="id"
        dataSource={d?.rooms ?? []}
        columns={[
          { title: t('mediation.room'), dataIndex: 'name' },
          { title: t('mediation.kind'), render: (_, r) => t(`mediation.kind.${r.kind}`) },
          { title: t('mediation.concluded'), dataIndex: 'concluded' },
          { title: t('mediation.settled'), dataIndex: 'settled' },
          { title: t('mediation.rate'), render: (_, r) => pct(r.rate) },
        ]}
      />
    </Space>
  );
}
