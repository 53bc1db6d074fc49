/** Users and role grants: list, create, disable, reset password, grant on a node, revoke. */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { KeyOutlined, PlusOutlined, StopOutlined, CheckOutlined, UserAddOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, qs } from '../../app/api.ts';
import { Can, useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { NodePicker } from '../../app/node-picker.tsx';
import { applyProblemToForm } from '../../app/problem.ts';
import { useSelectedNode } from '../../app/selected-node.tsx';

/** An account as GET /api/accounts/users lists it. */
interface UserView {
  id: string;
  username: string;
  displayName: string;
  disabled: boolean;
  totpEnabled: boolean;
  locked: boolean;
  grants: { id: string; role: string; nodeId: string; nodeName: string }[];
}

const SECURITY_ROLES = ['sys_admin', 'sec_admin', 'auditor'];
const BUSINESS_ROLES = [
  'org_officer',
  'street_officer',
  'community_officer',
  'dept_officer',
  'cadre',
  'grid_worker',
  'resident',
];

/** The users page (/accounts/users). */
export function UsersPage() {
  const t = useT();
  const { can } = useMe();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [q, setQ] = useState('');
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<UserView | null>(null);
  const [granting, setGranting] = useState<UserView | null>(null);
  const list = useQuery({
    queryKey: ['accounts', 'users', q, page],
    queryFn: () =>
      api<{ total: number; items: UserView[] }>(
        'GET',
        `/api/accounts/users${qs({ q, limit: page.pageSize, offset: (page.current - 1) * page.pageSize })}`,
      ),
    placeholderData: keepPreviousData,
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['accounts', 'users'] });
  const disable = useMutation({
    mutationFn: (v: { id: string; disabled: boolean }) =>
      api('POST', `/api/accounts/users/${v.id}/disable`, { disabled: v.disabled }),
    onSettled: refresh,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/accounts/grants/${id}`),
    onSuccess: () => message.success(t('accounts.revoke.done')),
    onSettled: refresh,
  });
  const mayGrant = (role: string) =>
    SECURITY_ROLES.includes(role) ? can('accounts.grant_security') : can('accounts.grant');

  return (
    <Card title={t('accounts.users')} styles={{ body: { padding: 12 } }}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          enterButton
          placeholder={t('accounts.search')}
          onSearch={(v) => {
            setQ(v.trim());
            setPage((p) => ({ ...p, current: 1 }));
          }}
          style={{ width: 260, maxWidth: '100%' }}
        />
        <Can ability="accounts.write">
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreating(true)}>
            {t('accounts.create')}
          </Button>
        </Can>
      </Space>
      <Table<UserView>
        rowKey="id"
        size="middle"
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{
          ...page,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
          onChange: (current, pageSize) => setPage({ current, pageSize }),
        }}
        columns={[
          { title: t('accounts.username'), dataIndex: 'username', fixed: 'left' },
          { title: t('accounts.displayName'), dataIndex: 'displayName' },
          {
            title: t('accounts.status'),
            render: (_, u) => (
              <Space size={4}>
                {u.disabled ? (
                  <Tag color="default">{t('accounts.disabled')}</Tag>
                ) : (
                  <Tag color="green">{t('accounts.active')}</Tag>
                )}
                {u.locked && <Tag color="orange">{t('accounts.locked')}</Tag>}
                {u.totpEnabled && <Tag color="blue">{t('accounts.totp')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('accounts.grants'),
            render: (_, u) => (
              <Space size={4} wrap>
                {u.grants.map((g) =>
                  mayGrant(g.role) ? (
                    <Popconfirm
                      key={g.id}
                      title={t('accounts.revoke.confirm', { role: t(`role.${g.role}`), node: g.nodeName })}
                      onConfirm={() => revoke.mutate(g.id)}
                    >
                      <Tag closable onClose={(e) => e.preventDefault()} style={{ cursor: 'pointer' }}>
                        {t(`role.${g.role}`)} @ {g.nodeName}
                      </Tag>
                    </Popconfirm>
                  ) : (
                    <Tag key={g.id}>
                      {t(`role.${g.role}`)} @ {g.nodeName}
                    </Tag>
                  ),
                )}
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            render: (_, u) => (
              <Space size={4} wrap>
                {(can('accounts.grant') || can('accounts.grant_security')) && (
                  <Button size="small" icon={<PlusOutlined />} onClick={() => setGranting(u)}>
                    {t('accounts.grant')}
                  </Button>
                )}
                <Can ability="accounts.write">
                  <Button size="small" icon={<KeyOutlined />} onClick={() => setResetting(u)}>
                    {t('accounts.reset')}
                  </Button>
                  {u.disabled ? (
                    <Button
                      size="small"
                      icon={<CheckOutlined />}
                      onClick={() => disable.mutate({ id: u.id, disabled: false })}
                    >
                      {t('accounts.enable')}
                    </Button>
                  ) : (
                    <Popconfirm
                      title={t('accounts.disable.confirm', { name: u.displayName })}
                      onConfirm={() => disable.mutate({ id: u.id, disabled: true })}
                    >
                      <Button size="small" danger icon={<StopOutlined />}>
                        {t('accounts.disable')}
                      </Button>
                    </Popconfirm>
                  )}
                </Can>
              </Space>
            ),
          },
        ]}
      />
      {creating && <CreateUserModal onClose={() => setCreating(false)} onDone={refresh} />}
      {resetting && <ResetModal user={resetting} onClose={() => setResetting(null)} />}
      {granting && (
        <GrantModal
          user={granting}
          roles={[
            ...(can('accounts.grant') ? BUSINESS_ROLES : []),
            ...(can('accounts.grant_security') ? SECURITY_ROLES : []),
          ]}
          onClose={() => setGranting(null)}
          onDone={refresh}
        />
      )}
    </Card>
  );
}

function CreateUserModal(props: { onClose: () => void; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const create = useMutation({
    mutationFn: (v: { username: string; displayName: string; password: string }) =>
      api('POST', '/api/accounts/users', v),
    onSuccess: () => {
      message.success(t('accounts.created'));
      props.onDone();
      props.onClose();
    },
    onError: (e) => applyProblemToForm(form, e),
  });
  const required = [{ required: true, message: t('accounts.required') }];
  return (
    <Modal
      open
      title={t('accounts.create')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
    >
      <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)}>
        <Form.Item name="username" label={t('accounts.username')} rules={required}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('accounts.displayName')} rules={required}>
          <Input />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('accounts.password')}
          rules={required}
          extra={t('accounts.reset.hint')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ResetModal(props: { user: UserView; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const reset = useMutation({
    mutationFn: (v: { password: string }) => api('POST', `/api/accounts/users/${props.user.id}/password`, v),
    onSuccess: () => {
      message.success(t('accounts.reset.done'));
      props.onClose();
    },
    onError: (e) => applyProblemToForm(form, e),
  });
  return (
    <Modal
      open
      title={t('accounts.reset.title', { name: props.user.displayName })}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={reset.isPending}
    >
      <Typography.Paragraph type="secondary">{t('accounts.reset.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => reset.mutate(v)}>
        <Form.Item
          name="password"
          label={t('accounts.password')}
          rules={[{ required: true, message: t('accounts.required') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function GrantModal(props: { user: UserView; roles: string[]; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { node } = useSelectedNode();
  const [form] = Form.useForm();
  const grant = useMutation({
    mutationFn: (v: { role: string; nodeId: string }) =>
      api('POST', '/api/accounts/grants', { ...v, userId: props.user.id }),
    onSuccess: () => {
      message.success(t('accounts.grant.done'));
      props.onDone();
      props.onClose();
    },
    onError: (e) => applyProblemToForm(form, e),
  });
  const required = [{ required: true, message: t('accounts.required') }];
  return (
    <Modal
      open
      title={t('accounts.grant.title', { name: props.user.displayName })}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={grant.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ nodeId: node?.id }}
        onFinish={(v) => grant.mutate(v)}
      >
        <Form.Item name="role" label={t('accounts.grant.role')} rules={required}>
          <Select options={props.roles.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
        <Form.Item name="nodeId" label={t('accounts.grant.node')} rules={required}>
          <NodePicker initial={node} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
