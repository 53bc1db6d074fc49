/** 业主大会 in scope: each assembly's compound, dates, ballots counted and waiting, its notice; opening one with its matters. */
import { useState } from 'react';
import { App, Button, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { beijingDay } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { usePageNode } from '../../app/selected-node.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  MATTER_KINDS,
  listAssemblies,
  listCompounds,
  openAssembly,
  type AssemblyInput,
  type AssemblyRow,
} from './owners.api.ts';
import './owners.shared.tsx';

/** The assemblies page. */
export function AssembliesPage() {
  const t = useT();
  useDocumentTitle(t('own.assemblies'));
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const nodeId = usePageNode();
  const key = useIdempotencyKey();
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: ['owners', 'assemblies', nodeId],
    queryFn: () => listAssemblies(nodeId),
  });
  const compounds = useQuery({
    queryKey: ['owners', 'compounds', nodeId],
    queryFn: () => listCompounds(nodeId),
    enabled: open,
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('own.assemblies')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('own.rule')}</Typography.Text>
        </div>
        {list.data?.can.open && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="own-open">
            {t('own.open')}
          </Button>
        )}
      </Space>
      <Table<AssemblyRow>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 20 }}
        scroll={{ x: 800 }}
        data-testid="own-assemblies"
        columns={[
          {
            title: t('own.assembly'),
            dataIndex: 'title',
            render: (v: string, r) => <Link to={`/owners/assemblies/${r.id}`}>{v}</Link>,
          },
          { title: t('own.compound'), dataIndex: 'compoundName' },
          {
            title: t('own.period'),
            key: 'period',
            render: (_: unknown, r) => `${r.opensOn} ~ ${r.closesOn}`,
          },
          {
            title: t('own.state'),
            dataIndex: 'state',
            render: (v: string) => (
              <Tag color={v === 'open' ? 'processing' : 'default'}>{t(`own.s.${v}`)}</Tag>
            ),
          },
          {
            title: t('own.ballots'),
            key: 'ballots',
            render: (_: unknown, r) =>
              t('own.ballotsValue', { counted: r.counted, owners: r.totalOwners, pending: r.pending }),
          },
          { title: t('own.noticeNo'), dataIndex: 'noticeNo' },
        ]}
      />
      <FormModal<AssemblyInput>
        open={open}
        title={t('own.open')}
        onClose={() => setOpen(false)}
        width={640}
        testId="own-open-form"
        testIdOn="form"
        initialValues={{
          opensOn: beijingDay(new Date()),
          closesOn: beijingDay(new Date(Date.now() + 14 * 86_400_000)),
          matters: [{ title: '', kind: 'ordinary' }],
        }}
        onSubmit={async (v) => {
          const r = await openAssembly(v, key.get());
          key.done();
          message.success(t('own.saved'));
          await qc.invalidateQueries({ queryKey: ['owners'] });
          void navigate(`/owners/assemblies/${r.id}`);
        }}
      >
        <Form.Item name="compoundId" label={t('own.compound')} rules={[{ required: true }]}>
          <Select
            data-testid="own-open-compound"
            options={(compounds.data?.items ?? []).map((c) => ({
              value: c.id,
              label: `${c.nodeName} · ${c.name}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('own.assembly')} rules={[{ required: true, max: 120 }]}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item name="opensOn" label={t('own.opensOn')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="closesOn" label={t('own.closesOn')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
        </Space>
        <Form.List name="matters">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item
                    name={[f.name, 'title']}
                    label={t('own.matter')}
                    rules={[{ required: true, max: 200 }]}
                  >
                    <Input style={{ width: 300 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'kind']} label={t('own.kind')} rules={[{ required: true }]}>
                    <Select
                      style={{ width: 150 }}
                      options={MATTER_KINDS.map((k) => ({ value: k, label: t(`own.k.${k}`) }))}
                    />
                  </Form.Item>
                  {fields.length > 1 && (
                    <MinusCircleOutlined aria-label={t('own.remove')} onClick={() => remove(f.name)} />
                  )}
                </Space>
              ))}
              <Button
                type="dashed"
                onClick={() => add({ title: '', kind: 'ordinary' })}
                icon={<PlusOutlined />}
              >
                {t('own.addMatter')}
              </Button>
            </>
          )}
        </Form.List>
      </FormModal>
    </Space>
  );
}
