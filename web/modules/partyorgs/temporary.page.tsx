/**
 * Temporary party organisations with a lifetime (issue 21.3): a major project's headquarters party
 * group 指挥部党建组 and its temporary project branches 项目临时党支部, set up on a date with a planned
 * end 计划撤销日期 and dissolved when the project ends (or earlier); listed with their status on the
 * day, overdue when the planned end has passed and they are not yet dissolved; the register in Excel.
 */
import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { NodePicker } from '../../app/node-picker.tsx';
import { useSelectedNode, usePageNode } from '../../app/selected-node.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { beijingDay } from '../../app/format.ts';
import { usePageTitle } from './common.tsx';
import {
  createTemporaryOrg,
  dissolveTemporaryOrg,
  editTemporaryOrg,
  exportTemporaryUrl,
  listPartyOrgsUnder,
  type PartyOrg,
} from './partyorgs.api.ts';

const KINDS = ['hq_group', 'project_branch'] as const;

/** Where an organisation stands on a day: not yet set up, active, past its planned end, or dissolved. */
function statusOf(o: PartyOrg, day: string): 'pending' | 'active' | 'overdue' | 'dissolved' {
  if (o.dissolvedOn && o.dissolvedOn <= day) return 'dissolved';
  if (o.establishedOn && o.establishedOn > day) return 'pending';
  if (o.plannedEnd && o.plannedEnd < day && !o.dissolvedOn) return 'overdue';
  return 'active';
}
const COLOURS = { pending: 'blue', active: 'green', overdue: 'red', dissolved: 'default' } as const;
const dateOrNull = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** The temporary party organisations below the node, set up, edited and dissolved here. */
export function TemporaryOrgsPage() {
  const t = useT();
  usePageTitle(t('po.temporary'));
  const { can } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { node } = useSelectedNode();
  const nodeId = usePageNode();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<PartyOrg | null>(null);
  const [ending, setEnding] = useState<PartyOrg | null>(null);
  const q = useQuery({
    queryKey: ['org', 'party-orgs', nodeId],
    queryFn: () => listPartyOrgsUnder(nodeId!),
    enabled: !!nodeId,
  });
  const day = beijingDay();
  const rows = (q.data ?? []).filter((o) => (KINDS as readonly string[]).includes(o.kind));
  const refresh = () => void qc.invalidateQueries({ queryKey: ['org'] });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('po.temporary')}
        </Typography.Title>
        <Space wrap>
          {can('partyorgs.export') && nodeId && (
            <Button
              icon={<DownloadOutlined />}
              href={exportTemporaryUrl(nodeId)}
              data-testid="export-temporary"
            >
              {t('po.export')}
            </Button>
          )}
          {can('org.party.write') && (
            <Button type="primary" onClick={() => setAdding(true)} data-testid="add-temporary">
              {t('po.temporary_add')}
            </Button>
          )}
        </Space>
      </Space>
      <Typography.Text type="secondary">{t('po.temporary_hint')}</Typography.Text>
      <Table<PartyOrg>
        rowKey="id"
        loading={q.isLoading}
        dataSource={rows}
        columns={[
          { title: t('po.org'), dataIndex: 'name' },
          { title: t('po.temporary_kind'), render: (_, o) => t(`po.kind.${o.kind}`) },
          { title: t('po.node'), dataIndex: 'nodeName' },
          { title: t('po.established_on'), render: (_, o) => o.establishedOn ?? '—' },
          {
            title: t('po.planned_end'),
            render: (_, o) => (
              <span data-testid={`temporary-planned-end-${o.name}`}>{o.plannedEnd ?? '—'}</span>
            ),
          },
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
                <Space>
                  <Button size="small" onClick={() => setEditing(o)} data-testid={`edit-${o.name}`}>
                    {t('po.edit')}
                  </Button>
                  <Button size="small" danger onClick={() => setEnding(o)} data-testid={`dissolve-${o.name}`}>
                    {t('po.dissolve')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <FormModal<{
        nodeId: string;
        kind: (typeof KINDS)[number];
        name: string;
        establishedOn: Dayjs;
        plannedEnd?: Dayjs;
      }>
        open={adding}
        title={t('po.temporary_add')}
        onClose={() => setAdding(false)}
        initialValues={{ nodeId: node?.id ?? nodeId, kind: 'project_branch' }}
        testId="temporary-modal"
        onSubmit={async (v) => {
          await createTemporaryOrg({
            nodeId: v.nodeId,
            kind: v.kind,
            name: v.name,
            establishedOn: v.establishedOn.format('YYYY-MM-DD'),
            plannedEnd: dateOrNull(v.plannedEnd),
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
        <Form.Item
          name="plannedEnd"
          label={t('po.planned_end')}
          extra={t('po.planned_end_hint')}
          dependencies={['establishedOn']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, v?: Dayjs) => {
                const from = getFieldValue('establishedOn') as Dayjs | undefined;
                return v && from && v.isBefore(from, 'day')
                  ? Promise.reject(new Error(t('po.planned_end_early')))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <DatePicker data-testid="planned-end" />
        </Form.Item>
      </FormModal>
      <FormModal<{ name: string; plannedEnd?: Dayjs | null }>
        open={!!editing}
        title={`${editing?.name ?? ''} · ${t('po.edit')}`}
        onClose={() => setEditing(null)}
        initialValues={{
          name: editing?.name,
          plannedEnd: editing?.plannedEnd ? dayjs(editing.plannedEnd) : null,
        }}
        testId="temporary-edit-modal"
        onSubmit={async (v) => {
          await editTemporaryOrg(editing!.id, {
            name: v.name,
            plannedEnd: dateOrNull(v.plannedEnd),
            version: editing!.version,
          });
          message.success(t('po.saved'));
          refresh();
        }}
      >
        <Form.Item name="name" label={t('po.org')} rules={[{ required: true, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="plannedEnd" label={t('po.planned_end')} extra={t('po.planned_end_hint')}>
          <DatePicker data-testid="edit-planned-end" />
        </Form.Item>
      </FormModal>
      <FormModal<{ dissolvedOn: Dayjs }>
        open={!!ending}
        title={`${ending?.name ?? ''} · ${t('po.dissolve')}`}
        onClose={() => setEnding(null)}
        okDanger
        testId="dissolve-modal"
        onSubmit={async (v) => {
          await dissolveTemporaryOrg(ending!.id, {
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
