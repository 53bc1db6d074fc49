/** Compounds 小区: the register, with the company serving each, its 业委会 and party organisation. */
import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { NodePicker } from '../../app/node-picker.tsx';
import { useSelectedNode, usePageNode } from '../../app/selected-node.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { usePageTitle } from '../council/common.tsx';
import { ExportButton, ImportButton } from './common.tsx';
import {
  BRANCH_KINDS,
  createCompound,
  listCompanies,
  listCompounds,
  type Compound,
  type CompoundInput,
} from './property.api.ts';

/** The compound register. */
export function CompoundsPage() {
  const t = useT();
  usePageTitle(t('property.compounds'));
  const { can } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const nodeId = usePageNode();
  const { node } = useSelectedNode();
  const [adding, setAdding] = useState(false);
  const list = useQuery({
    queryKey: ['property', 'compounds', node?.id],
    queryFn: () => listCompounds({ nodeId: node?.id }),
  });
  const companies = useQuery({
    queryKey: ['property', 'companies', 'all'],
    queryFn: () => listCompanies({}),
    enabled: adding,
  });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['property'] });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('property.compounds')}
        </Typography.Title>
        <Space wrap>
          {can('property.manage') && (
            <>
              <Button type="primary" onClick={() => setAdding(true)}>
                {t('property.register_compound')}
              </Button>
              <ImportButton what="compounds" nodeId={nodeId} onDone={refresh} />
            </>
          )}
          <ExportButton what="compounds" nodeId={node?.id} />
          <ExportButton what="issues" nodeId={node?.id} />
        </Space>
      </Space>
      <Table<Compound>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20 }}
        scroll={{ x: true }}
        columns={[
          {
            title: t('property.name'),
            render: (_, c) => (
              <Link to={`/property/compounds/${c.id}`} data-testid={`compound-${c.name}`}>
                {c.name}
              </Link>
            ),
          },
          { title: t('property.community'), dataIndex: 'nodeName' },
          { title: t('property.households'), dataIndex: 'households' },
          { title: t('property.company'), render: (_, c) => c.companyName ?? '—' },
          {
            title: t('property.branch'),
            render: (_, c) => (
              <Tag color={c.branchKind === 'none' ? undefined : 'red'}>
                {c.partyOrgName ?? t(`property.branch.${c.branchKind}`)}
              </Tag>
            ),
          },
          {
            title: t('property.committee'),
            render: (_, c) =>
              c.committee.map((m) => `${m.name}（${t(`property.post.${m.post}`)}）`).join('、') || '—',
          },
        ]}
      />
      <FormModal<CompoundInput>
        open={adding}
        title={t('property.register_compound')}
        onClose={() => setAdding(false)}
        initialValues={{
          nodeId: node?.level === 'community' ? node.id : undefined,
          households: 0,
          branchKind: 'party_branch',
        }}
        onSubmit={async (v) => {
          await createCompound(v);
          message.success(t('property.saved'));
          refresh();
        }}
      >
        <Form.Item name="nodeId" label={t('property.community')} rules={[{ required: true }]}>
          <NodePicker initial={node} />
        </Form.Item>
        <Form.Item name="name" label={t('property.name')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="address" label={t('property.address')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="households" label={t('property.households')}>
          <InputNumber min={0} max={100000} />
        </Form.Item>
        <Form.Item name="companyId" label={t('property.company')}>
          <Select allowClear options={(companies.data ?? []).map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item name="branchKind" label={t('property.branch')}>
          <Select
            options={BRANCH_KINDS.map((k) => ({
              value: k,
              label: t(`property.branch.${k}`),
            }))}
          />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
