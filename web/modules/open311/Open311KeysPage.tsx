/**
 * Open311: what the district publishes (default nothing; when on, only public reports and public
 * replies), and its API keys: list, create on the node picked in the tree (the secret is shown
 * once), revoke.
 */
import { useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { formatTime } from '../../app/format.ts';
import { applyProblemToForm, reportError } from '../../app/problem.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { PageTitle } from '../../app/page-title.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  createKey,
  getSettings,
  listKeys,
  revokeKey,
  saveSettings,
  type Open311Key as Key,
} from './open311.api.ts';

/** The district's publication switch. */
function Publication(props: { districtId: string }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const s = useQuery({
    queryKey: ['o311-settings', props.districtId],
    queryFn: () => getSettings(props.districtId),
  });
  const toggle = async (publish: boolean) => {
    if (!s.data) return;
    try {
      await saveSettings({ districtId: props.districtId, publish, version: s.data.version });
      message.success(t('o311.publish.saved'));
    } catch (e) {
      reportError(e);
    }
    await qc.invalidateQueries({ queryKey: ['o311-settings'] });
  };
  return (
    <Card size="small" style={{ marginBottom: 12 }}>
      <label>
        <Switch
          checked={!!s.data?.publish}
          loading={s.isLoading}
          onChange={(v) => void toggle(v)}
          data-testid="o311-publish"
        />{' '}
        {t('o311.publish')}
      </label>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        {t('o311.publish.help')}
      </Typography.Paragraph>
    </Card>
  );
}

/** The keys page. */
export default function Open311KeysPage() {
  const t = useT();
  useDocumentTitle(t('o311.title'));
  const { lang } = useLang();
  const fmtTime = (v: string | null) => formatTime(v, lang);
  const { node } = useSelectedNode();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [form] = Form.useForm<{ name: string }>();
  const keys = useQuery({
    queryKey: ['o311-keys'],
    queryFn: listKeys,
  });
  const create = async (v: { name: string }) => {
    if (!node) return;
    try {
      const r = await createKey({ name: v.name, nodeId: node.id });
      setCreating(false);
      form.resetFields();
      setSecret(r.apiKey);
      await qc.invalidateQueries({ queryKey: ['o311-keys'] });
    } catch (e) {
      applyProblemToForm(form, e);
    }
  };
  const revoke = async (id: string) => {
    try {
      await revokeKey(id);
      message.success(t('o311.revoked'));
      await qc.invalidateQueries({ queryKey: ['o311-keys'] });
    } catch (e) {
      reportError(e);
    }
  };
  return (
    <div>
      <PageTitle
        extra={
          <Button type="primary" disabled={!node} onClick={() => setCreating(true)}>
            {t('o311.create')}
          </Button>
        }
      >
        {t('o311.title')}
      </PageTitle>
      {node?.level === 'district' && <Publication districtId={node.id} />}
      {!node && <Alert type="info" showIcon title={t('o311.pickNode')} style={{ marginBottom: 12 }} />}
      <Table<Key>
        rowKey="id"
        size="small"
        loading={keys.isLoading}
        dataSource={keys.data ?? []}
        scroll={{ x: 720 }}
        columns={[
          { title: t('o311.name'), dataIndex: 'name' },
          { title: t('o311.node'), dataIndex: 'nodeName' },
          { title: t('o311.prefix'), dataIndex: 'prefix', render: (v: string) => <code>{v}…</code> },
          { title: t('o311.createdAt'), dataIndex: 'createdAt', render: (v: string) => fmtTime(v) },
          {
            title: t('o311.lastUsed'),
            dataIndex: 'lastUsedAt',
            render: (v: string | null) => fmtTime(v),
          },
          {
            title: '',
            render: (_, r) =>
              r.revokedAt ? (
                <Tag>{t('o311.revoked')}</Tag>
              ) : (
                <Popconfirm title={t('o311.revoke')} onConfirm={() => void revoke(r.id)}>
                  <Button size="small" danger>
                    {t('o311.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Modal
        open={creating}
        title={t('o311.create')}
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={create}>
          <Form.Item label={t('o311.node')}>{node?.name}</Form.Item>
          <Form.Item
            name="name"
            label={t('o311.name')}
            rules={[{ required: true, whitespace: true, message: t('o311.required') }, { max: 100 }]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!secret}
        title={t('o311.create')}
        onCancel={() => setSecret(null)}
        onOk={() => setSecret(null)}
      >
        <Typography.Paragraph>{t('o311.secret')}</Typography.Paragraph>
        <Typography.Paragraph copyable code>
          {secret}
        </Typography.Paragraph>
      </Modal>
    </div>
  );
}
