/** Open311 API keys: list, create on the node picked in the tree (the secret is shown once), revoke. */
import { useState } from 'react';
import { Alert, App as AntApp, Button, Form, Input, Modal, Popconfirm, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import { applyProblemToForm, reportError } from '../../app/problem.ts';
import { useT } from '../../app/i18n.tsx';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { PageTitle, fmtTime } from './common.tsx';

interface Key {
  id: string;
  name: string;
  nodeId: string;
  nodeName: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/** The keys page. */
export default function Open311KeysPage() {
  const t = useT();
  const { node } = useSelectedNode();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [form] = Form.useForm<{ name: string }>();
  const keys = useQuery({
    queryKey: ['grid-o311-keys'],
    queryFn: () => api<Key[]>('GET', '/api/open311/keys'),
  });
  const create = async (v: { name: string }) => {
    if (!node) return;
    try {
      const r = await api<Key & { apiKey: string }>('POST', '/api/open311/keys', {
        name: v.name,
        nodeId: node.id,
      });
      setCreating(false);
      form.resetFields();
      setSecret(r.apiKey);
      await qc.invalidateQueries({ queryKey: ['grid-o311-keys'] });
    } catch (e) {
      applyProblemToForm(form, e);
    }
  };
  const revoke = async (id: string) => {
    try {
      await api('DELETE', `/api/open311/keys/${id}`);
      message.success(t('grid.o311.revoked'));
      await qc.invalidateQueries({ queryKey: ['grid-o311-keys'] });
    } catch (e) {
      reportError(e);
    }
  };
  return (
    <div>
      <PageTitle
        extra={
          <Button type="primary" disabled={!node} onClick={() => setCreating(true)}>
            {t('grid.o311.create')}
          </Button>
        }
      >
        {t('grid.o311.title')}
      </PageTitle>
      {!node && <Alert type="info" showIcon title={t('grid.o311.pickNode')} style={{ marginBottom: 12 }} />}
      <Table<Key>
        rowKey="id"
        size="small"
        loading={keys.isLoading}
        dataSource={keys.data ?? []}
        scroll={{ x: 720 }}
        columns={[
          { title: t('grid.o311.name'), dataIndex: 'name' },
          { title: t('grid.o311.node'), dataIndex: 'nodeName' },
          { title: t('grid.o311.prefix'), dataIndex: 'prefix', render: (v: string) => <code>{v}…</code> },
          { title: t('grid.o311.createdAt'), dataIndex: 'createdAt', render: (v: string) => fmtTime(v) },
          {
            title: t('grid.o311.lastUsed'),
            dataIndex: 'lastUsedAt',
            render: (v: string | null) => fmtTime(v) || '—',
          },
          {
            title: '',
            render: (_, r) =>
              r.revokedAt ? (
                <Tag>{t('grid.o311.revoked')}</Tag>
              ) : (
                <Popconfirm title={t('grid.o311.revoke')} onConfirm={() => void revoke(r.id)}>
                  <Button size="small" danger>
                    {t('grid.o311.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Modal
        open={creating}
        title={t('grid.o311.create')}
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={create}>
          <Form.Item label={t('grid.o311.node')}>{node?.name}</Form.Item>
          <Form.Item
            name="name"
            label={t('grid.o311.name')}
            rules={[{ required: true, whitespace: true, message: t('grid.report.required') }, { max: 100 }]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!secret}
        title={t('grid.o311.create')}
        onCancel={() => setSecret(null)}
        onOk={() => setSecret(null)}
      >
        <Typography.Paragraph>{t('grid.o311.secret')}</Typography.Paragraph>
        <Typography.Paragraph copyable code>
          {secret}
        </Typography.Paragraph>
      </Modal>
    </div>
  );
}
