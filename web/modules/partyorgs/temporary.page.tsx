/**
 * Temporary party organisations with a lifetime (issue 21.3): a major project's headquarters party
 * group 指挥部党建组 and its temporary project branches 项目临时党支部, set up on a date and dissolved
 * when the project ends (or earlier); listed with their status on the day.
 */
import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { api } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { NodePicker } from '../../app/node-picker.tsx';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { FormModal } from '../council/common.tsx';
import { usePageTitle, useScopeNode } from './common.tsx';

interface Org {
  id: string;
  nodeId: string;
  nodeName: string;
  kind: string;
  name: string;
  version: number;
  establishedOn: string | null;
  dissolvedOn: string | null;
  can: { write: boolean };
}
const KINDS = ['hq_group', 'project_branch'] as const;
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** Where an organisation stands on a day: not yet set up, active, or dissolved. */
function statusOf(o: Org, day: string): 'pending' | 'active' | 'dissolved' {
  if (o.dissolvedOn && o.dissolvedOn <= day) return 'dissolved';
  if (o.establishedOn && o.establishedOn > day) return 'pending';
  return 'active';
}
const COLOURS = { pending: 'blue', active: 'green', dissolved: 'default' } as const;

/** The temporary party organisations below the node, set up and dissolved here. */
export function TemporaryOrgsPage() {
  const t = useT();
  usePageTitle(t('po.temporary'));
  const { can } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { node } = useSelectedNode();
  const nodeId = useScopeNode();
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<Org | null>(null);
  const q = useQuery({
    queryKey: ['org', 'party-orgs', nodeId],
    queryFn: () => api<Org[]>('GET', `/api/org/nodes/${nodeId}/party-orgs?deep=1`),
    enabled: !!nodeId,
  });
  const day = today();
  const rows = (q.data ?? []).filter((o) => (KINDS as readonly string[]).includes(o.kind));
  const refresh = () => void qc.invalidateQueries({ queryKey: ['org'] });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('po.temporary')}
        </Typography.Title>
        {can('org.party.write') && (
          <Button type="primary" onClick={() => setAdding(true)} data-testid="add-temporary">
            {t('po.temporary_add')}
          </Button>
        )}
      </Space>
      <Typography.Text type="secondary">{t('po.temporary_hint')}</Typography.Text>
      <Table<Org>
        rowKey="id"
        loading={q.isLoading}
        dataSource={rows}
        columns={[
          { title: t('po.org'), dataIndex: 'name' },
          { title: t('po.temporary_kind'), render: (_, o) => t(`po.kind.${o.kind}`) },
          { title: t('po.node'), dataIndex: 'nodeName' },
          { title: t('po.established_on'), render: (_, o) => o.establishedOn ?? '—' },
          { title: t('po.dissolved_on'), render: (_, o) => o.dissolvedOn ?? '—' },
          {
            title: t('po.status'),
            render: (_, o) => {
              const s = statusOf(o, day);
              return (
                <Tag color={COLOURS[s]} data-testid={`temporary-status-${o.name}`}>
                  {t(`po.status.${s}`)}
                </Tag>
              );
            },
          },
          {
            title: '',
            render: (_, o) =>
              o.can.write &&
              !o.dissolvedOn && (
                <Button size="small" danger onClick={() => setEnding(o)} data-testid={`dissolve-${o.name}`}>
                  {t('po.dissolve')}
                </Button>
              ),
          },
        ]}
      />
      <FormModal<{ nodeId: string; kind: string; name: string; establishedOn: Dayjs }>
        open={adding}
        title={t('po.temporary_add')}
        onClose={() => setAdding(false)}
        initialValues={{ nodeId: node?.id ?? nodeId, kind: 'project_branch' }}
        testId="temporary-modal"
        onSubmit={async (v) => {
          await api('POST', '/api/org/party-orgs/temporary', {
            nodeId: v.nodeId,
            kind: v.kind,
            name: v.name,
            establishedOn: v.establishedOn.format('YYYY-MM-DD'),
          });
          message.success(t('po.saved'));
          refresh();
        }}
      >
        <Form.Item name="kind" label={t('po.temporary_kind')} rules={[{ required: true }]}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`po.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('po.org')} rules={[{ required: true, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="nodeId" label={t('po.node')} rules={[{ required: true }]}>
          <NodePicker initial={node} />
        </Form.Item>
        <Form.Item name="establishedOn" label={t('po.established_on')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
      </FormModal>
      <FormModal<{ dissolvedOn: Dayjs }>
        open={!!ending}
        title={`${ending?.name ?? ''} · ${t('po.dissolve')}`}
        onClose={() => setEnding(null)}
        okDanger
        testId="dissolve-modal"
        onSubmit={async (v) => {
          await api('POST', `/api/org/party-orgs/${ending!.id}/dissolve`, {
            dissolvedOn: v.dissolvedOn.format('YYYY-MM-DD'),
            version: ending!.version,
          });
          message.success(t('po.saved'));
          refresh();
        }}
      >
        <Typography.Paragraph type="secondary">{t('po.dissolve_hint')}</Typography.Paragraph>
        <Form.Item name="dissolvedOn" label={t('po.dissolved_on')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
