/**
 * 社工能力库: the social workers under the officer's reach with the problems they are skilled in, their
 * capacity and how many young people they are helping now; an officer puts an account on the roster
 * and changes a worker's skills, capacity or whether they take cases (at the version read).
 */
import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  addWorker,
  getLibrary,
  listWorkers,
  updateWorker,
  type Worker,
  type WorkerInput,
  type WorkerUpdate,
} from './juvenile.api.ts';
import './juvenile.shared.tsx';

/** The roster page. */
export function WorkersPage() {
  const t = useT();
  useDocumentTitle(t('juv.workers'));
  const { me } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const nodeId = usePageNode();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Worker | null>(null);
  const list = useQuery({ queryKey: ['juvenile', 'workers', nodeId], queryFn: () => listWorkers(nodeId) });
  const library = useQuery({ queryKey: ['juvenile', 'library'], queryFn: () => getLibrary() });
  const problems = (library.data?.entries ?? []).filter((e) => e.kind === 'problem');
  const problemName = new Map(problems.map((p) => [p.code, p.name]));
  const units = (me?.grants ?? []).filter((g) =>
    ['org_officer', 'street_officer', 'community_officer'].includes(g.role),
  );
  const manage = !!list.data?.can.manage;
  const skillOptions = problems.map((p) => ({ value: p.code, label: `${p.code} ${p.name}` }));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('juv.workers')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('juv.workers.hint')}</Typography.Text>
        </div>
        {manage && units.length > 0 && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="juv-worker-new"
          >
            {t('juv.workers.add')}
          </Button>
        )}
      </Space>
      <Table<Worker>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 800 }}
        pagination={{ pageSize: 20 }}
        data-testid="juv-workers"
        columns={[
          { title: t('juv.name'), dataIndex: 'name' },
          { title: t('juv.agency'), dataIndex: 'agency' },
          { title: t('juv.node'), dataIndex: 'nodeName' },
          {
            title: t('juv.skills'),
            dataIndex: 'skills',
            render: (v: string[]) => v.map((c) => <Tag key={c}>{problemName.get(c) ?? c}</Tag>),
          },
          { title: t('juv.load'), dataIndex: 'load', align: 'right' },
          { title: t('juv.capacity'), dataIndex: 'capacity', align: 'right' },
          {
            title: t('juv.state'),
            dataIndex: 'active',
            render: (v: boolean) =>
              v ? <Tag color="green">{t('juv.active')}</Tag> : <Tag>{t('juv.stopped')}</Tag>,
          },
          ...(manage
            ? [
                {
                  title: '',
                  key: 'edit',
                  render: (_: unknown, w: Worker) => (
                    <Button
                      size="small"
                      onClick={() => setEditing(w)}
                      aria-label={`${t('juv.workers.edit')} ${w.name}`}
                    >
                      {t('juv.workers.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<WorkerInput>
        open={adding}
        title={t('juv.workers.add')}
        onClose={() => setAdding(false)}
        initialValues={{ nodeId: units[0]?.nodeId, capacity: 5, skills: [], agency: '' }}
        testId="juv-worker-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await addWorker(v);
          message.success(t('juv.saved'));
          await qc.invalidateQueries({ queryKey: ['juvenile'] });
        }}
      >
        <Form.Item name="nodeId" label={t('juv.node')} rules={[{ required: true }]}>
          <Select options={units.map((g) => ({ value: g.nodeId, label: g.nodeName }))} />
        </Form.Item>
        <Form.Item name="username" label={t('juv.username')} rules={[{ required: true, max: 60 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t('juv.name')} rules={[{ required: true, max: 30 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="agency" label={t('juv.agency')} rules={[{ max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="skills" label={t('juv.skills')}>
          <Select mode="multiple" options={skillOptions} optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="capacity" label={t('juv.capacity')} rules={[{ required: true }]}>
          <InputNumber min={1} max={100} />
        </Form.Item>
      </FormModal>
      <FormModal<Omit<WorkerUpdate, 'version'>>
        open={!!editing}
        title={`${t('juv.workers.edit')} ${editing?.name ?? ''}`}
        onClose={() => setEditing(null)}
        initialValues={
          editing ? { skills: editing.skills, capacity: editing.capacity, active: editing.active } : undefined
        }
        testId="juv-worker-edit"
        testIdOn="form"
        onSubmit={async (v) => {
          await updateWorker(editing!.id, { ...v, version: editing!.version });
          message.success(t('juv.saved'));
          await qc.invalidateQueries({ queryKey: ['juvenile'] });
        }}
      >
        <Form.Item name="skills" label={t('juv.skills')}>
          <Select mode="multiple" options={skillOptions} optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="capacity" label={t('juv.capacity')} rules={[{ required: true }]}>
          <InputNumber min={1} max={100} />
        </Form.Item>
        <Form.Item name="active" label={t('juv.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
